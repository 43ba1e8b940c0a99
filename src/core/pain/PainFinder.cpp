#include "core/pain/PainFinder.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>

namespace myoatlas {
namespace {

constexpr float kMinimumIntensity = 0.05f;  // below this a zone's soft edge does not count as covering
constexpr float kMinimumCoverage = 0.02f;   // a pattern explaining less of a drawing than this is not a source
constexpr float kTouchedArea = 0.1f;       // a drawing lies in an area when this share of it is there
constexpr float kBeyondGuide = 0.1f;       // an unlisted muscle must cover this much of a named area to be named
constexpr float kGuideLift = 0.6f;          // weight of the pain guides' listing against painted coverage
// A point answer's nudge towards what the pain guides list for the areas under the point: enough to order muscles
// whose zones cover the point about equally (temporalis at the temple, beside the suboccipitals' band to the eye),
// never enough to lift a spillover hit over an essential one.
constexpr float kPointGuideLift = 0.1f;

float listedWeight(const GuideEntry* e) { return e ? (e->essential ? 1.0f : 0.5f) : 0.0f; }

bool byScore(const MuscleSources& a, const MuscleSources& b) {
  if (a.score != b.score) return a.score > b.score;
  return a.muscle != b.muscle ? a.muscle < b.muscle : a.side < b.side;  // deterministic
}

// A group the guide lists as one is one answer: its first member's place, every member's trigger points.
std::vector<MuscleSources> mergeGroups(std::vector<MuscleSources> listed, const PainGuide& guide) {
  std::vector<MuscleSources> merged;
  for (auto& m : listed) {
    const GuideEntry* e = guide.entry(m.muscle);
    auto same = std::find_if(merged.begin(), merged.end(), [&](const auto& x) { return !e->group.empty() && x.group == e->group; });
    if (same == merged.end()) {
      if (!e->group.empty()) m.group = e->group, m.members = {m.muscle};
      merged.push_back(std::move(m));
      continue;
    }
    same->members.push_back(m.muscle);
    same->coverage = std::max(same->coverage, m.coverage);
    same->triggerPoints.insert(same->triggerPoints.end(), m.triggerPoints.begin(), m.triggerPoints.end());
  }
  return merged;
}

}  // namespace

PainFinder::PainFinder(ReferralPainter& painter)
    : atlas_(painter.atlas()),
      body_(painter.body()),
      byVertex_(painter.body().skin().positions.size()),
      areasByVertex_(painter.body().skin().positions.size()) {
  for (const auto& trp : atlas_.triggerPoints)
    for (Side side : {Side::Right, Side::Left}) {
      const auto index = std::uint32_t(patterns_.size());
      patterns_.push_back({&trp, side});
      slotOf_.push_back(slots_.try_emplace({trp.muscle, side}, std::uint32_t(slots_.size())).first->second);
      const ReferralPattern& p = painter.pattern(trp, side);
      std::unordered_map<std::uint32_t, Hit> hits;
      for (std::size_t i = 0; i < p.essential.vertices.size(); ++i) hits[p.essential.vertices[i]] = {index, p.essential.values[i], 0.0f};
      for (std::size_t i = 0; i < p.spillover.vertices.size(); ++i) {
        auto& h = hits.try_emplace(p.spillover.vertices[i], Hit{index, 0.0f, 0.0f}).first->second;
        h.spillover = p.spillover.values[i];
      }
      for (const auto& [v, h] : hits) byVertex_[v].push_back(h);
    }
  for (std::size_t a = 0; a < atlas_.painAreas.size(); ++a) {
    const PainArea& area = atlas_.painAreas[a];
    for (Side side : {Side::Right, Side::Left}) {
      if (!area.bilateral && side == Side::Left) continue;  // a midline area is painted once
      const SparseIntensity& zone = painter.painArea(area, side);
      areaZones_.push_back({std::uint32_t(a), side, zone});
      const auto index = std::uint32_t(areaZones_.size() - 1);
      for (std::size_t i = 0; i < zone.vertices.size(); ++i) areasByVertex_[zone.vertices[i]].push_back({index, zone.values[i]});
    }
  }
}

float PainFinder::frequencyBonus(const PatternRef& p) const { return 0.05f * float(frequencyRank(p.trp->frequency)); }

std::vector<PainSourceCandidate> PainFinder::rank(std::vector<PainSourceCandidate> c, std::size_t limit) const {
  std::sort(c.begin(), c.end(), [](const auto& a, const auto& b) {
    return a.score != b.score ? a.score > b.score : a.triggerPoint < b.triggerPoint;  // stable, deterministic
  });
  if (limit > 0 && c.size() > limit) c.resize(limit);
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
    // The guides' listing of this muscle for the areas here, each as strongly as the point lies in it.
    float listed = 0.0f;
    for (const AreaHit& a : areasByVertex_[vertex]) {
      const AreaZone& zone = areaZones_[a.zone];
      const PainArea& area = atlas_.painAreas[zone.area];
      if (!area.guide || (area.bilateral && zone.side != p.side)) continue;
      listed = std::max(listed, a.intensity * listedWeight(area.guide->entry(p.trp->muscle)));
    }
    // Any essential hit outranks any spillover hit (1 + ... versus at most 0.6 + bonus + lift).
    const float score = (essential ? 1.0f + coverage : 0.6f * coverage) + frequencyBonus(p) + kPointGuideLift * listed;
    out.push_back({p.trp->id, p.side, essential, coverage, score});
  }
  return rank(std::move(out), limit);
}

