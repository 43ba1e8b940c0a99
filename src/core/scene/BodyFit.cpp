#include "core/scene/BodyFit.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include <glm/gtc/matrix_transform.hpp>

#include "core/TaggedJson.h"
#include "core/Text.h"
#include "core/body/Calibration.h"
#include "core/geometry/Envelope.h"
#include "core/geometry/Bvh.h"

namespace myoatlas {
namespace {

constexpr float kBoneWeight = 3.0f;
constexpr float kLocalReach = 0.07f;  // metres: how far one structure's correction spreads
constexpr float kFade = 0.05f;        // the weight below which corrections fade towards the global map

// The atlas region a bone lies in, for the fit's report.
std::string boneRegion(const std::string& bone) {
  static const std::map<std::string, std::string> kRegions = {
      {"skull", "head_face"},         {"mandible", "head_face"},          {"vertebral_column", "low_back"},
      {"rib_cage", "chest_abdomen"},  {"sternum", "chest_abdomen"},        {"clavicle", "shoulder_upper_back"},
      {"scapula", "shoulder_upper_back"}, {"humerus", "arm"},              {"radius", "forearm_hand"},
      {"ulna", "forearm_hand"},       {"hand", "forearm_hand"},            {"pelvis", "hip_buttock"},
      {"sacrum", "hip_buttock"},      {"femur", "thigh"},                  {"patella", "thigh"},
      {"tibia", "leg_foot"},          {"fibula", "leg_foot"},              {"foot", "leg_foot"}};
  const auto it = kRegions.find(bone);
  return it == kRegions.end() ? "" : it->second;
}

struct Part {
  Mesh mesh;  // positions and indices of every mesh of the part
  bool bone = false;
  std::string region;
};
using PartKey = std::pair<std::string, char>;  // (muscle or bone id, 'r' / 'l' / 0)

std::map<PartKey, Part> partsOf(const Model& model, const std::vector<MeshAnatomy>& anatomy) {
  std::map<PartKey, Part> parts;
  for (std::size_t i = 0; i < model.meshes.size() && i < anatomy.size(); ++i) {
    const MeshAnatomy& a = anatomy[i];
    const Mesh& m = model.meshes[i];
    if (m.indices.size() < 3 || (!a.muscle && a.bone.empty())) continue;
    const char side = a.side ? (*a.side == Side::Right ? 'r' : 'l') : 0;
    Part& p = parts[{a.muscle ? a.muscle->id : a.bone, side}];
    p.bone = !a.muscle;
    p.region = a.muscle ? (a.muscle->regions.empty() ? "" : a.muscle->regions[0]) : boneRegion(a.bone);
    appendTriangles(p.mesh, m);
  }
  return parts;
}

// One side of a structure kept as one mesh (a pelvis): the triangles on that side of its middle. The subject's
// right is -X.
Mesh halfOf(const Mesh& whole, char side) {
  const float middle = whole.bounds().center().x;
  Mesh half;
  half.positions = whole.positions;
  for (std::size_t t = 0; t + 2 < whole.indices.size(); t += 3) {
    const float x = (whole.positions[whole.indices[t]].x + whole.positions[whole.indices[t + 1]].x + whole.positions[whole.indices[t + 2]].x) / 3.0f;
    if ((side == 'r') == (x < middle)) half.indices.insert(half.indices.end(), whole.indices.begin() + std::ptrdiff_t(t), whole.indices.begin() + std::ptrdiff_t(t) + 3);
  }
  return half;
}

// A bone's six extremes (lowest, highest, most medial... points: the inferior angle, the acromion, the ends of a
// long bone), each the mean of its surface within 5 mm of the extreme. Bones match a real skeleton's closely
// (docs/ANATOMY.md), so these pin the fit where the landmarks are: on the bones under the skin.
std::vector<std::pair<std::string, glm::vec3>> boneExtremes(const Mesh& mesh) {
  const std::vector<glm::vec3> samples = sampleSurface(mesh, 4000);
  std::vector<std::pair<std::string, glm::vec3>> out;  // "" for an extreme that is no one point
  if (samples.size() < 100) return out;
  static const std::pair<const char*, glm::vec3> kDirections[] = {
      {"-x", {-1, 0, 0}}, {"+x", {1, 0, 0}}, {"-y", {0, -1, 0}}, {"+y", {0, 1, 0}}, {"-z", {0, 0, -1}}, {"+z", {0, 0, 1}}};
  for (const auto& [name, d] : kDirections) {
    float top = -1e9f;
    for (const auto& p : samples) top = std::max(top, glm::dot(p, d));
    glm::vec3 sum(0.0f);
    int n = 0;
    for (const auto& p : samples)
      if (glm::dot(p, d) > top - 0.005f) sum += p, ++n;
    const glm::vec3 mean = sum / float(n);
    // A point, not a ridge: the front of a femur's shaft has no one most anterior place.
    float spread = 0.0f;
    for (const auto& p : samples)
      if (glm::dot(p, d) > top - 0.005f) spread = std::max(spread, glm::distance(p, mean));
    out.emplace_back(spread < 0.02f ? name : "", mean);
  }
  return out;
}

// A part's fit points: its centroid, and a bone's well-defined extremes.
FitPoints fitPointsOf(const Mesh& mesh, bool bone) {
  FitPoints p;
  p.centroid = surfaceCentroid(mesh);
  if (bone) p.extremes = boneExtremes(mesh);
  return p;
}

std::string partName(const std::string& id, char side) { return id + (side ? std::string(".") + side : ""); }

void addPairs(std::vector<FitPair>& pairs, const std::string& name, const std::string& region, bool bone, const FitPoints& ours,
              const FitPoints& theirs) {
  const float weight = bone ? kBoneWeight : 1.0f;
  pairs.push_back({name, region, ours.centroid, theirs.centroid, weight});
  for (std::size_t i = 0; i < ours.extremes.size() && i < theirs.extremes.size(); ++i)
    if (!ours.extremes[i].first.empty() && !theirs.extremes[i].first.empty())
      pairs.push_back({name + "/" + ours.extremes[i].first, region, ours.extremes[i].second, theirs.extremes[i].second, weight});
}

std::vector<FitPair> correspondences(const FitTemplate& ours, const std::map<PartKey, Part>& theirs) {
  std::map<PartKey, const FitTemplate::Part*> byKey;
  for (const auto& p : ours.parts) byKey[{p.id, p.side}] = &p;
  std::vector<FitPair> pairs;
  for (const auto& [key, part] : theirs) {
    if (part.mesh.indices.size() < 3) continue;
    if (const auto same = byKey.find(key); same != byKey.end()) {
      addPairs(pairs, partName(key.first, key.second), part.region, part.bone, same->second->points, fitPointsOf(part.mesh, part.bone));
    } else if (key.second) {  // theirs sided, ours whole
      if (const auto whole = byKey.find({key.first, 0}); whole != byKey.end()) {
        const auto& half = key.second == 'r' ? whole->second->right : whole->second->left;
        if (half) addPairs(pairs, partName(key.first, key.second), part.region, part.bone, *half, fitPointsOf(part.mesh, part.bone));
      }
    } else {  // theirs whole, ours sided
      for (const char side : {'r', 'l'})
        if (const auto sided = byKey.find({key.first, side}); sided != byKey.end()) {
          const Mesh half = halfOf(part.mesh, side);
          if (half.indices.size() >= 3)
            addPairs(pairs, partName(key.first, side), part.region, part.bone, sided->second->points, fitPointsOf(half, part.bone));
        }
    }
  }
  return pairs;
}

glm::mat3 inverse3(const glm::dmat3& m) { return glm::mat3(glm::inverse(m)); }

// Weighted least-squares affine map of the used pairs, held towards `towards` (3x3) with strength `lambda`.
glm::mat4 affineFit(const std::vector<FitPair>& pairs, const glm::mat3& towards) {
  double total = 0.0;
  glm::dvec3 cf(0.0), ct(0.0);
  for (const auto& p : pairs)
    if (p.used) total += p.weight, cf += double(p.weight) * glm::dvec3(p.ours), ct += double(p.weight) * glm::dvec3(p.theirs);
  cf /= total, ct /= total;
  glm::dmat3 cpp(0.0), cqp(0.0);  // column-major: m[col][row]
  for (const auto& p : pairs) {
    if (!p.used) continue;
    const glm::dvec3 a = glm::dvec3(p.ours) - cf, b = glm::dvec3(p.theirs) - ct;
    cpp += double(p.weight) * glm::outerProduct(a, a);
    cqp += double(p.weight) * glm::outerProduct(b, a);
  }
  const double lambda = total * 0.03 * 0.03;
  const glm::dmat3 linear = (cqp + lambda * glm::dmat3(towards)) * glm::dmat3(inverse3(cpp + lambda * glm::dmat3(1.0)));
  glm::mat4 m{glm::mat3(linear)};
  m[3] = glm::vec4(glm::vec3(ct - linear * cf), 1.0f);
  return m;
}

glm::vec3 applyStage(const BodyFit::Stage& s, glm::vec3 x) {
  glm::vec3 sum(0.0f);
  float weights = 0.0f;
  const float k = 1.0f / (2.0f * s.reach * s.reach);
  for (std::size_t i = 0; i < s.anchors.size(); ++i) {
    const glm::vec3 d = x - s.anchors[i];
    const float d2 = glm::dot(d, d);
    if (d2 > 9.0f * s.reach * s.reach * 4.0f) continue;  // beyond 6 reaches: nothing
    const float g = std::exp(-d2 * k);
    sum += g * s.corrections[i];
    weights += g;
  }
  return x + sum / (weights + kFade);
}

float rms(const std::vector<float>& v) {
  if (v.empty()) return 0.0f;
  double s = 0.0;
  for (float x : v) s += double(x) * double(x);
  return float(std::sqrt(s / double(v.size())));
}

// Non-rigid steps of our skin onto theirs: samples of ours, through the fit so far, pulled to their nearest
// point when it is within `within`; each step's pulls spread over `reach`.
void skinSteps(BodyFit& fit, const std::vector<glm::vec3>& samples, const Mesh& theirSkin, const std::vector<std::pair<float, float>>& steps) {
  const Bvh theirs(theirSkin);
  for (const auto& [within, reach] : steps) {
    BodyFit::Stage stage;
    stage.reach = reach;
    for (const auto& p : samples) {
      const glm::vec3 x = fit.apply(p);
      const auto n = theirs.nearest(x);
      if (!n || n->distance > within) continue;
      stage.anchors.push_back(x);
      stage.corrections.push_back(n->point - x);
    }
    if (stage.anchors.empty()) break;
    fit.stages.push_back(std::move(stage));
  }
  std::vector<float> miss;
  for (const auto& p : samples)
    if (const auto n = theirs.nearest(fit.apply(p))) miss.push_back(n->distance);
  fit.skinMiss = rms(miss);
}

}  // namespace

glm::vec3 BodyFit::apply(glm::vec3 ours) const {
  glm::vec3 x = glm::vec3(global * glm::vec4(ours, 1.0f));
  for (const auto& s : stages) x = applyStage(s, x);
  return x;
}

Result<BodyFit> fitBody(const FitTemplate& ours, const Model& theirs, const std::vector<MeshAnatomy>& theirsAnatomy,
                        const Mesh* theirSkin, bool theirSkinIsReal) {
  BodyFit fit;
  fit.pairs = correspondences(ours, partsOf(theirs, theirsAnatomy));
  const bool ourSkin = !ours.skinSamples.empty();
  std::set<std::string> structures;
  for (const auto& p : fit.pairs) structures.insert(p.part.substr(0, p.part.find('/')));
  if (structures.size() >= 3) {
    for (int round = 0; round < 3; ++round) {
      std::vector<glm::vec3> from, to;
      for (const auto& p : fit.pairs)
        if (p.used) from.push_back(p.ours), to.push_back(p.theirs);
      const Similarity s = fitSimilarity(from, to);
      fit.global = affineFit(fit.pairs, s.scale * s.rotation);
      std::vector<float> misses;
      for (auto& p : fit.pairs) {
        p.globalMiss = glm::distance(glm::vec3(fit.global * glm::vec4(p.ours, 1.0f)), p.theirs);
        if (p.used) misses.push_back(p.globalMiss);
      }
      std::nth_element(misses.begin(), misses.begin() + std::ptrdiff_t(misses.size() / 2), misses.end());
      const float limit = std::max(4.0f * misses[misses.size() / 2], 0.04f);
      bool changed = false;
      for (auto& p : fit.pairs)
        if (p.used && p.globalMiss > limit) p.used = false, changed = true;
      if (!changed || std::count_if(fit.pairs.begin(), fit.pairs.end(), [](const FitPair& p) { return p.used; }) < 4) break;
    }
    BodyFit::Stage local;
    local.reach = kLocalReach;
    for (const auto& p : fit.pairs)
      if (p.used) {
        const glm::vec3 at = glm::vec3(fit.global * glm::vec4(p.ours, 1.0f));
        local.anchors.push_back(at);
        local.corrections.push_back(p.theirs - at);
      }
    fit.stages.push_back(std::move(local));
    if (theirSkin && theirSkinIsReal && ourSkin) skinSteps(fit, ours.skinSamples, *theirSkin, {{0.05f, 0.06f}, {0.03f, 0.04f}});
  } else if (theirSkin && theirSkinIsReal && ourSkin) {
    // Nothing to go by but the skin: the bounding boxes first (both upright, facing +Z), then the skin steps.
    fit.fromSkinOnly = true;
    const Bounds a = ours.skinBounds, b = theirSkin->bounds();
    const glm::vec3 scale = b.size() / glm::max(a.size(), glm::vec3(1e-6f));
    fit.global = glm::translate(glm::mat4(1.0f), b.center()) * glm::scale(glm::mat4(1.0f), scale) * glm::translate(glm::mat4(1.0f), -a.center());
    skinSteps(fit, ours.skinSamples, *theirSkin, {{0.10f, 0.12f}, {0.06f, 0.08f}, {0.04f, 0.05f}, {0.03f, 0.04f}});
  } else {
    return Error{"only " + std::to_string(structures.size()) + " muscles or bones of '" + theirs.source +
                 "' correspond to the atlas body's, and it has no skin to fit by; at least three are needed "
                 "(see which meshes were recognised with 'myoatlas info --model', and name the others in a names file)"};
  }
  for (auto& p : fit.pairs) p.finalMiss = glm::distance(fit.apply(p.ours), p.theirs);
  return fit;
}

std::vector<ModelLandmark> carryLandmarks(const BodyFit& fit, const std::vector<ModelLandmark>& ours, const Mesh& theirSkin,
                                          float maxGap, std::vector<ModelLandmark>* dropped) {
  std::vector<ModelLandmark> out;
  const Bvh skin(theirSkin);
  for (const auto& l : ours) {
    const glm::vec3 at = fit.apply(l.position);
    const auto n = skin.nearest(at);
    if (!n || n->distance > maxGap) {
      if (dropped) dropped->push_back({l.id, at});
      continue;
    }
    out.push_back({l.id, n->point});
  }
  return out;
}

std::vector<FitRegion> fitRegions(const Atlas& atlas, const BodyFit& fit) {
  std::vector<FitRegion> out;
  for (const auto& region : atlas.regions) {
    FitRegion r;
    r.region = region.id;
    std::set<std::string> structures;
    std::vector<float> global, final;
    for (const auto& p : fit.pairs)
      if (p.used && p.region == region.id) {
        structures.insert(p.part.substr(0, p.part.find('/')));
        global.push_back(p.globalMiss);
        final.push_back(p.finalMiss);
      }
    r.parts = int(structures.size());
    r.globalMiss = rms(global);
    r.finalMiss = rms(final);
    r.verdict = r.parts == 0 ? "extrapolated"
                : (r.globalMiss > 0.04f || r.finalMiss > 0.015f) ? "poor"
                : (r.globalMiss > 0.025f || r.parts < 2) ? "fair" : "good";
    out.push_back(r);
  }
  return out;
}

FitTemplate fitTemplateOf(const Atlas& atlas, const Model& ours) {
  FitTemplate t;
  for (const auto& [key, part] : partsOf(ours, identifyMeshes(atlas, ours))) {
    if (part.mesh.indices.size() < 3) continue;
    FitTemplate::Part p{key.first, key.second, part.bone, part.region, fitPointsOf(part.mesh, part.bone), std::nullopt, std::nullopt};
    if (!key.second) {  // a whole one (a pelvic girdle): its halves, for a model that has a left and a right
      const Mesh right = halfOf(part.mesh, 'r'), left = halfOf(part.mesh, 'l');
      if (right.indices.size() >= 3 && left.indices.size() >= 3) p.right = fitPointsOf(right, part.bone), p.left = fitPointsOf(left, part.bone);
    }
    t.parts.push_back(std::move(p));
  }
  if (const auto skin = skinMeshIndex(ours)) {
    t.skinSamples = sampleSurface(ours.meshes[*skin], 3000);
    t.skinBounds = ours.meshes[*skin].bounds();
  }
  t.landmarks = ours.landmarks;
  return t;
}

namespace {

nlohmann::json vec(glm::vec3 v) { return {v.x, v.y, v.z}; }

nlohmann::json pointsJson(const FitPoints& p) {
  nlohmann::json j = {{"centroid", vec(p.centroid)}, {"extremes", nlohmann::json::array()}};
  for (const auto& [name, at] : p.extremes) j["extremes"].push_back({{"name", name}, {"at", vec(at)}});
  return j;
}

}  // namespace

std::string fitTemplateJson(const FitTemplate& t) {
  nlohmann::json j = {{"format", "myoatlas-fit-template"}, {"parts", nlohmann::json::array()}, {"skin_samples", nlohmann::json::array()}};
  for (const auto& p : t.parts) {
    nlohmann::json e = {{"id", p.id}, {"side", p.side ? std::string(1, p.side) : std::string()}, {"bone", p.bone}, {"region", p.region},
                        {"points", pointsJson(p.points)}};
    if (p.right) e["right"] = pointsJson(*p.right);
    if (p.left) e["left"] = pointsJson(*p.left);
    j["parts"].push_back(std::move(e));
  }
  for (const auto& s : t.skinSamples) j["skin_samples"].push_back(vec(s));
  if (!t.skinBounds.empty()) j["skin_bounds"] = {vec(t.skinBounds.min), vec(t.skinBounds.max)};
  j["landmarks"] = nlohmann::json::object();
  for (const auto& l : t.landmarks) j["landmarks"][l.id] = vec(l.position);
  return j.dump() + "\n";
}

Result<FitTemplate> parseFitTemplate(const std::string& text, const std::string& path) {
  auto parsed = parseTaggedJson(text, "fit template", path, "myoatlas-fit-template");
  if (!parsed) return Error{parsed.error()};
  const nlohmann::json& j = parsed.value();
  // Written by myoatlas-genbody; anything malformed is one error naming the file (rebuild the body to fix it).
  try {
    const auto v = [](const nlohmann::json& a) { return glm::vec3(a.at(0).get<float>(), a.at(1).get<float>(), a.at(2).get<float>()); };
    const auto points = [&](const nlohmann::json& a) {
      FitPoints p;
      p.centroid = v(a.at("centroid"));
      for (const auto& e : a.at("extremes")) p.extremes.emplace_back(e.at("name").get<std::string>(), v(e.at("at")));
      return p;
    };
    FitTemplate t;
    for (const auto& e : j.at("parts")) {
      const std::string side = e.at("side").get<std::string>();
      FitTemplate::Part p{e.at("id").get<std::string>(), side.empty() ? char(0) : side[0], e.at("bone").get<bool>(),
                          e.at("region").get<std::string>(), points(e.at("points")), std::nullopt, std::nullopt};
      if (e.contains("right")) p.right = points(e["right"]);
      if (e.contains("left")) p.left = points(e["left"]);
      t.parts.push_back(std::move(p));
    }
    for (const auto& s : j.at("skin_samples")) t.skinSamples.push_back(v(s));
    if (j.contains("skin_bounds")) t.skinBounds.add(v(j["skin_bounds"].at(0))), t.skinBounds.add(v(j["skin_bounds"].at(1)));
    for (const auto& [id, at] : j.at("landmarks").items()) t.landmarks.push_back({id, v(at)});
    return t;
  } catch (const nlohmann::json::exception& e) {
    return Error{"fit template '" + path + "' is malformed (" + e.what() + "); rebuild the generated body"};
  }
}

// "lower_trapezius.l" -> "left lower trapezius", for messages.
std::string partLabel(const std::string& part) {
  std::string id = part, side;
  if (id.size() > 2 && id[id.size() - 2] == '.') side = id.back() == 'r' ? "right " : "left ", id.resize(id.size() - 2);
  for (auto& c : id) c = c == '_' ? ' ' : c;
  return side + id;
}

std::string regionName(const Atlas& atlas, const std::string& id) {
  const Region* r = atlas.region(id);
  std::string name = r ? r->name : id;
  for (auto& c : name) c = char(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

std::vector<std::string> adaptationSummary(const ModelAdaptation& a, const Atlas& atlas) {
  std::vector<std::string> lines;
  if (a.envelopeSkin) lines.push_back("The model has no skin: a see-through one was built over its muscles and bones to paint on.");
  if (a.carriedLandmarks > 0)
    lines.push_back("The pain maps are drawn on the generated body; " + std::to_string(a.carriedLandmarks) +
                    " of its landmarks were moved onto this model " + a.method + ".");
  std::string fitted, unfitted;  // poor regions have a warning of their own
  for (const auto& r : a.regions) {
    if (r.verdict == "extrapolated") unfitted += (unfitted.empty() ? "" : ", ") + regionName(atlas, r.region);
    else if (r.verdict != "poor") fitted += (fitted.empty() ? "" : ", ") + regionName(atlas, r.region) + (r.verdict == "fair" ? " (fair)" : "");
  }
  if (!fitted.empty()) lines.push_back("Fitted well: " + fitted + ".");
  if (!unfitted.empty())
    lines.push_back("Nothing to match in the " + unfitted + ": landmarks there follow the neighbouring regions, or are left out "
                    "where the model has no skin.");
  for (const auto& w : a.warnings) lines.push_back("Warning: " + w + (w.back() == '.' ? "" : "."));
  return lines;
}

bool looksLikeStandingBody(const Mesh& skin) {
  const glm::vec3 size = skin.bounds().size();
  return size.y >= 3.5f * size.z;
}

void adaptToAtlas(Model& theirs, const Atlas& atlas, const std::function<const FitTemplate*()>& loadOurs) {
  ModelAdaptation a;
  if (!skinMeshIndex(theirs)) {
    std::vector<const Mesh*> all;
    for (const auto& m : theirs.meshes) all.push_back(&m);
    Mesh envelope = envelopeOf(all);
    if (!envelope.indices.empty()) {
      envelope.name = kEnvelopeSkinName;
      envelope.tissue = TissueKind::Skin;
      theirs.meshes.push_back(std::move(envelope));
      a.envelopeSkin = true;
    }
  }
  const auto skinIndex = skinMeshIndex(theirs);
  LandmarkPositions have;
  for (const auto& l : theirs.landmarks) have[l.id] = l.position;
  const std::vector<std::string> missing = missingLandmarks(atlas, have);
  const auto theirAnatomy = identifyMeshes(atlas, theirs);
  std::set<std::pair<std::string, std::string>> structures;
  for (const auto& an : theirAnatomy)
    if (an.muscle || !an.bone.empty()) structures.insert({an.muscle ? an.muscle->id : an.bone, an.side ? sideName(*an.side) : ""});
  const bool fittable = structures.size() >= 3 || (skinIndex && !a.envelopeSkin && looksLikeStandingBody(theirs.meshes[*skinIndex]));
  const FitTemplate* ours = nullptr;
  if (!missing.empty() && skinIndex && !fittable) {
    a.warnings.push_back("no landmarks were fitted: the model has fewer than three muscles or bones the atlas knows, and its skin is "
                         "not a standing body's shape; give them in a landmark file");
  } else if (!missing.empty() && skinIndex) {
    ours = loadOurs();
    if (!ours) {
      a.warnings.push_back("the generated body could not be loaded, so no landmarks were fitted: patterns cannot be painted");
    } else {
      const auto fit = fitBody(*ours, theirs, theirAnatomy, &theirs.meshes[*skinIndex], !a.envelopeSkin);
      if (!fit) {
        a.warnings.push_back(fit.error());
      } else {
        std::vector<ModelLandmark> wanted;
        const std::set<std::string> lacking(missing.begin(), missing.end());
        for (const auto& l : ours->landmarks)
          if (lacking.count(l.id)) wanted.push_back(l);
        auto carried = carryLandmarks(fit.value(), wanted, theirs.meshes[*skinIndex], kMaxCarryGap, &a.beyondSkin);
        for (const auto& l : a.beyondSkin) a.droppedLandmarks.push_back(l.id);
        a.carriedLandmarks = int(carried.size());
        theirs.landmarks.insert(theirs.landmarks.end(), carried.begin(), carried.end());
        const BodyFit& f = fit.value();
        const int used = int(std::count_if(f.pairs.begin(), f.pairs.end(), [](const FitPair& p) { return p.used; }));
        if (f.fromSkinOnly) {
          a.method = "by matching its skin to ours (no muscle or bone recognised; within " + formatDistance(f.skinMiss) + " on average)";
        } else {
          a.regions = fitRegions(atlas, f);
          a.method = "by matching it at " + std::to_string(used) + " points on the muscles and bones both bodies have (their centres, "
                     "the bones' ends)" + (f.skinMiss > 0.0f ? " and then skin to skin (within " + formatDistance(f.skinMiss) + " on average)" : std::string());
          for (const auto& r : a.regions)
            if (r.verdict == "poor")
              a.warnings.push_back("the fit is rough in the " + regionName(atlas, r.region) + " (" + std::to_string(r.parts) +
                                   (r.parts == 1 ? " structure" : " structures") + " there, off by about " + formatDistance(r.globalMiss) +
                                   ", enough to move a zone onto the neighbouring muscle): check the patterns there, and move their "
                                   "landmarks in a landmark file if they are wrong (docs/OWN-MODELS.md)");
        }
        std::string setAside;
        int count = 0;
        for (const auto& p : f.pairs)
          if (!p.used && p.part.find('/') == std::string::npos)
            setAside += (count++ ? ", " : "") + partLabel(p.part) + " (" + formatDistance(p.globalMiss) + ")";
        if (count > 0)
          a.warnings.push_back(std::string(count == 1 ? "one structure was" : std::to_string(count) + " structures were") +
                               " left out of the fit, lying far from where the rest puts them (shaped unlike the generated "
                               "body's, or a misnamed mesh): " + setAside + "; patterns near them may be less accurate");
        if (!a.droppedLandmarks.empty())
          a.warnings.push_back(std::to_string(a.droppedLandmarks.size()) + " of " + std::to_string(a.droppedLandmarks.size() + carried.size()) +
                               " landmarks were not placed: the model has no skin where they lie (it does not reach there), so the "
                               "patterns that use them are painted in part or not at all (the legend says which)");
      }
    }
  }
  theirs.adaptation = std::move(a);
}

}  // namespace myoatlas
