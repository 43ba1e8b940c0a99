#pragma once
// Closed primitive surfaces for generated models. Every builder returns a watertight triangle mesh with
// outward-facing counter-clockwise triangles and smooth normals. Units: metres, model space.
#include <functional>
#include <string>

#include <glm/glm.hpp>

#include "core/Model.h"

namespace myoatlas {

// An ellipsoid with the given semi-axes along model X, Y and Z.
Mesh makeEllipsoid(std::string name, glm::vec3 center, glm::vec3 radii, int slices = 32, int stacks = 20);

// A round tube from `a` to `b` closed by hemispherical caps; radius(t) gives the radius at t in [0,1] along the
// axis (t = 0 at `a`), so a limb can taper and bulge.
Mesh makeTube(std::string name, glm::vec3 a, glm::vec3 b, const std::function<float(float)>& radius,
              int slices = 28, int rings = 16, int capRings = 6);

// A box from `lo` to `hi` with edges and corners rounded by `rounding` (the Minkowski sum of the inner box and a
// sphere, sampled by the sphere's directions): flat faces, round edges. Normals are the sphere's directions, so
// the faces shade softly, like padding.
Mesh makeRoundedBox(std::string name, glm::vec3 lo, glm::vec3 hi, float rounding);

}  // namespace myoatlas
