#include "core/geometry/Geodesic.h"

#include <algorithm>
#include <cmath>
#include <queue>
#include <unordered_map>

namespace myoatlas {

MeshTopology::MeshTopology(const Mesh& mesh) : mesh_(mesh), neighbours_(mesh.positions.size()), triangles_(mesh.positions.size()) {
  for (std::uint32_t t = 0; t + 2 < mesh.indices.size(); t += 3)
    for (int e = 0; e < 3; ++e) {
      const std::uint32_t a = mesh.indices[t + std::uint32_t(e)], b = mesh.indices[t + std::uint32_t((e + 1) % 3)];
      neighbours_[a].push_back(b);
      neighbours_[b].push_back(a);  // both ways, so border edges of open meshes count too
      triangles_[a].push_back(t);
    }
  for (auto& n : neighbours_) {
    std::sort(n.begin(), n.end());
    n.erase(std::unique(n.begin(), n.end()), n.end());
  }
}

namespace {

// Distance at C from two accepted corners A and B of a triangle (distances dA, dB), by unfolding the front as a
// plane wave. Returns infinity when the wave would not reach C through the triangle's interior.
float triangleUpdate(const glm::vec3& A, const glm::vec3& B, const glm::vec3& C, float dA, float dB) {
  const glm::vec3 ab = B - A, ac = C - A;
  const float lab = glm::length(ab);
  if (lab < 1e-9f) return std::numeric_limits<float>::infinity();
  // Place A at the origin and B on the x axis; C above the axis at (cx, cy).
  const float cx = glm::dot(ac, ab) / lab;
  const float cy = glm::length(ac - ab * (cx / lab));
  // The virtual source S lies where |S - A| = dA and |S - B| = dB, on the far side of AB from C.
  const float sx = (dA * dA - dB * dB + lab * lab) / (2.0f * lab);
  const float sy2 = dA * dA - sx * sx;
  if (sy2 < 0.0f) return std::numeric_limits<float>::infinity();
  const float sy = -std::sqrt(sy2);
  // The straight ray from S to C must cross the edge AB between A and B.
  const float t = (0.0f - sy) / (cy - sy);
  const float crossX = sx + t * (cx - sx);
  if (crossX < 0.0f || crossX > lab) return std::numeric_limits<float>::infinity();
  return std::hypot(cx - sx, cy - sy);
}

}  // namespace

GeodesicField geodesicDistances(const MeshTopology& topology, const std::vector<GeodesicSource>& sources,
                                float maxDistance) {
  const Mesh& mesh = topology.mesh();
  std::unordered_map<std::uint32_t, float> distance;  // sparse: zones touch few vertices
  std::unordered_map<std::uint32_t, bool> accepted;
  using Entry = std::pair<float, std::uint32_t>;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> front;
  for (const auto& s : sources) {
    auto it = distance.find(s.vertex);
    if (it == distance.end() || s.distance < it->second) {
      distance[s.vertex] = s.distance;
      front.push({s.distance, s.vertex});
    }
  }
  GeodesicField out;
  while (!front.empty()) {
    const auto [d, v] = front.top();
    front.pop();
    if (accepted[v] || d > distance[v]) continue;
    if (d > maxDistance) break;
    accepted[v] = true;
    out.vertices.push_back(v);
    out.distances.push_back(d);
    const glm::vec3& pv = mesh.positions[v];
    const auto relax = [&](std::uint32_t u, float candidate) {
      auto it = distance.find(u);
      if (it == distance.end() || candidate < it->second) {
        distance[u] = candidate;
        front.push({candidate, u});
      }
    };
    for (std::uint32_t u : topology.neighbours(v)) {
      if (accepted[u]) continue;
      relax(u, d + glm::distance(pv, mesh.positions[u]));  // along the edge: always valid, sometimes long
    }
    // Through each triangle around v whose other accepted corner lets the wave cross it.
    for (std::uint32_t t : topology.triangles(v)) {
      std::uint32_t corners[3] = {mesh.indices[t], mesh.indices[t + 1], mesh.indices[t + 2]};
      for (int k = 0; k < 3; ++k) {
        const std::uint32_t a = corners[k], b = corners[(k + 1) % 3], c = corners[(k + 2) % 3];
        if (accepted[c] || !accepted[a] || !accepted[b] || (a != v && b != v)) continue;
        const float dc = triangleUpdate(mesh.positions[a], mesh.positions[b], mesh.positions[c], distance[a], distance[b]);
        if (std::isfinite(dc)) relax(c, dc);
      }
    }
  }
  return out;
}

}  // namespace myoatlas
