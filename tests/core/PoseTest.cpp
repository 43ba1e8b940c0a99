// Pose presets move the generated body the way their names say; rest pose changes nothing.
#include "core/Pose.h"

#include <gtest/gtest.h>

#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtc/constants.hpp>

#include "core/atlas/AtlasLoader.h"
#include "core/body/BodyGenerator.h"
#include "core/body/Skeleton.h"
#include "support/ShippedAtlas.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

const Model& body() {
  static const Model m = [] {
    const AtlasLoad& atlas = test::shippedAtlas();
    BodyParameters p;
    p.gridCell = 0.012f;  // coarse is enough to test posing
    p.occlusionRays = 4;  // the baked shading is not what these tests look at
    return generateBody(p, atlas.atlas.landmarks, test::shippedMuscles()).value();
  }();
  return m;
}

// Mean posed position of the skin vertices that follow `joint` most.
glm::vec3 centreOf(const std::string& joint, const Pose& pose) {
  const Model& m = body();
  const int j = findJoint(m.joints, joint);
  const auto posed = skinPositions(m.meshes[0], skinningMatrices(m, pose), dualQuaternionShares(m.joints));
  glm::vec3 sum(0.0f);
  int n = 0;
  for (std::size_t v = 0; v < posed.size(); ++v)
    if (m.meshes[0].joints[v][0] == j) sum += posed[v], ++n;
  EXPECT_GT(n, 0) << joint;
  return sum / float(std::max(n, 1));
}

TEST(Pose, ParsesPresetNames) {
  EXPECT_EQ(parsePosePreset("T-Pose"), PosePreset::TPose);
  EXPECT_EQ(parsePosePreset("seated"), PosePreset::Seated);
  EXPECT_FALSE(parsePosePreset("dab").has_value());
  for (auto p : {PosePreset::Anatomical, PosePreset::TPose, PosePreset::ArmsRaised, PosePreset::Seated})
    EXPECT_EQ(parsePosePreset(posePresetName(p)), p);
}

TEST(Pose, RestPoseChangesNothing) {
  for (const auto& m : skinningMatrices(body(), posePreset(PosePreset::Anatomical)))
    for (int c = 0; c < 4; ++c)
      for (int r = 0; r < 4; ++r) ASSERT_NEAR(m[c][r], c == r ? 1.0f : 0.0f, 1e-5f);
  const auto rest = skinPositions(body().meshes[0], skinningMatrices(body(), {}), dualQuaternionShares(body().joints));
  for (std::size_t v = 0; v < rest.size(); ++v) ASSERT_NEAR(glm::distance(rest[v], body().meshes[0].positions[v]), 0.0f, 1e-5f);
}

TEST(Pose, TPoseLiftsTheArmsToShoulderHeight) {
  const Pose t = posePreset(PosePreset::TPose);
  const glm::vec3 rightHand = centreOf("hand.r", t), leftHand = centreOf("hand.l", t);
  const glm::vec3 shoulder = centreOf("upper_arm.r", {});
  EXPECT_NEAR(rightHand.y, shoulder.y, 0.12f);
  EXPECT_LT(rightHand.x, -0.65f) << "arm stretched out to the right (-X)";
  EXPECT_GT(leftHand.x, 0.65f);
  EXPECT_NEAR(centreOf("thigh.r", t).y, centreOf("thigh.r", {}).y, 1e-4f) << "legs stay put";
}

TEST(Pose, ArmsRaisedPutsTheHandsAboveTheHead) {
  const Pose up = posePreset(PosePreset::ArmsRaised);
  const float headTop = body().bounds().max.y;
  EXPECT_GT(centreOf("hand.r", up).y, headTop);
  EXPECT_GT(centreOf("hand.l", up).y, headTop);
}

TEST(Pose, SeatedBendsHipsAndKnees) {
  const Pose sit = posePreset(PosePreset::Seated);
  const glm::vec3 knee = centreOf("shin.r", sit), hip = centreOf("thigh.r", sit);
  EXPECT_GT(hip.z, 0.12f) << "thighs forward";
  const glm::vec3 foot = centreOf("foot.r", sit);
  EXPECT_NEAR(foot.z, knee.z, 0.12f) << "shins hang down from the knees";
  EXPECT_LT(foot.y, knee.y - 0.2f);
  const Bounds b = posedBounds(body(), skinningMatrices(body(), sit));
  EXPECT_LT(b.size().y, 1.5f) << "a seated body is shorter";
}

