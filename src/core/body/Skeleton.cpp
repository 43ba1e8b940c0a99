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
    // Thumb: its metacarpal runs forward and out from the trapezium, so the thumb stands in front of the palm's
    // plane, turned towards the fingers (the opposable thumb), with the first web space open.
    {"thumb1", "hand", {-0.275f, 0.835f, 0.01f}, true},
    {"thumb2", "thumb1", {-0.297f, 0.797f, 0.024f}, true},
    {"thumb3", "thumb2", {-0.308f, 0.768f, 0.033f}, true},
    // Fingers: metacarpophalangeal joints on the knuckles' arc about 20 mm apart (a hand breadth of 8.4 cm
    // across them, near the 85 mm median of British men in Pheasant's Bodyspace), each finger a little apart from the next and slightly
    // flexed, as a relaxed hand hangs; segment lengths 0.55 : 0.3 : 0.2 of the finger.
    {"index1", "hand", {-0.29f, 0.757f, 0.002f}, true},
    {"index2", "index1", {-0.2944f, 0.7152f, 0.005f}, true},
    {"index3", "index2", {-0.297f, 0.6904f, 0.007f}, true},
    {"middle1", "hand", {-0.269f, 0.751f, 0.002f}, true},
    {"middle2", "middle1", {-0.269f, 0.705f, 0.005f}, true},
    {"middle3", "middle2", {-0.269f, 0.677f, 0.007f}, true},
    {"ring1", "hand", {-0.249f, 0.755f, 0.001f}, true},
    {"ring2", "ring1", {-0.2453f, 0.7122f, 0.004f}, true},
    {"ring3", "ring2", {-0.2429f, 0.6853f, 0.006f}, true},
    {"little1", "hand", {-0.23f, 0.764f, 0.0f}, true},
    {"little2", "little1", {-0.2235f, 0.7306f, 0.003f}, true},
    {"little3", "little2", {-0.2197f, 0.711f, 0.005f}, true},
    {"thigh", "pelvis", {-0.0875f, 0.91f, 0.0f}, true},
    // The knee as the reference data have it: applyKneeHeight (core/body/BodyProportions.h) lowers it 3.5 cm in the
    // finished body, so the femur is 1.24 times the tibia.
    {"shin", "thigh", {-0.085f, 0.50f, 0.005f}, true},
    {"foot", "shin", {-0.082f, 0.075f, -0.015f}, true},
    {"toes", "foot", {-0.085f, 0.015f, 0.15f}, true},
};

}  // namespace

bool isPairedJoint(const std::string& name) {
  for (const auto& spec : kJoints)
    if (name == spec.name) return spec.bilateral;
  return false;
}

glm::vec3 referenceJointPosition(const std::string& name) {
  for (const auto& spec : kJoints)
    if (name == spec.name) return spec.rightSide;
  return glm::vec3(0.0f);
}

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
