#include "core/atlas/Atlas.h"

namespace myoatlas {
namespace {

template <class T>
void indexById(const std::vector<T>& items, std::unordered_map<std::string, std::size_t>& index) {
  index.clear();
  for (std::size_t i = 0; i < items.size(); ++i) index.emplace(items[i].id, i);  // first wins on duplicates
}

template <class T>
const T* find(const std::vector<T>& items, const std::unordered_map<std::string, std::size_t>& index,
              const std::string& id) {
  const auto it = index.find(id);
  return it == index.end() ? nullptr : &items[it->second];
}

// A group ("scalenes") holds one place in the guide: its muscles follow one another with the same name.
bool continuesGroup(const std::vector<GuideEntry>& muscles, std::size_t i) {
  return i > 0 && !muscles[i].group.empty() && muscles[i - 1].group == muscles[i].group;
}

}  // namespace

const char* depthName(Depth d) {
  switch (d) {
    case Depth::Superficial: return "superficial";
    case Depth::Intermediate: return "intermediate";
    case Depth::Deep: return "deep";
  }
  return "?";
}

std::string sourceCitation(const Atlas& atlas, const SourceRef& ref) {
  std::string citation = ref.source;
  for (const auto& s : atlas.sources)
    if (s.id == ref.source) citation = s.citation;
  if (!ref.where.empty()) citation += " " + ref.where + ".";
  return citation;
}

std::string Atlas::regionIds() const {
  std::string ids;
  for (const auto& r : regions) ids += (ids.empty() ? "" : ", ") + r.id;
  return ids;
}

std::optional<Depth> parseDepth(const std::string& name) {
  for (Depth d : {Depth::Superficial, Depth::Intermediate, Depth::Deep})
    if (name == depthName(d)) return d;
  return std::nullopt;
}

const char* frequencyName(Frequency f) {
  switch (f) {
    case Frequency::Unknown: return "unknown";
    case Frequency::Rare: return "rare";
    case Frequency::Occasional: return "occasional";
    case Frequency::Common: return "common";
    case Frequency::VeryCommon: return "very common";
  }
  return "?";
}

int frequencyRank(Frequency f) { return static_cast<int>(f); }

const GuideEntry* PainGuide::entry(const std::string& muscle) const {
  for (const auto& e : muscles)
    if (e.muscle == muscle) return &e;
  return nullptr;
}

int PainGuide::rankOf(const std::string& muscle) const {
  for (std::size_t i = 0; i < muscles.size(); ++i) {
    if (muscles[i].muscle != muscle) continue;
    std::size_t first = i;
    while (continuesGroup(muscles, first)) --first;
    return int(first);
  }
  return -1;
}

std::size_t PainGuide::placeCount() const {
  std::size_t n = 0;
  for (std::size_t i = 0; i < muscles.size(); ++i) n += continuesGroup(muscles, i) ? 0 : 1;
  return n;
}

const Muscle* Atlas::muscle(const std::string& id) const { return find(muscles, muscleIndex_, id); }
const Muscle* Atlas::muscleOf(const std::string& id) const {
  const TriggerPoint* t = triggerPoint(id);
  return muscle(t ? t->muscle : id);
}
const TriggerPoint* Atlas::triggerPoint(const std::string& id) const { return find(triggerPoints, trpIndex_, id); }
const PainArea* Atlas::painArea(const std::string& id) const { return find(painAreas, areaIndex_, id); }
const Landmark* Atlas::landmark(const std::string& id) const { return find(landmarks, landmarkIndex_, id); }
const Region* Atlas::region(const std::string& id) const { return find(regions, regionIndex_, id); }

std::size_t Atlas::zoneCount() const {
  std::size_t n = 0;
  for (const auto& t : triggerPoints) n += (t.essential.empty() ? 0 : 1) + (t.spillover.empty() ? 0 : 1);
  return n;
}

void Atlas::buildIndex() {
  indexById(muscles, muscleIndex_);
  indexById(triggerPoints, trpIndex_);
  indexById(painAreas, areaIndex_);
  indexById(landmarks, landmarkIndex_);
  indexById(regions, regionIndex_);
}

}  // namespace myoatlas
