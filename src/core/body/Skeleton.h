#pragma once
// The rig of the generated body: canonical joint names at anatomical joint centres, in the anatomical
// position. Joint frames are pure translations at rest (no rotation), so a pose is a rotation per joint about
// its centre in model axes.
#include <string>
#include <vector>

#include "core/Model.h"
#include "core/body/BodyParameters.h"

namespace myoatlas {

// Joints for both sides, parents before children. Names: "pelvis", "spine_lumbar", "spine_thoracic_lower",
// "spine_thoracic_upper", "neck", "head", "jaw", and per side (".l"/".r"): "clavicle", "scapula",
// "upper_arm", "forearm", "hand", "thumb1..3", "index1..3", "middle1..3", "ring1..3", "little1..3", "thigh",
// "shin", "foot", "toes".
std::vector<Joint> buildSkeleton(const BodyParameters& params);

// A joint's centre on the 1.75 m reference body (right side for paired joints; name without ".r"), or the
// origin for an unknown name: what the body's form and bones are laid out from.
glm::vec3 referenceJointPosition(const std::string& name);

// Whether the joint comes in a pair (".r"/".l"; name without the side): false for the midline ones and unknown names.
bool isPairedJoint(const std::string& name);

int findJoint(const std::vector<Joint>& joints, const std::string& name);  // -1 when absent

}  // namespace myoatlas
