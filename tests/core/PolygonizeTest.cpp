// Surfaces from signed distance fields: closed, outward-facing, accurate to the grid, smooth after Taubin.
#include "core/geometry/Polygonize.h"

#include <gtest/gtest.h>
#include <glm/gtc/constants.hpp>

#include "core/MeshBuilder.h"
#include "core/MeshChecks.h"
#include "core/geometry/Bvh.h"
#include "core/Parallel.h"
#include "core/geometry/Envelope.h"

#include <cmath>
#include "core/geometry/Sdf.h"

namespace myoatlas {
namespace {

SdfPrimitive ball(glm::vec3 c, float r) { return {SdfPrimitive::Kind::Ellipsoid, c, c, glm::vec3(r), 0.0f}; }

TEST(Polygonize, SphereIsAClosedManifoldOfTheRightSize) {
  SdfUnion field;
  field.add(ball(glm::vec3(0.1f, 0.2f, 0.3f), 0.1f));
  const float cell = 0.01f;
  Mesh m = polygonize(field, field.bounds(2 * cell), cell);
  ASSERT_GT(m.triangleCount(), 500u);
  EXPECT_TRUE(isClosedManifold(m));
  const double exact = 4.0 / 3.0 * glm::pi<double>() * 0.001;
  EXPECT_NEAR(signedVolume(m) / exact, 1.0, 0.05) << "positive: triangles face outwards";
  for (const auto& p : m.positions) EXPECT_NEAR(glm::distance(p, glm::vec3(0.1f, 0.2f, 0.3f)), 0.1f, cell * 0.2f);
}

// Most of the grid round a small piece is far from its surface and is not sampled (polygonize skips blocks
// whose centre is far away): the piece must come out whole and exactly where it is, and the same as on a grid
// fitted tightly round it, where nothing is skipped.
TEST(Polygonize, SmallPieceInALargeBoxIsTheSameAsInATightOne) {
  SdfUnion field;
  field.add(ball(glm::vec3(0.012f, -0.004f, 0.007f), 0.006f));
  const float cell = 0.0016f;
  Bounds large;
  large.add(glm::vec3(-0.12f));
  large.add(glm::vec3(0.12f));
  Bounds tight;  // 4 cm round the ball, on the large box's grid points
  const glm::vec3 steps = glm::floor((glm::vec3(0.012f, -0.004f, 0.007f) - 0.02f - large.min) / cell);
  tight.add(large.min + steps * cell);
  tight.add(tight.min + glm::vec3(0.04f));
  const Mesh inLarge = polygonize(field, large, cell), inTight = polygonize(field, tight, cell);
  ASSERT_GT(inLarge.triangleCount(), 100u);
  EXPECT_TRUE(isClosedManifold(inLarge));
  EXPECT_EQ(inLarge.triangleCount(), inTight.triangleCount());
  EXPECT_NEAR(signedVolume(inLarge), signedVolume(inTight), 1e-12);
  const double exact = 4.0 / 3.0 * glm::pi<double>() * 0.006 * 0.006 * 0.006;
  EXPECT_NEAR(signedVolume(inLarge) / exact, 1.0, 0.1);
}

TEST(Polygonize, SmoothUnionOfTwoShapesIsOneClosedSurface) {
  SdfUnion field;
  field.add(ball(glm::vec3(0.0f), 0.08f));
  SdfPrimitive arm{SdfPrimitive::Kind::Capsule, {0.05f, 0.0f, 0.0f}, {0.25f, 0.05f, 0.0f}, {0.04f, 0.03f, 0.0f}, 0.03f};
  field.add(arm);
  Mesh m = polygonize(field, field.bounds(0.02f), 0.008f);
  EXPECT_TRUE(isClosedManifold(m));
  EXPECT_GT(signedVolume(m), 0.0);
  // One component: every vertex reachable from vertex 0.
  std::vector<std::vector<std::uint32_t>> adj(m.positions.size());
  for (std::size_t t = 0; t < m.indices.size(); t += 3)
    for (int e = 0; e < 3; ++e) adj[m.indices[t + std::size_t(e)]].push_back(m.indices[t + std::size_t((e + 1) % 3)]);
  std::vector<bool> seen(m.positions.size(), false);
  std::vector<std::uint32_t> stack{0};
  seen[0] = true;
  std::size_t reached = 0;
  while (!stack.empty()) {
    const auto v = stack.back();
    stack.pop_back();
    ++reached;
    for (auto n : adj[v])
      if (!seen[n]) seen[n] = true, stack.push_back(n);
  }
  EXPECT_EQ(reached, m.positions.size());
}

TEST(Polygonize, TaubinSmoothingKeepsTopologyAndVolume) {
  SdfUnion field;
  field.add(ball(glm::vec3(0.0f), 0.1f));
  Mesh m = polygonize(field, field.bounds(0.03f), 0.015f);
  const double before = signedVolume(m);
  const auto indices = m.indices;
  taubinSmooth(m, 10);
  EXPECT_EQ(m.indices, indices);
  EXPECT_TRUE(isClosedManifold(m));
  EXPECT_NEAR(signedVolume(m) / before, 1.0, 0.03) << "Taubin smoothing must not shrink the surface";
  // Smoother: vertex distances to the centre vary less than before smoothing.
  double spread = 0.0;
  for (const auto& p : m.positions) spread = std::max(spread, double(std::abs(glm::length(p) - 0.1f)));
  EXPECT_LT(spread, 0.015 * 0.25);
}

TEST(Polygonize, IsDeterministic) {
  SdfUnion field;
  field.add(ball(glm::vec3(0.0f), 0.05f));
  const Mesh a = polygonize(field, field.bounds(0.02f), 0.01f);
  const Mesh b = polygonize(field, field.bounds(0.02f), 0.01f);
  EXPECT_EQ(a.positions, b.positions);
  EXPECT_EQ(a.indices, b.indices);
}

// Connected pieces of a mesh (triangles sharing a vertex).
int pieces(const Mesh& m) {
  std::vector<std::uint32_t> parent(m.positions.size());
  for (std::uint32_t i = 0; i < parent.size(); ++i) parent[i] = i;
  const auto root = [&](std::uint32_t v) {
    while (parent[v] != v) v = parent[v] = parent[parent[v]];
    return v;
  };
  for (std::size_t t = 0; t + 2 < m.indices.size(); t += 3) {
    parent[root(m.indices[t])] = root(m.indices[t + 1]);
    parent[root(m.indices[t + 1])] = root(m.indices[t + 2]);
  }
  int n = 0;
  for (std::uint32_t i = 0; i < parent.size(); ++i) n += root(i) == i ? 1 : 0;
  return n;
}

// The skin built for a model without one (issue 16): closed over narrow gaps, not over wide ones, and outside
// everything it wraps.
TEST(Envelope, BridgesNarrowGapsAndWrapsEverything) {
  const Mesh a = makeEllipsoid("a", {-0.06f, 1.0f, 0.0f}, glm::vec3(0.05f)), b = makeEllipsoid("b", {0.06f, 1.0f, 0.0f}, glm::vec3(0.05f));
  const Mesh near = envelopeOf({&a, &b});
  ASSERT_FALSE(near.indices.empty());
  EXPECT_TRUE(isClosedManifold(near));
  EXPECT_EQ(pieces(near), 1) << "a 2 cm gap is bridged";
  EXPECT_GT(signedVolume(near), 2.0 * signedVolume(a)) << "outward-facing, enclosing both";
  const Bvh inside(near);
  for (const Mesh* m : {&a, &b})
    for (const auto& p : m->positions) ASSERT_TRUE(inside.encloses(p)) << "every wrapped vertex lies inside";
  for (const auto& p : near.positions) {
    const float d = std::min(glm::distance(p, glm::vec3(-0.06f, 1.0f, 0.0f)), glm::distance(p, glm::vec3(0.06f, 1.0f, 0.0f)));
    ASSERT_LT(d, 0.05f + 0.03f) << "no further out than the closing allows";
  }
  // A ring of pieces in the frontal plane (a pelvis without its sacrum): the tunnel through it is filled.
  std::vector<Mesh> ring;
  for (int k = 0; k < 10; ++k) {
    const float t = 6.2831853f * float(k) / 10.0f;
    ring.push_back(makeEllipsoid("r", {0.12f * std::cos(t), 1.0f + 0.12f * std::sin(t), 0.0f}, glm::vec3(0.04f)));
  }
  std::vector<const Mesh*> pieces10;
  for (const auto& m : ring) pieces10.push_back(&m);
  const Mesh closed = envelopeOf(pieces10);
  EXPECT_TRUE(isClosedManifold(closed));
  EXPECT_TRUE(Bvh(closed).encloses({0.0f, 1.0f, 0.0f})) << "the ring's middle is inside";
  const Mesh c = makeEllipsoid("c", {0.30f, 1.0f, 0.0f}, glm::vec3(0.05f));
  const Mesh far = envelopeOf({&a, &c});
  EXPECT_TRUE(isClosedManifold(far));
  EXPECT_EQ(pieces(far), 2) << "a 19 cm gap is not";
}

// A body-like union: round and flat ellipsoids, steeply tapered capsules, thick triangles and carving pieces,
// with and without blends, over a 40 cm box.
SdfUnion busyUnion(std::uint32_t seed) {
  std::uint32_t state = seed;
  const auto uniform = [&](float lo, float hi) {
    state = state * 1664525u + 1013904223u;
    return lo + (hi - lo) * float(state >> 8) / float(1u << 24);
  };
  const auto point = [&] { return glm::vec3(uniform(-0.2f, 0.2f), uniform(-0.2f, 0.2f), uniform(-0.2f, 0.2f)); };
  SdfUnion field;
  for (int i = 0; i < 120; ++i) {
    SdfPrimitive p;
    p.kind = SdfPrimitive::Kind(i % 3);
    p.a = point();
    p.b = p.a + 0.3f * (point() - p.a);
    p.c = p.a + 0.2f * (point() - p.a);
    p.radii = p.kind == SdfPrimitive::Kind::Ellipsoid ? glm::vec3(uniform(0.004f, 0.05f), uniform(0.004f, 0.05f), uniform(0.004f, 0.05f))
                                                     : glm::vec3(uniform(0.002f, 0.04f), uniform(0.002f, 0.04f), 0.0f);
    p.blend = i % 5 == 0 ? 0.0f : uniform(0.0f, 0.03f);
    p.carve = i > 0 && i % 11 == 0;
    field.add(p);
  }
  return field;
}

// Sampling near the surface evaluates only the primitives that can reach each part of the grid: that must give
// exactly the union's own values (the body generated before and after this speed-up is byte for byte the same),
// while leaving most primitives out of a small box.
// The envelope's marking, distance transforms and smoothing are split across the cores: the skin an imported
// model gets must not depend on how many there are.
TEST(Envelope, IsTheSameOnOneCoreAsOnSeveral) {
  std::vector<Mesh> parts;
  for (int i = 0; i < 12; ++i)
    parts.push_back(makeEllipsoid("part", glm::vec3(0.03f * float(i % 4), 0.08f * float(i), 0.02f * float(i % 3)), glm::vec3(0.05f, 0.07f, 0.04f), 96, 64));
  std::vector<const Mesh*> all;
  for (const auto& m : parts) all.push_back(&m);
  const std::size_t kept = parallelPartsLimit();
  parallelPartsLimit() = 1;
  const Mesh one = envelopeOf(all);
  parallelPartsLimit() = 4;
  const Mesh several = envelopeOf(all);
  parallelPartsLimit() = kept;
  ASSERT_FALSE(one.indices.empty());
  EXPECT_EQ(one.indices, several.indices);
  ASSERT_EQ(one.positions.size(), several.positions.size());
  std::size_t same = 0;
  for (std::size_t i = 0; i < one.positions.size(); ++i) same += one.positions[i] == several.positions[i] ? 1 : 0;
  EXPECT_EQ(same, one.positions.size());
}

TEST(Sdf, TheUnionNarrowedToABoxHasExactlyItsValuesThere) {
  for (std::uint32_t seed : {1u, 2u, 3u}) {
    const SdfUnion field = busyUnion(seed);
    std::uint32_t state = seed * 7u;
    const auto uniform = [&](float lo, float hi) {
      state = state * 22695477u + 1u;
      return lo + (hi - lo) * float(state >> 8) / float(1u << 24);
    };
    std::size_t kept = 0, boxes = 0;
    for (int b = 0; b < 200; ++b) {
      const glm::vec3 corner(uniform(-0.25f, 0.2f), uniform(-0.25f, 0.2f), uniform(-0.25f, 0.2f));
      Bounds box;
      box.add(corner);
      box.add(corner + glm::vec3(uniform(0.005f, 0.05f), uniform(0.005f, 0.05f), uniform(0.005f, 0.05f)));
      const auto outer = field.reaching(box);
      Bounds inner;  // a box inside it, narrowed further from the outer box's list
      inner.add(glm::mix(box.min, box.max, 0.25f));
      inner.add(glm::mix(box.min, box.max, 0.6f));
      const auto innermost = field.reaching(inner, &outer);
      kept += outer.size();
      ++boxes;
      EXPECT_LE(innermost.size(), outer.size());
      for (int k = 0; k < 40; ++k) {
        const glm::vec3 q = glm::mix(box.min, box.max, glm::vec3(uniform(0, 1), uniform(0, 1), uniform(0, 1)));
        ASSERT_EQ(field(q), field(q, outer)) << "seed " << seed << " box " << b;
        const glm::vec3 r = glm::mix(inner.min, inner.max, glm::vec3(uniform(0, 1), uniform(0, 1), uniform(0, 1)));
        ASSERT_EQ(field(r), field(r, innermost)) << "seed " << seed << " inner box " << b;
      }
    }
    EXPECT_LT(double(kept) / double(boxes), 0.5 * double(field.primitives().size())) << "a box of a few centimetres is reached by few";
  }
}

TEST(Polygonize, AUnionNarrowedPerBlockGivesTheSameMeshAsTheWholeUnion) {
  const SdfUnion field = busyUnion(4);
  const ScalarField whole = [&](const glm::vec3& q) { return field(q); };
  const Mesh fast = polygonize(field, field.bounds(0.015f), 0.006f), plain = polygonize(whole, field.bounds(0.015f), 0.006f);
  ASSERT_GT(fast.triangleCount(), 5000u);
  EXPECT_EQ(fast.positions, plain.positions);
  EXPECT_EQ(fast.indices, plain.indices);
}

TEST(Sdf, PrimitivesAreNegativeInsideAndZeroOnTheSurface) {
  const SdfPrimitive e{SdfPrimitive::Kind::Ellipsoid, {0, 0, 0}, {0, 0, 0}, {0.1f, 0.2f, 0.3f}, 0.0f};
  EXPECT_LT(evaluate(e, {0, 0, 0}), 0.0f);
  EXPECT_NEAR(evaluate(e, {0, 0.2f, 0}), 0.0f, 1e-6f);
  EXPECT_GT(evaluate(e, {0.2f, 0, 0}), 0.0f);
  const SdfPrimitive c{SdfPrimitive::Kind::Capsule, {0, 0, 0}, {1, 0, 0}, {0.1f, 0.05f, 0.0f}, 0.0f};
  EXPECT_NEAR(evaluate(c, {0.5f, 0.075f, 0}), 0.0f, 1e-6f) << "radius tapers linearly along the segment";
  EXPECT_NEAR(smoothMin(1.0f, 5.0f, 0.5f), 1.0f, 1e-6f);
  EXPECT_LT(smoothMin(1.0f, 1.0f, 0.5f), 1.0f) << "blends where the two are close";
}

}  // namespace
}  // namespace myoatlas
