#pragma once
// The female body is the male body's anatomy carried into female proportions: the same skeleton, landmarks,
// muscles and names (so every pattern, the pain finder, peeling and picking work unchanged), moved by one
// smooth deformation that narrows the shoulders and widens the pelvis and hips (ANSUR II means per stature,
// core/body/Anthropometry.cpp), angles the thighs in towards the knees and the forearms out from the elbows.
// Meshes are deformed vertex by vertex with their skin weights, so the arms and legs move with their roots
// instead of being squeezed with the trunk beside them.
#include <array>
#include <cstdint>
#include <vector>

#include "core/Model.h"

namespace myoatlas {

// Deforms every mesh, joint and landmark of `model`. Landmarks move with the influences given for them (one
// per model.landmarks entry, from the skin parts around them).
void applyFemaleProportions(Model& model, float scale, const std::vector<std::array<std::uint16_t, kMaxInfluences>>& landmarkJoints,
                            const std::vector<glm::vec4>& landmarkWeights);

}  // namespace myoatlas
