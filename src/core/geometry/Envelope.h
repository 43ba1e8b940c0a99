#pragma once
// A skin for a model that has none (muscles and bones only, as BodyParts3D ships them): the outer surface of
// all its meshes, closed over the gaps between them (a morphological closing of their union on a voxel grid),
// pushed out by a thin subcutaneous layer and smoothed. Always a closed, consistently oriented 2-manifold:
// it is the zero set of a field sampled on a grid (core/geometry/Polygonize.h). Cavities are filled; only the
// surface reachable from outside is kept; tunnels through the body that a missing structure leaves (a pelvis
// without its sacrum) are filled where a horizontal or frontal slice encloses them.
#include <vector>

#include "core/Model.h"

namespace myoatlas {

struct EnvelopeOptions {
  float cell = 0.01f;      // grid spacing, metres (coarser for models over 2.5 m: 250 cells along the longest side)
  float closing = 0.03f;   // gaps narrower than about twice this are bridged (between muscles, over a missing one)
  float offset = 0.006f;   // how far outside the closed union the surface lies (a thin subcutaneous layer)
  int smoothing = 12;      // Taubin iterations removing the grid's steps
};

// The envelope of `meshes` (their triangles; no mesh need be closed). Empty when they have no triangles.
Mesh envelopeOf(const std::vector<const Mesh*>& meshes, const EnvelopeOptions& options = {});

}  // namespace myoatlas