std::vector<PainSourceCandidate> PainFinder::forDrawing(const SparseIntensity& drawing, std::size_t limit) const {
  // Overlap of each pattern with the drawing, weighted by the drawing's intensity and the skin area of each
  // vertex: essential counts fully, spillover half.
  std::unordered_map<std::uint32_t, std::pair<float, float>> overlap;  // pattern -> (essential, spillover)
  float total = 0.0f;
  for (std::size_t i = 0; i < drawing.vertices.size(); ++i) {
    if (drawing.vertices[i] >= byVertex_.size()) continue;
    const float w = drawing.values[i] * body_.vertexArea(drawing.vertices[i]);
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
    if (coverage < kMinimumCoverage) continue;
    out.push_back({p.trp->id, p.side, essential >= spill * 0.5f, coverage, coverage + frequencyBonus(p) * coverage});
  }
  return rank(std::move(out), limit);
}

// Trigger points to muscles: a muscle takes its best trigger point's place; its own trigger points stay in order.
std::vector<MuscleSources> PainFinder::group(const std::vector<PainSourceCandidate>& candidates) const {
  std::vector<MuscleSources> out;
  std::map<std::pair<std::string, Side>, std::size_t> index;
  for (const auto& c : candidates) {  // best first, so a muscle's first candidate is its best
    const TriggerPoint* t = atlas_.triggerPoint(c.triggerPoint);
    if (!t) continue;
    const auto [it, added] = index.try_emplace({t->muscle, c.side}, out.size());
    if (added) out.push_back({t->muscle, c.side, c.essential, c.coverage, c.score, -1, true, {}, {}, {}});
    MuscleSources& m = out[it->second];
    m.essential = m.essential || c.essential;
    m.triggerPoints.push_back(c);
  }
  return out;
}

std::vector<MuscleSources> PainFinder::musclesAtVertex(std::uint32_t vertex) const {
  return group(atVertex(vertex));
}

std::vector<std::pair<const PainArea*, float>> PainFinder::areasOf(const SparseIntensity& drawing) const {
  std::vector<float> share(areaZones_.size(), 0.0f);
  float total = 0.0f;
  for (std::size_t i = 0; i < drawing.vertices.size(); ++i) {
    if (drawing.vertices[i] >= areasByVertex_.size()) continue;
    total += drawing.values[i];
    for (const AreaHit& h : areasByVertex_[drawing.vertices[i]]) share[h.zone] += drawing.values[i] * h.intensity;
  }
  std::vector<std::pair<const PainArea*, float>> out;
  if (total <= 0.0f) return out;
  for (std::size_t z = 0; z < areaZones_.size(); ++z)
    if (share[z] > 0.0f) out.emplace_back(&atlas_.painAreas[areaZones_[z].area], share[z] / total);
  return out;
}