// Seated, the hands rest on the thighs, palms down, between hip and knee (they hung at the sides before, and
// passed below the seat).
TEST(Pose, SeatedRestsTheHandsOnTheThighs) {
  const Pose sit = posePreset(PosePreset::Seated);
  for (const char* side : {".r", ".l"}) {
    const std::string s = side;
    const glm::vec3 hand = centreOf("hand" + s, sit), thigh = centreOf("thigh" + s, sit), knee = centreOf("shin" + s, sit);
    EXPECT_GT(hand.z, thigh.z - 0.1f) << side << ": the hand lies over the thigh, not beside the seat";
    EXPECT_LT(hand.z, knee.z) << side << ": short of the knee";
    EXPECT_GT(hand.y, thigh.y + 0.03f) << side << ": on top of the thigh";
    EXPECT_LT(hand.y, thigh.y + 0.15f) << side << ": resting on it, not held up in the air";
    EXPECT_LT(std::abs(hand.x - thigh.x), 0.08f) << side << ": over its own thigh";
  }
  // Palms down: the palm's skin (weighted to the hand, in front of it at rest) lies below the back of the hand.
  const Model& m = body();
  const int hand = findJoint(m.joints, "hand.r");
  const auto posed = skinPositions(m.meshes[0], skinningMatrices(m, sit), dualQuaternionShares(m.joints));
  const glm::vec3 centre = centreOf("hand.r", {});
  float palmY = 0.0f, backY = 0.0f;
  int palm = 0, back = 0;
  for (std::size_t v = 0; v < posed.size(); ++v) {
    if (m.meshes[0].joints[v][0] != hand) continue;
    if (m.meshes[0].positions[v].z > centre.z + 0.01f) palmY += posed[v].y, ++palm;
    if (m.meshes[0].positions[v].z < centre.z - 0.01f) backY += posed[v].y, ++back;
  }
  ASSERT_GT(palm, 0);
  ASSERT_GT(back, 0);
  EXPECT_LT(palmY / float(palm), backY / float(back) - 0.01f) << "the palm faces the thigh";
}

// A leg of two bones (hip at the origin, knee 0.4 m below), a tube 6 cm in radius, its skin passing from the
// thigh to the shin over 10 cm about the knee: the way a generated body's knee is weighted.
Model leg(const std::string& upper, const std::string& lower) {
  Model m;
  const glm::mat4 hip(1.0f), knee = glm::translate(glm::mat4(1.0f), glm::vec3(0.0f, -0.4f, 0.0f));
  m.joints.push_back({upper, -1, hip, glm::inverse(hip)});
  m.joints.push_back({lower, 0, knee, glm::inverse(knee)});
  Mesh tube;
  tube.name = "skin";
  for (int ring = 0; ring <= 40; ++ring)
    for (int k = 0; k < 16; ++k) {
      const float y = -0.02f * float(ring), a = glm::two_pi<float>() * float(k) / 16.0f;
      tube.positions.emplace_back(0.06f * std::cos(a), y, 0.06f * std::sin(a));
      const float shin = glm::clamp((-0.35f - y) / 0.1f, 0.0f, 1.0f);
      tube.joints.push_back({0, 1, 0, 0});
      tube.weights.emplace_back(1.0f - shin, shin, 0.0f, 0.0f);
    }
  m.meshes.push_back(tube);
  return m;
}

// Smallest distance from the knee's axis (through the knee, along X) of the skin in front of and behind the knee
// at rest, with the shin bent back 90 degrees.
float kneeThickness(const Model& m) {
  const Pose bent{{m.joints[1].name, glm::angleAxis(glm::radians(90.0f), glm::vec3(1, 0, 0))}};
  const auto posed = skinPositions(m.meshes[0], skinningMatrices(m, bent), dualQuaternionShares(m.joints));
  float thinnest = 1.0f;
  for (std::size_t v = 0; v < posed.size(); ++v)
    if (std::abs(m.meshes[0].positions[v].y + 0.4f) < 1e-4f && std::abs(m.meshes[0].positions[v].x) < 0.01f)
      thinnest = std::min(thinnest, glm::length(glm::vec2(posed[v].y + 0.4f, posed[v].z)));
  return thinnest;
}

// The generated body's knees and hips blend by dual quaternions, so a seated body's knee keeps its thickness; a
// rig imported from a file is skinned linearly, as glTF says, and its knee thins the way linear blending does.
TEST(Pose, ABentKneeKeepsItsThicknessWhileImportedRigsStayLinear) {
  EXPECT_GT(kneeThickness(leg("thigh.r", "shin.r")), 0.9f * 0.06f);
  EXPECT_LT(kneeThickness(leg("Bone.001", "Bone.002")), 0.8f * 0.06f);
}

TEST(Pose, DualQuaternionsAreOnlyForTheGeneratedSkeletonsHinges) {
  const std::vector<Joint> joints{{"thigh.l", -1, {}, {}}, {"index2.r", -1, {}, {}}, {"pelvis", -1, {}, {}},
                                  {"upper_arm.r", -1, {}, {}}, {"spine_lumbar", -1, {}, {}}, {"thighbone", -1, {}, {}}};
  EXPECT_EQ(dualQuaternionShares(joints), (std::vector<float>{1, 1, 1, 0, 0, 0}));
  // A matrix that scales is not a rigid motion: no dual quaternions, skinning stays linear.
  EXPECT_TRUE(dualQuaternions({glm::scale(glm::mat4(1.0f), glm::vec3(2.0f))}).empty());
  EXPECT_EQ(dualQuaternions({glm::mat4(1.0f), glm::translate(glm::mat4(1.0f), glm::vec3(1, 2, 3))}).size(), 2u);
}

}  // namespace
}  // namespace myoatlas
