#pragma once
// Geometric sanity checks shared by tests, the importer and (later) the body generator.
#include <utility>
#include <vector>

#include "core/Model.h"

namespace myoatlas {

// True when every undirected edge is used by exactly two triangles, once in each direction: a closed,
// consistently oriented 2-manifold.
bool isClosedManifold(const Mesh& mesh);

// Pairs of triangles (first indices in Mesh::indices, first < second) that pass through each other, with the
// mesh's vertices at `positions` (a posed skin). Triangles that share a vertex are neighbours and never count.
// A skin that folds into itself when a joint bends (the armpit, the groin) shows up here.
std::vector<std::pair<std::uint32_t, std::uint32_t>> selfIntersections(const Mesh& mesh, const std::vector<glm::vec3>& positions);
// The share (0..1) of the mesh's area, at its own positions, in the triangles those pairs name. A fold counted in
// finer or coarser triangles gives about the same share, where the number of pairs moves by tens of percent.
double crossingAreaShare(const Mesh& mesh, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& crossings);

// Signed volume enclosed by a closed mesh (cubic metres); positive when triangles face outwards.
double signedVolume(const Mesh& mesh);

}  // namespace myoatlas
