#pragma once
// Reduces a triangle mesh to a triangle budget with meshoptimizer's topology-preserving simplifier, then drops
// unused vertices and recomputes normals. Skinning data, if any, must be assigned after simplifying.
#include "core/Model.h"

namespace myoatlas {

// `targetRatio` of the triangles is kept at most; `maxError` is relative to the mesh extent (0.001 = 0.1%).
void simplifyMesh(Mesh& mesh, float targetRatio, float maxError);

}  // namespace myoatlas
