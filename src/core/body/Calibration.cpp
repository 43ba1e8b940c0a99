#include "core/body/Calibration.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <sstream>

#include <limits>

#include <nlohmann/json.hpp>

#include "core/body/BodyLandmarks.h"
#include "core/geometry/Bvh.h"
#include "core/scene/MeshAnatomy.h"

namespace myoatlas {
namespace {

// Eigenvalues (the diagonal of the returned matrix) and eigenvectors (columns of `vectors`) of a symmetric
// matrix by cyclic Jacobi rotations.
template <std::size_t N>
using Square = std::array<std::array<double, N>, N>;

template <std::size_t N>
Square<N> jacobiEigen(Square<N> a, Square<N>& vectors) {
  vectors = {};
  for (std::size_t i = 0; i < N; ++i) vectors[i][i] = 1.0;
  for (int sweep = 0; sweep < 50; ++sweep) {
    double off = 0.0;
    for (std::size_t p = 0; p < N; ++p)
      for (std::size_t q = p + 1; q < N; ++q) off += a[p][q] * a[p][q];
    if (off < 1e-30) break;
    for (std::size_t p = 0; p < N; ++p)
      for (std::size_t q = p + 1; q < N; ++q) {
        if (std::abs(a[p][q]) < 1e-300) continue;
        const double theta = (a[q][q] - a[p][p]) / (2.0 * a[p][q]);
        const double t = (theta >= 0 ? 1.0 : -1.0) / (std::abs(theta) + std::sqrt(theta * theta + 1.0));
        const double c = 1.0 / std::sqrt(t * t + 1.0), s = t * c;
        for (std::size_t k = 0; k < N; ++k) {  // A = J^T A J
          const double akp = a[k][p], akq = a[k][q];
          a[k][p] = c * akp - s * akq;
          a[k][q] = s * akp + c * akq;
        }
        for (std::size_t k = 0; k < N; ++k) {
          const double apk = a[p][k], aqk = a[q][k];
          a[p][k] = c * apk - s * aqk;
          a[q][k] = s * apk + c * aqk;
        }
        for (std::size_t k = 0; k < N; ++k) {
          const double vkp = vectors[k][p], vkq = vectors[k][q];
          vectors[k][p] = c * vkp - s * vkq;
          vectors[k][q] = s * vkp + c * vkq;
        }
      }
  }
  return a;
}

// Eigenvector of the largest eigenvalue.
std::array<double, 4> largestEigenvector(const Square<4>& m) {
  Square<4> v{};
  const Square<4> d = jacobiEigen<4>(m, v);
  std::size_t best = 0;
  for (std::size_t i = 1; i < 4; ++i)
    if (d[i][i] > d[best][best]) best = i;
  return {v[0][best], v[1][best], v[2][best], v[3][best]};
}

// Principal axes of points, largest spread first (unit vectors).
std::array<glm::vec3, 3> principalAxes(const std::vector<glm::vec3>& points, const glm::vec3& centre) {
  Square<3> cov{};
  for (const auto& p : points) {
    const glm::dvec3 d = glm::dvec3(p - centre);
    for (std::size_t r = 0; r < 3; ++r)
      for (std::size_t c = 0; c < 3; ++c) cov[r][c] += d[int(r)] * d[int(c)];
  }
  Square<3> v{};
  const Square<3> e = jacobiEigen<3>(cov, v);
  std::array<std::size_t, 3> order = {0, 1, 2};
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return e[a][a] > e[b][b]; });
  std::array<glm::vec3, 3> axes;
  for (std::size_t k = 0; k < 3; ++k) axes[k] = glm::normalize(glm::vec3(float(v[0][order[k]]), float(v[1][order[k]]), float(v[2][order[k]])));
  return axes;
}

// The spread of values between their 3rd and 97th percentiles (ignores stray samples).
float spread(std::vector<float> values) {
  if (values.size() < 2) return 0.0f;
  std::sort(values.begin(), values.end());
  const auto at = [&](double q) { return values[std::size_t(q * double(values.size() - 1))]; };
  return at(0.97) - at(0.03);
}

