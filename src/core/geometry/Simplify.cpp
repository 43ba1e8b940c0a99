#include "core/geometry/Simplify.h"

#include "core/MeshChecks.h"
#include "core/geometry/Geodesic.h"

#include <algorithm>
#include <array>
#include <limits>
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

// meshoptimizer (0.18) can also fold a sliver over while it collapses: a pleat of two small triangles, one of
// them inside out, lying against the surface and sharing one of its edges, which then has four triangles on
// it. Each such edge has two triangles running one way along it and two the other; the pleat is the pair, one
// of each way, whose third corners lie closest together. Removing that pair and merging its third corners
// (one more collapse) closes the surface over the pleat. Repeated while pleats remain, a few rounds at most.
void removePleats(std::vector<std::uint32_t>& indices, const std::vector<glm::vec3>& positions) {
  for (int round = 0; round < 8; ++round) {
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::vector<std::size_t>> faces;  // undirected edge -> triangles
    for (std::size_t t = 0; t < indices.size(); t += 3)
      for (std::size_t e = 0; e < 3; ++e) {
        const std::uint32_t a = indices[t + e], b = indices[t + (e + 1) % 3];
        faces[{std::min(a, b), std::max(a, b)}].push_back(t);
      }
    std::vector<bool> removed(indices.size() / 3, false);
    std::map<std::uint32_t, std::uint32_t> merge;  // third corner -> the one it merges into
    for (const auto& entry : faces) {
      const auto& edge = entry.first;
      const auto& around = entry.second;
      if (around.size() != 4) continue;
      if (std::any_of(around.begin(), around.end(), [&](std::size_t t) { return removed[t / 3]; })) continue;
      const auto third = [&](std::size_t t) {
        for (std::size_t k = 0; k < 3; ++k)
          if (indices[t + k] != edge.first && indices[t + k] != edge.second) return indices[t + k];
        return indices[t];
      };
      const auto forward = [&](std::size_t t) {  // runs first -> second along the edge
        for (std::size_t k = 0; k < 3; ++k)
          if (indices[t + k] == edge.first) return indices[t + (k + 1) % 3] == edge.second;
        return false;
      };
      std::vector<std::size_t> one, other;
      for (std::size_t t : around) (forward(t) ? one : other).push_back(t);
      if (one.size() != 2 || other.size() != 2) continue;
      std::size_t bestA = one[0], bestB = other[0];
      float best = std::numeric_limits<float>::max();
      for (std::size_t a : one)
        for (std::size_t b : other) {
          const float d = glm::distance(positions[third(a)], positions[third(b)]);
          if (d < best) best = d, bestA = a, bestB = b;
        }
      removed[bestA / 3] = removed[bestB / 3] = true;
      if (third(bestA) != third(bestB)) merge[third(bestA)] = third(bestB);
    }
    if (std::none_of(removed.begin(), removed.end(), [](bool r) { return r; })) return;
    std::vector<std::uint32_t> kept;
    kept.reserve(indices.size());
    for (std::size_t t = 0; t < indices.size(); t += 3) {
      if (removed[t / 3]) continue;
      std::array<std::uint32_t, 3> tri{};
      for (std::size_t k = 0; k < 3; ++k) {
        const auto it = merge.find(indices[t + k]);
        tri[k] = it == merge.end() ? indices[t + k] : it->second;
      }
      if (tri[0] == tri[1] || tri[1] == tri[2] || tri[0] == tri[2]) continue;  // collapsed with the merge
      kept.insert(kept.end(), tri.begin(), tri.end());
    }
    indices.swap(kept);
    removeCoincidentTriangles(indices);
  }
}

}  // namespace

