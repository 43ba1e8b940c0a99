#include "core/body/MuscleGeometry.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace myoatlas {
namespace {

constexpr float kPi = 3.14159265f;
constexpr float kMinInside = 0.0035f;  // metres: every muscle vertex stays at least this far inside the envelope
constexpr float kMinWidth = 0.004f;    // metres: tendon ends are never narrower (no degenerate triangles)
constexpr float kMaxConformShift = 0.035f;  // metres: the most a measured point moves in to follow the body's form
constexpr float kMaxConformOut = 0.01f;     // metres: the most it moves out toward the form

glm::vec3 centroid(const std::vector<glm::vec3>& points) {
  glm::vec3 c(0.0f);
  for (const auto& p : points) c += p;
  return c / float(points.size());
}

float polylineLength(const std::vector<glm::vec3>& line) {
  float total = 0.0f;
  for (std::size_t i = 1; i < line.size(); ++i) total += glm::distance(line[i - 1], line[i]);
  return total;
}

// The segment of a polyline (two or more points) at arc-length fraction u: its first point's index and the share
// of the way along it.
std::pair<std::size_t, float> segmentAt(const std::vector<glm::vec3>& line, float u) {
  float target = u * polylineLength(line);
  for (std::size_t i = 1; i < line.size(); ++i) {
    const float len = glm::distance(line[i - 1], line[i]);
    if (target <= len || i + 1 == line.size()) return {i - 1, len > 0.0f ? std::clamp(target / len, 0.0f, 1.0f) : 0.0f};
    target -= len;
  }
  return {0, 0.0f};
}

// Point at arc-length fraction u along a polyline.
glm::vec3 alongPolyline(const std::vector<glm::vec3>& line, float u) {
  if (line.size() == 1) return line[0];
  const auto [i, t] = segmentAt(line, u);
  return glm::mix(line[i], line[i + 1], t);
}

// The uniform Catmull-Rom segment from p1 (t = 0) to p2 (t = 1).
glm::vec3 catmullRomSegment(const glm::vec3& p0, const glm::vec3& p1, const glm::vec3& p2, const glm::vec3& p3, float t) {
  const float t2 = t * t, t3 = t2 * t;
  return 0.5f * ((2.0f * p1) + (-p0 + p2) * t + (2.0f * p0 - 5.0f * p1 + 4.0f * p2 - p3) * t2 + (-p0 + 3.0f * p1 - 3.0f * p2 + p3) * t3);
}

// Point at arc-length fraction u round a closed loop (the last point repeats the first), on a periodic
// Catmull-Rom through its points: a ring muscle drawn through eight points was an octagon.
glm::vec3 aroundLoop(const std::vector<glm::vec3>& loop, float u) {
  const auto n = std::ptrdiff_t(loop.size() - 1);  // distinct points
  const auto at = [&](std::ptrdiff_t i) { return loop[std::size_t((i % n + n) % n)]; };
  const auto [segment, t] = segmentAt(loop, u);
  const auto k = std::ptrdiff_t(segment);
  return catmullRomSegment(at(k - 1), at(k), at(k + 1), at(k + 2), t);
}

// Uniform Catmull-Rom through points, with the ends extrapolated; `s` runs from 0 to points.size() - 1.
glm::vec3 catmullRom(const std::vector<glm::vec3>& p, float s) {
  const int n = int(p.size());
  if (n == 1) return p[0];
  const int i = std::clamp(int(std::floor(s)), 0, n - 2);
  const float t = s - float(i);
  const glm::vec3 p1 = p[std::size_t(i)], p2 = p[std::size_t(i + 1)];
  const glm::vec3 p0 = i > 0 ? p[std::size_t(i - 1)] : 2.0f * p1 - p2;
  const glm::vec3 p3 = i + 2 < n ? p[std::size_t(i + 2)] : 2.0f * p2 - p1;
  return catmullRomSegment(p0, p1, p2, p3, t);
}

// Maps v in [0, 1] to the spline parameter so samples are spread by the length between sections.
float splineParameter(const std::vector<glm::vec3>& centres, float v) {
  if (centres.size() < 2) return 0.0f;
  std::vector<float> cumulative{0.0f};
  for (std::size_t i = 1; i < centres.size(); ++i) cumulative.push_back(cumulative.back() + glm::distance(centres[i - 1], centres[i]));
  if (cumulative.back() < 1e-5f) return v * float(centres.size() - 1);  // concentric sections (a ring): evenly
  const float target = v * cumulative.back();
  for (std::size_t i = 1; i < centres.size(); ++i)
    if (target <= cumulative[i] || i + 1 == centres.size()) {
      const float len = cumulative[i] - cumulative[i - 1];
      return float(i - 1) + (len > 0.0f ? std::clamp((target - cumulative[i - 1]) / len, 0.0f, 1.0f) : 0.0f);
    }
  return float(centres.size() - 1);
}

float defaultTendon(MuscleShape s) {
  switch (s) {
    case MuscleShape::Fusiform: return 0.14f;
    case MuscleShape::Pennate: return 0.18f;
    case MuscleShape::Strap: return 0.06f;
    case MuscleShape::Fan: return 0.10f;
    case MuscleShape::Sheet: return 0.04f;
  }
  return 0.1f;
}

// Thickness and width along the fibres (0 origin .. 1 insertion): bellies swell, tendons stay thin.
struct Profile {
  float thickness, width, tendon;
};

Profile alongProfile(const MuscleBundle& b, float v) {
  const float tendonEnd = b.tendonEnd >= 0.0f ? b.tendonEnd : defaultTendon(b.shape);
  // A fan arises along a line by short tendinous fibres: a narrow pale fringe (a wide one outlined the
  // pectoralis like a breastplate). Other muscles' origins are short too: at up to 8% of the length the
  // hamstrings' origins stood below gluteus maximus as white tabs and psoas began in a tendon.
  const float tendonStart = b.tendonStart >= 0.0f ? b.tendonStart : std::min(defaultTendon(b.shape) * (b.shape == MuscleShape::Fan ? 0.25f : 0.4f), 0.05f);
  // Belly parameter: 0 at the musculotendinous junctions, 1 mid-belly.
  const float lo = tendonStart, hi = 1.0f - tendonEnd;
  const float w = hi > lo ? std::clamp((v - lo) / (hi - lo), 0.0f, 1.0f) : 0.5f;
  const float tendon = v < lo ? 1.0f - v / std::max(lo, 1e-3f) * 0.4f : (v > hi ? std::min(1.0f, 0.6f + (v - hi) / std::max(tendonEnd, 1e-3f)) : 0.0f);
  const float belly = std::max(0.0f, std::sin(kPi * w));
  switch (b.shape) {
    case MuscleShape::Fusiform:
    case MuscleShape::Pennate:
      return {0.12f + 0.88f * std::pow(belly, 0.6f), 0.25f + 0.75f * std::pow(belly, 0.5f), tendon};
    case MuscleShape::Strap:
      return {0.2f + 0.8f * std::pow(belly, 0.3f), 0.55f + 0.45f * std::pow(belly, 0.3f), tendon};
    case MuscleShape::Fan:  // thin where it spreads from its origin line, thick towards the insertion
      return {0.15f + 0.85f * std::pow(belly, 0.4f) * (0.55f + 0.45f * v), 1.0f, tendon};
    case MuscleShape::Sheet:
      return {0.2f + 0.8f * std::pow(belly, 0.25f), 1.0f, tendon};
  }
  return {1.0f, 1.0f, tendon};
}

// Thickness across the bundle (0 and 1 the edges): an ellipse for round bellies, a plateau for sheets and
// flat tubes. The plateau thins over the outer third towards its edges (sqrt(1 - |x|^3)): with a steeper one
// (|x|^5) every sheet ended in a cliff as thick as its middle, and the trapezius' parts, the pectoralis and the
// masseter read as slabs and tiles. Its mean is 0.841 of its peak; a sheet keeps the volume the steeper plateau
// gave it (mean 0.896) and a flat tube the ellipse's (pi/4).
float acrossProfile(const MuscleBundle& b, float u) {
  const float x = 2.0f * u - 1.0f;
  if (isTube(b.shape) && !b.flat) return std::sqrt(std::max(0.0f, 1.0f - x * x));
  const float plateau = std::sqrt(std::max(0.0f, 1.0f - std::abs(x * x * x)));
  return plateau * ((isTube(b.shape) ? 0.7854f : 0.8955f) / 0.8413f);
}

// `rimNormals` collects, for a loft, the normals its rim vertices keep (see buildMuscleMesh).
void appendBundle(Mesh& mesh, const MuscleBundle& bundle, const SdfUnion& envelope, float scale,
                  std::vector<std::pair<std::uint32_t, glm::vec3>>& rimNormals) {
  std::vector<std::vector<glm::vec3>> sections = bundle.sections;
  for (auto& s : sections)
    for (auto& p : s) p *= scale;
  std::vector<glm::vec3> centres;
  for (const auto& s : sections) centres.push_back(centroid(s));
  float length = 0.0f, span = bundle.width * scale;
  for (std::size_t i = 1; i < centres.size(); ++i) length += glm::distance(centres[i - 1], centres[i]);
  for (const auto& s : sections)
    for (std::size_t i = 1; i < s.size(); ++i) span = std::max(span, glm::distance(s.front(), s.back()));
  for (const auto& size : bundle.sectionSize) span = std::max(span, size.x * scale);
  // A loft whose lines are all closed loops (the last point repeats the first) is a ring round an opening, the
  // orbicularis oculi round the eye: it runs from the outer loop to the inner, its columns go round, spaced by
  // the loop's length, and its fibres run round with them.
  bool ring = !isTube(bundle.shape);
  for (const auto& s : sections) ring = ring && s.size() >= 4 && glm::distance(s.front(), s.back()) < 0.001f * scale;
  if (ring)
    for (const auto& s : sections) span = std::max(span, polylineLength(s));
  // Rows every 12 mm (4 mm where tendinous intersections, 7 mm wide, need to read as bands).
  const int nv = bundle.intersections.empty() ? std::clamp(int(length / 0.012f), 10, 36) : std::clamp(int(length / 0.004f), 10, 100);
  const int nu = std::clamp(int(span / 0.012f), 6, ring ? 24 : 18) & ~1;  // even, so the middle of the bundle is a grid line

  const auto outward = [&](const glm::vec3& p) {
    const glm::vec3 g = gradient(envelope, p);
    return glm::length(g) > 1e-6f ? glm::normalize(g) : glm::vec3(0, 0, 1);
  };
  const auto tangentAt = [&](float s) {
    const float h = 0.01f;
    const glm::vec3 d = catmullRom(centres, std::min(s + h, float(centres.size() - 1))) - catmullRom(centres, std::max(s - h, 0.0f));
    return glm::length(d) > 1e-9f ? glm::normalize(d) : glm::vec3(0, -1, 0);
  };
  // Single-point sections of a loft spread across their own width, perpendicular to the bundle and the outward
  // direction.
  if (!isTube(bundle.shape))
    for (std::size_t k = 0; k < sections.size(); ++k)
      if (sections[k].size() == 1) {
        const float s = float(k);
        glm::vec3 across = glm::cross(tangentAt(s), outward(centres[k]));
        across = glm::length(across) > 1e-6f ? glm::normalize(across) : glm::vec3(1, 0, 0);
        // Orient it like the neighbouring polyline so the loft does not twist.
        for (const auto& other : sections)
          if (other.size() > 1) {
            if (glm::dot(other.back() - other.front(), across) < 0.0f) across = -across;
            break;
          }
        const glm::vec3 c = sections[k][0];
        sections[k] = {c - across * (0.5f * bundle.width * scale), c + across * (0.5f * bundle.width * scale)};
      }

  // Mid-surface samples, their thickness, fibre direction and tendon share.
  const int cols = nu + 1, rows = nv + 1;
  std::vector<glm::vec3> mid(std::size_t(cols * rows)), normal(mid.size());
  std::vector<float> thick(mid.size()), tendon(mid.size());
  const bool measured = isTube(bundle.shape) && bundle.sectionSize.size() == sections.size();
  std::vector<glm::vec3> sizes;  // measured (width, thickness, 0) per section, scaled
  if (measured)
    for (const auto& size : bundle.sectionSize) sizes.push_back(glm::vec3(size, 0.0f) * scale);
  // A tube's breadth lies across its course and the body's outward direction. Deep inside the body that
  // direction can swing from row to row (towards the arm, then the back), which turned a deep tube's rows about:
  // in a free tube each row keeps the sense of the one before. (A conforming tube's thickness follows the outward
  // direction at each point, and its breadth must turn with it.)
  std::vector<glm::vec3> tubeAcross(std::size_t(rows), glm::vec3(1, 0, 0));
  if (isTube(bundle.shape)) {
    for (int j = 0; j < rows; ++j) {
      const float s = splineParameter(centres, float(j) / float(nv));
      const glm::vec3 t = tangentAt(s);
      const glm::vec3 a = bundle.across != glm::vec3(0.0f) ? glm::cross(t, glm::cross(bundle.across, t))
                                                           : glm::cross(t, outward(catmullRom(centres, s)));
      tubeAcross[std::size_t(j)] = glm::length(a) > 1e-6f ? glm::normalize(a) : (j > 0 ? tubeAcross[std::size_t(j - 1)] : glm::vec3(1, 0, 0));
      if (bundle.depth < 0.0f && j > 0 && glm::dot(tubeAcross[std::size_t(j)], tubeAcross[std::size_t(j - 1)]) < 0.0f)
        tubeAcross[std::size_t(j)] = -tubeAcross[std::size_t(j)];
    }
  }
  for (int j = 0; j < rows; ++j) {
    const float v = float(j) / float(nv);
    const float s = splineParameter(centres, v);
    Profile prof = alongProfile(bundle, v);
    float width = bundle.width * scale, thickness = bundle.thickness * scale;
    if (measured) {  // the measured sizes replace the profile; the spline through them keeps the belly smooth
      const glm::vec3 size = glm::max(catmullRom(sizes, s), glm::vec3(0.0f));
      width = size.x, thickness = size.y;
      prof.width = prof.thickness = 1.0f;
    }
    const float tendonShare = bundle.tendonEnd >= 0.0f ? bundle.tendonEnd : defaultTendon(bundle.shape);
    const float depthStart = bundle.depth, depthEnd = bundle.depthEnd >= 0.0f ? bundle.depthEnd : bundle.depth;
    const float depth = glm::mix(depthStart, depthEnd, v) * scale;
    glm::vec3 centre{}, across{};
    if (isTube(bundle.shape)) {
      centre = catmullRom(centres, s);
      across = tubeAcross[std::size_t(j)];
    }
    std::vector<glm::vec3> placed(static_cast<std::size_t>(cols)), onShell(static_cast<std::size_t>(cols));
    std::vector<float> levels(static_cast<std::size_t>(cols));
    for (int i = 0; i < cols; ++i) {
      const float u = float(i) / float(nu);
      const std::size_t k = std::size_t(j * cols + i);
      glm::vec3 p;
      if (isTube(bundle.shape)) {
        const float breadth = std::max(width * prof.width, kMinWidth * scale);
        p = centre + across * ((u - 0.5f) * breadth);
      } else {
        std::vector<glm::vec3> atU;
        for (const auto& sec : sections) atU.push_back(ring ? aroundLoop(sec, u) : alongPolyline(sec, u));
        p = catmullRom(atU, s);
      }
      thick[k] = thickness * prof.thickness * acrossProfile(bundle, u);
      tendon[k] = prof.tendon;
      for (const float at : bundle.intersections) {  // a band about 7 mm wide, a shallow groove in the belly
        const float band = std::max(0.0f, 1.0f - std::abs(v - at) * length / (0.0035f * scale));
        tendon[k] = std::max(tendon[k], std::min(1.0f, 1.6f * band));
        thick[k] *= 1.0f - 0.25f * band;
      }
      placed[std::size_t(i)] = p;
      if (depthStart >= 0.0f) {
        // Conforming bundles follow the body, except where their insertion tendon dives to the bone (a fan
        // converging on the humerus would otherwise bridge the armpit outside the body).
        levels[std::size_t(i)] = -(depth + 0.5f * thick[k]);
        onShell[std::size_t(i)] = projectToLevel(envelope, p, levels[std::size_t(i)]);
      }
    }
    // A conforming loft's row, pushed out onto the body's form from the chord between its anchors, spreads
    // unevenly where the form bulges between them: over the erector spinae the samples slid off the crest to
    // either side (2.6 cm apart there, 1 cm elsewhere) and the sheet cut under the bulge as one long facet. The
    // row is spaced evenly along its length on the form and pushed onto it again.
    if (depthStart >= 0.0f && !isTube(bundle.shape) && !ring)
      for (int pass = 0; pass < 2; ++pass) {
        const std::vector<glm::vec3> row = onShell;
        for (int i = 0; i < cols; ++i) onShell[std::size_t(i)] = projectToLevel(envelope, alongPolyline(row, float(i) / float(nu)), levels[std::size_t(i)]);
      }
    for (int i = 0; i < cols; ++i) {
      const std::size_t k = std::size_t(j * cols + i);
      glm::vec3 p = placed[std::size_t(i)];
      if (depthStart >= 0.0f) {
        const float level = levels[std::size_t(i)];
        glm::vec3 shell = onShell[std::size_t(i)];
        // A measured point is where the real muscle is. It moves in, out of the way of this body's form where
        // that is slimmer than the real body's, by up to a few centimetres (more, and near a gap in the form
        // such as the armpit it could land on the far side, a tube's rim stretching across to the chest); it
        // moves out toward a fuller form by at most a centimetre, so a muscle stays near its real place rather
        // than swelling to fill this body's padding. (Hand-placed bundles were placed against the form and rely
        // on their projection.)
        const float limit = (envelope(p) > level ? kMaxConformShift : kMaxConformOut) * scale;
        if (const float shift = glm::distance(shell, p); measured && shift > limit) shell = p + (shell - p) * (limit / shift);
        // (No free share, no dive: smoothstep's edges would meet and divide by zero.)
        const float freeShare = bundle.freeEnd >= 0.0f ? bundle.freeEnd : (bundle.shape == MuscleShape::Sheet ? 0.0f : 0.8f * tendonShare);
        float toBone = freeShare <= 0.0f ? 0.0f : glm::smoothstep(1.0f - freeShare, 1.0f, v);
        if (bundle.freeStart > 0.0f) toBone = std::max(toBone, 1.0f - glm::smoothstep(0.0f, bundle.freeStart, v));
        p = glm::mix(shell, p, toBone);
      }
      mid[k] = p;
    }
  }
  // A bundle whose first edge runs along the median plane (the recti, the linea alba, the galea) meets its
  // mirrored twin there: that edge keeps its full thickness and is closed by a wall, so the two sides meet flush
  // instead of leaving a groove.
  bool midlineEdge = true;
  for (int j = 0; j < rows && midlineEdge; ++j) midlineEdge = std::abs(mid[std::size_t(j * cols)].x) < 0.0025f * scale;
  if (midlineEdge)
    for (int j = 0; j < rows; ++j) {
      const float middle = thick[std::size_t(j * cols + nu / 2)] / acrossProfile(bundle, 0.5f);  // the row's full thickness
      for (int i = 0; i < cols; ++i) thick[std::size_t(j * cols + i)] = middle * acrossProfile(bundle, 0.5f + 0.5f * float(i) / float(nu));
    }
  // Normals of the mid-surface, facing out of the body.
  std::vector<glm::vec3> fibre(mid.size());
  // The grid's derivatives across (du) and along (dv) the bundle at a sample, and the body's outward direction
  // there (a gradient of the envelope: computed once per sample).
  const auto derivatives = [&](int i, int j) {
    return std::pair{mid[std::size_t(j * cols + std::min(i + 1, nu))] - mid[std::size_t(j * cols + std::max(i - 1, 0))],
                     mid[std::size_t(std::min(j + 1, nv) * cols + i)] - mid[std::size_t(std::max(j - 1, 0) * cols + i)]};
  };
  std::vector<glm::vec3> out(mid.size());
  for (std::size_t k = 0; k < mid.size(); ++k) out[k] = outward(mid[k]);
  // A free bundle's sheets lie along its own surface normal, with one sense for the whole bundle, the one that
  // faces out of the body on the whole: deep inside the body the outward direction swings, and turning each
  // normal to it separately folded a deep tube (teres minor) into a crumpled ribbon.
  float freeSense = 0.0f;
  if (bundle.depth < 0.0f)
    for (int j = 0; j < rows; ++j)
      for (int i = 0; i < cols; ++i) {
        const auto [du, dv] = derivatives(i, j);
        const glm::vec3 n = glm::cross(du, dv);
        if (glm::length(n) > 1e-12f) freeSense += glm::dot(glm::normalize(n), out[std::size_t(j * cols + i)]);
      }
  for (int j = 0; j < rows; ++j)
    for (int i = 0; i < cols; ++i) {
      const std::size_t k = std::size_t(j * cols + i);
      const auto [du, dv] = derivatives(i, j);
      glm::vec3 n = glm::cross(du, dv);
      if (bundle.depth >= 0.0f || glm::length(n) < 1e-9f) n = out[k];
      n = glm::normalize(n);
      if (bundle.depth >= 0.0f ? glm::dot(n, out[k]) < 0.0f : freeSense < 0.0f) n = -n;
      normal[k] = n;
      fibre[k] = glm::length(dv) > 1e-9f ? glm::normalize(dv) : glm::vec3(0, 1, 0);
      if (ring && glm::length(du) > 1e-9f) fibre[k] = glm::normalize(du);
      if (bundle.shape == MuscleShape::Pennate) {  // fibres run obliquely into a central tendon
        const glm::vec3 side = glm::length(du) > 1e-9f ? glm::normalize(du) : glm::vec3(0);
        fibre[k] = glm::normalize(fibre[k] + side * (i * 2 < nu ? -0.5f : 0.5f));
      }
    }

  // Built on the right and mirrored: nothing crosses the median plane, or the two sides would overlap there
  // (a muscle arising from the spinous processes meets its twin at the midline, as at a raphe).
  const float midline = -0.00005f * scale;  // a hair off the plane: a wider gap between twins showed the bone beneath as a line
  const auto place = [&](glm::vec3 p) {
    p = keepInside(envelope, p, kMinInside * scale);
    p.x = std::min(p.x, midline);
    return p;
  };
  // The pillow: the top sheet has every sample, the bottom only interior ones (the rim has zero thickness).
  std::vector<std::uint32_t> top(mid.size()), bottom(mid.size());
  for (std::size_t k = 0; k < mid.size(); ++k) {
    top[k] = std::uint32_t(mesh.positions.size());
    mesh.positions.push_back(place(mid[k] + normal[k] * (0.5f * thick[k])));
    mesh.fibres.push_back(fibre[k]);
    mesh.tendon.push_back(tendon[k]);
  }
  for (int j = 0; j < rows; ++j)
    for (int i = 0; i < cols; ++i) {
      const std::size_t k = std::size_t(j * cols + i);
      if ((i == 0 && !midlineEdge) || j == 0 || i == nu || j == nv) {
        bottom[k] = top[k];
        if (!isTube(bundle.shape)) rimNormals.emplace_back(top[k], normal[k]);
        continue;
      }
      bottom[k] = std::uint32_t(mesh.positions.size());
      mesh.positions.push_back(place(mid[k] - normal[k] * (0.5f * thick[k])));
      mesh.fibres.push_back(fibre[k]);
      mesh.tendon.push_back(tendon[k]);
    }
  // Wind the top sheet so it faces along the outward normal; the bottom the other way.
  const glm::vec3 du = mid[std::size_t(nv / 2 * cols + nu / 2 + 1)] - mid[std::size_t(nv / 2 * cols + nu / 2 - 1)];
  const glm::vec3 dv = mid[std::size_t((nv / 2 + 1) * cols + nu / 2)] - mid[std::size_t((nv / 2 - 1) * cols + nu / 2)];
  const bool flip = glm::dot(glm::cross(du, dv), normal[std::size_t(nv / 2 * cols + nu / 2)]) < 0.0f;
  const auto rim = [&](int i, int j) { return (i == 0 && !midlineEdge) || j == 0 || i == nu || j == nv; };
  const auto quad = [&](const std::vector<std::uint32_t>& idx, int i, int j, bool reverse) {
    std::uint32_t a = idx[std::size_t(j * cols + i)], b = idx[std::size_t(j * cols + i + 1)];
    std::uint32_t c = idx[std::size_t((j + 1) * cols + i + 1)], d = idx[std::size_t((j + 1) * cols + i)];
    // Split along the diagonal that does not join two rim vertices: a triangle with all three corners on the
    // rim would be shared by both sheets and pinch the surface.
    if (rim(i, j) && rim(i + 1, j + 1)) {
      const std::uint32_t first = a;
      a = b, b = c, c = d, d = first;  // rotate the quad: the diagonal becomes b-d
    }
    if (!reverse) mesh.indices.insert(mesh.indices.end(), {a, b, c, a, c, d});
    else mesh.indices.insert(mesh.indices.end(), {a, c, b, a, d, c});
  };
  const std::size_t firstIndex = mesh.indices.size();
  for (int j = 0; j < nv; ++j)
    for (int i = 0; i < nu; ++i) {
      quad(top, i, j, flip);
      quad(bottom, i, j, !flip);
    }
  if (midlineEdge)  // the wall along the median plane, between the two sheets' first edges
    for (int j = 0; j < nv; ++j) {
      const std::uint32_t t0 = top[std::size_t(j * cols)], t1 = top[std::size_t((j + 1) * cols)];
      const std::uint32_t b0 = bottom[std::size_t(j * cols)], b1 = bottom[std::size_t((j + 1) * cols)];
      const auto triangle = [&](std::uint32_t a, std::uint32_t b, std::uint32_t c) {
        if (a == b || b == c || a == c) return;  // at the ends the two sheets meet in one vertex
        if (!flip) mesh.indices.insert(mesh.indices.end(), {a, b, c});
        else mesh.indices.insert(mesh.indices.end(), {a, c, b});
      };
      triangle(t0, t1, b1);
      triangle(t0, b1, b0);
    }
  // Where the mid-surface twists the guess above can be wrong; the enclosed volume decides.
  double volume = 0.0;
  for (std::size_t t = firstIndex; t < mesh.indices.size(); t += 3) {
    const glm::dvec3 a = mesh.positions[mesh.indices[t]], b = mesh.positions[mesh.indices[t + 1]], c = mesh.positions[mesh.indices[t + 2]];
    volume += glm::dot(a, glm::cross(b, c));
  }
  if (volume < 0.0)
    for (std::size_t t = firstIndex; t < mesh.indices.size(); t += 3) std::swap(mesh.indices[t + 1], mesh.indices[t + 2]);
}

}  // namespace

