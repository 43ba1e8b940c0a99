#include "core/MeshChecks.h"

#include <unordered_map>

namespace myoatlas {

bool isClosedManifold(const Mesh& mesh) {
  if (mesh.indices.empty() || mesh.indices.size() % 3 != 0) return false;
  // Directed edge (a -> b) packed in 64 bits; each must appear once and its reverse once.
  std::unordered_map<std::uint64_t, int> directed;
  directed.reserve(mesh.indices.size());
  for (std::size_t t = 0; t < mesh.indices.size(); t += 3)
    for (int e = 0; e < 3; ++e) {
      const std::uint64_t a = mesh.indices[t + std::size_t(e)], b = mesh.indices[t + std::size_t((e + 1) % 3)];
      if (a == b) return false;
      if (++directed[(a << 32) | b] > 1) return false;
    }
  for (const auto& [key, count] : directed) {
    const std::uint64_t reverse = (key << 32) | (key >> 32);
    if (!directed.count(reverse)) return false;
  }
  return true;
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
