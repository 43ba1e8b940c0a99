// The measuring tools of the anatomy calibration (docs/ANATOMY.md): nearest surface points, the similarity
// fitted on bone centroids, volumes and the mean symmetric surface distance, each against an answer known in
// closed form.
#include "core/body/Calibration.h"

#include <cmath>

#include <glm/gtc/matrix_transform.hpp>
#include <gtest/gtest.h>

#include "core/MeshBuilder.h"
#include "core/geometry/Bvh.h"

namespace myoatlas {
namespace {

TEST(Bvh, NearestPointOfASphereLiesOnTheRayFromItsCentre) {
  const Mesh ball = makeEllipsoid("ball", {0.0f, 1.0f, 0.0f}, glm::vec3(0.2f), 64, 48);
  const Bvh bvh(ball);
  for (const glm::vec3 p : {glm::vec3(0.5f, 1.0f, 0.0f), glm::vec3(0.0f, 1.05f, 0.02f), glm::vec3(-0.3f, 0.6f, 0.4f)}) {
    const auto n = bvh.nearest(p);
    ASSERT_TRUE(n.has_value());
    const glm::vec3 centre(0.0f, 1.0f, 0.0f);
    EXPECT_NEAR(n->distance, std::abs(glm::distance(p, centre) - 0.2f), 0.003f);
    EXPECT_GT(glm::dot(glm::normalize(n->point - centre), glm::normalize(p - centre)), 0.995f);
  }
  // Brute force over every triangle agrees to the micrometre.
  const glm::vec3 q(0.13f, 1.21f, -0.07f);
  const auto n = bvh.nearest(q);
  float brute = 1e9f;
  for (std::size_t t = 0; t < ball.indices.size(); t += 3)
    for (int k = 0; k < 3; ++k) brute = std::min(brute, glm::distance(q, ball.positions[ball.indices[t + std::size_t(k)]]));
  EXPECT_LE(n->distance, brute + 1e-6f) << "never farther than the nearest vertex";
}

TEST(Calibration, RecoversAKnownSimilarity) {
  const std::vector<glm::vec3> from = {{0.1f, 1.4f, -0.05f}, {-0.1f, 1.4f, -0.05f}, {0.0f, 0.95f, 0.0f},
                                       {-0.09f, 0.5f, 0.01f}, {-0.2f, 1.2f, 0.0f}, {0.02f, 1.6f, 0.03f}};
  const glm::mat4 rotate = glm::rotate(glm::mat4(1.0f), 0.4f, glm::normalize(glm::vec3(0.3f, 1.0f, -0.2f)));
  std::vector<glm::vec3> to;
  for (const auto& p : from) to.push_back(0.93f * glm::vec3(rotate * glm::vec4(p, 1.0f)) + glm::vec3(0.02f, -0.1f, 0.3f));
  const Similarity fit = fitSimilarity(from, to);
  EXPECT_NEAR(fit.scale, 0.93f, 1e-4f);
  for (std::size_t i = 0; i < from.size(); ++i) EXPECT_LT(glm::distance(fit.apply(from[i]), to[i]), 1e-4f) << i;
}

TEST(Calibration, VolumeAndDistanceOfConcentricSpheres) {
  const Mesh inner = makeEllipsoid("inner", glm::vec3(0.0f), glm::vec3(0.05f), 96, 64);
  const Mesh outer = makeEllipsoid("outer", glm::vec3(0.0f), glm::vec3(0.06f), 96, 64);
  EXPECT_NEAR(enclosedVolume(inner), 4.0 / 3.0 * 3.14159265 * 0.05 * 0.05 * 0.05, 0.01 * 5.2e-4);
  // Every point of one sphere lies 1 cm from the other.
  EXPECT_NEAR(meanSymmetricDistance(inner, outer), 0.01f, 0.0005f);
  EXPECT_NEAR(meanSymmetricDistance(inner, inner), 0.0f, 0.0005f);
  // A sphere moved 2 cm sideways: the mean is less than the shift, more than half of it.
  Mesh moved = inner;
  for (auto& p : moved.positions) p.x += 0.02f;
  const float d = meanSymmetricDistance(inner, moved);
  EXPECT_GT(d, 0.01f);
  EXPECT_LT(d, 0.02f);
}

TEST(Calibration, StationsFollowATaperedLimbAndMeasureItsWidth) {
  // A tube 40 cm long, 3 cm in radius at the bottom and 5 cm at the top, leaning a little.
  const Mesh limb = makeTube("limb", {0.0f, 0.0f, 0.0f}, {0.05f, 0.4f, 0.0f}, [](float t) { return 0.03f + 0.02f * t; });
  const auto stations = measureStations(limb, 8);
  ASSERT_EQ(stations.size(), 10u) << "two ends and eight stations between";
  const glm::vec3 axis = glm::normalize(glm::vec3(0.05f, 0.4f, 0.0f));
  for (std::size_t k = 1; k + 1 < stations.size(); ++k) {
    const Station& s = stations[k];
    const float t = glm::clamp(glm::dot(s.centre, axis) / 0.403f, 0.0f, 1.0f);
    EXPECT_LT(glm::length(s.centre - axis * glm::dot(s.centre, axis)), 0.004f) << "on the axis, station " << k;
    EXPECT_NEAR(s.width, 2.0f * (0.03f + 0.02f * t), 0.008f) << "station " << k;
    EXPECT_NEAR(s.thickness, s.width, 0.008f) << "round: as thick as wide, station " << k;
  }
  // The ends lie at the rounded caps, one at each end of the 40 cm tube (plus the caps' 3 and 5 cm).
  const float ends = std::abs(glm::dot(stations.front().centre - stations.back().centre, axis));
  EXPECT_GT(ends, 0.40f);
  EXPECT_LT(ends, 0.48f);
}

}  // namespace
}  // namespace myoatlas