Mesh transformed(const Mesh& m, const Similarity& t) {
  Mesh out;
  out.name = m.name;
  out.indices = m.indices;
  out.positions.reserve(m.positions.size());
  for (const auto& p : m.positions) out.positions.push_back(t.apply(p));
  return out;
}

}  // namespace

std::vector<glm::vec3> sampleSurface(const Mesh& m, int count) {
  std::vector<double> cumulative;
  double total = 0.0;
  for (std::size_t t = 0; t + 2 < m.indices.size(); t += 3) {
    const glm::vec3 a = m.positions[m.indices[t]], b = m.positions[m.indices[t + 1]], c = m.positions[m.indices[t + 2]];
    total += 0.5 * double(glm::length(glm::cross(b - a, c - a)));
    cumulative.push_back(total);
  }
  std::vector<glm::vec3> samples;
  if (cumulative.empty() || total <= 0.0) return samples;
  std::uint64_t state = 0x9E3779B97F4A7C15ull;
  const auto next = [&]() {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return double(state >> 11) / double(1ull << 53);
  };
  samples.reserve(std::size_t(count));
  for (int i = 0; i < count; ++i) {
    const double pick = (double(i) + next()) / double(count) * total;  // stratified along the cumulative area
    const auto it = std::lower_bound(cumulative.begin(), cumulative.end(), pick);
    const std::size_t t = std::size_t(std::min<std::ptrdiff_t>(it - cumulative.begin(), std::ptrdiff_t(cumulative.size()) - 1)) * 3;
    double u = next(), v = next();
    if (u + v > 1.0) u = 1.0 - u, v = 1.0 - v;
    const glm::vec3 a = m.positions[m.indices[t]], b = m.positions[m.indices[t + 1]], c = m.positions[m.indices[t + 2]];
    samples.push_back(a + float(u) * (b - a) + float(v) * (c - a));
  }
  return samples;
}

