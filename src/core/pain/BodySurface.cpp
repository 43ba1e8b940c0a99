#include "core/pain/BodySurface.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "core/Text.h"

namespace myoatlas {

const MeshTopology& BodySurface::topology() const {
  std::call_once(topologyBuilt_, [this] { topology_ = std::make_unique<MeshTopology>(skin_); });
  return *topology_;
}

BodySurface::BodySurface(Mesh skin) : skin_(std::move(skin)) {
  vertexAreas_.assign(skin_.positions.size(), 0.0f);
  for (std::size_t t = 0; t + 2 < skin_.indices.size(); t += 3) {
    const auto a = skin_.indices[t], b = skin_.indices[t + 1], c = skin_.indices[t + 2];
    const float third = glm::length(glm::cross(skin_.positions[b] - skin_.positions[a], skin_.positions[c] - skin_.positions[a])) / 6.0f;
    vertexAreas_[a] += third, vertexAreas_[b] += third, vertexAreas_[c] += third;
  }
  for (std::uint32_t v = 0; v < skin_.positions.size(); ++v) {
    buckets_[key(glm::ivec3(glm::floor(skin_.positions[v] / cell_)))].push_back(v);
    bounds_.add(skin_.positions[v]);
  }
}

Result<std::unique_ptr<BodySurface>> BodySurface::fromModel(const Model& model) {
  const auto skinIndex = skinMeshIndex(model);
  if (!skinIndex)
    return Error{"the model '" + model.source + "' has no skin mesh (a mesh named 'skin' or 'body skin', or with a skin "
                 "material) to paint referred pain on"};
  const Mesh* skin = &model.meshes[*skinIndex];
  if (model.landmarks.empty())
    return Error{"the model '" + model.source + "' has no anatomical landmarks, so trigger-point zones cannot be placed on it"};
  std::unique_ptr<BodySurface> s(new BodySurface(*skin));
  for (const auto& l : model.landmarks) {
    // Landmarks are felt through the skin, so they lie on it or just under it. One far away is a mistake (a
    // landmark file in centimetres, a typo): say which, rather than paint its zones in the air.
    if (!std::isfinite(l.position.x) || !std::isfinite(l.position.y) || !std::isfinite(l.position.z))
      return Error{"the model '" + model.source + "': landmark '" + l.id + "' is not a finite point"};
    const float gap = glm::distance(l.position, s->skin_.positions[s->nearestVertex(l.position)]);
    if (gap > kMaxLandmarkGap) {
      return Error{"the model '" + model.source + "': landmark '" + l.id + "' is " + formatDistance(gap) +
                   " from the skin (landmarks lie on it or just under it); is its landmark file in metres, in the "
                   "model's frame?"};
    }
    s->landmarks_[l.id] = l.position;
  }
  if (model.adaptation)
    for (const auto& l : model.adaptation->beyondSkin)
      if (std::isfinite(l.position.x) && std::isfinite(l.position.y) && std::isfinite(l.position.z)) s->beyondSkin_[l.id] = l.position;
  return s;
}

std::int64_t BodySurface::key(const glm::ivec3& c) const {
  return (std::int64_t(c.x) + 1024) << 42 | (std::int64_t(c.y) + 1024) << 21 | (std::int64_t(c.z) + 1024);
}

std::uint32_t BodySurface::nearestVertex(const glm::vec3& p) const {
  // A point far from the body (a landmark in the wrong units, --point 1e30 0 0) or not a number: one plain scan,
  // rather than 64 shells of empty buckets or a float converted to int out of range.
  const glm::vec3 margin(4.0f * cell_);
  const bool near = glm::all(glm::greaterThanEqual(p, bounds_.min - margin)) && glm::all(glm::lessThanEqual(p, bounds_.max + margin));
  if (!near) {
    std::uint32_t best = 0;
    float bestDistance = std::numeric_limits<float>::max();
    for (std::uint32_t v = 0; v < skin_.positions.size(); ++v)
      if (const float d = glm::distance(p, skin_.positions[v]); d < bestDistance) bestDistance = d, best = v;
    return best;
  }
  // Search growing shells of buckets until the best hit cannot be beaten by farther ones.
  const glm::ivec3 c(glm::floor(p / cell_));
  std::uint32_t best = 0;
  float bestDistance = std::numeric_limits<float>::max();
  for (int ring = 0; ring < 64; ++ring) {
    for (int dx = -ring; dx <= ring; ++dx)
      for (int dy = -ring; dy <= ring; ++dy)
        for (int dz = -ring; dz <= ring; ++dz) {
          if (std::max({std::abs(dx), std::abs(dy), std::abs(dz)}) != ring) continue;
          const auto it = buckets_.find(key(c + glm::ivec3(dx, dy, dz)));
          if (it == buckets_.end()) continue;
          for (auto v : it->second) {
            const float d = glm::distance(p, skin_.positions[v]);
            if (d < bestDistance) bestDistance = d, best = v;
          }
        }
    if (bestDistance < float(ring) * cell_) break;
  }
  return best;
}

}  // namespace myoatlas
