#pragma once
// Posing a rigged model: named joint rotations in model axes, turned into skinning matrices (linear blend
// skinning). The same maths runs on the GPU (shaders/mesh.vert) and here on the CPU for bounds and tests.
// Per-vertex colours painted on the rest pose ride along for free: skinning moves vertices, not their data.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <glm/glm.hpp>
#include <glm/gtc/quaternion.hpp>

#include "core/Model.h"

namespace myoatlas {

enum class PosePreset { Anatomical, TPose, ArmsRaised, Seated };

std::optional<PosePreset> parsePosePreset(std::string_view name);  // "anatomical", "t-pose", "arms-raised", "seated"
const char* posePresetName(PosePreset preset);
inline constexpr const char* kPosePresetNames = "anatomical, t-pose, arms-raised, seated";
// Every preset, in the order the P key steps through them.
inline constexpr PosePreset kPosePresets[] = {PosePreset::Anatomical, PosePreset::TPose, PosePreset::ArmsRaised,
                                              PosePreset::Seated};
PosePreset nextPosePreset(PosePreset preset);  // wraps around

struct JointRotation {
  std::string joint;  // joint name; joints a model does not have are ignored
  glm::quat rotation;  // about the joint centre, in model axes
};
using Pose = std::vector<JointRotation>;

Pose posePreset(PosePreset preset);

// One matrix per joint: posed joint frame times inverse bind (identity everywhere at rest).
std::vector<glm::mat4> skinningMatrices(const Model& model, const Pose& pose);

// Posed positions (and normals, when asked) of one mesh; rigid meshes are returned unchanged.
std::vector<glm::vec3> skinPositions(const Mesh& mesh, const std::vector<glm::mat4>& matrices);

Bounds posedBounds(const Model& model, const std::vector<glm::mat4>& matrices);

}  // namespace myoatlas
