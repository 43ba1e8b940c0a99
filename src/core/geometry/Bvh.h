#pragma once
// A bounding volume hierarchy over a triangle mesh, for picking (which triangle a ray from the camera hits
// first) and for measuring (the surface point nearest a point). Built once per (posed) mesh; queries visit only
// the boxes that can hold a better answer.
#include <limits>
#include <optional>
#include <vector>

#include <glm/glm.hpp>

#include "core/Camera.h"
#include "core/Model.h"

namespace myoatlas {

struct RayHit {
  std::uint32_t triangle;  // index of the triangle's first index in Mesh::indices
  float distance;          // metres along the ray
  glm::vec3 point;
  std::uint32_t nearestVertex;  // the hit triangle's corner closest to the point
};

class Bvh {
 public:
  // `positions` may differ from the mesh's rest positions (a posed mesh); indices come from `mesh`. Both are
  // referenced, not copied, and must outlive the BVH (ScenePicker keeps the posed positions it builds from).
  Bvh(const Mesh& mesh, const std::vector<glm::vec3>& positions);
  explicit Bvh(const Mesh& mesh) : Bvh(mesh, mesh.positions) {}

  std::optional<RayHit> intersect(const Ray& ray) const { return intersect(ray, std::numeric_limits<float>::infinity()); }
  // The first hit nearer than `maxDistance` metres.
  std::optional<RayHit> intersect(const Ray& ray, float maxDistance) const;

  // The point of the surface nearest `p` (any triangle, either face); nullopt for a mesh without triangles.
  struct Nearest {
    std::uint32_t triangle;  // index of the triangle's first index in Mesh::indices
    float distance;
    glm::vec3 point;
  };
  std::optional<Nearest> nearest(const glm::vec3& p) const;

  // Whether `p` lies inside the mesh, taken as closed: rays along three directions each cross it an odd number
  // of times (two of three must agree, so a ray grazing an edge does not decide).
  bool encloses(const glm::vec3& p) const;

  // Triangles (first index in Mesh::indices) whose bounding boxes overlap `box`, into `out` (cleared first; pass
  // the same vector to many queries so they allocate nothing).
  void overlapping(const Bounds& box, std::vector<std::uint32_t>& out) const;

 private:
  struct Node {
    Bounds box;
    std::uint32_t first = 0, count = 0;  // leaf: range in order_; inner: count == 0
    std::uint32_t left = 0, right = 0;
  };
  std::uint32_t build(std::uint32_t first, std::uint32_t count);

  const Mesh& mesh_;
  const std::vector<glm::vec3>& positions_;
  std::vector<std::uint32_t> order_;  // triangle first-indices, reordered by the build
  std::vector<glm::vec3> centroids_;
  std::vector<Node> nodes_;
};

}  // namespace myoatlas
