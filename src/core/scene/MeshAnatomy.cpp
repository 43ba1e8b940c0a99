#include "core/scene/MeshAnatomy.h"

#include <algorithm>
#include <limits>
#include <unordered_map>
#include <unordered_set>

#include "core/MeshNames.h"
#include "core/Text.h"
#include "core/atlas/Search.h"
#include "core/scene/ScenePicker.h"

namespace myoatlas {
namespace {

// Bones by what their names say, with the words that name them (after side words are set aside): so that our
// body's "scapula_bone.r" and BodyParts3D's "Right scapula" are the same bone to the fit and the calibration.
struct BoneName {
  const char* id;
  std::vector<const char*> phrases;
};
const std::vector<BoneName>& boneNames() {
  static const std::vector<BoneName> kBones = {
      {"skull", {"skull", "cranium", "skull bone"}},
      {"mandible", {"mandible", "mandibula"}},
      {"vertebral_column", {"vertebral column", "spine", "spinal column", "columna vertebralis"}},
      {"rib_cage", {"rib cage", "ribs", "thoracic cage", "bony thorax"}},
      {"sternum", {"sternum"}},
      {"clavicle", {"clavicle", "clavicle bone", "clavicula"}},
      {"scapula", {"scapula", "scapula bone"}},
      {"humerus", {"humerus"}},
      {"radius", {"radius"}},
      {"ulna", {"ulna"}},
      {"hand", {"hand bones", "bones of hand", "skeleton of hand"}},
      {"pelvis", {"hip bone", "os coxae", "coxal bone", "innominate bone", "pelvis", "pelvic girdle", "bony pelvis"}},
      {"sacrum", {"sacrum", "os sacrum"}},
      {"femur", {"femur"}},
      {"patella", {"patella"}},
      {"tibia", {"tibia"}},
      {"fibula", {"fibula"}},
      {"foot", {"foot bones", "bones of foot", "skeleton of foot"}},
  };
  return kBones;
}

// Words that say "a bone" without saying which.
const std::unordered_set<std::string>& boneWords() {
  static const std::unordered_set<std::string> kBones = {
      "bone", "bones", "skull", "cranium", "mandible", "maxilla", "vertebra", "vertebrae", "spine", "rib", "ribs",
      "sternum", "clavicle", "scapula", "humerus", "radius", "ulna", "carpal", "metacarpal", "phalanx", "phalanges",
      "pelvis", "sacrum", "coccyx", "femur", "patella", "tibia", "fibula", "talus", "calcaneus", "tarsal",
      "metatarsal", "skeleton", "hyoid"};
  return kBones;
}

// Parts of muscles the atlas keeps apart: "descending part of trapezius" is the upper trapezius.
struct MusclePart {
  const char* muscleWord;
  std::vector<const char*> partWords;
  const char* atlasId;
};
const std::vector<MusclePart>& muscleParts() {
  static const std::vector<MusclePart> kParts = {
      {"trapezius", {"descending", "upper", "superior", "descendens"}, "upper_trapezius"},
      {"trapezius", {"transverse", "middle", "transversa"}, "middle_trapezius"},
      {"trapezius", {"ascending", "lower", "inferior", "ascendens"}, "lower_trapezius"},
      {"deltoid", {"clavicular", "anterior", "clavicularis"}, "anterior_deltoid"},
      {"deltoid", {"acromial", "middle", "lateral", "acromialis"}, "middle_deltoid"},
      {"deltoid", {"spinal", "posterior", "spinalis"}, "posterior_deltoid"},
  };
  return kParts;
}

bool contains(const std::vector<std::string>& words, const char* w) { return std::find(words.begin(), words.end(), w) != words.end(); }

class NameIndex {
 public:
  explicit NameIndex(const Atlas& atlas) : atlas_(atlas) {
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
      if (m.fmaWhole) byFma_[*m.fmaWhole] = {&m, std::nullopt};
    }
  }

