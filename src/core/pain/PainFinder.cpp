#include "core/pain/PainFinder.h"

#include <algorithm>
#include <unordered_map>

namespace myoatlas {
namespace {

constexpr float kMinimumIntensity = 0.05f;  // below this a zone's soft edge does not count as covering

}  // namespace

PainFinder::PainFinder(ReferralPainter& painter) : byVertex_(painter.body().skin().positions.size()) {
  for (const auto& trp : painter.atlas().triggerPoints)
    for (Side side : {Side::Right, Side::Left}) {
      const auto index = std::uint32_t(patterns_.size());
      patterns_.push_back({&trp, side});
      const ReferralPattern& p = painter.pattern(trp, side);
      std::unordered_map<std::uint32_t, Hit> hits;
      for (std::size_t i = 0; i < p.essential.vertices.size(); ++i) hits[p.essential.vertices[i]] = {index, p.essential.values[i], 0.0f};
      for (std::size_t i = 0; i < p.spillover.vertices.size(); ++i) {
        auto& h = hits.try_emplace(p.spillover.vertices[i], Hit{index, 0.0f, 0.0f}).first->second;
        h.spillover = p.spillover.values[i];
      }
      for (const auto& [v, h] : hits) byVertex_[v].push_back(h);
    }
}

float PainFinder::frequencyBonus(const PatternRef& p) const { return 0.05f * float(frequencyRank(p.trp->frequency)); }

std::vector<PainSourceCandidate> PainFinder::rank(std::vector<PainSourceCandidate> c, std::size_t limit) const {
  std::sort(c.begin(), c.end(), [](const auto& a, const auto& b) {
    return a.score != b.score ? a.score > b.score : a.triggerPoint < b.triggerPoint;  // stable, deterministic
  });
  if (c.size() > limit) c.resize(limit);
  return c;
}

std::vector<PainSourceCandidate> PainFinder::atVertex(std::uint32_t vertex, std::size_t limit) const {
  std::vector<PainSourceCandidate> out;
  if (vertex >= byVertex_.size()) return out;
  for (const Hit& h : byVertex_[vertex]) {
    const PatternRef& p = patterns_[h.pattern];
    const bool essential = h.essential >= kMinimumIntensity;
    if (!essential && h.spillover < kMinimumIntensity) continue;
    const float coverage = essential ? h.essential : h.spillover;
    // Any essential hit outranks any spillover hit (1 + ... versus at most 0.6 + bonus).
    const float score = (essential ? 1.0f + coverage : 0.6f * coverage) + frequencyBonus(p);
    out.push_back({p.trp->id, p.side, essential, coverage, score});
  }
  return rank(std::move(out), limit);
}

std::vector<PainSourceCandidate> PainFinder::forDrawing(const SparseIntensity& drawing, std::size_t limit) const {
  // Overlap of each pattern with the drawing, weighted by the drawing's intensity: essential counts fully,
  // spillover half.
  std::unordered_map<std::uint32_t, std::pair<float, float>> overlap;  // pattern -> (essential, spillover)
  float total = 0.0f;
  for (std::size_t i = 0; i < drawing.vertices.size(); ++i) {
    const float w = drawing.values[i];
    total += w;
    for (const Hit& h : byVertex_[drawing.vertices[i]]) {
      auto& o = overlap[h.pattern];
      o.first += w * h.essential;
      o.second += w * h.spillover;
    }
  }
  std::vector<PainSourceCandidate> out;
  if (total <= 0.0f) return out;
  for (const auto& [index, o] : overlap) {
    const PatternRef& p = patterns_[index];
    const float essential = o.first / total, spill = o.second / total;
    const float coverage = std::min(1.0f, essential + 0.5f * spill);
    if (coverage < 0.02f) continue;
    out.push_back({p.trp->id, p.side, essential >= spill * 0.5f, coverage, coverage + frequencyBonus(p) * coverage});
  }
  return rank(std::move(out), limit);
}

}  // namespace myoatlas
