// Pose presets move the generated body the way their names say; rest pose changes nothing.
#include "core/Pose.h"

#include <gtest/gtest.h>

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
    return generateBody(p, atlas.atlas.landmarks, test::shippedMuscles()).value();
  }();
  return m;
}

// Mean posed position of the skin vertices that follow `joint` most.
glm::vec3 centreOf(const std::string& joint, const Pose& pose) {
  const Model& m = body();
  const int j = findJoint(m.joints, joint);
  const auto posed = skinPositions(m.meshes[0], skinningMatrices(m, pose));
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
  const auto rest = skinPositions(body().meshes[0], skinningMatrices(body(), {}));
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

}  // namespace
}  // namespace myoatlas