  MeshAnatomy identify(const Mesh& mesh, const std::string* role) const {
    if (role) return fromRole(mesh, *role);
    MeshAnatomy a;
    a.tissue = mesh.tissue;
    for (const auto& id : mesh.attaches)
      if (atlas_.muscle(id)) a.attaches.push_back(id);
    const MeshNameWords name = meshNameWords(mesh.name);
    // An FMA id is exact (and side-specific, or whole for a midline muscle): trust it first.
    bool byId = false;
    for (const int fma : name.fmaIds)
      if (auto it = byFma_.find(fma); it != byFma_.end()) {
        a.muscle = it->second.first;
        a.side = it->second.second;
        byId = true;
      }
    // Set aside side words and "muscle"; what is left is the name.
    std::vector<std::string> rest;
    const auto& ws = name.words;
    for (std::size_t i = 0; i < ws.size(); ++i) {
      const auto& w = ws[i];
      const bool last = i + 1 == ws.size();
      const bool right = w == "right" || w == "dexter" || w == "dextra" || w == "dextrum" || (last && (w == "r" || w == "rt"));
      const bool left = w == "left" || w == "sinister" || w == "sinistra" || w == "sinistrum" || (last && (w == "l" || w == "lt"));
      if (right || left) {
        if (!byId) a.side = a.side.value_or(right ? Side::Right : Side::Left);
        continue;
      }
      if (w == "muscle" || w == "musculus" || (w == "m" && i == 0)) continue;
      rest.push_back(w);
    }
    if (!a.muscle) a.muscle = muscleNamed(rest);
    if (a.muscle) {
      a.tissue = TissueKind::Muscle;
      a.label = a.muscle->name;
    } else {
      const std::string n = joinWords(rest);
      if (a.tissue == TissueKind::Unknown) {
        if (isSkinName(mesh.name)) a.tissue = TissueKind::Skin;
        for (const auto& w : rest)
          if (boneWords().count(w)) a.tissue = TissueKind::Bone;
      }
      if (a.tissue == TissueKind::Bone || a.tissue == TissueKind::Unknown) a.bone = boneNamed(rest);
      if (!a.bone.empty()) a.tissue = TissueKind::Bone;
      a.label = n.empty() ? mesh.name : capitalised(n);
    }
    if (a.tissue == TissueKind::Skin) a.side.reset();
    if (a.side) a.label += std::string(" (") + sideName(*a.side) + ")";
    return a;
  }

 private:
  const Muscle* muscleNamed(const std::vector<std::string>& rest) const {
    if (const Muscle* m = find(joinWords(rest))) return m;
    for (const auto& part : muscleParts())
      if (contains(rest, part.muscleWord))
        for (const char* w : part.partWords)
          if (contains(rest, w))
            if (const Muscle* m = atlas_.muscle(part.atlasId)) return m;
    // "long head of biceps brachii", "ascending part of trapezius": try what follows the last "of"
    for (std::size_t i = rest.size(); i-- > 0;)
      if (rest[i] == "of") return find(joinWords(rest, i + 1));
    return nullptr;
  }

  static std::string boneNamed(const std::vector<std::string>& rest) {
    const std::string n = joinWords(rest);
    for (const auto& bone : boneNames())
      for (const char* phrase : bone.phrases)
        if (n == phrase) return bone.id;
    // "right femur bone", "femur (shaft)": one word of a one-word name is enough
    for (const auto& bone : boneNames())
      for (const char* phrase : bone.phrases)
        if (std::string_view(phrase).find(' ') == std::string_view::npos && contains(rest, phrase)) return bone.id;
    return "";
  }

  // A role from the model's names file (ModelImporter.h): an atlas muscle id with an optional ".r"/".l", or
  // "skin", "bone" or "other". Validated when the file is read (checkNameRoles), so anything else is "other".
  MeshAnatomy fromRole(const Mesh& mesh, const std::string& role) const {
    MeshAnatomy a;
    const RoleParts parts = splitRole(role);
    if (parts.id == "skin") a.tissue = TissueKind::Skin;
    else if (parts.id == "bone") a.tissue = TissueKind::Bone;
    else if (const Muscle* m = atlas_.muscle(parts.id)) a.muscle = m, a.tissue = TissueKind::Muscle;
    else if (isBoneId(parts.id)) a.bone = parts.id, a.tissue = TissueKind::Bone;
    a.side = parts.side;
    a.label = a.muscle ? a.muscle->name : !a.bone.empty() ? capitalised(joinWords(searchWords(a.bone))) : mesh.name;
    if (a.side) a.label += std::string(" (") + sideName(*a.side) + ")";
    return a;
  }

