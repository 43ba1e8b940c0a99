// Picking rays against a mesh: the first surface along the ray, the same answer as testing every triangle.
#include "core/geometry/Bvh.h"

#include <gtest/gtest.h>

#include "core/MeshBuilder.h"
#include "core/MeshChecks.h"
#include "core/geometry/Simplify.h"

namespace myoatlas {
namespace {

TEST(Bvh, HitsTheNearSideOfASphere) {
  const Mesh m = makeEllipsoid("ball", {0.0f, 1.0f, 0.0f}, glm::vec3(0.2f), 48, 32);
  const Bvh bvh(m);
  const auto hit = bvh.intersect({{0.0f, 1.0f, 2.0f}, {0.0f, 0.0f, -1.0f}});
  ASSERT_TRUE(hit.has_value());
  EXPECT_NEAR(hit->point.z, 0.2f, 0.005f) << "front surface, not the back";
  EXPECT_NEAR(hit->distance, 1.8f, 0.005f);
  EXPECT_LT(glm::distance(m.positions[hit->nearestVertex], hit->point), 0.03f);
  EXPECT_FALSE(bvh.intersect({{0.5f, 1.0f, 2.0f}, {0.0f, 0.0f, -1.0f}}).has_value()) << "misses beside it";
  EXPECT_FALSE(bvh.intersect({{0.0f, 1.0f, 2.0f}, {0.0f, 0.0f, 1.0f}}).has_value()) << "pointing away";
}

TEST(Bvh, AgreesWithBruteForceOnManyRays) {
  Mesh m = makeTube("limb", {0.0f, 0.0f, 0.0f}, {0.1f, 0.8f, 0.05f}, [](float t) { return 0.05f + 0.02f * t; });
  const Bvh bvh(m);
  int hits = 0;
  for (int i = 0; i < 200; ++i) {
    const glm::vec3 origin(std::sin(float(i)) * 0.5f, float(i % 20) * 0.045f, 1.0f);
    const glm::vec3 dir = glm::normalize(glm::vec3(0.05f * std::cos(float(i)), 0.0f, -1.0f) - glm::vec3(origin.x, 0, 0) * 0.8f);
    float brute = 1e9f;
    for (std::size_t t = 0; t < m.indices.size(); t += 3) {
      // Reference: the same Moller-Trumbore test on every triangle.
      const glm::vec3 a = m.positions[m.indices[t]], b = m.positions[m.indices[t + 1]], c = m.positions[m.indices[t + 2]];
      const glm::vec3 e1 = b - a, e2 = c - a, p = glm::cross(dir, e2);
      const float det = glm::dot(e1, p);
      if (std::abs(det) < 1e-12f) continue;
      const glm::vec3 s = origin - a;
      const float u = glm::dot(s, p) / det, v = glm::dot(dir, glm::cross(s, e1)) / det, d = glm::dot(e2, glm::cross(s, e1)) / det;
      if (u >= 0 && v >= 0 && u + v <= 1 && d > 0) brute = std::min(brute, d);
    }
    const auto hit = bvh.intersect({origin, dir});
    ASSERT_EQ(hit.has_value(), brute < 1e9f) << "ray " << i;
    if (hit) {
      EXPECT_NEAR(hit->distance, brute, 1e-5f);
      ++hits;
    }
  }
  EXPECT_GT(hits, 20);
}

// A skin folded through itself is found, and relaxing the fold untangles it; a sound ball has no crossings.
TEST(SelfIntersections, FoundWhereASurfacePassesThroughItselfAndRelaxedAway) {
  Mesh ball = makeEllipsoid("ball", glm::vec3(0.0f), glm::vec3(0.1f), 24, 16);
  EXPECT_TRUE(selfIntersections(ball, ball.positions).empty());
  EXPECT_EQ(crossingAreaShare(ball, {}), 0.0);
  // Push one vertex on the equator through the ball and out of the far side.
  std::size_t v = 0;
  for (std::size_t i = 0; i < ball.positions.size(); ++i)
    if (std::abs(ball.positions[i].y) < 1e-3f && ball.positions[i].x > 0.099f) v = i;
  ball.positions[v].x = -0.15f;
  const auto crossings = selfIntersections(ball, ball.positions);
  EXPECT_FALSE(crossings.empty());
  // The spike's few triangles and those of the far side it pierces: a small share of the ball, not none.
  EXPECT_GT(crossingAreaShare(ball, crossings), 0.001);
  EXPECT_LT(crossingAreaShare(ball, crossings), 0.2);
  EXPECT_EQ(relaxSelfIntersections(ball, 30), 0u);
  EXPECT_TRUE(isClosedManifold(ball));
}

}  // namespace
}  // namespace myoatlas
