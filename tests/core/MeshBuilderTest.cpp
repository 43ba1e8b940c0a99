#include "core/MeshBuilder.h"

#include <gtest/gtest.h>
#include <glm/gtc/constants.hpp>

#include "core/MeshChecks.h"
#include "core/geometry/Simplify.h"

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
  EXPECT_TRUE(isClosedManifold(inverted)) << "closed and consistent, only facing inwards";
  Mesh doubled = m;
  doubled.indices.insert(doubled.indices.end(), m.indices.begin(), m.indices.begin() + 3);
  EXPECT_FALSE(isClosedManifold(doubled)) << "a triangle twice: three triangles on its edges";
  Mesh twoBalls = m;  // two closed balls in one mesh are closed too
  for (const std::uint32_t i : m.indices) twoBalls.indices.push_back(i + std::uint32_t(m.positions.size()));
  twoBalls.positions.insert(twoBalls.positions.end(), m.positions.begin(), m.positions.end());
  EXPECT_TRUE(isClosedManifold(twoBalls));
  Mesh outOfRange = m;
  outOfRange.indices[4] = std::uint32_t(m.positions.size());
  EXPECT_FALSE(isClosedManifold(outOfRange));
}

// The viewer's drafts (coarser triangle lists while the view turns) keep the outline of a muscle's tendon: the
// pale part covers as much of the coarse surface as of the full one, and the band of triangles that blend belly
// into tendon stays narrow instead of smearing over large triangles.
TEST(Simplify, CoarseListsKeepWhereTheTendonBegins) {
  Mesh m = makeEllipsoid("belly", glm::vec3(0.0f), glm::vec3(0.03f, 0.15f, 0.03f), 48, 64);
  m.tendon.resize(m.positions.size());  // a slanted line across the belly, tendon above it
  for (std::size_t v = 0; v < m.positions.size(); ++v)
    m.tendon[v] = m.positions[v].y + 0.43f * m.positions[v].x > 0.07f ? 1.0f : 0.0f;
  struct Shares {
    double pale = 0.0, blended = 0.0, area = 0.0;
  };
  const auto shares = [&](const std::vector<std::uint32_t>& indices) {
    Shares s;
    for (std::size_t t = 0; t + 2 < indices.size(); t += 3) {
      const glm::vec3 a = m.positions[indices[t]], b = m.positions[indices[t + 1]], c = m.positions[indices[t + 2]];
      const double area = 0.5 * double(glm::length(glm::cross(b - a, c - a)));
      const float tendon = m.tendon[indices[t]] + m.tendon[indices[t + 1]] + m.tendon[indices[t + 2]];
      s.area += area;
      s.pale += area * tendon / 3.0;
      if (tendon > 0.5f && tendon < 2.5f) s.blended += area;
    }
    s.pale /= s.area;
    s.blended /= s.area;
    return s;
  };
  const Shares full = shares(m.indices);
  const std::vector<std::uint32_t> coarse = simplifiedIndices(m, 0.25f, 0.01f);
  ASSERT_LE(coarse.size(), m.indices.size() / 3) << "the list is coarser";
  for (const std::uint32_t i : coarse) ASSERT_LT(i, m.positions.size()) << "indices into the mesh's own vertices";
  const Shares kept = shares(coarse);
  ASSERT_GT(full.pale, 0.1);
  EXPECT_NEAR(kept.area, full.area, 0.02 * full.area) << "the same surface";
  EXPECT_NEAR(kept.pale, full.pale, 0.01) << "the pale share of the surface";
  EXPECT_LT(kept.blended, 1.6 * full.blended) << "the blend between belly and tendon stays a narrow band";
}

// A corner put back on the form past its neighbour turns slivers over (drawn as dark dashes on the skin): they are
// found, and relaxed away with the surface kept on the form.
TEST(Simplify, TurnedOverTrianglesAreFoundAndUnfolded) {
  Mesh m = makeEllipsoid("ball", glm::vec3(0.0f), glm::vec3(0.1f), 32, 24);
  ASSERT_TRUE(flippedTriangles(m).empty());
  const std::size_t v = m.indices[300];
  std::size_t across = m.indices[301];  // a neighbour: the corner moves well past it along the surface
  m.positions[v] = glm::normalize(m.positions[v] + 2.5f * (m.positions[across] - m.positions[v])) * 0.1f;
  ASSERT_FALSE(flippedTriangles(m).empty()) << "the moved corner turned triangles over";
  const auto onSphere = [](const glm::vec3& p) { return glm::normalize(p) * 0.1f; };
  EXPECT_EQ(unfoldFlippedTriangles(m, 20, onSphere), 0u);
  EXPECT_TRUE(flippedTriangles(m).empty());
  for (const glm::vec3& p : m.positions) ASSERT_NEAR(glm::length(p), 0.1f, 1e-5f) << "on the form";
  EXPECT_TRUE(isClosedManifold(m));
}

}  // namespace
}  // namespace myoatlas
