#include "core/body/MuscleData.h"

#include <map>

#include "core/atlas/JsonReading.h"
#include "core/body/BodyLandmarks.h"

namespace myoatlas {
namespace {

using namespace jsonread;

constexpr double kMaxWidthMm = 400.0, kMaxThicknessMm = 80.0, kMaxDepthMm = 80.0;

const std::vector<std::pair<std::string, MuscleShape>>& shapeNames() {
  static const std::vector<std::pair<std::string, MuscleShape>> names = {
      {"fusiform", MuscleShape::Fusiform}, {"strap", MuscleShape::Strap}, {"pennate", MuscleShape::Pennate},
      {"fan", MuscleShape::Fan},           {"sheet", MuscleShape::Sheet}};
  return names;
}

// "superficial", "intermediate", "deep", "free" or a number of millimetres; metres out, negative for free.
std::optional<float> readDepth(ObjectReader& r, const std::string& key, bool required, const Reporter& report) {
  const json* v = r.field(key, required);
  if (!v) return std::nullopt;
  if (v->is_number()) {
    const double mm = v->get<double>();
    if (mm < 0.0 || mm > kMaxDepthMm) {
      report(r.at(key), "depth " + std::to_string(mm) + " mm is out of range (0 to " + std::to_string(int(kMaxDepthMm)) + " mm)");
      return std::nullopt;
    }
    return float(mm / 1000.0);
  }
  static const std::map<std::string, float> words = {
      {"superficial", kSuperficialDepth}, {"intermediate", kIntermediateDepth}, {"deep", kDeepDepth}, {"free", -1.0f}};
  if (v->is_string())
    if (const auto it = words.find(v->get<std::string>()); it != words.end()) return it->second;
  report(r.at(key), "expected 'superficial', 'intermediate', 'deep', 'free' or a depth in mm");
  return std::nullopt;
}

struct SectionPoint {
  glm::vec3 position;
  std::optional<glm::vec2> size;  // measured width and thickness, metres
};

// One point: a landmark with its reference position, moved by the offset (lateral is -x on the right side),
// and optionally the measured width and thickness of the muscle there.
std::optional<SectionPoint> readSectionPoint(const json& v, const std::string& path, const Reporter& report) {
  ObjectReader r(v, path, report);
  const AnchoredPoint p = readPoint(r, "at", "offset", report);
  const auto width = r.number("width", 1.0, kMaxWidthMm, false), thickness = r.number("thickness", 0.5, kMaxThicknessMm, false);
  if (width.has_value() != thickness.has_value()) report(path, "a measured point gives both 'width' and 'thickness'");
  if (p.landmark.empty()) return std::nullopt;
  const auto reference = referenceLandmark(p.landmark);
  if (!reference) {
    report(r.at("at"), "unknown landmark '" + p.landmark + "' (the body places those of data/landmarks.json)");
    return std::nullopt;
  }
  SectionPoint point{*reference + glm::vec3(-p.offsetCm[0], p.offsetCm[1], p.offsetCm[2]) * 0.01f, std::nullopt};
  if (width && thickness) point.size = glm::vec2(float(*width), float(*thickness)) / 1000.0f;
  return point;
}

MuscleBundle readBundle(const json& v, const std::string& path, const Reporter& report) {
  ObjectReader r(v, path, report);
  MuscleBundle b;
  std::vector<std::string> names;
  for (const auto& [name, shape] : shapeNames()) names.push_back(name);
  if (const auto shape = r.choice("shape", names))
    for (const auto& [name, s] : shapeNames())
      if (name == *shape) b.shape = s;
  b.width = float(r.number("width", 1.0, kMaxWidthMm).value_or(20.0) / 1000.0);
  b.thickness = float(r.number("thickness", 0.5, kMaxThicknessMm).value_or(10.0) / 1000.0);
  b.depth = readDepth(r, "depth", true, report).value_or(-1.0f);
  b.depthEnd = readDepth(r, "depth_end", false, report).value_or(-1.0f);
  if (b.depth < 0.0f && r.field("depth_end", false)) report(r.at("depth_end"), "a free bundle has no depth at its insertion");
  b.tendonEnd = float(r.number("tendon_end", 0.0, 0.9, false).value_or(-1.0));
  b.tendonStart = float(r.number("tendon_start", 0.0, 0.9, false).value_or(-1.0));
  b.freeEnd = float(r.number("free_end", 0.0, 0.9, false).value_or(-1.0));
  b.freeStart = float(r.number("free_start", 0.0, 0.9, false).value_or(0.0));
  for (const std::string key : {"free_end", "free_start"})
    if (b.depth < 0.0f && r.field(key, false)) report(r.at(key), "a free bundle runs between its anchors all along; " + key + " is for a conforming one");
  r.text("source", false);  // where measured numbers come from (docs/ANATOMY.md); not used by the generator
  r.list("intersections", false, true, [&](const json& x, const std::string& at) {
    if (!x.is_number() || x.get<double>() <= 0.0 || x.get<double>() >= 1.0)
      report(at, "expected a share of the muscle's length between 0 and 1 (a tendinous intersection)");
    else
      b.intersections.push_back(x.get<float>());
  });
  if (const auto across = r.choice("across", {"lateral", "superior", "anterior"}, false)) {
    b.across = *across == "lateral" ? glm::vec3(-1, 0, 0) : *across == "superior" ? glm::vec3(0, 1, 0) : glm::vec3(0, 0, 1);
    if (b.depth >= 0.0f || !isTube(b.shape))
      report(r.at("across"), "only a free tube takes a direction across; a conforming one lies across the body's outward direction");
  }
  if (const auto section = r.choice("cross_section", {"round", "flat"}, false)) {
    b.flat = *section == "flat";
    if (!isTube(b.shape))
      report(r.at("cross_section"), "only a tube (fusiform, strap or pennate) has a choice of cross-section; a fan or sheet is flat");
  }
  std::size_t measured = 0;
  r.list("sections", true, true, [&](const json& section, const std::string& sectionPath) {
    std::vector<glm::vec3> points;
    if (!section.is_array() || section.empty()) {
      report(sectionPath, "expected a non-empty list of points (a point, or a line of points)");
      return;
    }
    for (std::size_t i = 0; i < section.size(); ++i)
      if (const auto p = readSectionPoint(section[i], sectionPath + "/" + std::to_string(i), report)) {
        points.push_back(p->position);
        if (!p->size) continue;
        ++measured;
        if (section.size() > 1) report(sectionPath + "/" + std::to_string(i), "only a single-point section can carry a measured width and thickness");
        b.sectionSize.push_back(*p->size);
      }
    if (points.size() == section.size()) b.sections.push_back(points);
  });
  // Measured sizes go with every section of a tube, or with none.
  if (measured > 0) {
    const bool tube = isTube(b.shape);
    if (!tube) report(r.at("shape"), "measured widths and thicknesses need a tube shape (fusiform, strap or pennate)");
    else if (measured != b.sections.size()) report(r.at("sections"), "some sections carry a measured width and thickness and some do not");
    if (!tube || measured != b.sections.size()) b.sectionSize.clear();
  }
  if (v.is_object() && v.contains("sections") && v["sections"].is_array() && v["sections"].size() == 1)
    report(r.at("sections"), "a bundle runs between at least two sections (origin and insertion)");
  return b;
}

}  // namespace

std::string MuscleGeometryLoad::report() const {
  std::string out;
  for (const auto& p : problems) out += p.format() + "\n";
  return out;
}

MuscleGeometryLoad loadMuscleGeometry(const std::string& dataDir, const Atlas& atlas) {
  MuscleGeometryLoad load;
  auto doc = readJsonFile(dataDir, kMuscleGeometryFile, load.problems);
  if (!doc) return load;
  const Reporter report{kMuscleGeometryFile, &load.problems};
  ObjectReader top(*doc, "", report);
  std::map<std::string, std::string> seen;  // id -> where it was given
  // Muscles are atlas muscles, each once; fasciae and aponeuroses (drawn as tendon) and the other muscles (no
  // trigger points in the atlas, drawn so the écorché has no holes: the infrahyoid straps) have their own ids.
  enum class Entry { AtlasMuscle, Fascia, OtherMuscle };
  const auto readEntries = [&](const std::string& key, Entry kind) {
    const bool atlasList = kind == Entry::AtlasMuscle;
    top.list(key, atlasList, atlasList, [&](const json& item, const std::string& path) {
      ObjectReader r(item, path, report);
      MuscleSpec spec;
      spec.id = r.text("id");
      if (!atlasList) r.text("name");
      if (kind == Entry::Fascia) {
        spec.tissue = TissueKind::Tendon;
        // The atlas muscles that attach through it: shown with it when one of them is shown on its own.
        r.list("muscles", false, true, [&](const json& x, const std::string& at) {
          if (!x.is_string()) report(at, "expected an atlas muscle id");
          else if (!atlas.muscle(x.get<std::string>())) report(at, "unknown muscle '" + x.get<std::string>() + "' (not in data/muscles/*.json)");
          else spec.attaches.push_back(x.get<std::string>());
        });
      }
      const bool atlasMuscle = atlas.muscle(spec.id) != nullptr;
      if (atlasMuscle) spec.layer = int(atlas.muscle(spec.id)->depth);
      if (!spec.id.empty()) {
        if (atlasList && !atlasMuscle) report(r.at("id"), "unknown muscle '" + spec.id + "' (not in data/muscles/*.json)");
        else if (!atlasList && atlasMuscle) report(r.at("id"), "'" + spec.id + "' is an atlas muscle: list it under muscles");
        else if (const auto [it, fresh] = seen.emplace(spec.id, path); !fresh)
          report(r.at("id"), "'" + spec.id + "' is already given at " + it->second);
      }
      r.list("bundles", true, true, [&](const json& v, const std::string& bundlePath) { spec.bundles.push_back(readBundle(v, bundlePath, report)); });
      load.muscles.push_back(std::move(spec));
    });
  };
  readEntries("muscles", Entry::AtlasMuscle);
  readEntries("fasciae", Entry::Fascia);
  readEntries("other_muscles", Entry::OtherMuscle);
  if (load.problems.empty())
    for (const auto& m : atlas.muscles)
      if (!seen.count(m.id)) load.problems.push_back({kMuscleGeometryFile, "/muscles", "no geometry for atlas muscle '" + m.id + "'"});
  return load;
}

}  // namespace myoatlas
