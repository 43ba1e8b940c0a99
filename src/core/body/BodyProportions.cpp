#include "core/body/BodyProportions.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace myoatlas {
namespace {

// The trunk's breadth, female over male at the same stature, by height on the 1.75 m reference body. From
// ANSUR II's means per stature (core/body/Anthropometry.cpp): biacromial breadth 0.95, hip breadth 1.10,
// chest and waist breadths 1.0 (the female chest's breadth includes the breasts); the neck is slimmer.
struct Station {
  float y, breadth;
};
constexpr Station kBreadth[] = {
    {0.78f, 1.06f}, {0.88f, 1.08f}, {0.98f, 1.04f}, {1.06f, 0.94f}, {1.14f, 0.9f}, {1.21f, 0.95f}, {1.26f, 0.99f},
    {1.36f, 0.96f}, {1.44f, 0.96f}, {1.50f, 0.92f}, {1.56f, 1.0f},
};

float smoothstep(float t) {
  t = std::clamp(t, 0.0f, 1.0f);
  return t * t * (3.0f - 2.0f * t);
}

// Moves every vertex, joint and landmark of `model` by the given functions; a fibre is a direction, carried by the
// deformation's derivative along it; normals are recomputed.
template <class VertexWarp, class JointWarp, class LandmarkWarp>
void deformModel(Model& model, const VertexWarp& vertex, const JointWarp& joint, const LandmarkWarp& landmark) {
  constexpr float kStep = 0.001f;  // metres: finite differences for the fibre directions
  for (Mesh& mesh : model.meshes) {
    for (std::size_t v = 0; v < mesh.positions.size(); ++v) {
      const glm::vec3 p = mesh.positions[v];
      const glm::vec3 moved = vertex(mesh, v, p);
      if (v < mesh.fibres.size()) {
        const glm::vec3 along = vertex(mesh, v, p + mesh.fibres[v] * kStep) - moved;
        const float len = glm::length(along);
        if (len > 0.0f) mesh.fibres[v] = along / len;
      }
      mesh.positions[v] = moved;
    }
    if (!mesh.normals.empty()) computeSmoothNormals(mesh);
  }
  for (std::size_t i = 0; i < model.joints.size(); ++i) {
    Joint& j = model.joints[i];
    j.restWorld[3] = glm::vec4(joint(glm::vec3(j.restWorld[3]), i), 1.0f);
    j.inverseBind = glm::inverse(j.restWorld);
  }
  for (std::size_t i = 0; i < model.landmarks.size(); ++i) model.landmarks[i].position = landmark(model.landmarks[i].position, i);
}

float breadthAt(float y) {
  if (y <= kBreadth[0].y) return kBreadth[0].breadth;
  for (std::size_t i = 1; i < std::size(kBreadth); ++i)
    if (y < kBreadth[i].y) {
      const Station& a = kBreadth[i - 1];
      const Station& b = kBreadth[i];
      return a.breadth + (b.breadth - a.breadth) * smoothstep((y - a.y) / (b.y - a.y));
    }
  return std::end(kBreadth)[-1].breadth;
}

// The female head is larger for her stature: head circumference 0.345 of stature against the male's 0.327,
// tragion to top of head 0.078 against 0.075 (ANSUR II). It grows about the top of the neck.
constexpr float kHeadScale = 1.06f;
constexpr glm::vec3 kHeadCentre{0.0f, 1.50f, 0.0f};
constexpr float kHeadFromY = 1.47f, kHeadToY = 1.54f;
// The whole body is then scaled back so the top of the head stays at the stature asked for.
constexpr float kTopY = 1.75f;
constexpr float kRestoreStature = kTopY / (kTopY + (kTopY - kHeadCentre.y) * (kHeadScale - 1.0f));

// Her neck is slimmer still for her stature: neck circumference 0.203 of stature against the male's 0.227 (ANSUR
// II), 0.9 as broad, where the trunk's breadth and the larger head had left it 0.94 (a reviewer: "the male's
// neck"). Fullest between the shoulders and the jaw, ending below the jaw's angle, and only within the neck's own
// breadth, so the shoulders and the acromions keep theirs.
constexpr float kNeckBreadth = 0.92f;
constexpr float kNeckFromY = 1.44f, kNeckMidY = 1.49f, kNeckToY = 1.53f;
constexpr float kNeckHalfBreadth = 0.06f, kNeckFade = 0.04f;

float neckSlimming(const glm::vec3& p) {
  const float along = p.y < kNeckMidY ? smoothstep((p.y - kNeckFromY) / (kNeckMidY - kNeckFromY))
                                      : 1.0f - smoothstep((p.y - kNeckMidY) / (kNeckToY - kNeckMidY));
  const float within = 1.0f - smoothstep((std::abs(p.x) - kNeckHalfBreadth) / kNeckFade);
  return (1.0f - kNeckBreadth) * along * within;
}

// Her shoulders slope more from the neck: the male line from the side of the neck out to the acromion, narrowed,
// read as square shoulders to two reviewers. The shoulder drops by up to kShoulderDrop out from the neck's side,
// fully from 15 cm off the midline (the acromion and the arm with it), over the shoulder's height and fading out
// down the chest and up the neck. ANSUR II puts her acromial height at the same share of stature as his (0.820
// and 0.820), and the generated female body stood 0.3% over it.
constexpr float kShoulderDrop = 0.02f;
constexpr float kSlopeFromX = 0.045f, kSlopeToX = 0.15f;
constexpr float kSlopeFromY = 1.30f, kSlopeFullY = 1.40f, kSlopeTopY = 1.50f, kSlopeEndY = 1.55f;

float shoulderDrop(const glm::vec3& p) {
  const float out = smoothstep((std::abs(p.x) - kSlopeFromX) / (kSlopeToX - kSlopeFromX));
  const float band = p.y < kSlopeTopY ? smoothstep((p.y - kSlopeFromY) / (kSlopeFullY - kSlopeFromY))
                                      : 1.0f - smoothstep((p.y - kSlopeTopY) / (kSlopeEndY - kSlopeTopY));
  return kShoulderDrop * out * band;
}

// Her lower face is narrower: the male jaw, only enlarged with her head, read as "wide and square, the strongest
// masculine cue" to a reviewer (in Farkas' craniofacial norms, 1994, bigonial breadth is about 0.9 of the male's in
// young adults, against a head about 0.97 as broad). The jaw's width narrows by up to kJawNarrowing from the jaw's angle forward, fully between the chin and
// the mouth, fading out to the cheekbones above, the neck below and behind the ramus (the ear and the back of
// the head keep their breadth). Reference heights, before the head's scaling.
constexpr float kJawNarrowing = 0.09f;
constexpr float kJawFromY = 1.515f, kJawFullY = 1.545f, kJawTopY = 1.585f, kJawEndY = 1.625f;
constexpr float kJawBackZ = -0.025f, kJawFullZ = 0.01f;

// How much of a point lies in front of the jaw's angle: 0 behind the ramus (the ear, the back of the head), 1 in
// front of it. Both of the lower face's changes fade out this way.
float inFrontOfJawAngle(const glm::vec3& p) { return smoothstep((p.z - kJawBackZ) / (kJawFullZ - kJawBackZ)); }

float jawNarrowing(const glm::vec3& p) {
  const float band = p.y < kJawTopY ? smoothstep((p.y - kJawFromY) / (kJawFullY - kJawFromY))
                                    : 1.0f - smoothstep((p.y - kJawTopY) / (kJawEndY - kJawTopY));
  return kJawNarrowing * band * inFrontOfJawAngle(p);
}

// And shorter: the lower face, from under the nose to the chin, is about 0.9 of the male's in the same norms while
// the head is nearly as large; with his proportions her face read as "long, with a heavy chin" to a reviewer. Points
// of the face below the nose rise by up to kLowerFaceRise of their distance below it, fully at the chin, fading out
// below the chin into the neck and behind the jaw's angle.
constexpr float kLowerFaceRise = 0.07f;
constexpr float kNoseBaseY = 1.60f, kChinY = 1.535f, kUnderChinY = 1.505f;

float lowerFaceRise(const glm::vec3& p) {
  if (p.y >= kNoseBaseY || p.y <= kUnderChinY) return 0.0f;
  const float below = p.y < kChinY ? (kNoseBaseY - kChinY) * (1.0f - smoothstep((kChinY - p.y) / (kChinY - kUnderChinY)))
                                   : kNoseBaseY - p.y;
  return kLowerFaceRise * below * inFrontOfJawAngle(p);
}

// The trunk's deformation: breadth about the median plane, the neck's and the jaw's, the shoulders' slope, the
// lower face's height and the head's size.
glm::vec3 trunkDisplacement(const glm::vec3& p) {
  const float head = (kHeadScale - 1.0f) * smoothstep((p.y - kHeadFromY) / (kHeadToY - kHeadFromY));
  return glm::vec3(p.x * (breadthAt(p.y) - 1.0f - neckSlimming(p) - jawNarrowing(p)), lowerFaceRise(p) - shoulderDrop(p), 0.0f) +
         (p - kHeadCentre) * head;
}

constexpr float kShoulderY = 1.397f, kArmBlendY = 1.30f;  // the arm takes the trunk's deformation above the shoulder
constexpr float kElbowY = 1.105f, kWristY = 0.85f;
constexpr float kCarry = 0.012f;  // metres: the forearm angles out a little more (carrying angle about 2 degrees more)
constexpr float kHipY = 0.91f, kThighBlendY = 0.76f, kKneeY = 0.50f;  // the reference joints (core/body/Skeleton.cpp)
constexpr float kAnkleY = 0.075f;
constexpr float kKneeShare = 0.25f;  // the knee keeps a quarter of the hip's outward move: the thighs angle in

bool startsWith(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

bool isArmJoint(const std::string& n) {
  return startsWith(n, "upper_arm") || startsWith(n, "forearm") || startsWith(n, "hand") || startsWith(n, "thumb") ||
         startsWith(n, "index") || startsWith(n, "middle") || startsWith(n, "ring") || startsWith(n, "little");
}

// The deformation: where a point weighted to given joints moves. Built from the body's joints at `scale`
// (stature / reference stature), before the deformation.
class FemaleProportions {
 public:
  FemaleProportions(const std::vector<Joint>& joints, float scale);
  glm::vec3 apply(const glm::vec3& p, const std::array<std::uint16_t, kMaxInfluences>& joints, const glm::vec4& weights) const;
  glm::vec3 applyToJoint(const glm::vec3& p, std::size_t joint) const;

 private:
  enum class Region { Trunk, Arm, Leg };
  glm::vec3 displacement(const glm::vec3& p, std::size_t joint) const;  // reference frame (metres at 1.75 m)

  std::vector<Region> region_;
  std::vector<float> rootX_;  // per joint: x of its limb's root (shoulder or hip joint), reference frame
  float scale_;
};


FemaleProportions::FemaleProportions(const std::vector<Joint>& joints, float scale) : scale_(scale) {
  for (const auto& j : joints) {
    const std::string& n = j.name;
    Region r = Region::Trunk;
    if (isArmJoint(n)) r = Region::Arm;
    if (startsWith(n, "thigh") || startsWith(n, "shin") || startsWith(n, "foot") || startsWith(n, "toes")) r = Region::Leg;
    region_.push_back(r);
  }
  // Each limb joint's root: walk up to the first joint of its region.
  for (std::size_t i = 0; i < joints.size(); ++i) {
    std::size_t root = i;
    while (joints[root].parent >= 0 && region_[std::size_t(joints[root].parent)] == region_[i]) root = std::size_t(joints[root].parent);
    rootX_.push_back(joints[root].restWorld[3].x / scale);
  }
}

glm::vec3 FemaleProportions::displacement(const glm::vec3& p, std::size_t joint) const {
  const glm::vec3 trunk = trunkDisplacement(p);
  const float rootX = rootX_[joint];
  const float outward = rootX < 0.0f ? -1.0f : 1.0f;
  switch (region_[joint]) {
    case Region::Trunk:
      return trunk;
    case Region::Arm: {
      // Rigidly with the shoulder below it, blending into the trunk's deformation over the shoulder.
      const glm::vec3 root = trunkDisplacement({rootX, kShoulderY, 0.0f});
      const glm::vec3 carry{outward * kCarry * smoothstep((kElbowY - p.y) / (kElbowY - kWristY)), 0.0f, 0.0f};
      const float t = smoothstep((p.y - kArmBlendY) / (kShoulderY - kArmBlendY));
      return trunk * t + (root + carry) * (1.0f - t);
    }
    case Region::Leg: {
      // At the hip the trunk's deformation; down the thigh, the hip joint's move fading to a quarter at the knee.
      const glm::vec3 root = trunkDisplacement({rootX, kHipY, 0.0f});
      const float share = kKneeShare + (1.0f - kKneeShare) * smoothstep((p.y - kKneeY) / (kHipY - kKneeY));
      const float t = smoothstep((p.y - kThighBlendY) / (kHipY - kThighBlendY));
      return trunk * t + root * share * (1.0f - t);
    }
  }
  return trunk;
}

glm::vec3 FemaleProportions::apply(const glm::vec3& p, const std::array<std::uint16_t, kMaxInfluences>& joints,
                                   const glm::vec4& weights) const {
  const glm::vec3 reference = p / scale_;
  glm::vec3 d(0.0f);
  float sum = 0.0f;
  for (int k = 0; k < kMaxInfluences; ++k) {
    if (weights[k] <= 0.0f) continue;
    d += weights[k] * displacement(reference, joints[std::size_t(k)]);
    sum += weights[k];
  }
  if (sum <= 0.0f) d = displacement(reference, 0);
  else d /= sum;
  return (p + d * scale_) * kRestoreStature;
}

glm::vec3 FemaleProportions::applyToJoint(const glm::vec3& p, std::size_t joint) const {
  return (p + displacement(p / scale_, joint) * scale_) * kRestoreStature;
}

}  // namespace

void applyFemaleProportions(Model& model, float scale, const std::vector<std::array<std::uint16_t, kMaxInfluences>>& landmarkJoints,
                            const std::vector<glm::vec4>& landmarkWeights) {
  const FemaleProportions warp(model.joints, scale);
  deformModel(
      model,
      [&](const Mesh& mesh, std::size_t v, const glm::vec3& p) {
        if (mesh.weights.size() != mesh.positions.size()) return warp.applyToJoint(p, 0);  // rigid: moves as the trunk does
        return warp.apply(p, mesh.joints[v], mesh.weights[v]);
      },
      [&](const glm::vec3& p, std::size_t joint) { return warp.applyToJoint(p, joint); },
      [&](const glm::vec3& p, std::size_t i) {
        return i < landmarkJoints.size() ? warp.apply(p, landmarkJoints[i], landmarkWeights[i]) : p;
      });
}

namespace {

constexpr float kKneeDrop = 0.035f;  // metres at the reference stature

// How far a point at reference height y moves down: 1 at the knee, fading to 0 at the hip and the ankle.
float kneeBump(float y) {
  if (y >= kHipY || y <= kAnkleY) return 0.0f;
  if (y >= kKneeY) return 1.0f - smoothstep((y - kKneeY) / (kHipY - kKneeY));
  return 1.0f - smoothstep((kKneeY - y) / (kKneeY - kAnkleY));
}

}  // namespace

void applyKneeHeight(Model& model, float scale, const std::vector<std::array<std::uint16_t, kMaxInfluences>>& landmarkJoints,
                     const std::vector<glm::vec4>& landmarkWeights) {
  std::vector<float> moves;  // per joint: 1 for the trunk and legs, 0 for the arms
  for (const auto& j : model.joints) moves.push_back(isArmJoint(j.name) ? 0.0f : 1.0f);
  auto share = [&](const std::array<std::uint16_t, kMaxInfluences>& joints, const glm::vec4& weights) {
    float s = 0.0f, sum = 0.0f;
    for (int k = 0; k < kMaxInfluences; ++k) {
      if (weights[k] <= 0.0f) continue;
      s += weights[k] * moves[joints[std::size_t(k)]];
      sum += weights[k];
    }
    return sum > 0.0f ? s / sum : 1.0f;
  };
  auto warp = [&](const glm::vec3& p, float s) {
    return glm::vec3(p.x, p.y - s * kKneeDrop * scale * kneeBump(p.y / scale), p.z);
  };
  deformModel(
      model,
      [&](const Mesh& mesh, std::size_t v, const glm::vec3& p) {
        return warp(p, mesh.weights.size() == mesh.positions.size() ? share(mesh.joints[v], mesh.weights[v]) : 1.0f);
      },
      [&](const glm::vec3& p, std::size_t joint) { return warp(p, moves[joint]); },
      [&](const glm::vec3& p, std::size_t i) {
        return i < landmarkJoints.size() ? warp(p, share(landmarkJoints[i], landmarkWeights[i])) : p;
      });
}

}  // namespace myoatlas
