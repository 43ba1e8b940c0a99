#include "core/MeshChecks.h"

#include <algorithm>

#include "core/geometry/Bvh.h"

namespace myoatlas {
namespace {

// Whether segment pq crosses triangle abc (strictly: touching at a point of an edge does not count).
bool segmentCrossesTriangle(const glm::vec3& p, const glm::vec3& q, const glm::vec3& a, const glm::vec3& b, const glm::vec3& c) {
  const glm::vec3 n = glm::cross(b - a, c - a);
  const float dp = glm::dot(p - a, n), dq = glm::dot(q - a, n);
  if (dp * dq >= 0.0f) return false;  // both on one side, or one on the plane
  const glm::vec3 x = p + (q - p) * (dp / (dp - dq));
  // Inside when x is on the inner side of all three edges.
  return glm::dot(glm::cross(b - a, x - a), n) > 0.0f && glm::dot(glm::cross(c - b, x - b), n) > 0.0f &&
         glm::dot(glm::cross(a - c, x - c), n) > 0.0f;
}

bool trianglesCross(const glm::vec3 (&s)[3], const glm::vec3 (&t)[3]) {
  for (int e = 0; e < 3; ++e) {
    if (segmentCrossesTriangle(s[e], s[(e + 1) % 3], t[0], t[1], t[2])) return true;
    if (segmentCrossesTriangle(t[e], t[(e + 1) % 3], s[0], s[1], s[2])) return true;
  }
  return false;
}

}  // namespace

bool isClosedManifold(const Mesh& mesh) {
  if (mesh.indices.empty() || mesh.indices.size() % 3 != 0) return false;
  // The directed edges leaving each vertex, in one array grouped by vertex (counted, then placed): each must
  // appear once, and its reverse once among its end's edges. Linear, without hashing: the viewer checks every
  // mesh of a model when it first draws drafts.
  const std::size_t n = mesh.positions.size();
  std::vector<std::uint32_t> start(n + 1, 0);
  for (const std::uint32_t v : mesh.indices) {
    if (v >= n) return false;
    ++start[v + 1];
  }
  for (std::size_t v = 0; v < n; ++v) start[v + 1] += start[v];
  std::vector<std::uint32_t> to(mesh.indices.size()), fill(start.begin(), start.end() - 1);
  for (std::size_t t = 0; t < mesh.indices.size(); t += 3)
    for (std::size_t e = 0; e < 3; ++e) {
      const std::uint32_t a = mesh.indices[t + e], b = mesh.indices[t + (e + 1) % 3];
      if (a == b) return false;
      to[fill[a]++] = b;
    }
  const auto count = [&](std::uint32_t from, std::uint32_t target) {
    return std::count(to.begin() + start[from], to.begin() + start[from + 1], target);
  };
  for (std::uint32_t a = 0; a < n; ++a)
    for (std::uint32_t k = start[a]; k < start[a + 1]; ++k)
      if (count(a, to[k]) != 1 || count(to[k], a) != 1) return false;
  return true;
}

std::vector<std::pair<std::uint32_t, std::uint32_t>> selfIntersections(const Mesh& mesh, const std::vector<glm::vec3>& positions) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
  if (positions.size() != mesh.positions.size()) return out;
  const Bvh bvh(mesh, positions);
  std::vector<std::uint32_t> near;
  for (std::uint32_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const glm::vec3 s[3] = {positions[mesh.indices[t]], positions[mesh.indices[t + 1]], positions[mesh.indices[t + 2]]};
    Bounds box;
    for (const auto& p : s) box.add(p);
    bvh.overlapping(box, near);
    for (const std::uint32_t u : near) {
      if (u <= t) continue;
      bool neighbour = false;
      for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j) neighbour = neighbour || mesh.indices[t + std::uint32_t(i)] == mesh.indices[u + std::uint32_t(j)];
      if (neighbour) continue;
      const glm::vec3 o[3] = {positions[mesh.indices[u]], positions[mesh.indices[u + 1]], positions[mesh.indices[u + 2]]};
      if (trianglesCross(s, o)) out.emplace_back(t, u);
    }
  }
  return out;
}

double crossingAreaShare(const Mesh& mesh, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& crossings) {
  std::vector<bool> crossing(mesh.indices.size() / 3, false);
  for (const auto& [t, u] : crossings) crossing[t / 3] = crossing[u / 3] = true;
  double crossingArea = 0.0, area = 0.0;
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const glm::vec3 a = mesh.positions[mesh.indices[t]], b = mesh.positions[mesh.indices[t + 1]], c = mesh.positions[mesh.indices[t + 2]];
    const double triangle = 0.5 * double(glm::length(glm::cross(b - a, c - a)));
    area += triangle;
    if (crossing[t / 3]) crossingArea += triangle;
  }
  return area > 0.0 ? crossingArea / area : 0.0;
}

double signedVolume(const Mesh& mesh) {
  double v = 0.0;
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const glm::dvec3 a = mesh.positions[mesh.indices[t]];
    const glm::dvec3 b = mesh.positions[mesh.indices[t + 1]];
    const glm::dvec3 c = mesh.positions[mesh.indices[t + 2]];
    v += glm::dot(a, glm::cross(b, c)) / 6.0;
  }
  return v;
}

}  // namespace myoatlas
