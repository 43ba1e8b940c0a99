#include "core/body/Anthropometry.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <cstdio>

#include "core/body/BodyLandmarks.h"

namespace myoatlas {
namespace {

// ANSUR II (Gordon, Blackwell, Bradtmiller et al., "2012 Anthropometric Survey of U.S. Army Personnel: Methods
// and Summary Statistics", NATICK/TR-15/007, 2014): means in millimetres of 4,082 men and 1,986 women, as
// computed from the survey's public data files.
struct SurveyMean {
  const char* name;
  float male, female;
};
constexpr SurveyMean kStature{"stature", 1756.2f, 1628.5f};
constexpr SurveyMean kBiacromial{"biacromial breadth", 415.7f, 365.3f};
constexpr SurveyMean kChest{"chest breadth", 289.4f, 269.3f};
constexpr SurveyMean kWaist{"waist breadth", 326.4f, 299.9f};
constexpr SurveyMean kHip{"hip breadth", 345.7f, 353.8f};
constexpr SurveyMean kAcromialHeight{"acromial height", 1440.7f, 1335.1f};
constexpr SurveyMean kTrochanterion{"trochanterion height", 900.9f, 845.4f};
constexpr SurveyMean kCrotch{"crotch height", 845.9f, 782.3f};
// Acromion-radiale plus radiale-stylion length: shoulder to wrist along the arm.
constexpr SurveyMean kArm{"arm length (acromion-radiale-stylion)", 335.2f + 267.9f, 311.2f + 241.3f};
constexpr SurveyMean kTragionTop{"tragion to top of head", 131.1f, 126.5f};
constexpr SurveyMean kHeadCircumference{"head circumference", 574.4f, 561.1f};

float mean(const SurveyMean& m, Sex sex) { return (sex == Sex::Female ? m.female : m.male) / 1000.0f; }

std::optional<glm::vec3> landmark(const Model& model, const std::string& id) {
  for (const auto& l : model.landmarks)
    if (l.id == id) return l.position;
  return std::nullopt;
}

// The loop that straddles the median plane at this height (the trunk, or the head and neck), if any.
std::optional<SectionLoop> midlineLoop(const std::vector<SectionLoop>& loops) {
  std::optional<SectionLoop> best;
  for (const auto& l : loops)
    if (l.minX < 0.0f && l.maxX > 0.0f && (!best || l.perimeter > best->perimeter)) best = l;
  return best;
}

}  // namespace

float meanStature(Sex sex) { return mean(kStature, sex); }

float defaultStature(Sex sex) { return sex == Sex::Female ? 1.63f : kReferenceStature; }

std::string anthropometryMarkdown(const std::vector<BodyMeasurement>& measurements, Sex sex) {
  std::string out = std::string("| Measurement (") + sexName(sex) + " body) | Measured (cm) | ANSUR II mean (cm) | Difference |\n"
                    "| --- | --- | --- | --- |\n";
  char line[200];
  for (const auto& m : measurements) {
    std::snprintf(line, sizeof line, "| %s | %.1f | %.1f | %+.1f%% |\n", m.name.c_str(), m.measured * 100.0f,
                  m.reference * 100.0f, (m.measured / m.reference - 1.0f) * 100.0f);
    out += line;
  }
  return out;
}

std::vector<SectionLoop> horizontalSection(const Mesh& mesh, float y) {
  // Each crossed edge gives one point; a crossed triangle joins its two. Loops are the connected sets.
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::size_t> pointOf;
  std::vector<glm::vec3> points;
  std::vector<std::size_t> parent;
  std::vector<std::pair<std::size_t, std::size_t>> segments;
  const auto find = [&](std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const auto crossing = [&](std::uint32_t a, std::uint32_t b) {
    const auto key = std::minmax(a, b);
    auto [it, added] = pointOf.try_emplace({key.first, key.second}, points.size());
    if (added) {
      const glm::vec3 p = mesh.positions[key.first], q = mesh.positions[key.second];
      points.push_back(p + (q - p) * ((y - p.y) / (q.y - p.y)));
      parent.push_back(parent.size());
    }
    return it->second;
  };
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const std::uint32_t v[3] = {mesh.indices[t], mesh.indices[t + 1], mesh.indices[t + 2]};
    std::size_t ends[2];
    int n = 0;
    for (int e = 0; e < 3; ++e) {
      const std::uint32_t a = v[e], b = v[(e + 1) % 3];
      if ((mesh.positions[a].y >= y) != (mesh.positions[b].y >= y) && n < 2) ends[n++] = crossing(a, b);
    }
    if (n != 2) continue;
    segments.emplace_back(ends[0], ends[1]);
    parent[find(ends[0])] = find(ends[1]);
  }
  std::map<std::size_t, SectionLoop> loops;
  std::map<std::size_t, std::size_t> counts;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const std::size_t root = find(i);
    auto [it, added] = loops.try_emplace(root);
    SectionLoop& l = it->second;
    if (added) l.minX = l.maxX = points[i].x;
    l.minX = std::min(l.minX, points[i].x);
    l.maxX = std::max(l.maxX, points[i].x);
    l.centre += points[i];
    ++counts[root];
  }
  for (const auto& [a, b] : segments) loops[find(a)].perimeter += glm::distance(points[a], points[b]);
  std::vector<SectionLoop> out;
  for (auto& [root, l] : loops) {
    l.centre /= float(counts[root]);
    out.push_back(l);
  }
  return out;
}

