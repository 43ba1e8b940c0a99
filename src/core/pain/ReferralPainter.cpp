#include "core/pain/ReferralPainter.h"

#include <limits>
#include <algorithm>
#include <unordered_map>

#include "core/geometry/Geodesic.h"

namespace myoatlas {
namespace {

constexpr float kStrokeStep = 0.01f;  // metres between stroke samples
constexpr float kStrokeReach = 0.03f;  // a stroke beyond a model's end paints where it passes within this of the skin

// Per vertex the zone's level, 1 - distance / radius: 1 at a primitive's centre line, 0 at its radius, negative
// in the fringe beyond (down to 1 - reach). The maximum over primitives is the union of the zone.
void mergeLevels(std::unordered_map<std::uint32_t, float>& into, const GeodesicField& field, float radius) {
  for (std::size_t i = 0; i < field.vertices.size(); ++i) {
    const float level = 1.0f - field.distances[i] / radius;
    auto [it, added] = into.try_emplace(field.vertices[i], level);
    if (!added) it->second = std::max(it->second, level);
  }
}

// Sparse form, sorted by vertex (deterministic order, binary search in at()); `f` maps a level to the stored
// value, and values of zero or less are left out.
template <class F>
SparseIntensity toSparse(const std::unordered_map<std::uint32_t, float>& levels, F f) {
  std::vector<std::pair<std::uint32_t, float>> sorted;
  sorted.reserve(levels.size());
  for (const auto& [v, level] : levels)
    if (const float x = f(level); x > 0.0f) sorted.emplace_back(v, x);
  std::sort(sorted.begin(), sorted.end());
  SparseIntensity out;
  out.vertices.reserve(sorted.size());
  out.values.reserve(sorted.size());
  for (const auto& [v, x] : sorted) out.vertices.push_back(v), out.values.push_back(x);
  return out;
}

}  // namespace

float SparseIntensity::at(std::uint32_t vertex) const {
  const auto it = std::lower_bound(vertices.begin(), vertices.end(), vertex);
  return it != vertices.end() && *it == vertex ? values[std::size_t(it - vertices.begin())] : 0.0f;
}

float levelIntensity(float level) {
  if (level <= 0.0f) return 0.0f;
  const float t = std::min(1.0f, level / (1.0f - kZoneCore));  // 1 from the core's edge inwards
  return t * t * (3.0f - 2.0f * t);
}

float zoneFalloff(float distance, float radius) {
  return radius > 0.0f ? levelIntensity(1.0f - distance / radius) : 0.0f;
}

std::unordered_map<std::uint32_t, float> ReferralPainter::zoneLevels(const Zone& zone, Side side, float reach) const {
  std::unordered_map<std::uint32_t, float> levels;
  for (const auto& prim : zone) {
    const float radius = prim.radiusCm * 0.01f;
    // A landmark this body lacks: nothing to paint for a blob there. A stroke with one end where the model does
    // not reach (an arm that ends at the elbow, towards the hand) runs as far as the model's skin.
    auto from = resolvePoint(atlas_, prim.from, side, body_.landmarks());
    bool beyond = false;
    if (!from && prim.to) from = resolvePoint(atlas_, prim.from, side, body_.beyondSkin()), beyond = true;
    if (!from) continue;
    std::vector<GeodesicSource> sources;
    // The blob's point or the stroke's samples (a stroke's straight segment may cut inside the body) are taken
    // to the skin: the nearest skin vertex and its neighbours start the front, each at its distance from the
    // point beyond the nearest one's. A zone then sits where its point is, not on whichever vertex is nearest,
    // so a new triangulation of the skin moves it by no more than fast marching's error.
    const auto addSource = [&](const glm::vec3& p, float within) {
      const Mesh& skin = body_.skin();
      const std::uint32_t nearest = body_.nearestVertex(p);
      const float base = glm::distance(skin.positions[nearest], p);
      if (base > within) return;  // past the end of a model that stops short (a stroke towards its missing hand)
      sources.push_back({nearest, 0.0f});
      for (std::uint32_t v : body_.topology().neighbours(nearest))
        sources.push_back({v, std::max(0.0f, glm::distance(skin.positions[v], p) - base)});
    };
    if (!prim.to) {
      addSource(*from, std::numeric_limits<float>::max());
    } else {
      auto to = resolvePoint(atlas_, *prim.to, side, body_.landmarks());
      if (!to && !beyond) to = resolvePoint(atlas_, *prim.to, side, body_.beyondSkin()), beyond = true;
      if (!to) continue;  // both ends beyond the model
      const int steps = std::max(1, int(glm::distance(*from, *to) / kStrokeStep));
      for (int i = 0; i <= steps; ++i) addSource(glm::mix(*from, *to, float(i) / float(steps)), beyond ? kStrokeReach : std::numeric_limits<float>::max());
      if (sources.empty()) continue;
    }
    mergeLevels(levels, geodesicDistances(body_.topology(), sources, radius * reach), radius);
  }
  return levels;
}

SparseIntensity ReferralPainter::paintZone(const Zone& zone, Side side) const {
  return toSparse(zoneLevels(zone, side, 1.0f), levelIntensity);
}

const ReferralPattern& ReferralPainter::levels(const TriggerPoint& trp, Side side) {
  const auto key = std::make_pair(trp.id, side);
  auto it = levels_.find(key);
  if (it == levels_.end()) {
    // Levels are stored shifted by the fringe so that every kept vertex has a positive value; combine() undoes it.
    const auto shifted = [](float level) { return level + kZoneFringe; };
    it = levels_.emplace(key, ReferralPattern{toSparse(zoneLevels(trp.essential, side, 1.0f + kZoneFringe), shifted),
                                              toSparse(zoneLevels(trp.spillover, side, 1.0f + kZoneFringe), shifted)}).first;
  }
  return it->second;
}

const ReferralPattern& ReferralPainter::pattern(const TriggerPoint& trp, Side side) {
  const auto key = std::make_pair(trp.id, side);
  auto it = patterns_.find(key);
  if (it == patterns_.end()) it = patterns_.emplace(key, ReferralPattern{paintZone(trp.essential, side), paintZone(trp.spillover, side)}).first;
  return it->second;
}

const SparseIntensity& ReferralPainter::painArea(const PainArea& area, Side side) {
  const auto key = std::make_pair(area.id, side);
  auto it = areas_.find(key);
  if (it == areas_.end()) it = areas_.emplace(key, paintZone(area.zone, side)).first;
  return it->second;
}

std::optional<std::uint32_t> ReferralPainter::markerVertex(const TriggerPoint& trp, Side side) const {
  const auto p = resolvePoint(atlas_, trp.location, side, body_.landmarks());
  if (!p) return std::nullopt;
  return body_.nearestVertex(*p);
}

std::vector<glm::vec3> ReferralPainter::markerPositions(const std::vector<std::pair<std::string, Side>>& selection,
                                                        const std::vector<glm::vec3>& positions) const {
  std::vector<glm::vec3> out;
  for (const auto& [id, side] : selection)
    if (const TriggerPoint* trp = atlas_.triggerPoint(id))
      if (const auto v = markerVertex(*trp, side); v && *v < positions.size()) out.push_back(positions[*v]);
  return out;
}

std::vector<glm::vec2> ReferralPainter::combine(const std::vector<std::pair<std::string, Side>>& selection,
                                                std::vector<glm::vec4>* weights) {
  const std::size_t n = body_.skin().positions.size();
  std::vector<glm::vec2> out(n, glm::vec2(-kZoneFringe));
  if (weights) weights->assign(n, glm::vec4(0.0f));
  const auto claim = [&](std::uint32_t v, float weight, std::size_t entry) {
    if (weights && entry < 4) (*weights)[v][int(entry)] = std::max((*weights)[v][int(entry)], weight);
  };
  for (std::size_t e = 0; e < selection.size(); ++e) {
    const TriggerPoint* trp = atlas_.triggerPoint(selection[e].first);
    if (!trp) continue;
    const ReferralPattern& p = levels(*trp, selection[e].second);
    for (std::size_t i = 0; i < p.essential.vertices.size(); ++i) {
      const std::uint32_t v = p.essential.vertices[i];
      out[v].x = std::max(out[v].x, p.essential.values[i] - kZoneFringe);
      claim(v, 2.0f * p.essential.values[i], e);
    }
    for (std::size_t i = 0; i < p.spillover.vertices.size(); ++i) {
      const std::uint32_t v = p.spillover.vertices[i];
      out[v].y = std::max(out[v].y, p.spillover.values[i] - kZoneFringe);
      claim(v, p.spillover.values[i], e);
    }
  }
  return out;
}

}  // namespace myoatlas
