#pragma once
// Which mesh of the model a ray from the camera meets first: hover names and selection in the viewer. One
// bounding volume hierarchy per mesh, in the pose shown, built on the first query; hidden meshes are skipped.
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "core/Model.h"
#include "core/Pose.h"
#include "core/geometry/Bvh.h"

namespace myoatlas {

struct MeshHit {
  std::size_t mesh;  // index into Model::meshes
  RayHit hit;
};

class ScenePicker {
 public:
  // `poseMatrices` and `seat` as for skinPositions() (core/Pose.h); empty for the rest pose. The model must outlive this.
  ScenePicker(const Model& model, std::vector<glm::mat4> poseMatrices, std::optional<Seat> seat = std::nullopt);
  // `pickable(i)` says whether mesh i may be hit (visible and not see-through); null means all may.
  std::optional<MeshHit> pick(const Ray& ray, const std::function<bool(std::size_t)>& pickable = {}) const;
  // The mesh's vertex positions in the pose shown.
  const std::vector<glm::vec3>& posedPositions(std::size_t mesh) const { return positions(mesh); }
  // Where a label's leader line should point: the mesh's vertex nearest the centre of its bounds (a point on
  // the mesh even when the mesh is curved around its centre), in the pose shown.
  glm::vec3 anchor(std::size_t mesh) const;
  // The bounds of a mesh in the pose shown, for framing it.
  Bounds meshBounds(std::size_t mesh) const;

 private:
  const Bvh& bvh(std::size_t mesh) const;
  const std::vector<glm::vec3>& positions(std::size_t mesh) const;  // posed, computed once
  const Model& model_;
  std::vector<glm::mat4> pose_;
  std::optional<Seat> seat_;
  std::vector<float> dualShares_;  // core/Pose.h
  // Built lazily, and a mesh's BVH only once a ray passes through its box: the first hover over a large
  // anatomical model builds a few trees, not all of them.
  mutable std::vector<std::unique_ptr<Bvh>> bvhs_;
  mutable std::vector<std::vector<glm::vec3>> positions_;  // sized once, so the BVHs may reference them
  mutable std::vector<Bounds> bounds_;
  mutable std::vector<bool> hasBounds_;
};

}  // namespace myoatlas
