#pragma once
// Signed distance functions (negative inside) for building smooth closed surfaces: the skin that envelops a
// body, organic blends of primitives. Units: metres, model space. Distances of ellipsoids and tapered capsules
// are approximations (exact on the surface, conservative nearby), which is what polygonisation needs.
#include <cstdint>
#include <vector>

#include <glm/glm.hpp>

#include "core/Model.h"

namespace myoatlas {

struct SdfPrimitive {
  enum class Kind { Ellipsoid, Capsule, Triangle } kind = Kind::Ellipsoid;
  glm::vec3 a{0.0f}, b{0.0f};  // ellipsoid: centre in a; capsule: segment a-b; triangle: corners a, b and c
  glm::vec3 radii{0.1f};  // ellipsoid semi-axes; capsule: radii.x at a, radii.y at b; triangle: half thickness in x
  float blend = 0.02f;    // smooth-union radius with what came before (metres)
  glm::vec3 c{0.0f};      // a triangle's third corner
  bool carve = false;     // cut from what came before (a smooth difference) instead of adding to it
};

float evaluate(const SdfPrimitive& p, const glm::vec3& q);

// The point of triangle abc nearest to p.
glm::vec3 closestPointOnTriangle(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, const glm::vec3& c);

// The smooth union of primitives in order, a carving one cutting into the union before it (the orbits, the
// mouth's line), evaluated lazily.
class SdfUnion {
 public:
  void add(const SdfPrimitive& p);
  float operator()(const glm::vec3& q) const;
  // The primitives (indices, in order) that can change the union somewhere in `box`, out of `among` (a list made
  // for a box that contains this one; null: all of them). The others provably leave it unchanged there: each
  // primitive's range over the box is bounded (capsules and triangles by their Lipschitz constants, ellipsoids'
  // estimates by their radii), the union's range is carried through the smooth minima, and a primitive whose
  // least value is a blend above the union's greatest (a carving one: beyond its reach) returns it exactly.
  std::vector<std::uint32_t> reaching(const Bounds& box, const std::vector<std::uint32_t>* among = nullptr) const;
  // The union at q evaluated on `only` (from reaching() for a box holding q): bit for bit operator()'s value.
  float operator()(const glm::vec3& q, const std::vector<std::uint32_t>& only) const;
  Bounds bounds(float margin) const;  // box containing every primitive, grown by margin
  const std::vector<SdfPrimitive>& primitives() const { return primitives_; }

 private:
  std::vector<SdfPrimitive> primitives_;
  // Per primitive, a box its surface lies in (capsules and triangles, whose distances are exact): a point at
  // least `blend` farther from the box than the union so far cannot change it, so it is not evaluated. The
  // result is bit for bit the same (the smooth minimum returns the smaller value exactly then).
  std::vector<Bounds> boxes_;

  template <class Indices>
  float unionOf(const glm::vec3& q, const Indices& indices) const;
};

// Central-difference gradient of the field (points away from the inside; about unit length near the surface).
glm::vec3 gradient(const SdfUnion& field, const glm::vec3& p);

// Newton steps along the gradient onto the level set field == level (0: the surface; negative: a shell that
// far inside it).
glm::vec3 projectToLevel(const SdfUnion& field, glm::vec3 p, float level = 0.0f);

// p itself when it lies at least `depth` inside the field, else p moved onto the shell `depth` inside.
glm::vec3 keepInside(const SdfUnion& field, const glm::vec3& p, float depth);

// Polynomial smooth minimum (Quilez): equals min(a, b) when they differ by more than k, blends otherwise.
float smoothMin(float a, float b, float k);

}  // namespace myoatlas
