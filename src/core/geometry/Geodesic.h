#pragma once
// Distances along a triangle-mesh surface by fast marching (Kimmel and Sethian 1998): a front grows from the
// source vertices, each vertex taking the smallest distance that a triangle with two accepted corners can give
// it (the planar unfolding), or an edge when no triangle can. Marching stops once the front passes
// `maxDistance`, so painting a zone of a few centimetres only touches the vertices near it. Distances follow
// the skin: a zone on the arm reaches the torso only around the armpit, never across the gap.
#include <cstdint>
#include <limits>
#include <vector>

#include "core/Model.h"

namespace myoatlas {

// Vertex neighbourhoods of a triangle mesh, built once per mesh and shared by every query.
class MeshTopology {
 public:
  explicit MeshTopology(const Mesh& mesh);
  const Mesh& mesh() const { return mesh_; }
  const std::vector<std::uint32_t>& neighbours(std::uint32_t v) const { return neighbours_[v]; }
  const std::vector<std::uint32_t>& triangles(std::uint32_t v) const { return triangles_[v]; }  // first index of each

 private:
  const Mesh& mesh_;
  std::vector<std::vector<std::uint32_t>> neighbours_, triangles_;
};

struct GeodesicSource {
  std::uint32_t vertex;
  float distance = 0.0f;  // start value (metres): lets a source sit a little off its vertex
};

// Sparse result: the vertices reached within maxDistance and their distances (metres).
struct GeodesicField {
  std::vector<std::uint32_t> vertices;
  std::vector<float> distances;
};

GeodesicField geodesicDistances(const MeshTopology& topology, const std::vector<GeodesicSource>& sources,
                                float maxDistance = std::numeric_limits<float>::infinity());

}  // namespace myoatlas
