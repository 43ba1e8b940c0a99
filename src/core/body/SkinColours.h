#pragma once
// The colours the generated skin shows over its one material (issue 12): the red of the lips, each eye's iris and
// pupil, the lashes along the upper lids, the brows and the areolae. They are per-vertex multipliers of the skin
// material's colour (Mesh::colours, written as glTF COLOR_0), so other glTF viewers show them too. Everything
// else stays white: the skin's own colour, under any pattern painted on it.
#include <vector>

#include "core/Model.h"
#include "core/body/BodyParameters.h"
#include "core/body/BodyShape.h"

namespace myoatlas {

// `skin` as generated, before the female proportions (the reference frame scaled by `scale`); `parts` the skin's
// shape parts (their pigments) and `skinField` their union.
void colourSkin(Mesh& skin, const std::vector<ShapePart>& parts, const SdfUnion& skinField, float scale, Sex sex);

// The multiplier of the skin material's colour that shows `srgb` (clamped: a multiplier cannot lighten).
glm::vec3 skinColourMultiplier(const glm::vec3& srgb);

}  // namespace myoatlas