  void add(const std::string& key, const Muscle* m) {
    if (!key.empty()) names_.emplace(key, m);  // the first muscle to claim a name keeps it
  }
  const Muscle* find(const std::string& key) const {
    auto it = names_.find(key);
    return it == names_.end() ? nullptr : it->second;
  }
  const Atlas& atlas_;
  std::unordered_map<std::string, const Muscle*> names_;
  std::unordered_map<int, std::pair<const Muscle*, std::optional<Side>>> byFma_;
};

}  // namespace

RoleParts splitRole(const std::string& role) {
  RoleParts p{role, std::nullopt};
  if (role.size() > 2 && role[role.size() - 2] == '.' && (role.back() == 'r' || role.back() == 'l')) {
    p.side = role.back() == 'r' ? Side::Right : Side::Left;
    p.id = role.substr(0, role.size() - 2);
  }
  return p;
}

bool isBoneId(const std::string& id) {
  return std::any_of(boneNames().begin(), boneNames().end(), [&](const BoneName& b) { return id == b.id; });
}

std::optional<std::string> checkNameRole(const Atlas& atlas, const std::string& role) {
  const RoleParts p = splitRole(role);
  if (role == "skin" || role == "bone" || role == "other" || atlas.muscle(p.id) || isBoneId(p.id)) return std::nullopt;
  std::string bones;
  for (const auto& b : boneNames()) bones += std::string(bones.empty() ? "" : ", ") + b.id;
  return "'" + role + "' is neither an atlas muscle id (as 'myoatlas search' lists them, with '.r' or '.l' for a "
         "side) nor skin, bone, other or a bone id (" + bones + ")";
}

MeshAnatomy identifyMesh(const Atlas& atlas, const Mesh& mesh) { return NameIndex(atlas).identify(mesh, nullptr); }

std::vector<MeshAnatomy> identifyMeshes(const Atlas& atlas, const Model& model) {
  const NameIndex index(atlas);
  std::vector<MeshAnatomy> out;
  out.reserve(model.meshes.size());
  for (const Mesh& m : model.meshes) {
    const auto role = model.nameRoles.find(m.name);
    out.push_back(index.identify(m, role == model.nameRoles.end() ? nullptr : &role->second));
    if (model.adaptation && model.adaptation->envelopeSkin && m.name == kEnvelopeSkinName) {
      out.back().tissue = TissueKind::Skin;
      out.back().envelope = true;
      out.back().label = "Envelope skin (built over the muscles and bones)";
    }
  }
  return out;
}

void applyIdentifiedTissues(Model& model, const std::vector<MeshAnatomy>& anatomy) {
  for (std::size_t i = 0; i < model.meshes.size() && i < anatomy.size(); ++i)
    if (model.meshes[i].tissue == TissueKind::Unknown) model.meshes[i].tissue = anatomy[i].tissue;
}

glm::vec3 markerOnMuscle(const std::vector<MeshAnatomy>& anatomy, const ScenePicker& picker,
                         const std::string& muscleId, Side side, glm::vec3 skinPoint,
                         const std::function<bool(std::size_t)>& shown) {
  glm::vec3 best = skinPoint;
  float bestD = std::numeric_limits<float>::max();
  std::size_t bestMesh = anatomy.size();
  for (std::size_t i = 0; i < anatomy.size(); ++i) {
    const MeshAnatomy& a = anatomy[i];
    if (!a.muscle || a.muscle->id != muscleId || (a.side && *a.side != side) || (shown && !shown(i))) continue;
    for (const auto& p : picker.posedPositions(i))
      if (const float d = glm::dot(p - skinPoint, p - skinPoint); d < bestD) bestD = d, best = p, bestMesh = i;
  }
  if (bestMesh == anatomy.size() || anatomy[bestMesh].muscle->depth != Depth::Deep || bestD < 1e-8f) return best;
  // A deep muscle's trigger point lies in its belly: halfway through it along the way in from the skin, at most
  // 1.5 cm in (it is seen through what covers it: the renderer draws hidden markers faintly).
  const glm::vec3 inward = (best - skinPoint) / std::sqrt(bestD);
  const auto exit = picker.pick(Ray{best + inward * 0.001f, inward}, [&](std::size_t i) { return i == bestMesh; });
  const float depth = exit ? std::min(0.5f * (exit->hit.distance + 0.001f), 0.015f) : 0.0f;
  return best + inward * depth;
}

}  // namespace myoatlas
