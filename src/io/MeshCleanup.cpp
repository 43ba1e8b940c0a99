#include "io/MeshCleanup.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

namespace myoatlas {
namespace {

// Rebuilds a mesh's vertices: each v with canonical[v] == v is kept (in order), one with another canonical
// vertex (kept) is replaced by it, one marked kDropped is left out (no triangle may use it).
constexpr std::uint32_t kDropped = std::numeric_limits<std::uint32_t>::max();
void keepVertices(Mesh& mesh, const std::vector<std::uint32_t>& canonical) {
  const std::size_t n = mesh.positions.size();
  std::vector<std::uint32_t> newIndex(n, kDropped);
  std::size_t kept = 0;
  for (std::size_t v = 0; v < n; ++v) {
    if (canonical[v] == kDropped) continue;
    if (canonical[v] != v) {
      newIndex[v] = newIndex[canonical[v]];
      continue;
    }
    newIndex[v] = std::uint32_t(kept);
    const auto move = [&](auto& list) {
      if (!list.empty()) list[kept] = list[v];
    };
    move(mesh.positions), move(mesh.normals), move(mesh.fibres), move(mesh.tendon), move(mesh.colours), move(mesh.joints), move(mesh.weights);
    ++kept;
  }
  const auto shrink = [&](auto& list) {
    if (!list.empty()) list.resize(kept);
  };
  shrink(mesh.positions), shrink(mesh.normals), shrink(mesh.fibres), shrink(mesh.tendon), shrink(mesh.colours), shrink(mesh.joints),
      shrink(mesh.weights);
  for (auto& i : mesh.indices) i = newIndex[i];
}

}  // namespace

// One vertex per distinct set of the attributes we keep (position, normal, fibre, tendon share, joints, weights):
// files that repeat a vertex for every face using it (STL, most OBJ) or split it at a texture seam become one
// connected surface, which the pain painting's geodesics need. Assimp's JoinIdenticalVertices did this until it
// turned out to take 1.6 s of the default body's 1.8 s import (it compares bone weights slowly); this is a hash
// and a sort. Vertices keep their first order.
void weldIdenticalVertices(Mesh& mesh) {
  const std::size_t n = mesh.positions.size();
  if (n == 0) return;
  std::vector<float> record;
  const auto recordOf = [&](std::size_t v) {
    record.clear();
    const auto add = [&](float x) { record.push_back(x + 0.0f); };  // -0 and +0 alike
    const auto add3 = [&](const glm::vec3& x) { add(x.x), add(x.y), add(x.z); };
    add3(mesh.positions[v]);
    if (!mesh.normals.empty()) add3(mesh.normals[v]);
    if (!mesh.fibres.empty()) add3(mesh.fibres[v]), add(mesh.tendon[v]);
    if (!mesh.colours.empty()) add3(mesh.colours[v]);
    if (!mesh.weights.empty()) {
      for (int k = 0; k < kMaxInfluences; ++k) add(float(mesh.joints[v][std::size_t(k)])), add(mesh.weights[v][k]);
    }
    return record;
  };
  // FNV-1a over each record's bytes; equal hashes are compared in full.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> keyed(n);
  for (std::size_t v = 0; v < n; ++v) {
    const auto& r = recordOf(v);
    std::uint64_t h = 1469598103934665603ull;
    const auto* bytes = reinterpret_cast<const unsigned char*>(r.data());
    for (std::size_t b = 0; b < r.size() * sizeof(float); ++b) h = (h ^ bytes[b]) * 1099511628211ull;
    keyed[v] = {h, std::uint32_t(v)};
  }
  std::sort(keyed.begin(), keyed.end());
  std::vector<std::uint32_t> canonical(n);
  for (std::size_t v = 0; v < n; ++v) canonical[v] = std::uint32_t(v);
  std::vector<float> first;
  for (std::size_t i = 0; i < n;) {
    std::size_t j = i + 1;
    while (j < n && keyed[j].first == keyed[i].first) ++j;
    // Within one hash, each vertex joins the earliest identical one (they are sorted by index).
    for (std::size_t a = i; a < j; ++a) {
      if (canonical[keyed[a].second] != keyed[a].second) continue;
      first = recordOf(keyed[a].second);
      for (std::size_t b = a + 1; b < j; ++b)
        if (canonical[keyed[b].second] == keyed[b].second && recordOf(keyed[b].second) == first) canonical[keyed[b].second] = keyed[a].second;
    }
    i = j;
  }
  keepVertices(mesh, canonical);
}

// Triangles with two corners at one place are lines or points, not surface: they go (what Assimp's
// FindDegenerates did, at a fifth of the import's time on BodyParts3D).
void dropCollapsedTriangles(Mesh& mesh) {
  std::size_t out = 0;
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const glm::vec3 &a = mesh.positions[mesh.indices[t]], &b = mesh.positions[mesh.indices[t + 1]], &c = mesh.positions[mesh.indices[t + 2]];
    if (a == b || b == c || a == c) continue;
    for (int k = 0; k < 3; ++k) mesh.indices[out++] = mesh.indices[t + std::size_t(k)];
  }
  if (out == mesh.indices.size()) return;
  mesh.indices.resize(out);
  // Their corners that no other triangle uses go with them.
  std::vector<std::uint32_t> keep(mesh.positions.size(), kDropped);
  for (const auto i : mesh.indices) keep[i] = i;
  keepVertices(mesh, keep);
}

}  // namespace myoatlas