std::vector<MuscleSources> PainFinder::musclesForDrawing(const SparseIntensity& drawing) const {
  // What each muscle's trigger points together explain: per drawing vertex the strongest of its patterns, so
  // two trigger points covering the same skin do not count twice and one covering the rest adds to the other.
  // Sums are kept per muscle slot (muscle and side) over the whole drawing and within each pain area it touches.
  struct Here {
    std::uint32_t slot;
    float essential, spillover;
  };
  std::vector<float> essential(slots_.size(), 0.0f), spillover(slots_.size(), 0.0f);
  std::vector<float> areaWeight(areaZones_.size(), 0.0f);
  std::unordered_map<std::uint64_t, float> inArea;  // slot * zones + zone -> explained weight within that area
  std::vector<Here> here;
  float total = 0.0f;
  for (std::size_t i = 0; i < drawing.vertices.size(); ++i) {
    const std::uint32_t v = drawing.vertices[i];
    if (v >= byVertex_.size()) continue;
    const float w = drawing.values[i];
    total += w;
    here.clear();
    for (const Hit& h : byVertex_[v]) {
      const std::uint32_t slot = slotOf_[h.pattern];
      auto it = std::find_if(here.begin(), here.end(), [&](const Here& x) { return x.slot == slot; });
      if (it == here.end()) it = here.insert(here.end(), {slot, 0.0f, 0.0f});
      it->essential = std::max(it->essential, h.essential);
      it->spillover = std::max(it->spillover, h.spillover);
    }
    for (const Here& x : here) {
      essential[x.slot] += w * x.essential;
      spillover[x.slot] += w * x.spillover;
    }
    for (const AreaHit& a : areasByVertex_[v]) {
      areaWeight[a.zone] += w * a.intensity;
      for (const Here& x : here)
        inArea[std::uint64_t(x.slot) * areaZones_.size() + a.zone] += w * a.intensity * std::max(x.essential, 0.5f * x.spillover);
    }
  }
  if (total <= 0.0f) return {};
  // The areas the drawing really lies in (a fringe of a neighbouring area does not count).
  std::vector<std::uint32_t> touched;
  for (std::uint32_t z = 0; z < areaZones_.size(); ++z)
    if (areaWeight[z] >= kTouchedArea * total) touched.push_back(z);
  std::vector<MuscleSources> out = group(forDrawing(drawing));
  for (MuscleSources& m : out) {
    const std::uint32_t slot = slots_.at({m.muscle, m.side});
    const float e = essential[slot] / total, s = spillover[slot] / total;
    m.coverage = std::min(1.0f, e + 0.5f * s);
    m.essential = e >= s * 0.5f;
    // A drawing over several areas is explained by a muscle that reaches each of them: coverage averaged over
    // the areas touched, and the guides' word for each (essential 1, spillover 0.5, not listed 0).
    // Only the areas on the muscle's own side (and midline ones) count: pain on the right is not explained by a
    // left-side muscle because a right-side area reaches over the midline.
    float explained = 0.0f, listed = 0.0f;
    int areas = 0, guides = 0;
    for (std::uint32_t z : touched) {
      const AreaZone& a = areaZones_[z];
      const PainArea& area = atlas_.painAreas[a.area];
      if (area.bilateral && a.side != m.side) continue;
      const auto it = inArea.find(std::uint64_t(slot) * areaZones_.size() + z);
      explained += it == inArea.end() ? 0.0f : it->second / areaWeight[z];
      ++areas;
      if (!area.guide) continue;
      listed += listedWeight(area.guide->entry(m.muscle));
      ++guides;
    }
    explained = areas == 0 ? m.coverage : explained / float(areas);
    if (guides > 0) listed /= float(guides);
    const TriggerPoint* best = atlas_.triggerPoint(m.triggerPoints.front().triggerPoint);
    m.score = explained * (1.0f + 0.05f * float(frequencyRank(best->frequency))) + kGuideLift * listed;
  }
  std::sort(out.begin(), out.end(), byScore);
  return out;
}

