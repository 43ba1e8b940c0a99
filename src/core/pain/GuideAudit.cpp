#include "core/pain/GuideAudit.h"

#include <algorithm>
#include <map>

namespace myoatlas {
namespace {

// Sum over the area of weight * f(essential, spillover) / total weight, each vertex weighing the skin area it
// stands for (so the figure is a share of skin, not of vertices, and does not change with the triangulation).
template <class F>
float overlap(const BodySurface& body, const ReferralPattern& p, const SparseIntensity& area, bool coreOnly, F f) {
  float sum = 0.0f, total = 0.0f;
  for (std::size_t i = 0; i < area.vertices.size(); ++i) {
    const float w = (coreOnly ? (area.values[i] >= 1.0f ? 1.0f : 0.0f) : area.values[i]) * body.vertexArea(area.vertices[i]);
    if (w <= 0.0f) continue;
    total += w;
    sum += w * f(p.essential.at(area.vertices[i]), p.spillover.at(area.vertices[i]));
  }
  return total > 0.0f ? sum / total : 0.0f;
}

std::string percent(float x) { return std::to_string(int(x * 100.0f + 0.5f)) + "%"; }

}  // namespace

float areaCoverage(const BodySurface& body, const ReferralPattern& pattern, const SparseIntensity& area) {
  return overlap(body, pattern, area, false, [](float e, float s) { return std::max(e, s); });
}

float coreCoverage(const BodySurface& body, const ReferralPattern& pattern, const SparseIntensity& area) {
  return overlap(body, pattern, area, true, [](float e, float) { return e; });
}

std::string GuideFinding::describe() const {
  if (kind == Kind::ListedNotPainted)
    return area + ": the guide lists " + muscle + " but its best pattern (" +
           (triggerPoint.empty() ? "none" : triggerPoint) + ") covers only " + percent(coverage) + " of the area";
  return area + ": " + triggerPoint + " paints " + percent(coverage) +
         " of the area's core essential, but the guide does not list " + muscle +
         " (add it, trim the pattern, or record a known difference)";
}

std::vector<GuideFinding> auditPainGuides(ReferralPainter& painter) {
  const Atlas& atlas = painter.atlas();
  std::vector<GuideFinding> out;
  for (const PainArea& area : atlas.painAreas) {
    if (!area.guide) continue;
    const SparseIntensity& zone = painter.painArea(area, Side::Right);
    // A group the guide lists as one ("scalenes") is painted when any of its muscles is.
    std::map<std::string, std::pair<float, std::string>> bestOf;  // muscle or group -> (coverage, trigger point)
    std::vector<std::pair<std::string, std::string>> order;       // (muscle or group, first muscle)
    for (const GuideEntry& e : area.guide->muscles) {
      const Muscle* m = atlas.muscle(e.muscle);
      if (!m) continue;
      const std::string key = e.group.empty() ? e.muscle : e.group;
      if (!bestOf.count(key)) order.emplace_back(key, e.muscle);
      auto& best = bestOf[key];
      for (const auto& id : m->triggerPoints) {
        const float c = areaCoverage(painter.body(), painter.pattern(*atlas.triggerPoint(id), Side::Right), zone);
        if (c > best.first) best = {c, id};
      }
    }
    for (const auto& [key, first] : order) {
      const auto& [coverage, trp] = bestOf[key];
      if (coverage < kGuideCoversArea)
        out.push_back({GuideFinding::Kind::ListedNotPainted, area.id, first, trp, coverage});
    }
    for (const TriggerPoint& t : atlas.triggerPoints) {
      if (area.guide->entry(t.muscle)) continue;
      const auto& known = area.guide->knownDifferences;
      if (std::any_of(known.begin(), known.end(), [&](const auto& k) { return k.triggerPoint == t.id; })) continue;
      const float c = coreCoverage(painter.body(), painter.pattern(t, Side::Right), zone);
      if (c >= kPatternOwnsCore) out.push_back({GuideFinding::Kind::PaintedNotListed, area.id, t.muscle, t.id, c});
    }
  }
  return out;
}

}  // namespace myoatlas
