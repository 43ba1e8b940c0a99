#pragma once
// The colours the generated skin shows (issue 12): its tone, the red of the lips, each eye's white, iris and pupil,
// the lashes along the upper lids, the brows and the areolae. They are per-vertex multipliers (Mesh::colours,
// written as glTF COLOR_0) of the warm white a coloured skin is painted from (core/Materials.h), so other glTF
// viewers show them too; everywhere else the skin has the skin material's tone, under any pattern painted on it.
#include <vector>

#include "core/Model.h"
#include "core/body/BodyParameters.h"
#include "core/body/BodyShape.h"

namespace myoatlas {

// `skin` as generated, before the female proportions (the reference frame scaled by `scale`); `parts` the skin's
// shape parts (their pigments) and `skinField` their union.
void colourSkin(Mesh& skin, const std::vector<ShapePart>& parts, const SdfUnion& skinField, float scale, Sex sex);

// A line painted on the skin: points on it, each with the line's half-width there (metres).
using PaintedLine = std::vector<std::pair<glm::vec3, float>>;
// The flexion creases of both palms and of the fingers, put onto the skin of `skinField` (the reference frame
// scaled by `scale`): colourSkin paints them, and the generator samples the skin finely along them.
std::vector<PaintedLine> handCreaseLines(const SdfUnion& skinField, float scale);
// The distance from p to a painted line, and the line's half-width at the nearest point.
float distanceToLine(const glm::vec3& p, const PaintedLine& line, float& halfWidth);
// How much a painted line covers p: fully within `inner` of its half-width there, fading out by `outer` of it.
float lineCover(const glm::vec3& p, const PaintedLine& line, float inner, float outer);
// Whether a point of the reference body (metres, 1.75 m) lies in the region of the hands.
bool inHandRegion(const glm::vec3& reference);

// The multiplier of a coloured skin's base colour that shows `srgb` (clamped: a multiplier cannot lighten it).
glm::vec3 skinColourMultiplier(const glm::vec3& srgb);
// The colour of plain skin: the skin material's tone as such a multiplier.
glm::vec3 plainSkinColour();

}  // namespace myoatlas