namespace {

double meanDistanceTo(const std::vector<glm::vec3>& points, const Bvh& surface) {
  double sum = 0.0;
  for (const auto& p : points)
    if (const auto n = surface.nearest(p)) sum += double(n->distance);
  return sum;
}

float median(std::vector<float> v) {
  if (v.empty()) return 0.0f;
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : 0.5f * (v[n / 2 - 1] + v[n / 2]);
}

// Bones the generated body and BodyParts3D both have: our mesh name, and words of the real mesh's name.
struct BonePair {
  const char* id;
  const char* generated;  // without side suffix
  std::vector<const char*> real;  // any of these in the (lower-case) real name
  bool paired;
};
const std::vector<BonePair>& bonePairs() {
  static const std::vector<BonePair> pairs = {
      {"scapula", "scapula_bone", {"scapula"}, true},   {"clavicle", "clavicle_bone", {"clavicle"}, true},
      {"humerus", "humerus", {"humerus"}, true},        {"femur", "femur", {"femur"}, true},
      {"tibia", "tibia", {"tibia"}, true},              {"fibula", "fibula", {"fibula"}, true},
      {"pelvis", "pelvic_girdle", {"hip bone"}, false},
      {"sacrum", "sacrum", {"sacrum"}, false},
  };
  return pairs;
}

std::string lower(std::string s) {
  for (auto& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Which side a real mesh's name says, "" for none.
std::string realSide(const std::string& lowerName) {
  if (lowerName.find("right") != std::string::npos) return "r";
  if (lowerName.find("left") != std::string::npos) return "l";
  return "";
}

}  // namespace

Similarity fitSimilarity(const std::vector<glm::vec3>& from, const std::vector<glm::vec3>& to) {
  Similarity result;
  const std::size_t n = std::min(from.size(), to.size());
  if (n == 0) return result;
  glm::dvec3 cf(0.0), ct(0.0);
  for (std::size_t i = 0; i < n; ++i) cf += glm::dvec3(from[i]), ct += glm::dvec3(to[i]);
  cf /= double(n), ct /= double(n);
  // Horn's quaternion method: the rotation is the top eigenvector of a 4x4 matrix built from the covariance.
  double s[3][3] = {};
  double spread = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    const glm::dvec3 a = glm::dvec3(from[i]) - cf, b = glm::dvec3(to[i]) - ct;
    for (int r = 0; r < 3; ++r)
      for (int c = 0; c < 3; ++c) s[r][c] += a[r] * b[c];
    spread += glm::dot(a, a);
  }
  const double sxx = s[0][0], sxy = s[0][1], sxz = s[0][2], syx = s[1][0], syy = s[1][1], syz = s[1][2], szx = s[2][0],
               szy = s[2][1], szz = s[2][2];
  const std::array<std::array<double, 4>, 4> horn = {{{sxx + syy + szz, syz - szy, szx - sxz, sxy - syx},
                                                      {syz - szy, sxx - syy - szz, sxy + syx, szx + sxz},
                                                      {szx - sxz, sxy + syx, -sxx + syy - szz, syz + szy},
                                                      {sxy - syx, szx + sxz, syz + szy, -sxx - syy + szz}}};
  const auto q = largestEigenvector(horn);
  const double w = q[0], x = q[1], y = q[2], z = q[3];
  glm::dmat3 r;  // column-major: r[col][row]
  r[0][0] = w * w + x * x - y * y - z * z, r[1][0] = 2 * (x * y - w * z), r[2][0] = 2 * (x * z + w * y);
  r[0][1] = 2 * (y * x + w * z), r[1][1] = w * w - x * x + y * y - z * z, r[2][1] = 2 * (y * z - w * x);
  r[0][2] = 2 * (z * x - w * y), r[1][2] = 2 * (z * y + w * x), r[2][2] = w * w - x * x - y * y + z * z;
  double along = 0.0;
  for (std::size_t i = 0; i < n; ++i) along += glm::dot(glm::dvec3(to[i]) - ct, r * (glm::dvec3(from[i]) - cf));
  const double scale = spread > 0.0 ? along / spread : 1.0;
  result.scale = float(scale);
  result.rotation = glm::mat3(r);
  result.translation = glm::vec3(ct - scale * (r * cf));
  return result;
}

double enclosedVolume(const Mesh& mesh) {
  if (mesh.positions.empty()) return 0.0;
  const glm::dvec3 origin = glm::dvec3(mesh.bounds().center());
  double six = 0.0;
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const glm::dvec3 a = glm::dvec3(mesh.positions[mesh.indices[t]]) - origin;
    const glm::dvec3 b = glm::dvec3(mesh.positions[mesh.indices[t + 1]]) - origin;
    const glm::dvec3 c = glm::dvec3(mesh.positions[mesh.indices[t + 2]]) - origin;
    six += glm::dot(a, glm::cross(b, c));
  }
  return std::abs(six) / 6.0;
}

glm::vec3 surfaceCentroid(const Mesh& mesh) {
  glm::dvec3 sum(0.0);
  double area = 0.0;
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const glm::dvec3 a = mesh.positions[mesh.indices[t]], b = mesh.positions[mesh.indices[t + 1]], c = mesh.positions[mesh.indices[t + 2]];
    const double w = 0.5 * glm::length(glm::cross(b - a, c - a));
    sum += w * (a + b + c) / 3.0;
    area += w;
  }
  return area > 0.0 ? glm::vec3(sum / area) : glm::vec3(0.0f);
}

float meanSymmetricDistance(const Mesh& a, const Mesh& b, int samples) {
  const auto sa = sampleSurface(a, samples), sb = sampleSurface(b, samples);
  if (sa.empty() || sb.empty()) return 0.0f;
  const Bvh ba(a), bb(b);
  return float((meanDistanceTo(sa, bb) + meanDistanceTo(sb, ba)) / double(sa.size() + sb.size()));
}

Similarity Similarity::inverse() const {
  Similarity inv;
  inv.scale = 1.0f / scale;
  inv.rotation = glm::transpose(rotation);
  inv.translation = -(inv.rotation * translation) * inv.scale;
  return inv;
}

