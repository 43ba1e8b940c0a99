#pragma once
// The generated default body (issue 4, first stage): skeleton, a smooth closed skin polygonised from the body
// shape, skin weights from the shape parts' joints, bones, a mesh per muscle and side from the muscle geometry
// (data/body/muscles.json, core/body/MuscleData.h), and every atlas landmark placed on the skin. Deterministic:
// the same parameters, landmarks and muscles give the same model, bit for bit.
#include <vector>

#include "core/Model.h"
#include "core/Result.h"
#include "core/atlas/Atlas.h"
#include "core/body/BodyParameters.h"
#include "core/body/MuscleGeometry.h"

namespace myoatlas {

// Fails (naming the landmark) when the atlas lists a landmark the body does not know how to place. `muscles`
// are used when params.anatomy is on.
Result<Model> generateBody(const BodyParameters& params, const std::vector<Landmark>& landmarks,
                           const std::vector<MuscleSpec>& muscles);

}  // namespace myoatlas
