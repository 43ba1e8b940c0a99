#include "core/scene/ScenePicker.h"

#include <algorithm>
#include <limits>

#include "core/Pose.h"

namespace myoatlas {
namespace {

// Where the ray enters the box (0 when it starts inside), or nullopt when it misses it.
std::optional<float> rayEntersBox(const Ray& ray, const Bounds& b) {
  float tMin = 0.0f, tMax = 1e30f;
  for (int a = 0; a < 3; ++a) {
    const float inv = 1.0f / ray.direction[a];  // +-inf for axis-parallel rays, which the comparisons handle
    float t0 = (b.min[a] - ray.origin[a]) * inv, t1 = (b.max[a] - ray.origin[a]) * inv;
    if (t0 > t1) std::swap(t0, t1);
    tMin = std::max(tMin, t0);
    tMax = std::min(tMax, t1);
    if (tMax < tMin) return std::nullopt;
  }
  return tMin;
}

bool rayMeetsBox(const Ray& ray, const Bounds& b) { return rayEntersBox(ray, b).has_value(); }

}  // namespace

ScenePicker::ScenePicker(const Model& model, std::vector<glm::mat4> poseMatrices, std::optional<Seat> seat)
    : model_(model),
      pose_(std::move(poseMatrices)),
      seat_(seat),
      dualShares_(dualQuaternionShares(model.joints)),
      bvhs_(model.meshes.size()),
      positions_(model.meshes.size()),
      bounds_(model.meshes.size()),
      hasBounds_(model.meshes.size(), false) {}

const std::vector<glm::vec3>& ScenePicker::positions(std::size_t i) const {
  if (!hasBounds_[i]) {
    const Mesh& mesh = model_.meshes[i];
    positions_[i] = mesh.skinned() && !pose_.empty() ? skinPositions(mesh, pose_, dualShares_, seat_) : mesh.positions;
    Bounds b;
    for (const auto& p : positions_[i]) b.add(p);
    bounds_[i] = b;
    hasBounds_[i] = true;
  }
  return positions_[i];
}

const Bvh& ScenePicker::bvh(std::size_t i) const {
  if (!bvhs_[i]) bvhs_[i] = std::make_unique<Bvh>(model_.meshes[i], positions(i));
  return *bvhs_[i];
}

std::optional<MeshHit> ScenePicker::pick(const Ray& ray, const std::function<bool(std::size_t)>& pickable) const {
  std::optional<MeshHit> best;
  // Seated, the stool hides what lies behind it: nothing is picked through it.
  float stool = std::numeric_limits<float>::max();
  if (seat_) {
    const Stool s = stoolOf(*seat_);
    for (const Bounds& box : {s.top, s.base})
      if (const auto t = rayEntersBox(ray, box)) stool = std::min(stool, *t);  // metres: the direction is a unit vector
  }
  for (std::size_t i = 0; i < model_.meshes.size(); ++i) {
    if (model_.meshes[i].indices.empty() || (pickable && !pickable(i))) continue;
    positions(i);
    if (!rayMeetsBox(ray, bounds_[i])) continue;
    if (auto h = bvh(i).intersect(ray); h && h->distance < stool && (!best || h->distance < best->hit.distance)) best = MeshHit{i, *h};
  }
  return best;
}

glm::vec3 ScenePicker::anchor(std::size_t mesh) const {
  const auto& ps = positions(mesh);
  const glm::vec3 c = bounds_[mesh].center();
  glm::vec3 best = c;
  float bestD = std::numeric_limits<float>::max();
  for (const auto& p : ps)
    if (const float d = glm::dot(p - c, p - c); d < bestD) bestD = d, best = p;
  return best;
}

Bounds ScenePicker::meshBounds(std::size_t mesh) const {
  positions(mesh);
  return bounds_[mesh];
}

}  // namespace myoatlas
