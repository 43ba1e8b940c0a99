#pragma once
// Reduces a triangle mesh to a triangle budget with meshoptimizer's topology-preserving simplifier (then drops
// unused vertices and recomputes normals), and refines one whose edges are too long. Skinning data, if any, must
// be assigned after either.
#include <functional>

#include "core/Model.h"

namespace myoatlas {

// `targetRatio` of the triangles is kept at most; `maxError` is relative to the mesh extent (0.001 = 0.1%).
void simplifyMesh(Mesh& mesh, float targetRatio, float maxError);

// A coarser triangle list on the same vertices (nothing else of the mesh changes): `targetRatio` of the triangles
// at most, `maxError` relative to the extent, keeping the line where a muscle's belly meets its tendon. The
// viewer's drafts while the view moves on a software rasteriser.
std::vector<std::uint32_t> simplifiedIndices(const Mesh& mesh, float targetRatio, float maxError);

// Splits every edge longer than `maxEdge` at its midpoint (metres; a function of the midpoint, so small features
// can be sampled finer), moved by `project` (onto the surface the mesh approximates), until none is longer: so a
// simplified mesh's few large triangles on flat parts (the sole, the back) do not sample what is painted on them
// coarsely. Closed, manifold and oriented meshes stay so. Normals are recomputed.
void splitLongEdges(Mesh& mesh, const std::function<float(const glm::vec3&)>& maxEdge,
                    const std::function<glm::vec3(const glm::vec3&)>& project);

// Untangles local folds: while triangles of the mesh pass through each other (core/MeshChecks.h), the vertices of
// those triangles and their neighbours move halfway to the mean of their neighbours, for at most `rounds` rounds.
// Returns the crossing triangle pairs left (0 when the surface is free of them). Normals are recomputed.
std::size_t relaxSelfIntersections(Mesh& mesh, int rounds);

// Triangles turned over: facing against the smooth normals of their corners (a sliver whose corner was put back on
// the form past its neighbour; drawn as a dark dash). Recomputes the normals; first indices in Mesh::indices.
std::vector<std::uint32_t> flippedTriangles(Mesh& mesh);

// While triangles are turned over, their corners and the corners' neighbours move halfway to the mean of their
// neighbours and back onto the form with `project`, for at most `rounds` rounds. Returns the turned-over triangles
// left. Normals are recomputed.
std::size_t unfoldFlippedTriangles(Mesh& mesh, int rounds, const std::function<glm::vec3(const glm::vec3&)>& project);

}  // namespace myoatlas