std::vector<Station> measureStations(const Mesh& mesh, int count) {
  const std::vector<glm::vec3> samples = sampleSurface(mesh, 8000);
  if (samples.size() < 100 || count < 1) return {};
  glm::vec3 centre(0.0f);
  for (const auto& p : samples) centre += p;
  centre /= float(samples.size());
  const auto axes = principalAxes(samples, centre);
  std::vector<float> along;
  for (const auto& p : samples) along.push_back(glm::dot(p - centre, axes[0]));
  const float lo = *std::min_element(along.begin(), along.end()), hi = *std::max_element(along.begin(), along.end());
  const float length = hi - lo;
  // A slab's station: centroid, then the spread of its points across, along the slab's own principal axes.
  const auto station = [&](float from, float to) {
    std::vector<glm::vec3> slab;
    for (std::size_t i = 0; i < samples.size(); ++i)
      if (along[i] >= from && along[i] <= to) slab.push_back(samples[i]);
    Station s;
    if (slab.empty()) return s;
    glm::vec3 c(0.0f);
    for (const auto& p : slab) c += p;
    s.centre = c / float(slab.size());
    std::vector<glm::vec3> flat;  // projected onto the plane across the muscle
    for (const auto& p : slab) flat.push_back(p - axes[0] * glm::dot(p - s.centre, axes[0]));
    const auto across = principalAxes(flat, s.centre);
    std::vector<float> a, b;
    for (const auto& p : flat) a.push_back(glm::dot(p - s.centre, across[0])), b.push_back(glm::dot(p - s.centre, across[1]));
    s.width = spread(a);
    s.thickness = spread(b);
    return s;
  };
  std::vector<Station> stations;
  constexpr float kEnd = 0.03f;
  stations.push_back(station(lo, lo + kEnd * length));
  for (int k = 0; k < count; ++k) {
    const float a = lo + length * (kEnd + (1.0f - 2.0f * kEnd) * float(k) / float(count));
    const float b = lo + length * (kEnd + (1.0f - 2.0f * kEnd) * float(k + 1) / float(count));
    stations.push_back(station(a, b));
  }
  stations.push_back(station(hi - kEnd * length, hi));
  // A curved sheet (a trapezius over the shoulder) spreads across more than its thickness: the sections'
  // ellipses would enclose more than the muscle does, so thicknesses shrink until they enclose its volume.
  double ellipses = 0.0;
  for (int k = 1; k <= count; ++k)
    ellipses += 0.25 * 3.14159265 * double(stations[std::size_t(k)].width) * double(stations[std::size_t(k)].thickness);
  ellipses *= double(length) * (1.0 - 2.0 * kEnd) / double(count);
  const double volume = enclosedVolume(mesh);
  if (ellipses > volume && volume > 0.0)
    for (auto& s : stations) s.thickness *= float(volume / ellipses);
  return stations;
}

float CalibrationReport::medianMuscleDistance() const {
  std::vector<float> d;
  for (const auto& m : muscles) d.push_back(m.distance);
  return median(d);
}

float CalibrationReport::medianBoneDistance() const {
  std::vector<float> d;
  for (const auto& b : bones) d.push_back(b.distance);
  return median(d);
}

float CalibrationReport::shareOfMusclesWithin(float metres) const {
  if (muscles.empty()) return 0.0f;
  return float(std::count_if(muscles.begin(), muscles.end(), [&](const auto& m) { return m.distance <= metres; })) / float(muscles.size());
}

float CalibrationReport::shareOfVolumesWithin(float low, float high) const {
  if (muscles.empty()) return 0.0f;
  return float(std::count_if(muscles.begin(), muscles.end(), [&](const auto& m) {
           return m.volumeRatio() >= low && m.volumeRatio() <= high;
         })) /
         float(muscles.size());
}

