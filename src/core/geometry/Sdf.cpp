#include "core/geometry/Sdf.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>
#include <utility>

namespace myoatlas {

float smoothMin(float a, float b, float k) {
  if (k <= 0.0f) return std::min(a, b);
  const float h = std::max(k - std::abs(a - b), 0.0f) / k;
  return std::min(a, b) - h * h * k * 0.25f;
}

glm::vec3 closestPointOnTriangle(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, const glm::vec3& c) {
  // Ericson, Real-Time Collision Detection, 5.1.5.
  const glm::vec3 ab = b - a, ac = c - a, ap = p - a;
  const float d1 = glm::dot(ab, ap), d2 = glm::dot(ac, ap);
  if (d1 <= 0 && d2 <= 0) return a;
  const glm::vec3 bp = p - b;
  const float d3 = glm::dot(ab, bp), d4 = glm::dot(ac, bp);
  if (d3 >= 0 && d4 <= d3) return b;
  const float vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return a + ab * (d1 / (d1 - d3));
  const glm::vec3 cp = p - c;
  const float d5 = glm::dot(ab, cp), d6 = glm::dot(ac, cp);
  if (d6 >= 0 && d5 <= d6) return c;
  const float vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return a + ac * (d2 / (d2 - d6));
  const float va = d3 * d6 - d5 * d4;
  if (va <= 0 && (d4 - d3) >= 0 && (d5 - d6) >= 0) return b + (c - b) * ((d4 - d3) / ((d4 - d3) + (d5 - d6)));
  const float denom = 1.0f / (va + vb + vc);
  return a + ab * (vb * denom) + ac * (vc * denom);
}

float evaluate(const SdfPrimitive& p, const glm::vec3& q) {
  if (p.kind == SdfPrimitive::Kind::Ellipsoid) {
    // Quilez's ellipsoid estimate k0 (k0 - 1) / k1: exact on the surface and close to the true distance away
    // from it, even for flat ellipsoids (a scaled-sphere bound underestimates those several times, which
    // would give a hand skin weight on a thigh centimetres away).
    const glm::vec3 d = q - p.a;
    const float k0 = glm::length(d / p.radii);
    const float k1 = glm::length(d / (p.radii * p.radii));
    if (k1 < 1e-9f) return -std::min({p.radii.x, p.radii.y, p.radii.z});  // at the centre
    return k0 * (k0 - 1.0f) / k1;
  }
  if (p.kind == SdfPrimitive::Kind::Triangle) return glm::distance(q, closestPointOnTriangle(q, p.a, p.b, p.c)) - p.radii.x;
  // Round cone (tapered capsule): distance to the segment, radius interpolated along it.
  const glm::vec3 ab = p.b - p.a;
  const float len2 = glm::dot(ab, ab);
  const float t = len2 > 0.0f ? std::clamp(glm::dot(q - p.a, ab) / len2, 0.0f, 1.0f) : 0.0f;
  return glm::distance(q, p.a + ab * t) - glm::mix(p.radii.x, p.radii.y, t);
}

void SdfUnion::add(const SdfPrimitive& p) {
  primitives_.push_back(p);
  Bounds box;
  if (p.kind == SdfPrimitive::Kind::Capsule) {
    const float r = std::max(p.radii.x, p.radii.y);
    box.add(glm::min(p.a, p.b) - glm::vec3(r));
    box.add(glm::max(p.a, p.b) + glm::vec3(r));
  } else if (p.kind == SdfPrimitive::Kind::Triangle) {
    box.add(glm::min(glm::min(p.a, p.b), p.c) - glm::vec3(p.radii.x));
    box.add(glm::max(glm::max(p.a, p.b), p.c) + glm::vec3(p.radii.x));
  }  // ellipsoids: the distance estimate is not exact, so they are always evaluated (empty box)
  boxes_.push_back(box);
}

template <class Indices>
float SdfUnion::unionOf(const glm::vec3& q, const Indices& indices) const {
  float d = std::numeric_limits<float>::max();
  for (const std::size_t i : indices) {
    const SdfPrimitive& p = primitives_[i];
    if (!boxes_[i].empty() && d != std::numeric_limits<float>::max()) {
      const glm::vec3 outside = glm::max(glm::max(boxes_[i].min - q, q - boxes_[i].max), glm::vec3(0.0f));
      // Outside the box the distance to it bounds the primitive's from below (inside, the primitive's may be
      // negative); at least `blend` above the union so far, the smooth minimum returns that union unchanged.
      const float below = glm::length(outside);
      // A carving primitive that far away leaves the union unchanged too: its smooth difference returns d
      // exactly when the primitive's distance is at least `blend - d`.
      const float reach = p.carve ? std::max(p.blend, 0.0f) - d : d + std::max(p.blend, 0.0f);
      if (below > 0.0f && below >= reach) continue;
    }
    const float e = evaluate(p, q);
    if (p.carve)
      d = d == std::numeric_limits<float>::max() ? d : -smoothMin(-d, e, p.blend);
    else
      d = d == std::numeric_limits<float>::max() ? e : smoothMin(d, e, p.blend);
  }
  return d;
}

namespace {

// Every index 0..n-1, as a range for SdfUnion::unionOf.
struct AllIndices {
  std::size_t n;
  struct Iterator {
    std::size_t i;
    std::size_t operator*() const { return i; }
    Iterator& operator++() { ++i; return *this; }
    bool operator!=(const Iterator& o) const { return i != o.i; }
  };
  Iterator begin() const { return {0}; }
  Iterator end() const { return {n}; }
};

// Distance between two boxes (0 where they touch or overlap).
float gapBetween(const Bounds& a, const Bounds& b) {
  return glm::length(glm::max(glm::max(a.min - b.max, b.min - a.max), glm::vec3(0.0f)));
}

// Least and greatest value of evaluate(p, q) over q in box (valid, not tight), given the box's centre and half
// diagonal, and the primitive's surface box (empty for ellipsoids).
std::pair<float, float> rangeOver(const SdfPrimitive& p, const Bounds& surfaceBox, const Bounds& box) {
  const glm::vec3 c = box.center();
  const float h = 0.5f * glm::length(box.size());
  if (p.kind == SdfPrimitive::Kind::Ellipsoid) {
    // With d = q - centre, u = d / radii: k0 = |u| lies in [|d| / rmax, |d| / rmin] and k1 in [k0 / rmax, k0 / rmin].
    // Outside (k0 >= 1) the estimate k0 (k0 - 1) / k1 is then at least (k0 - 1) rmin and at most (k0 - 1) rmax;
    // inside it is negative and at least -(1 - k0) rmax.
    const float rmin = std::min({p.radii.x, p.radii.y, p.radii.z}), rmax = std::max({p.radii.x, p.radii.y, p.radii.z});
    const float nearest = glm::length(glm::max(glm::max(box.min - p.a, p.a - box.max), glm::vec3(0.0f)));
    const float farthest = glm::length(glm::max(glm::abs(box.min - p.a), glm::abs(box.max - p.a)));
    const float lo = nearest >= rmax ? (nearest / rmax - 1.0f) * rmin : -rmax;
    const float hi = std::max(0.0f, (farthest / rmin - 1.0f) * rmax);
    return {lo, hi};
  }
  // Distance to a segment or triangle is 1-Lipschitz; a round cone's radius changes by |r1 - r0| / length per
  // metre along it.
  float lipschitz = 1.0f;
  if (p.kind == SdfPrimitive::Kind::Capsule) {
    const float length = glm::distance(p.a, p.b);
    if (length > 0.0f) lipschitz += std::abs(p.radii.y - p.radii.x) / length;
  }
  const float atCentre = evaluate(p, c);
  // Wholly outside the primitive's surface box its value is at least the distance to that box.
  const float gap = gapBetween(box, surfaceBox);
  const float lo = gap > 0.0f ? std::max(atCentre - lipschitz * h, gap) : atCentre - lipschitz * h;
  return {lo, atCentre + lipschitz * h};
}

}  // namespace

float SdfUnion::operator()(const glm::vec3& q) const { return unionOf(q, AllIndices{primitives_.size()}); }

float SdfUnion::operator()(const glm::vec3& q, const std::vector<std::uint32_t>& only) const { return unionOf(q, only); }

std::vector<std::uint32_t> SdfUnion::reaching(const Bounds& box, const std::vector<std::uint32_t>* among) const {
  // Rounding in the bounds and the smooth minima is far below this margin (10 micrometres).
  constexpr float kMargin = 1e-5f;
  std::vector<std::uint32_t> kept;
  const std::size_t n = among ? among->size() : primitives_.size();
  kept.reserve(n);
  bool started = false;  // a first adding primitive has set the union (carving ones before it change nothing)
  float lo = 0.0f, hi = 0.0f;  // the union's range over the box so far
  for (std::size_t k = 0; k < n; ++k) {
    const auto i = among ? (*among)[k] : std::uint32_t(k);
    const SdfPrimitive& p = primitives_[i];
    if (!started) {
      kept.push_back(i);
      if (!p.carve) {
        std::tie(lo, hi) = rangeOver(p, boxes_[i], box);
        started = true;
      }
      continue;
    }
    const float reach = std::max(p.blend, 0.0f);
    const auto [elo, ehi] = rangeOver(p, boxes_[i], box);
    if (p.carve) {
      if (elo >= reach - lo + kMargin) continue;
      const float newLo = -smoothMin(-lo, ehi, p.blend), newHi = -smoothMin(-hi, elo, p.blend);
      lo = newLo - kMargin;
      hi = newHi + kMargin;
    } else {
      if (elo >= hi + reach + kMargin) continue;
      lo = smoothMin(lo, elo, p.blend) - kMargin;
      hi = smoothMin(hi, ehi, p.blend) + kMargin;
    }
    kept.push_back(i);
  }
  return kept;
}

namespace {

template <class Field>
glm::vec3 centralDifference(const Field& field, const glm::vec3& p) {
  const float h = 0.001f;
  return glm::vec3(field(p + glm::vec3(h, 0, 0)) - field(p - glm::vec3(h, 0, 0)),
                   field(p + glm::vec3(0, h, 0)) - field(p - glm::vec3(0, h, 0)),
                   field(p + glm::vec3(0, 0, h)) - field(p - glm::vec3(0, 0, h))) /
         (2.0f * h);
}

}  // namespace

glm::vec3 gradient(const SdfUnion& field, const glm::vec3& p) { return centralDifference(field, p); }

glm::vec3 projectToLevel(const SdfUnion& field, glm::vec3 p, float level) {
  // The steps stay within a centimetre or two of where they start: there only the primitives that reach the
  // neighbourhood are evaluated (the same values; anywhere farther the whole union is).
  constexpr float kNeighbourhood = 0.02f;
  Bounds near;
  near.add(p - glm::vec3(kNeighbourhood));
  near.add(p + glm::vec3(kNeighbourhood));
  const std::vector<std::uint32_t> only = field.reaching(near);
  const auto at = [&](const glm::vec3& q) {
    const bool inside = glm::all(glm::greaterThanEqual(q, near.min)) && glm::all(glm::lessThanEqual(q, near.max));
    return inside ? field(q, only) : field(q);
  };
  for (int i = 0; i < 12; ++i) {
    const float f = at(p) - level;
    const glm::vec3 g = centralDifference(at, p);
    const float g2 = glm::dot(g, g);
    if (g2 < 1e-12f || std::abs(f) < 1e-6f) break;
    // A smooth union's gradient nearly vanishes in a saddle (between the arm and the chest): a Newton step
    // there would throw the point many centimetres away. The field is a distance bound, so the level is about
    // |f| away; a step is never longer than twice that (plus 2 mm).
    glm::vec3 step = g * (f / g2);
    const float cap = 2.0f * std::abs(f) + 0.002f;
    if (const float len = glm::length(step); len > cap) step *= cap / len;
    p -= step;
  }
  return p;
}

glm::vec3 keepInside(const SdfUnion& field, const glm::vec3& p, float depth) {
  return field(p) > -depth ? projectToLevel(field, p, -depth) : p;
}

Bounds SdfUnion::bounds(float margin) const {
  Bounds b;
  for (const auto& p : primitives_) {
    const float r = p.kind == SdfPrimitive::Kind::Ellipsoid ? std::max({p.radii.x, p.radii.y, p.radii.z})
                                                            : std::max(p.radii.x, p.radii.y);
    b.add(p.a - glm::vec3(r + margin));
    b.add(p.a + glm::vec3(r + margin));
    if (p.kind != SdfPrimitive::Kind::Ellipsoid) {
      b.add(p.b - glm::vec3(r + margin));
      b.add(p.b + glm::vec3(r + margin));
    }
    if (p.kind == SdfPrimitive::Kind::Triangle) {
      b.add(p.c - glm::vec3(r + margin));
      b.add(p.c + glm::vec3(r + margin));
    }
  }
  return b;
}

}  // namespace myoatlas