std::vector<std::uint32_t> simplifiedIndices(const Mesh& mesh, float targetRatio, float maxError) {
  if (mesh.indices.empty() || mesh.positions.empty()) return {};
  // Where a muscle's belly meets its tendon or aponeurosis, the triangles on the tendon side get their own copies
  // of the vertices on that line. meshoptimizer keeps such a seam (vertices at one place, different indices)
  // and collapses along it only, so the pale tendon keeps its outline in the coarse list instead of smearing
  // over large triangles. The copies map back to their vertices afterwards.
  const std::size_t n = mesh.positions.size();
  std::vector<std::uint32_t> source = mesh.indices;
  std::vector<glm::vec3> positions = mesh.positions;
  std::vector<std::uint32_t> original;  // copy index - n -> the vertex it copies
  if (mesh.tendon.size() == n) {
    std::vector<bool> tendonSide(mesh.indices.size() / 3);  // per triangle: mostly tendon
    std::vector<std::uint8_t> sides(n, 0);  // per vertex, bit 1: on a belly triangle, bit 2: on a tendon triangle
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
      tendonSide[t / 3] = mesh.tendon[mesh.indices[t]] + mesh.tendon[mesh.indices[t + 1]] + mesh.tendon[mesh.indices[t + 2]] > 1.5f;
      for (std::size_t k = 0; k < 3; ++k) sides[mesh.indices[t + k]] |= tendonSide[t / 3] ? 2 : 1;
    }
    std::vector<std::uint32_t> copyOf(n, 0);
    for (std::size_t v = 0; v < n; ++v)
      if (sides[v] == 3) {
        copyOf[v] = std::uint32_t(positions.size());
        positions.push_back(mesh.positions[v]);
        original.push_back(std::uint32_t(v));
      }
    for (std::size_t t = 0; t + 2 < source.size(); t += 3)
      if (tendonSide[t / 3])
        for (std::size_t k = 0; k < 3; ++k)
          if (sides[source[t + k]] == 3) source[t + k] = copyOf[source[t + k]];
  }
  std::vector<std::uint32_t> indices(source.size());
  const std::size_t target = std::size_t(float(source.size() / 3) * targetRatio) * 3;
  indices.resize(meshopt_simplify(indices.data(), source.data(), source.size(), &positions[0].x, positions.size(),
                                  sizeof(glm::vec3), target, maxError));
  if (original.empty()) return indices;
  std::vector<std::uint32_t> kept;
  kept.reserve(indices.size());
  for (std::size_t t = 0; t + 2 < indices.size(); t += 3) {
    std::array<std::uint32_t, 3> tri{};
    for (std::size_t k = 0; k < 3; ++k) tri[k] = indices[t + k] < n ? indices[t + k] : original[indices[t + k] - n];
    if (tri[0] != tri[1] && tri[1] != tri[2] && tri[0] != tri[2]) kept.insert(kept.end(), tri.begin(), tri.end());
  }
  return kept;
}

void simplifyMesh(Mesh& mesh, float targetRatio, float maxError) {
  if (mesh.indices.empty()) return;
  std::vector<std::uint32_t> indices(mesh.indices.size());
  const std::size_t target = std::size_t(float(mesh.indices.size() / 3) * targetRatio) * 3;
  const std::size_t count = meshopt_simplify(indices.data(), mesh.indices.data(), mesh.indices.size(),
                                             &mesh.positions[0].x, mesh.positions.size(), sizeof(glm::vec3), target,
                                             maxError);
  indices.resize(count);
  removeCoincidentTriangles(indices);
  removePleats(indices, mesh.positions);
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

void splitLongEdges(Mesh& mesh, const std::function<float(const glm::vec3&)>& maxEdge,
                    const std::function<glm::vec3(const glm::vec3&)>& project) {
  constexpr int kMaxPasses = 8;  // each pass halves the longest edges
  for (int pass = 0; pass < kMaxPasses; ++pass) {
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::uint32_t> midpoint;
    const auto split = [&](std::uint32_t a, std::uint32_t b) -> std::int64_t {
      const glm::vec3 d = mesh.positions[a] - mesh.positions[b];
      const float limit = maxEdge((mesh.positions[a] + mesh.positions[b]) * 0.5f);
      if (glm::dot(d, d) <= limit * limit) return -1;
      const auto key = std::minmax(a, b);
      auto [it, added] = midpoint.try_emplace({key.first, key.second}, std::uint32_t(mesh.positions.size()));
      if (added) mesh.positions.push_back(project((mesh.positions[a] + mesh.positions[b]) * 0.5f));
      return it->second;
    };
    std::vector<std::uint32_t> out;
    out.reserve(mesh.indices.size() * 2);
    const auto tri = [&](std::uint32_t a, std::uint32_t b, std::uint32_t c) { out.insert(out.end(), {a, b, c}); };
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
      const std::uint32_t v[3] = {mesh.indices[t], mesh.indices[t + 1], mesh.indices[t + 2]};
      std::int64_t m[3];  // midpoint of edge v[i] -> v[i+1], or -1
      int count = 0;
      for (int i = 0; i < 3; ++i) count += (m[i] = split(v[i], v[(i + 1) % 3])) >= 0;
      if (count == 0) {
        tri(v[0], v[1], v[2]);
      } else if (count == 3) {
        const auto m0 = std::uint32_t(m[0]), m1 = std::uint32_t(m[1]), m2 = std::uint32_t(m[2]);
        tri(v[0], m0, m2), tri(m0, v[1], m1), tri(m2, m1, v[2]), tri(m0, m1, m2);
      } else {
        // Rotate so the first split edge (in order) starts at a: edges ab (split), bc, ca.
        int r = 0;
        if (count == 1) while (m[r] < 0) ++r;
        else while (m[r] < 0 || m[(r + 2) % 3] >= 0) ++r;  // two split: ab and bc split, ca not
        const std::uint32_t a = v[r], b = v[(r + 1) % 3], c = v[(r + 2) % 3];
        const auto mab = std::uint32_t(m[r]);
        if (count == 1) {
          tri(a, mab, c), tri(mab, b, c);
        } else {
          const auto mbc = std::uint32_t(m[(r + 1) % 3]);
          tri(mab, b, mbc);
          // The quad a, mab, mbc, c split along its shorter diagonal.
          if (glm::distance(mesh.positions[a], mesh.positions[mbc]) < glm::distance(mesh.positions[mab], mesh.positions[c]))
            tri(a, mab, mbc), tri(a, mbc, c);
          else
            tri(a, mab, c), tri(mab, mbc, c);
        }
      }
    }
    mesh.indices = std::move(out);
    if (midpoint.empty()) break;
  }
  computeSmoothNormals(mesh);
}