Result<CalibrationReport> compareWithRealAnatomy(const Model& generated, const Model& real, const Atlas& atlas) {
  CalibrationReport report;
  // Real meshes by (muscle id, side) and by (bone id, side); only triangle meshes count.
  std::map<std::pair<std::string, std::string>, Mesh> realMuscles, realBones, ourBones;
  const auto anatomy = identifyMeshes(atlas, real);
  for (std::size_t i = 0; i < real.meshes.size(); ++i) {
    const Mesh& m = real.meshes[i];
    if (m.indices.size() < 3) continue;
    const std::string name = lower(m.name);
    if (anatomy[i].muscle) {
      const std::string side = anatomy[i].side ? (*anatomy[i].side == Side::Left ? "l" : "r") : "";
      appendTriangles(realMuscles[{anatomy[i].muscle->id, side}], m);
      continue;
    }
    for (const auto& pair : bonePairs())
      for (const char* word : pair.real)
        if (name.find(word) != std::string::npos) appendTriangles(realBones[{pair.id, pair.paired ? realSide(name) : ""}], m);
  }
  for (const auto& pair : bonePairs())
    for (const std::string& side : {std::string("r"), std::string("l"), std::string()}) {
      if (pair.paired == side.empty()) continue;
      const Mesh* mesh = generated.findMesh(side.empty() ? pair.generated : std::string(pair.generated) + "." + side);
      if (mesh && realBones.count({pair.id, side})) ourBones[{pair.id, side}] = *mesh;
    }
  std::vector<glm::vec3> from, to;
  for (const auto& [key, mesh] : ourBones) {
    from.push_back(surfaceCentroid(mesh));
    to.push_back(surfaceCentroid(realBones[key]));
  }
  if (from.size() < 3)
    return Error{"only " + std::to_string(from.size()) + " bones correspond between '" + generated.source + "' and '" + real.source +
                 "' (scapula, clavicle, humerus, femur, tibia, fibula, pelvis); at least three are needed to align them"};
  report.alignment = fitSimilarity(from, to);
  double residual = 0.0;
  for (std::size_t i = 0; i < from.size(); ++i) residual += double(glm::length(report.alignment.apply(from[i]) - to[i]) * glm::length(report.alignment.apply(from[i]) - to[i]));
  report.alignmentResidual = float(std::sqrt(residual / double(from.size())));
  const double volumeScale = double(report.alignment.scale) * report.alignment.scale * report.alignment.scale;

  const auto compare = [&](const std::string& id, const std::vector<std::pair<const Mesh*, const Mesh*>>& sides, const std::string& sideNames) {
    PartComparison c;
    c.id = id;
    c.sides = sideNames;
    for (const auto& [ours, theirs] : sides) {
      const Mesh aligned = transformed(*ours, report.alignment);
      c.distance += meanSymmetricDistance(aligned, *theirs) / float(sides.size());
      c.generatedVolume += enclosedVolume(*ours) * volumeScale / double(sides.size());
      c.realVolume += enclosedVolume(*theirs) / double(sides.size());
    }
    return c;
  };
  const auto sidesLabel = [](const std::vector<std::string>& s) {
    std::string out;
    for (const auto& x : s) out += (out.empty() ? "" : "+") + x;
    return out;
  };
  for (const auto& pair : bonePairs()) {
    std::vector<std::pair<const Mesh*, const Mesh*>> sides;
    std::vector<std::string> names;
    for (const auto& [key, mesh] : ourBones)
      if (key.first == pair.id) sides.push_back({&mesh, &realBones[key]}), names.push_back(key.second);
    if (sides.empty()) continue;
    PartComparison c = compare(pair.id, sides, sidesLabel(names));
    const Similarity back = report.alignment.inverse();
    for (const auto& [ours, theirs] : sides) {
      const glm::vec3 ourCentroid = surfaceCentroid(*ours);
      glm::vec3 d = back.apply(surfaceCentroid(*theirs)) - ourCentroid;
      if (ourCentroid.x > 0.0f && pair.paired) d.x = -d.x;  // the left side, mirrored onto the right
      c.centroidOffset += d / float(sides.size());
    }
    report.bones.push_back(c);
  }
  std::vector<Mesh> midline;  // our two halves of a muscle the real model has as one (the diaphragm)
  midline.reserve(atlas.muscles.size());
  for (const auto& muscle : atlas.muscles) {
    std::vector<std::pair<const Mesh*, const Mesh*>> sides;
    std::vector<std::string> names;
    if (auto whole = realMuscles.find({muscle.id, ""}); whole != realMuscles.end()) {
      Mesh& both = midline.emplace_back();
      for (const char* side : {".r", ".l"})
        if (const Mesh* half = generated.findMesh(muscle.id + side)) appendTriangles(both, *half);
      if (!both.positions.empty()) report.muscles.push_back(compare(muscle.id, {{&both, &whole->second}}, ""));
      continue;
    }
    for (const std::string& side : {std::string("r"), std::string("l")}) {
      const auto it = realMuscles.find({muscle.id, side});
      const Mesh* ours = generated.findMesh(muscle.id + "." + side);
      if (it == realMuscles.end() || !ours) continue;
      sides.push_back({ours, &it->second});
      names.push_back(side);
    }
    if (!sides.empty()) report.muscles.push_back(compare(muscle.id, sides, sidesLabel(names)));
  }
  return report;
}