std::vector<MuscleSources> PainFinder::musclesForArea(const PainArea& area, Side side) const {
  if (!area.bilateral) side = Side::Right;  // a midline area is painted once
  const SparseIntensity* zone = nullptr;
  for (const AreaZone& a : areaZones_)
    if (&atlas_.painAreas[a.area] == &area && a.side == side) zone = &a.zone;
  std::vector<MuscleSources> painted = zone ? musclesForDrawing(*zone) : std::vector<MuscleSources>{};
  if (!area.guide) return painted;
  std::vector<MuscleSources> listed, others;
  const auto paintedHere = [&](const std::string& muscle) {
    return std::find_if(painted.begin(), painted.end(), [&](const auto& m) { return m.muscle == muscle && m.side == side; });
  };
  // A group the guide names as one ("scalenes") answers with the members painted here; only when none is
  // painted are all of them listed, as unpainted.
  const auto groupPainted = [&](const std::string& group) {
    if (group.empty()) return false;
    for (const GuideEntry& other : area.guide->muscles)
      if (other.group == group && paintedHere(other.muscle) != painted.end()) return true;
    return false;
  };
  std::vector<std::string> paintedGroups;
  for (const GuideEntry& e : area.guide->muscles)
    if (groupPainted(e.group)) paintedGroups.push_back(e.group);
  for (const GuideEntry& e : area.guide->muscles) {
    const auto it = paintedHere(e.muscle);
    if (it == painted.end() && std::count(paintedGroups.begin(), paintedGroups.end(), e.group)) continue;
    MuscleSources m;
    if (it != painted.end()) {
      m = std::move(*it);
      painted.erase(it);
    } else {  // listed by the guide but not painted here on this body: say so, with the trigger points in question
      m = {e.muscle, side, e.essential, 0.0f, 0.0f, -1, false, {}, {}, {}};
      if (const Muscle* muscle = atlas_.muscle(e.muscle))
        for (const auto& id : muscle->triggerPoints) m.triggerPoints.push_back({id, side, false, 0.0f, 0.0f});
    }
    m.essential = e.essential;
    m.guideRank = area.guide->rankOf(e.muscle);
    listed.push_back(std::move(m));
  }
  listed = mergeGroups(std::move(listed), *area.guide);
  std::stable_sort(listed.begin(), listed.end(), [](const auto& a, const auto& b) {
    return a.essential != b.essential ? a.essential : a.guideRank < b.guideRank;
  });
  for (auto& m : painted)  // beyond the guide: only what really covers the area, not a zone's fringe
    if (m.side == side && m.coverage >= kBeyondGuide) others.push_back(std::move(m));
  listed.insert(listed.end(), std::make_move_iterator(others.begin()), std::make_move_iterator(others.end()));
  return listed;
}

// "Gastrocnemius", or for a group the guide names as one, "Scalenes (anterior scalene, middle scalene)".
std::string musclesLabel(const Atlas& atlas, const MuscleSources& m) {
  const auto name = [&](const std::string& id) {
    const Muscle* muscle = atlas.muscle(id);
    return muscle ? muscle->name : id;
  };
  if (m.group.empty()) return name(m.muscle);
  std::string out = m.group, members;
  out[0] = char(std::toupper(static_cast<unsigned char>(out[0])));
  for (const auto& id : m.members) {
    std::string n = name(id);
    n[0] = char(std::tolower(static_cast<unsigned char>(n[0])));
    members += (members.empty() ? "" : ", ") + n;
  }
  return out + " (" + members + ")";
}

}  // namespace myoatlas
