#include "core/geometry/Simplify.h"

#include <algorithm>
#include <array>
#include <map>

#include <meshoptimizer.h>

namespace myoatlas {
namespace {

// The simplifier can leave pairs of triangles on the same three vertices (a collapsed fold). Such a pair
// encloses nothing; removing both copies restores a closed manifold around them.
void removeCoincidentTriangles(std::vector<std::uint32_t>& indices) {
  std::map<std::array<std::uint32_t, 3>, int> count;
  const auto key = [&](std::size_t t) {
    std::array<std::uint32_t, 3> k{indices[t], indices[t + 1], indices[t + 2]};
    std::sort(k.begin(), k.end());
    return k;
  };
  for (std::size_t t = 0; t < indices.size(); t += 3) ++count[key(t)];
  std::vector<std::uint32_t> kept;
  kept.reserve(indices.size());
  for (std::size_t t = 0; t < indices.size(); t += 3)
    if (count[key(t)] == 1) kept.insert(kept.end(), indices.begin() + std::ptrdiff_t(t), indices.begin() + std::ptrdiff_t(t + 3));
  indices.swap(kept);
}

}  // namespace

void simplifyMesh(Mesh& mesh, float targetRatio, float maxError) {
  if (mesh.indices.empty()) return;
  std::vector<std::uint32_t> indices(mesh.indices.size());
  const std::size_t target = std::size_t(float(mesh.indices.size() / 3) * targetRatio) * 3;
  const std::size_t count = meshopt_simplify(indices.data(), mesh.indices.data(), mesh.indices.size(),
                                             &mesh.positions[0].x, mesh.positions.size(), sizeof(glm::vec3), target,
                                             maxError);
  indices.resize(count);
  removeCoincidentTriangles(indices);
  std::vector<std::uint32_t> remap(mesh.positions.size());
  const std::size_t vertices = meshopt_optimizeVertexFetchRemap(remap.data(), indices.data(), indices.size(), mesh.positions.size());
  std::vector<glm::vec3> positions(vertices);
  meshopt_remapVertexBuffer(positions.data(), mesh.positions.data(), mesh.positions.size(), sizeof(glm::vec3), remap.data());
  meshopt_remapIndexBuffer(indices.data(), indices.data(), indices.size(), remap.data());
  mesh.positions = std::move(positions);
  mesh.indices = std::move(indices);
  mesh.joints.clear();
  mesh.weights.clear();
  computeSmoothNormals(mesh);
}

}  // namespace myoatlas