std::string calibrationMarkdown(const CalibrationReport& report) {
  std::ostringstream out;
  char line[256];
  const auto cm = [](float m) { return m * 100.0f; };
  const auto cm3 = [](double v) { return v * 1e6; };
  std::snprintf(line, sizeof line,
                "| Figure | Measured | Target (issue 10) |\n| --- | --- | --- |\n"
                "| Muscles compared | %zu | |\n"
                "| Median muscle distance | %.2f cm | <= 0.8 cm |\n"
                "| Muscles within 1.5 cm | %.0f%% | >= 90%% |\n",
                report.muscles.size(), double(cm(report.medianMuscleDistance())), 100.0 * double(report.shareOfMusclesWithin(0.015f)));
  out << line;
  std::snprintf(line, sizeof line,
                "| Muscle volumes within 0.67-1.5x | %.0f%% | >= 90%% |\n"
                "| Median bone distance | %.2f cm | <= 0.8 cm |\n"
                "| Alignment: scale, RMS residual of bone centroids | %.3f, %.2f cm | |\n\n",
                100.0 * double(report.shareOfVolumesWithin(0.67f, 1.5f)), double(cm(report.medianBoneDistance())),
                double(report.alignment.scale), double(cm(report.alignmentResidual)));
  out << line;
  out << "| Bone | Sides | Distance (cm) | Real volume (cm³) | Generated volume (cm³) | Ratio | Real centroid from ours (cm; x left, y up, z forward) |\n"
         "| --- | --- | --- | --- | --- | --- | --- |\n";
  for (const auto& b : report.bones) {
    std::snprintf(line, sizeof line, "| %s | %s | %.2f | %.0f | %.0f | %.2f | %+.1f, %+.1f, %+.1f |\n", b.id.c_str(), b.sides.c_str(),
                  double(cm(b.distance)), cm3(b.realVolume), cm3(b.generatedVolume), double(b.volumeRatio()),
                  double(cm(b.centroidOffset.x)), double(cm(b.centroidOffset.y)), double(cm(b.centroidOffset.z)));
    out << line;
  }
  std::vector<PartComparison> muscles = report.muscles;
  std::stable_sort(muscles.begin(), muscles.end(), [](const auto& a, const auto& b) { return a.distance > b.distance; });
  out << "\n| Muscle (worst first) | Sides | Distance (cm) | Real volume (cm³) | Generated volume (cm³) | Ratio |\n"
         "| --- | --- | --- | --- | --- | --- |\n";
  for (const auto& m : muscles) {
    std::snprintf(line, sizeof line, "| %s | %s | %.2f | %.0f | %.0f | %.2f |\n", m.id.c_str(), m.sides.c_str(), double(cm(m.distance)),
                  cm3(m.realVolume), cm3(m.generatedVolume), double(m.volumeRatio()));
    out << line;
  }
  return out.str();
}