namespace {

// One round of relaxing: the corners of `triangles` (first indices in Mesh::indices) and their neighbours move
// halfway to the mean of their neighbours. Returns the vertices that moved.
std::vector<std::uint32_t> relaxAround(Mesh& mesh, const MeshTopology& topology, const std::vector<std::uint32_t>& triangles) {
  std::vector<char> moving(mesh.positions.size(), 0);
  for (const std::uint32_t first : triangles)
    for (std::uint32_t k = 0; k < 3; ++k) {
      const std::uint32_t v = mesh.indices[first + k];
      moving[v] = 1;
      for (const std::uint32_t n : topology.neighbours(v)) moving[n] = 1;
    }
  const std::vector<glm::vec3> before = mesh.positions;
  std::vector<std::uint32_t> moved;
  for (std::size_t v = 0; v < before.size(); ++v) {
    const auto& around = topology.neighbours(std::uint32_t(v));
    if (!moving[v] || around.empty()) continue;
    glm::vec3 mean(0.0f);
    for (const std::uint32_t n : around) mean += before[n];
    mesh.positions[v] = 0.5f * (before[v] + mean / float(around.size()));
    moved.push_back(std::uint32_t(v));
  }
  return moved;
}

}  // namespace

std::size_t relaxSelfIntersections(Mesh& mesh, int rounds) {
  const MeshTopology topology(mesh);
  auto crossings = selfIntersections(mesh, mesh.positions);
  for (int round = 0; round < rounds && !crossings.empty(); ++round) {
    std::vector<std::uint32_t> triangles;
    for (const auto& [t, u] : crossings) triangles.insert(triangles.end(), {t, u});
    relaxAround(mesh, topology, triangles);
    crossings = selfIntersections(mesh, mesh.positions);
  }
  computeSmoothNormals(mesh);
  return crossings.size();
}

std::vector<std::uint32_t> flippedTriangles(Mesh& mesh) {
  computeSmoothNormals(mesh);
  std::vector<std::uint32_t> flipped;
  for (std::uint32_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const glm::vec3 a = mesh.positions[mesh.indices[t]], b = mesh.positions[mesh.indices[t + 1]], c = mesh.positions[mesh.indices[t + 2]];
    const glm::vec3 around = mesh.normals[mesh.indices[t]] + mesh.normals[mesh.indices[t + 1]] + mesh.normals[mesh.indices[t + 2]];
    if (glm::dot(glm::cross(b - a, c - a), around) < 0.0f) flipped.push_back(t);
  }
  return flipped;
}

std::size_t unfoldFlippedTriangles(Mesh& mesh, int rounds, const std::function<glm::vec3(const glm::vec3&)>& project) {
  const MeshTopology topology(mesh);
  auto flipped = flippedTriangles(mesh);
  for (int round = 0; round < rounds && !flipped.empty(); ++round) {
    for (const std::uint32_t v : relaxAround(mesh, topology, flipped)) mesh.positions[v] = project(mesh.positions[v]);
    flipped = flippedTriangles(mesh);
  }
  return flipped.size();
}

}  // namespace myoatlas
