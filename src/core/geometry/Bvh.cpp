#include "core/geometry/Bvh.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/geometry/Sdf.h"

namespace myoatlas {
namespace {

constexpr std::uint32_t kLeafSize = 4;

// Slab test; returns the entry distance or infinity when the ray misses the box.
float hitBox(const Bounds& b, const glm::vec3& origin, const glm::vec3& inverseDirection, float maxT) {
  const glm::vec3 t0 = (b.min - origin) * inverseDirection, t1 = (b.max - origin) * inverseDirection;
  const glm::vec3 lo = glm::min(t0, t1), hi = glm::max(t0, t1);
  const float enter = std::max({lo.x, lo.y, lo.z, 0.0f}), exit = std::min({hi.x, hi.y, hi.z, maxT});
  return enter <= exit ? enter : std::numeric_limits<float>::infinity();
}

// Moller-Trumbore; distance along the ray or infinity. Both faces count (imported meshes may be open).
float hitTriangle(const glm::vec3& o, const glm::vec3& d, const glm::vec3& a, const glm::vec3& b, const glm::vec3& c) {
  const glm::vec3 e1 = b - a, e2 = c - a, p = glm::cross(d, e2);
  const float det = glm::dot(e1, p);
  if (std::abs(det) < 1e-12f) return std::numeric_limits<float>::infinity();
  const float inv = 1.0f / det;
  const glm::vec3 s = o - a;
  const float u = glm::dot(s, p) * inv;
  if (u < 0.0f || u > 1.0f) return std::numeric_limits<float>::infinity();
  const glm::vec3 q = glm::cross(s, e1);
  const float v = glm::dot(d, q) * inv;
  if (v < 0.0f || u + v > 1.0f) return std::numeric_limits<float>::infinity();
  const float t = glm::dot(e2, q) * inv;
  return t > 0.0f ? t : std::numeric_limits<float>::infinity();
}

// Squared distance from p to a box (0 inside).
float boxDistance2(const Bounds& b, const glm::vec3& p) {
  const glm::vec3 d = glm::max(glm::max(b.min - p, p - b.max), glm::vec3(0.0f));
  return glm::dot(d, d);
}

}  // namespace

Bvh::Bvh(const Mesh& mesh, const std::vector<glm::vec3>& positions) : mesh_(mesh), positions_(positions) {
  const auto triangles = std::uint32_t(mesh.indices.size() / 3);
  if (triangles == 0) return;
  order_.resize(triangles);
  centroids_.resize(triangles);
  for (std::uint32_t t = 0; t < triangles; ++t) {
    order_[t] = t * 3;
    centroids_[t] = (positions_[mesh.indices[t * 3]] + positions_[mesh.indices[t * 3 + 1]] + positions_[mesh.indices[t * 3 + 2]]) / 3.0f;
  }
  nodes_.reserve(2 * triangles / kLeafSize + 1);
  build(0, triangles);
}

std::uint32_t Bvh::build(std::uint32_t first, std::uint32_t count) {
  const auto index = std::uint32_t(nodes_.size());
  nodes_.push_back({});
  Bounds box, centres;
  for (std::uint32_t i = first; i < first + count; ++i) {
    for (int k = 0; k < 3; ++k) box.add(positions_[mesh_.indices[order_[i] + std::uint32_t(k)]]);
    centres.add(centroids_[order_[i] / 3]);
  }
  nodes_[index].box = box;
  if (count <= kLeafSize) {
    nodes_[index].first = first;
    nodes_[index].count = count;
    return index;
  }
  // Split at the median along the longest axis of the centroids.
  const glm::vec3 extent = centres.size();
  const int axis = extent.x > extent.y ? (extent.x > extent.z ? 0 : 2) : (extent.y > extent.z ? 1 : 2);
  const auto mid = order_.begin() + std::ptrdiff_t(first + count / 2);
  std::nth_element(order_.begin() + std::ptrdiff_t(first), mid, order_.begin() + std::ptrdiff_t(first + count),
                   [&](std::uint32_t a, std::uint32_t b) { return centroids_[a / 3][axis] < centroids_[b / 3][axis]; });
  const std::uint32_t left = build(first, count / 2);
  const std::uint32_t right = build(first + count / 2, count - count / 2);
  nodes_[index].left = left;
  nodes_[index].right = right;
  return index;
}

std::optional<RayHit> Bvh::intersect(const Ray& ray, float maxDistance) const {
  if (nodes_.empty()) return std::nullopt;
  // Axis-parallel rays (a zero component) would make 0 * inf = NaN in the slab test; nudge zeros instead.
  glm::vec3 nudged = ray.direction;
  for (int k = 0; k < 3; ++k)
    if (std::abs(nudged[k]) < 1e-12f) nudged[k] = 1e-12f;
  const glm::vec3 inverse = 1.0f / nudged;
  float best = maxDistance;
  bool found = false;
  std::uint32_t bestTriangle = 0;
  std::uint32_t stack[64];
  int top = 0;
  stack[top++] = 0;
  while (top > 0) {
    const Node& n = nodes_[stack[--top]];
    if (!std::isfinite(hitBox(n.box, ray.origin, inverse, best))) continue;
    if (n.count > 0) {
      for (std::uint32_t i = n.first; i < n.first + n.count; ++i) {
        const std::uint32_t t = order_[i];
        const float d = hitTriangle(ray.origin, ray.direction, positions_[mesh_.indices[t]], positions_[mesh_.indices[t + 1]],
                                    positions_[mesh_.indices[t + 2]]);
        if (d < best) best = d, bestTriangle = t, found = true;
      }
    } else if (top < 62) {
      stack[top++] = n.left;
      stack[top++] = n.right;
    }
  }
  if (!found) return std::nullopt;
  RayHit hit{bestTriangle, best, ray.origin + ray.direction * best, mesh_.indices[bestTriangle]};
  for (int k = 0; k < 3; ++k) {
    const std::uint32_t v = mesh_.indices[bestTriangle + std::uint32_t(k)];
    if (glm::distance(positions_[v], hit.point) < glm::distance(positions_[hit.nearestVertex], hit.point)) hit.nearestVertex = v;
  }
  return hit;
}

std::optional<Bvh::Nearest> Bvh::nearest(const glm::vec3& p) const {
  if (nodes_.empty()) return std::nullopt;
  float best2 = std::numeric_limits<float>::infinity();
  Nearest result{0, 0.0f, p};
  std::uint32_t stack[64];
  int top = 0;
  stack[top++] = 0;
  while (top > 0) {
    const Node& n = nodes_[stack[--top]];
    if (boxDistance2(n.box, p) >= best2) continue;
    if (n.count > 0) {
      for (std::uint32_t i = n.first; i < n.first + n.count; ++i) {
        const std::uint32_t t = order_[i];
        const glm::vec3 q = closestPointOnTriangle(p, positions_[mesh_.indices[t]], positions_[mesh_.indices[t + 1]], positions_[mesh_.indices[t + 2]]);
        const float d2 = glm::dot(q - p, q - p);
        if (d2 < best2) best2 = d2, result.triangle = t, result.point = q;
      }
    } else if (top < 62) {
      // Nearer child last, so it is visited first and prunes the other.
      const Node& l = nodes_[n.left];
      const Node& r = nodes_[n.right];
      const bool leftFirst = boxDistance2(l.box, p) <= boxDistance2(r.box, p);
      stack[top++] = leftFirst ? n.right : n.left;
      stack[top++] = leftFirst ? n.left : n.right;
    }
  }
  result.distance = std::sqrt(best2);
  return result;
}

void Bvh::overlapping(const Bounds& box, std::vector<std::uint32_t>& out) const {
  out.clear();
  if (nodes_.empty()) return;
  const auto overlaps = [&](const Bounds& b) {
    return b.min.x <= box.max.x && b.max.x >= box.min.x && b.min.y <= box.max.y && b.max.y >= box.min.y &&
           b.min.z <= box.max.z && b.max.z >= box.min.z;
  };
  std::uint32_t stack[64];
  int top = 0;
  stack[top++] = 0;
  while (top > 0) {
    const Node& n = nodes_[stack[--top]];
    if (!overlaps(n.box)) continue;
    if (n.count > 0) {
      for (std::uint32_t i = n.first; i < n.first + n.count; ++i) {
        Bounds t;
        for (int k = 0; k < 3; ++k) t.add(positions_[mesh_.indices[order_[i] + std::uint32_t(k)]]);
        if (overlaps(t)) out.push_back(order_[i]);
      }
    } else if (top < 62) {
      stack[top++] = n.left;
      stack[top++] = n.right;
    }
  }
}

bool Bvh::encloses(const glm::vec3& p) const {
  int votes = 0;
  for (const glm::vec3 dir : {glm::vec3(0.31f, 0.9f, 0.3f), glm::vec3(-0.5f, -0.2f, 0.84f), glm::vec3(0.7f, -0.6f, -0.39f)}) {
    int crossings = 0;
    Ray ray{p, glm::normalize(dir)};
    for (int guard = 0; guard < 64; ++guard) {
      const auto hit = intersect(ray);
      if (!hit) break;
      ++crossings;
      ray.origin = ray.origin + ray.direction * (hit->distance + 1e-5f);
    }
    votes += crossings % 2;
  }
  return votes >= 2;
}

}  // namespace myoatlas