namespace {

// The bone each measured muscle lies on, to follow that bone from the real body into ours; "" the trunk.
std::string carrierBone(const std::string& muscle) {
  static const std::map<std::string, std::string> carriers = {{"biceps_brachii", "humerus"}};
  const auto it = carriers.find(muscle);
  return it == carriers.end() ? "" : it->second;
}

// The real bone's and our bone's extreme points along each named direction (metres, our frame): where the
// bone's angles, processes and ends are. Written as "real_<name>" and "ours_<name>".
void writeExtremes(nlohmann::json& out, const std::vector<glm::vec3>& real, const std::vector<glm::vec3>& ours,
                   const std::vector<std::pair<const char*, glm::vec3>>& directions) {
  const auto extreme = [](const std::vector<glm::vec3>& points, glm::vec3 direction) {
    direction = glm::normalize(direction);
    glm::vec3 best = points.front();
    for (const auto& p : points)
      if (glm::dot(p, direction) > glm::dot(best, direction)) best = p;
    const auto mm = [](float v) { return double(std::round(v / 0.001f) * 0.001f); };
    return nlohmann::json{mm(best.x), mm(best.y), mm(best.z)};
  };
  for (const auto& [name, direction] : directions) {
    out["real_" + std::string(name)] = extreme(real, direction);
    out["ours_" + std::string(name)] = extreme(ours, direction);
  }
}

// Rigid motion taking `from` (centroid, long axis) onto `to`: the shortest rotation between the axes, or only
// the shift between the centroids for a flat bone (the scapula), whose long axis is not well defined.
Similarity followBone(const Mesh& from, const Mesh& to, bool rotate) {
  const auto frame = [](const Mesh& m) {
    const auto samples = sampleSurface(m, 4000);
    glm::vec3 c(0.0f);
    for (const auto& p : samples) c += p;
    c /= float(std::max<std::size_t>(samples.size(), 1));
    glm::vec3 axis = principalAxes(samples, c)[0];
    if (axis.y < 0.0f) axis = -axis;  // long bones and the scapula's long axis: point up
    return std::pair{c, axis};
  };
  const auto [c0, a0] = frame(from);
  const auto [c1, a1] = frame(to);
  Similarity t;
  const glm::vec3 v = glm::cross(a0, a1);
  const float cosine = glm::clamp(glm::dot(a0, a1), -1.0f, 1.0f);
  if (rotate && glm::length(v) > 1e-6f) {
    const glm::vec3 k = glm::normalize(v);
    const float angle = std::acos(cosine);
    const glm::mat3 K(0, k.z, -k.y, -k.z, 0, k.x, k.y, -k.x, 0);  // column-major cross-product matrix
    t.rotation = glm::mat3(1.0f) + std::sin(angle) * K + (1.0f - cosine) * (K * K);
  }
  t.translation = c1 - t.rotation * c0;
  return t;
}

}  // namespace

