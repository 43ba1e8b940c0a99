#pragma once
// Ambient occlusion baked per vertex (issues 10 and 12): how much of the sky above each vertex nearby surfaces
// hide. Multiplied into a mesh's vertex colours, it darkens creases, folds and the gaps between muscles the way
// soft room light does, which a lit but unshadowed surface lacks (it read as clay or wax to reviewers).
#include <vector>

#include "core/Model.h"
#include "core/geometry/Bvh.h"

namespace myoatlas {

struct OcclusionOptions {
  float reach = 0.05f;  // metres: surfaces farther away than this hide nothing
  int rays = 32;        // per vertex, spread over the hemisphere around its normal (cosine-weighted)
  int smoothing = 2;    // rounds of averaging with the neighbours, which hides the rays' sampling noise
};

// Per vertex of `mesh` (with normals), the share of the light from its hemisphere that reaches it: 1 in the open,
// towards 0 deep in a fold. A ray blocked by `occluders` within `reach` takes away more the nearer the blocker.
// The same on any number of cores.
std::vector<float> ambientOcclusion(const Mesh& mesh, const Bvh& occluders, const OcclusionOptions& options);

// Multiplies `mesh`'s vertex colours (white where it has none) by mix(1, occlusion, strength), at least `darkest`.
void applyOcclusion(Mesh& mesh, const std::vector<float>& occlusion, float strength, float darkest);

}  // namespace myoatlas
