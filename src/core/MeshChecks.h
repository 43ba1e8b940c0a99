#pragma once
// Geometric sanity checks shared by tests, the importer and (later) the body generator.
#include "core/Model.h"

namespace myoatlas {

// True when every undirected edge is used by exactly two triangles, once in each direction: a closed,
// consistently oriented 2-manifold.
bool isClosedManifold(const Mesh& mesh);

// Signed volume enclosed by a closed mesh (cubic metres); positive when triangles face outwards.
double signedVolume(const Mesh& mesh);

}  // namespace myoatlas