std::string measuredStationsJson(const CalibrationReport& report, const Model& generated, const Model& real, const Atlas& atlas,
                                 int count) {
  const Similarity toOurs = report.alignment.inverse();
  const std::vector<std::string> landmarks = referenceLandmarkIds();
  const auto round = [](float v, float step) { return double(std::round(v / step) * step); };
  nlohmann::json out;
  out["source"] = "BodyParts3D (DBCLS, CC BY-SA 2.1 JP), measured by myoatlas-genbody --measure-stations";
  out["stations"] = count;
  const auto anatomy = identifyMeshes(atlas, real);
  // Each carrier bone's motion from the real body (in our frame) onto ours, right side.
  std::map<std::string, Similarity> follow;
  for (const auto& pair : bonePairs()) {
    Mesh theirs;
    for (std::size_t i = 0; i < real.meshes.size(); ++i) {
      const Mesh& m = real.meshes[i];
      const std::string name = lower(m.name);
      if (!anatomy[i].muscle && realSide(name) != "l" && m.indices.size() >= 3)  // "levator scapulae" is no scapula
        for (const char* word : pair.real)
          if (name.find(word) != std::string::npos) appendTriangles(theirs, m);
    }
    const Mesh* ours = generated.findMesh(pair.paired ? std::string(pair.generated) + ".r" : std::string(pair.generated));
    if (theirs.positions.empty() || !ours) continue;
    for (auto& p : theirs.positions) p = toOurs.apply(p);
    if (!pair.paired) {  // the pelvis: its right half and the sacrum, measured, not followed
      const auto rightHalf = [](std::vector<glm::vec3> points) {
        points.erase(std::remove_if(points.begin(), points.end(), [](const glm::vec3& p) { return p.x > 0.003f; }), points.end());
        return points;
      };
      writeExtremes(out["bones"][pair.id], rightHalf(theirs.positions), rightHalf(ours->positions),
                    {{"iliac_crest_top", {0, 1, 0}}, {"iliac_crest_lateral", {-1, 0.3f, 0}}, {"asis", {0, 0.5f, 1}},
                     {"psis", {0.3f, 0.3f, -1}}, {"ischial_tuberosity", {-0.2f, -1, -0.3f}}, {"pubic_symphysis", {1, -0.4f, 1}},
                     {"sacral_apex", {1, -1, -1}}, {"most_anterior", {0, 0, 1}}, {"lowest", {0, -1, 0}}});
      continue;
    }
    follow[pair.id] = followBone(theirs, *ours, std::string(pair.id) != "scapula" && std::string(pair.id) != "clavicle");
    const Similarity& f = follow[pair.id];
    out["bones"][pair.id] = {{"rotation_degrees", double(glm::degrees(std::acos(glm::clamp((f.rotation[0][0] + f.rotation[1][1] + f.rotation[2][2] - 1.0f) / 2.0f, -1.0f, 1.0f))))},
                             {"shift_cm", double(glm::length(f.apply(surfaceCentroid(theirs)) - surfaceCentroid(theirs)) * 100.0f)}};
    const glm::vec3 d = (surfaceCentroid(*ours) - surfaceCentroid(theirs)) * 100.0f;  // x left, y up, z anterior
    out["bones"][pair.id]["ours_minus_real_cm"] = {double(d.x), double(d.y), double(d.z)};
    writeExtremes(out["bones"][pair.id], theirs.positions, ours->positions,
                  {{"lowest", {0, -1, 0}}, {"highest", {0, 1, 0}}, {"most_lateral", {-1, 0, 0}}, {"most_medial", {1, 0, 0}},
                   {"most_anterior", {0, 0, 1}}, {"most_posterior", {0, 0, -1}}});
  }
  for (std::size_t i = 0; i < real.meshes.size(); ++i) {
    const Mesh& m = real.meshes[i];
    if (!anatomy[i].muscle || m.indices.size() < 3 || (anatomy[i].side && *anatomy[i].side != Side::Right)) continue;
    Mesh ours = m;
    const std::string carrier = carrierBone(anatomy[i].muscle->id);
    const auto bone = follow.find(carrier);
    for (auto& p : ours.positions) p = toOurs.apply(p);
    if (bone != follow.end())
      for (auto& p : ours.positions) p = bone->second.apply(p);
    nlohmann::json entry;
    entry["mesh"] = m.name;
    entry["follows"] = bone != follow.end() ? carrier : "trunk";
    entry["volume_cm3"] = round(float(enclosedVolume(ours) * 1e6), 1.0f);
    for (const auto& s : measureStations(ours, count)) {
      std::string nearest;
      float best = std::numeric_limits<float>::max();
      for (const auto& id : landmarks) {
        const glm::vec3 q = *referenceLandmark(id);
        if (q.x > 1e-4f) continue;  // right side and midline only
        if (glm::distance(q, s.centre) < best) best = glm::distance(q, s.centre), nearest = id;
      }
      const glm::vec3 d = (s.centre - *referenceLandmark(nearest)) * 100.0f;
      entry["stations"].push_back({{"at", nearest},
                                   {"offset", {round(-d.x, 0.1f), round(d.y, 0.1f), round(d.z, 0.1f)}},
                                   {"width", round(s.width * 1000.0f, 1.0f)},
                                   {"thickness", round(s.thickness * 1000.0f, 1.0f)}});
    }
    out["muscles"][anatomy[i].muscle->id].push_back(entry);
  }
  return out.dump(1);
}

}  // namespace myoatlas
