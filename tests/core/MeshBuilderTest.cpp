#include "core/MeshBuilder.h"

#include <gtest/gtest.h>
#include <glm/gtc/constants.hpp>

#include "core/MeshChecks.h"

namespace myoatlas {
namespace {

void expectOutwardUnitNormals(const Mesh& m, glm::vec3 center) {
  ASSERT_EQ(m.normals.size(), m.positions.size());
  for (std::size_t i = 0; i < m.positions.size(); ++i) {
    EXPECT_NEAR(glm::length(m.normals[i]), 1.0f, 1e-4f);
    EXPECT_GT(glm::dot(m.normals[i], m.positions[i] - center), 0.0f) << "vertex " << i;
  }
}

TEST(MeshBuilder, EllipsoidIsClosedWithTheRightVolume) {
  const glm::vec3 radii(0.1f, 0.2f, 0.05f);
  const Mesh m = makeEllipsoid("e", {1.0f, 2.0f, 3.0f}, radii, 48, 32);
  EXPECT_TRUE(isClosedManifold(m));
  const double exact = 4.0 / 3.0 * glm::pi<double>() * radii.x * radii.y * radii.z;
  EXPECT_NEAR(signedVolume(m) / exact, 1.0, 0.03);  // positive: triangles face outwards
  expectOutwardUnitNormals(m, {1.0f, 2.0f, 3.0f});
}

TEST(MeshBuilder, TubeIsClosedAndFollowsItsProfile) {
  const glm::vec3 a(0.0f, 0.0f, 0.0f), b(0.3f, -0.4f, 0.0f);  // 0.5 m long, oblique
  const Mesh m = makeTube("t", a, b, [](float) { return 0.05f; }, 32, 16, 8);
  EXPECT_TRUE(isClosedManifold(m));
  const double r = 0.05;
  const double exact = glm::pi<double>() * r * r * 0.5 + 4.0 / 3.0 * glm::pi<double>() * r * r * r;  // capsule
  EXPECT_NEAR(signedVolume(m) / exact, 1.0, 0.04);
  const Bounds box = m.bounds();
  EXPECT_NEAR(box.max.x, 0.3f + 0.05f * 0.6f, 0.02f);  // cap reaches r along the axis direction (0.6, -0.8)
  for (const auto& p : m.positions) {  // every vertex lies within the radius of the segment
    const glm::vec3 ab = b - a;
    const float t = glm::clamp(glm::dot(p - a, ab) / glm::dot(ab, ab), 0.0f, 1.0f);
    EXPECT_LE(glm::distance(p, a + ab * t), 0.0501f);
  }
}

TEST(MeshChecks, DetectsHolesAndFlippedTriangles) {
  Mesh m = makeEllipsoid("e", glm::vec3(0.0f), glm::vec3(1.0f), 8, 6);
  ASSERT_TRUE(isClosedManifold(m));
  Mesh holed = m;
  holed.indices.resize(holed.indices.size() - 3);
  EXPECT_FALSE(isClosedManifold(holed));
  Mesh flipped = m;
  std::swap(flipped.indices[0], flipped.indices[1]);
  EXPECT_FALSE(isClosedManifold(flipped));
  Mesh inverted = m;
  for (std::size_t t = 0; t < inverted.indices.size(); t += 3) std::swap(inverted.indices[t], inverted.indices[t + 1]);
  EXPECT_LT(signedVolume(inverted), 0.0);
}

}  // namespace
}  // namespace myoatlas
