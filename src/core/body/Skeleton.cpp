#include "core/body/Skeleton.h"

#include <glm/gtc/matrix_transform.hpp>

namespace myoatlas {
namespace {

struct JointSpec {
  const char* name;
  const char* parent;  // nullptr for the root
  glm::vec3 rightSide;  // metres at the reference stature, right side (x <= 0) or midline
  bool bilateral;
};

// Joint centres of the 1.75 m reference body in the anatomical position (arms slightly away from the trunk,
// palms forward, so the thumb points away from the body).
constexpr JointSpec kJoints[] = {
    {"pelvis", nullptr, {0.0f, 0.95f, -0.01f}, false},
    {"spine_lumbar", "pelvis", {0.0f, 1.05f, -0.03f}, false},
    {"spine_thoracic_lower", "spine_lumbar", {0.0f, 1.17f, -0.04f}, false},
    {"spine_thoracic_upper", "spine_thoracic_lower", {0.0f, 1.32f, -0.04f}, false},
    {"neck", "spine_thoracic_upper", {0.0f, 1.44f, -0.03f}, false},
    {"head", "neck", {0.0f, 1.56f, -0.01f}, false},
    {"jaw", "head", {0.0f, 1.59f, 0.0f}, false},
    {"clavicle", "spine_thoracic_upper", {-0.02f, 1.42f, 0.04f}, true},
    {"scapula", "clavicle", {-0.09f, 1.36f, -0.07f}, true},
    {"upper_arm", "scapula", {-0.178f, 1.397f, -0.016f}, true},
    {"forearm", "upper_arm", {-0.24f, 1.105f, -0.02f}, true},
    {"hand", "forearm", {-0.26f, 0.85f, 0.0f}, true},
    {"thumb1", "hand", {-0.275f, 0.835f, 0.01f}, true},
    {"thumb2", "thumb1", {-0.288f, 0.80f, 0.015f}, true},
    {"thumb3", "thumb2", {-0.296f, 0.77f, 0.018f}, true},
    {"index1", "hand", {-0.275f, 0.755f, 0.004f}, true},
    {"index2", "index1", {-0.278f, 0.715f, 0.004f}, true},
    {"index3", "index2", {-0.279f, 0.69f, 0.004f}, true},
    {"middle1", "hand", {-0.262f, 0.75f, 0.004f}, true},
    {"middle2", "middle1", {-0.262f, 0.707f, 0.004f}, true},
    {"middle3", "middle2", {-0.262f, 0.68f, 0.004f}, true},
    {"ring1", "hand", {-0.25f, 0.753f, 0.004f}, true},
    {"ring2", "ring1", {-0.249f, 0.715f, 0.004f}, true},
    {"ring3", "ring2", {-0.248f, 0.69f, 0.004f}, true},
    {"little1", "hand", {-0.24f, 0.758f, 0.004f}, true},
    {"little2", "little1", {-0.238f, 0.727f, 0.004f}, true},
    {"little3", "little2", {-0.237f, 0.705f, 0.004f}, true},
    {"thigh", "pelvis", {-0.0875f, 0.91f, 0.0f}, true},
    {"shin", "thigh", {-0.085f, 0.50f, 0.005f}, true},
    {"foot", "shin", {-0.082f, 0.075f, -0.015f}, true},
    {"toes", "foot", {-0.085f, 0.015f, 0.15f}, true},
};

}  // namespace

int findJoint(const std::vector<Joint>& joints, const std::string& name) {
  for (std::size_t i = 0; i < joints.size(); ++i)
    if (joints[i].name == name) return int(i);
  return -1;
}

std::vector<Joint> buildSkeleton(const BodyParameters& params) {
  const float s = params.stature / kReferenceStature;
  std::vector<Joint> joints;
  const auto add = [&](const std::string& name, const std::string& parent, glm::vec3 p) {
    Joint j;
    j.name = name;
    j.parent = parent.empty() ? -1 : findJoint(joints, parent);
    j.restWorld = glm::translate(glm::mat4(1.0f), p * s);
    j.inverseBind = glm::inverse(j.restWorld);
    joints.push_back(j);
  };
  for (const auto& spec : kJoints) {
    if (!spec.bilateral) {
      add(spec.name, spec.parent ? spec.parent : "", spec.rightSide);
      continue;
    }
    for (const char* side : {".r", ".l"}) {
      const glm::vec3 p = side[1] == 'r' ? spec.rightSide : spec.rightSide * glm::vec3(-1, 1, 1);
      const JointSpec* parentSpec = nullptr;
      for (const auto& other : kJoints)
        if (spec.parent && std::string(other.name) == spec.parent) parentSpec = &other;
      const std::string parent = parentSpec && parentSpec->bilateral ? std::string(spec.parent) + side : spec.parent;
      add(std::string(spec.name) + side, parent, p);
    }
  }
  return joints;
}

}  // namespace myoatlas
