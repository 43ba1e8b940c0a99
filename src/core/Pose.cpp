#include "core/Pose.h"

#include "core/Text.h"

#include <algorithm>
#include <cctype>

#include <glm/gtc/constants.hpp>
#include <glm/gtc/matrix_transform.hpp>

namespace myoatlas {
namespace {

struct PresetName {
  PosePreset preset;
  const char* name;
};
constexpr PresetName kNames[] = {{PosePreset::Anatomical, "anatomical"},
                                 {PosePreset::TPose, "t-pose"},
                                 {PosePreset::ArmsRaised, "arms-raised"},
                                 {PosePreset::Seated, "seated"}};

glm::quat about(glm::vec3 axis, float degrees) { return glm::angleAxis(glm::radians(degrees), axis); }

// Rotation part of a rigid joint frame.
glm::quat rotationOf(const glm::mat4& m) { return glm::quat_cast(glm::mat3(m)); }

}  // namespace

std::optional<PosePreset> parsePosePreset(std::string_view name) {
  const std::string lower = toLower(name);
  for (const auto& n : kNames)
    if (lower == n.name) return n.preset;
  return std::nullopt;
}

PosePreset nextPosePreset(PosePreset preset) {
  const std::size_t n = std::size(kPosePresets);
  for (std::size_t i = 0; i < n; ++i)
    if (kPosePresets[i] == preset) return kPosePresets[(i + 1) % n];
  return kPosePresets[0];
}

const char* posePresetName(PosePreset preset) {
  for (const auto& n : kNames)
    if (n.preset == preset) return n.name;
  return "?";
}

Pose posePreset(PosePreset preset) {
  const glm::vec3 x(1, 0, 0), z(0, 0, 1);
  switch (preset) {
    case PosePreset::Anatomical: return {};
    case PosePreset::TPose:
      // The arms hang about 8 degrees out at rest; raising them sideways to horizontal turns the right arm
      // (on -X) about +Z by a negative angle and the left arm by a positive one.
      return {{"upper_arm.r", about(z, -80.0f)}, {"upper_arm.l", about(z, 80.0f)}};
    case PosePreset::ArmsRaised:
      return {{"clavicle.r", about(z, -12.0f)}, {"clavicle.l", about(z, 12.0f)},
              {"upper_arm.r", about(z, -150.0f)}, {"upper_arm.l", about(z, 150.0f)}};
    case PosePreset::Seated:
      // Hips flexed to a right angle (thighs forward, +Z) and knees bent back to vertical shins.
      return {{"thigh.r", about(x, -90.0f)}, {"thigh.l", about(x, -90.0f)},
              {"shin.r", about(x, 90.0f)}, {"shin.l", about(x, 90.0f)}};
  }
  return {};
}

std::vector<glm::mat4> skinningMatrices(const Model& model, const Pose& pose) {
  const std::size_t n = model.joints.size();
  std::vector<glm::mat4> posedWorld(n), out(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Joint& j = model.joints[i];
    glm::quat rotation(1.0f, 0.0f, 0.0f, 0.0f);
    for (const auto& r : pose)
      if (r.joint == j.name) rotation = r.rotation;
    // The pose is given in model axes; express it in the joint's own rest frame before applying it there.
    const glm::quat restRotation = rotationOf(j.restWorld);
    const glm::mat4 local = glm::mat4_cast(glm::inverse(restRotation) * rotation * restRotation);
    const glm::mat4 parentRest = j.parent >= 0 ? model.joints[std::size_t(j.parent)].restWorld : glm::mat4(1.0f);
    const glm::mat4 parentPosed = j.parent >= 0 ? posedWorld[std::size_t(j.parent)] : glm::mat4(1.0f);
    posedWorld[i] = parentPosed * (glm::inverse(parentRest) * j.restWorld) * local;
    out[i] = posedWorld[i] * j.inverseBind;
  }
  return out;
}

std::vector<glm::vec3> skinPositions(const Mesh& mesh, const std::vector<glm::mat4>& matrices) {
  if (!mesh.skinned() || matrices.empty()) return mesh.positions;
  std::vector<glm::vec3> out(mesh.positions.size());
  for (std::size_t v = 0; v < mesh.positions.size(); ++v) {
    glm::mat4 m(0.0f);
    for (int k = 0; k < kMaxInfluences; ++k) {
      const std::size_t joint = mesh.joints[v][std::size_t(k)];
      if (joint < matrices.size()) m += mesh.weights[v][k] * matrices[joint];
    }
    out[v] = glm::vec3(m * glm::vec4(mesh.positions[v], 1.0f));
  }
  return out;
}

Bounds posedBounds(const Model& model, const std::vector<glm::mat4>& matrices) {
  Bounds b;
  for (const auto& mesh : model.meshes)
    for (const auto& p : skinPositions(mesh, matrices)) b.add(p);
  return b;
}

}  // namespace myoatlas
