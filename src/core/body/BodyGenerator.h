#pragma once
// The generated default body (issue 4, first stage): skeleton, a smooth closed skin polygonised from the body
// shape, skin weights from the shape parts' joints, and every atlas landmark placed on the skin. Deterministic:
// the same parameters and landmark list give the same model, bit for bit.
#include <vector>

#include "core/Model.h"
#include "core/Result.h"
#include "core/atlas/Atlas.h"
#include "core/body/BodyParameters.h"

namespace myoatlas {

// Fails (naming the landmark) when the atlas lists a landmark the body does not know how to place.
Result<Model> generateBody(const BodyParameters& params, const std::vector<Landmark>& landmarks);

}  // namespace myoatlas