std::optional<std::vector<BodyMeasurement>> measureBody(const Model& model, Sex sex) {
  const auto skinIndex = skinMeshIndex(model);
  if (!skinIndex || model.meshes[*skinIndex].positions.empty()) return std::nullopt;
  const Mesh* skin = &model.meshes[*skinIndex];
  const Bounds bounds = skin->bounds();
  const float floor = bounds.min.y, stature = bounds.max.y - bounds.min.y;
  const auto acromionR = landmark(model, "acromion.r"), acromionL = landmark(model, "acromion.l");
  const auto nipple = landmark(model, "nipple.r"), umbilicus = landmark(model, "umbilicus");
  const auto trochanter = landmark(model, "greater_trochanter.r"), crest = landmark(model, "iliac_crest.r");
  const auto radiale = landmark(model, "radial_head.r"), stylion = landmark(model, "radial_styloid.r");
  const auto ear = landmark(model, "ear.r"), glabella = landmark(model, "glabella");
  if (!acromionR || !acromionL || !nipple || !umbilicus || !trochanter || !crest || !radiale || !stylion || !ear || !glabella)
    return std::nullopt;

  const float scale = stature / meanStature(sex);  // the survey's means at this body's stature
  std::vector<BodyMeasurement> out;
  const auto add = [&](const SurveyMean& m, float measured) { out.push_back({m.name, measured, mean(m, sex) * scale}); };
  out.push_back({kStature.name, stature, meanStature(sex)});
  add(kBiacromial, std::abs(acromionL->x - acromionR->x));
  const auto width = [&](float y) {
    const auto trunk = midlineLoop(horizontalSection(*skin, y));
    return trunk ? trunk->maxX - trunk->minX : 0.0f;
  };
  add(kChest, width(nipple->y));  // at the nipples (men) or the bust points (women)
  add(kWaist, width(umbilicus->y));  // at the omphalion
  // The widest of the hips or thighs between the crotch and the iliac crest; the hands hanging beside the
  // hips are not part of it.
  float crotch = trochanter->y;
  while (crotch > floor && width(crotch) > 0.0f) crotch -= 0.002f * scale;
  float hip = 0.0f;
  for (float y = crotch; y < crest->y; y += 0.004f * scale) {
    float lo = 0.0f, hi = 0.0f;
    for (const auto& l : horizontalSection(*skin, y))
      if (std::abs(l.centre.x) < 0.17f * scale) lo = std::min(lo, l.minX), hi = std::max(hi, l.maxX);
    hip = std::max(hip, hi - lo);
  }
  add(kHip, hip);
  add(kAcromialHeight, acromionR->y - floor);
  add(kTrochanterion, trochanter->y - floor);
  add(kCrotch, crotch - floor);
  add(kArm, glm::distance(*acromionR, *radiale) + glm::distance(*radiale, *stylion));
  add(kTragionTop, bounds.max.y - ear->y);
  float head = 0.0f;  // the largest circumference above the brow ridges
  for (float y = glabella->y + 0.005f * scale; y < glabella->y + 0.04f * scale; y += 0.003f * scale)
    if (const auto loop = midlineLoop(horizontalSection(*skin, y))) head = std::max(head, loop->perimeter);
  add(kHeadCircumference, head);
  return out;
}

}  // namespace myoatlas
