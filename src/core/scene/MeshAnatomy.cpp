#include "core/scene/MeshAnatomy.h"

#include <cctype>
#include <charconv>
#include <limits>
#include <unordered_map>
#include <unordered_set>

#include "core/Text.h"
#include "core/atlas/Search.h"
#include "core/scene/ScenePicker.h"

namespace myoatlas {
namespace {

bool isIdToken(const std::string& w, const char* prefix) {  // "fma32547", "bp62721", "fj441"
  const std::size_t n = std::char_traits<char>::length(prefix);
  if (w.size() <= n || w.compare(0, n, prefix) != 0) return false;
  for (std::size_t i = n; i < w.size(); ++i)
    if (!std::isdigit(static_cast<unsigned char>(w[i]))) return false;
  return true;
}

const std::unordered_set<std::string>& boneWords() {
  static const std::unordered_set<std::string> kBones = {
      "bone", "bones", "skull", "cranium", "mandible", "maxilla", "vertebra", "vertebrae", "spine", "rib", "ribs",
      "sternum", "clavicle", "scapula", "humerus", "radius", "ulna", "carpal", "metacarpal", "phalanx", "phalanges",
      "pelvis", "sacrum", "coccyx", "femur", "patella", "tibia", "fibula", "talus", "calcaneus", "tarsal",
      "metatarsal", "skeleton", "hyoid"};
  return kBones;
}

class NameIndex {
 public:
  explicit NameIndex(const Atlas& atlas) {
    for (const Muscle& m : atlas.muscles) {
      add(joinWords(searchWords(m.id)), &m);
      add(joinWords(searchWords(m.name)), &m);
      for (const auto& s : m.synonyms) add(joinWords(searchWords(s)), &m);
      for (const auto& a : m.abbreviations) add(joinWords(searchWords(a)), &m);
      auto latin = searchWords(m.latin);
      if (!latin.empty() && (latin[0] == "musculus" || latin[0] == "m")) latin.erase(latin.begin());
      add(joinWords(latin), &m);
      if (m.fmaRight) byFma_[*m.fmaRight] = {&m, Side::Right};
      if (m.fmaLeft) byFma_[*m.fmaLeft] = {&m, Side::Left};
    }
  }

  MeshAnatomy identify(const Mesh& mesh) const {
    MeshAnatomy a;
    a.tissue = mesh.tissue;
    std::vector<std::string> ws = searchWords(mesh.name);
    // An FMA id is side-specific and exact: trust it first.
    for (const auto& w : ws) {
      int fma = 0;
      // from_chars, not stoi: a number too large for an int in a user's file is simply not an FMA id.
      if (isIdToken(w, "fma") && std::from_chars(w.data() + 3, w.data() + w.size(), fma).ec == std::errc()) {
        auto it = byFma_.find(fma);
        if (it != byFma_.end()) {
          a.muscle = it->second.first;
          a.side = it->second.second;
        }
      }
    }
    // Set aside ids, side words and "muscle"; what is left is the name.
    std::vector<std::string> rest;
    for (std::size_t i = 0; i < ws.size(); ++i) {
      const auto& w = ws[i];
      if (isIdToken(w, "fma") || isIdToken(w, "bp") || isIdToken(w, "fj")) continue;
      const bool last = i + 1 == ws.size();
      if (w == "right" || w == "dexter" || w == "dextra" || (last && (w == "r" || w == "rt"))) { a.side = a.side.value_or(Side::Right); continue; }
      if (w == "left" || w == "sinister" || w == "sinistra" || (last && (w == "l" || w == "lt"))) { a.side = a.side.value_or(Side::Left); continue; }
      if (w == "muscle" || w == "musculus" || (w == "m" && i == 0)) continue;
      rest.push_back(w);
    }
    if (!a.muscle) {
      if (const Muscle* m = find(joinWords(rest))) a.muscle = m;
      else {  // "long head of biceps brachii", "ascending part of trapezius": try what follows the last "of"
        for (std::size_t i = rest.size(); i-- > 0;)
          if (rest[i] == "of") {
            a.muscle = find(joinWords(rest, i + 1));
            break;
          }
      }
    }
    if (a.muscle) {
      a.tissue = TissueKind::Muscle;
      a.label = a.muscle->name;
    } else {
      const std::string n = joinWords(rest);
      if (a.tissue == TissueKind::Unknown) {
        if (isSkinName(n)) a.tissue = TissueKind::Skin;
        for (const auto& w : rest)
          if (boneWords().count(w)) a.tissue = TissueKind::Bone;
      }
      a.label = n.empty() ? mesh.name : capitalised(n);
    }
    if (a.side) a.label += std::string(" (") + sideName(*a.side) + ")";
    return a;
  }

 private:
  void add(const std::string& key, const Muscle* m) {
    if (!key.empty()) names_.emplace(key, m);  // the first muscle to claim a name keeps it
  }
  const Muscle* find(const std::string& key) const {
    auto it = names_.find(key);
    return it == names_.end() ? nullptr : it->second;
  }
  std::unordered_map<std::string, const Muscle*> names_;
  std::unordered_map<int, std::pair<const Muscle*, Side>> byFma_;
};

}  // namespace

MeshAnatomy identifyMesh(const Atlas& atlas, const Mesh& mesh) { return NameIndex(atlas).identify(mesh); }

std::vector<MeshAnatomy> identifyMeshes(const Atlas& atlas, const Model& model) {
  const NameIndex index(atlas);
  std::vector<MeshAnatomy> out;
  out.reserve(model.meshes.size());
  for (const Mesh& m : model.meshes) out.push_back(index.identify(m));
  return out;
}

void applyIdentifiedTissues(Model& model, const std::vector<MeshAnatomy>& anatomy) {
  for (std::size_t i = 0; i < model.meshes.size() && i < anatomy.size(); ++i)
    if (model.meshes[i].tissue == TissueKind::Unknown) model.meshes[i].tissue = anatomy[i].tissue;
}

glm::vec3 markerOnMuscle(const std::vector<MeshAnatomy>& anatomy, const ScenePicker& picker,
                         const std::string& muscleId, Side side, glm::vec3 skinPoint) {
  glm::vec3 best = skinPoint;
  float bestD = std::numeric_limits<float>::max();
  for (std::size_t i = 0; i < anatomy.size(); ++i) {
    const MeshAnatomy& a = anatomy[i];
    if (!a.muscle || a.muscle->id != muscleId || (a.side && *a.side != side)) continue;
    for (const auto& p : picker.posedPositions(i))
      if (const float d = glm::dot(p - skinPoint, p - skinPoint); d < bestD) bestD = d, best = p;
  }
  return best;
}

}  // namespace myoatlas
