#pragma once
// Turns a signed distance field into a closed, consistently oriented triangle mesh by marching tetrahedra on
// a uniform grid. Each grid cube is split into six tetrahedra around its main diagonal, the same way in every
// cube, so neighbouring cells agree and the surface has no cracks; vertices are shared per grid edge, so the
// result is a closed 2-manifold whenever the level set is closed inside the grid. Unlike marching cubes it
// needs no case tables and has no ambiguous cases.
#include <functional>

#include <glm/glm.hpp>

#include "core/Model.h"

namespace myoatlas {

using ScalarField = std::function<float(const glm::vec3&)>;

// Samples `field` on a grid of `cellSize` spacing covering `bounds` (which must enclose the surface with at
// least one cell of margin) and returns the zero level set, triangles facing the positive side.
Mesh polygonize(const ScalarField& field, const Bounds& bounds, float cellSize);

// The same for a union of primitives, much faster: each part of the grid evaluates only the primitives that can
// reach it (SdfUnion::reaching), with exactly the same samples and so the same mesh.
class SdfUnion;
Mesh polygonize(const SdfUnion& field, const Bounds& bounds, float cellSize);

// The same on samples already taken: `values[x + dims.x * (y + dims.y * z)]` at `origin + (x, y, z) * cellSize`,
// negative inside, none exactly zero.
Mesh polygonizeGrid(const std::vector<float>& values, glm::ivec3 dims, glm::vec3 origin, float cellSize);

// Taubin (lambda|mu) smoothing: removes the grid's stair-steps without shrinking the surface. Topology and
// vertex count are unchanged; normals are recomputed.
void taubinSmooth(Mesh& mesh, int iterations = 10, float lambda = 0.5f, float mu = -0.53f);

}  // namespace myoatlas
