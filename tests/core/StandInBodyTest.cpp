#include "core/StandInBody.h"

#include <set>

#include <gtest/gtest.h>

#include "core/MeshChecks.h"

namespace myoatlas {
namespace {

glm::vec3 centroid(const Mesh& m) {
  glm::vec3 c(0.0f);
  for (const auto& p : m.positions) c += p;
  return c / float(m.positions.size());
}

TEST(StandInBody, IsAStandingAdultOfTheRequestedStature) {
  const Model body = makeStandInBody();
  const Bounds b = body.bounds();
  EXPECT_NEAR(b.max.y - b.min.y, kDefaultStature, 0.03f * kDefaultStature);
  EXPECT_NEAR(b.min.y, 0.0f, 0.02f) << "feet on the ground plane";
  EXPECT_NEAR(b.center().x, 0.0f, 1e-4f) << "centred on the midline";
  const Model tall = makeStandInBody(1.95f);
  EXPECT_NEAR(tall.bounds().size().y / b.size().y, 1.95f / kDefaultStature, 0.02f);
}

TEST(StandInBody, EverySegmentIsAClosedNamedMesh) {
  const Model body = makeStandInBody();
  std::set<std::string> names;
  for (const auto& m : body.meshes) {
    EXPECT_TRUE(isClosedManifold(m)) << m.name;
    EXPECT_GT(signedVolume(m), 0.0) << m.name;
    EXPECT_TRUE(names.insert(m.name).second) << "duplicate name " << m.name;
  }
  for (const char* expected : {"head", "neck", "chest", "pelvis", "upper_arm.l", "forearm.r", "thigh.l", "foot.r"})
    EXPECT_TRUE(names.count(expected)) << expected;
}

TEST(StandInBody, IsInTheAnatomicalPositionFacingForward) {
  const Model body = makeStandInBody();
  const glm::vec3 head = centroid(*body.findMesh("head"));
  const glm::vec3 foot = centroid(*body.findMesh("foot.l"));
  const glm::vec3 hand = centroid(*body.findMesh("hand.l"));
  const glm::vec3 shoulder = centroid(*body.findMesh("shoulder.l"));
  EXPECT_GT(head.y, 1.5f);
  EXPECT_GT(foot.z, 0.02f) << "feet point towards +Z, the anterior direction";
  EXPECT_GT(hand.x, 0.15f) << ".l segments lie on the subject's left, +X";
  EXPECT_LT(hand.y, shoulder.y - 0.4f) << "arms hang at the sides";
}

TEST(StandInBody, LeftMirrorsRight) {
  const Model body = makeStandInBody();
  for (const auto& m : body.meshes) {
    if (m.name.size() < 2 || m.name.substr(m.name.size() - 2) != ".l") continue;
    const Mesh* right = body.findMesh(m.name.substr(0, m.name.size() - 2) + ".r");
    ASSERT_NE(right, nullptr) << m.name;
    const Bounds l = m.bounds(), r = right->bounds();
    EXPECT_NEAR(l.min.x, -r.max.x, 1e-4f) << m.name;
    EXPECT_NEAR(l.max.y, r.max.y, 1e-4f) << m.name;
    EXPECT_NEAR(l.max.z, r.max.z, 1e-4f) << m.name;
  }
}

TEST(StandInBody, IsDeterministic) {
  const Model a = makeStandInBody(), b = makeStandInBody();
  ASSERT_EQ(a.meshes.size(), b.meshes.size());
  for (std::size_t i = 0; i < a.meshes.size(); ++i) {
    EXPECT_EQ(a.meshes[i].positions, b.meshes[i].positions);
    EXPECT_EQ(a.meshes[i].indices, b.meshes[i].indices);
  }
}

}  // namespace
}  // namespace myoatlas
