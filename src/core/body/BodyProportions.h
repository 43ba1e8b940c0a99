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

// Lowers the knee by `kKneeDrop` (3.5 cm at 1.75 m stature) with everything about it: the reference data (joints,
// landmarks, bones, the form, muscles.json's offsets) describe the knee joint 0.50 m above the floor, which makes
// the tibia as long as the femur (1.06 : 1; Trotter and Gleser's regressions give about 1.24 : 1 at this stature,
// BodyParts3D's 1.27 : 1). Each point below the hip moves down by a smooth bump that is 3.5 cm at the knee and
// fades to nothing at the hip and ankle joints (zero slope at all three), so the femur's shaft stretches, the
// tibia's shortens and the knee, hip, ankle and foot keep their shapes. The arms and hands, hanging beside the
// thighs, do not move: a point moves by its share of non-arm joints. Stature, hip and ankle heights unchanged.
// Applied to the finished model (both sexes), like the female proportions.
void applyKneeHeight(Model& model, float scale, const std::vector<std::array<std::uint16_t, kMaxInfluences>>& landmarkJoints,
                     const std::vector<glm::vec4>& landmarkWeights);

}  // namespace myoatlas
