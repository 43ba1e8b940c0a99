#include "core/scene/ScenePicker.h"

#include "core/Pose.h"

namespace myoatlas {

ScenePicker::ScenePicker(const Model& model, std::vector<glm::mat4> poseMatrices)
    : model_(model), pose_(std::move(poseMatrices)), bvhs_(model.meshes.size()), bounds_(model.meshes.size()) {}

const Bvh& ScenePicker::bvh(std::size_t i) const {
  if (!bvhs_[i]) {
    const Mesh& mesh = model_.meshes[i];
    std::vector<glm::vec3> positions =
        mesh.skinned() && !pose_.empty() ? skinPositions(mesh, pose_) : mesh.positions;
    Bounds b;
    for (const auto& p : positions) b.add(p);
    bounds_[i] = b;
    bvhs_[i] = std::make_unique<Bvh>(mesh, std::move(positions));
  }
  return *bvhs_[i];
}

std::optional<MeshHit> ScenePicker::pick(const Ray& ray, const std::function<bool(std::size_t)>& pickable) const {
  std::optional<MeshHit> best;
  for (std::size_t i = 0; i < model_.meshes.size(); ++i) {
    if (model_.meshes[i].indices.empty() || (pickable && !pickable(i))) continue;
    if (auto h = bvh(i).intersect(ray); h && (!best || h->distance < best->hit.distance)) best = MeshHit{i, *h};
  }
  return best;
}

Bounds ScenePicker::meshBounds(std::size_t mesh) const {
  bvh(mesh);
  return bounds_[mesh];
}

}  // namespace myoatlas
