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

class FemaleProportions {
 public:
  // `joints` of the generated body at `scale` (stature / reference stature), before the deformation.
  FemaleProportions(const std::vector<Joint>& joints, float scale);

  // Where a point weighted to these joints moves.
  glm::vec3 apply(const glm::vec3& p, const std::array<std::uint16_t, kMaxInfluences>& joints, const glm::vec4& weights) const;
  glm::vec3 applyToJoint(const glm::vec3& p, std::size_t joint) const;

 private:
  enum class Region { Trunk, Arm, Leg };
  glm::vec3 displacement(const glm::vec3& p, std::size_t joint) const;  // reference frame (metres at 1.75 m)

  std::vector<Region> region_;
  std::vector<float> rootX_;  // per joint: x of its limb's root (shoulder or hip joint), reference frame
  float scale_;
};

// Deforms every mesh, joint and landmark of `model`. Landmarks move with the influences given for them (one
// per model.landmarks entry, from the skin parts around them).
void applyFemaleProportions(Model& model, float scale, const std::vector<std::array<std::uint16_t, kMaxInfluences>>& landmarkJoints,
                            const std::vector<glm::vec4>& landmarkWeights);

}  // namespace myoatlas