Mesh buildMuscleMesh(const MuscleSpec& spec, const SdfUnion& envelope, float scale) {
  Mesh mesh;
  mesh.name = spec.id + ".r";
  mesh.tissue = spec.tissue;
  mesh.attaches = spec.attaches;
  std::vector<std::pair<std::uint32_t, glm::vec3>> rimNormals;
  for (const auto& bundle : spec.bundles) appendBundle(mesh, bundle, envelope, scale, rimNormals);
  if (spec.tissue == TissueKind::Tendon) std::fill(mesh.tendon.begin(), mesh.tendon.end(), 1.0f);
  computeSmoothNormals(mesh);
  // A sheet's or fan's rim, where its two faces meet at no thickness, is shaded as the sheet's outer face there:
  // the smooth normal averaged both faces and turned the rim sideways, so every sheet's edge drew a dark line (or
  // a pale one under the rim light) wherever it lay on another muscle, the trapezius' three parts most of all.
  for (const auto& [index, n] : rimNormals) mesh.normals[index] = n;
  return mesh;
}

Mesh mirrorMesh(const Mesh& right, const std::string& name) {
  Mesh left = right;
  left.name = name;
  const glm::vec3 m(-1.0f, 1.0f, 1.0f);
  for (auto& p : left.positions) p *= m;
  for (auto& n : left.normals) n *= m;
  for (auto& f : left.fibres) f *= m;
  for (std::size_t t = 0; t + 2 < left.indices.size(); t += 3) std::swap(left.indices[t + 1], left.indices[t + 2]);
  return left;
}

}  // namespace myoatlas
