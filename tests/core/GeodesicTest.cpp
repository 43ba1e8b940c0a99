// Fast-marching distances along a surface: close to the exact great-circle distance on a sphere, sparse when
// bounded, and never across a gap.
#include "core/geometry/Geodesic.h"

#include <cmath>

#include <gtest/gtest.h>

#include "core/geometry/Polygonize.h"
#include "core/geometry/Sdf.h"

namespace myoatlas {
namespace {

Mesh sphere(glm::vec3 c, float r, float cell) {
  SdfUnion f;
  f.add({SdfPrimitive::Kind::Ellipsoid, c, c, glm::vec3(r), 0.0f});
  Mesh m = polygonize(f, f.bounds(2 * cell), cell);
  taubinSmooth(m, 5);
  return m;
}

std::uint32_t nearestVertex(const Mesh& m, glm::vec3 p) {
  std::uint32_t best = 0;
  for (std::uint32_t v = 1; v < m.positions.size(); ++v)
    if (glm::distance(m.positions[v], p) < glm::distance(m.positions[best], p)) best = v;
  return best;
}

TEST(Geodesic, MatchesGreatCircleDistancesOnASphere) {
  const float r = 0.1f;
  const Mesh m = sphere(glm::vec3(0.0f), r, 0.006f);
  const MeshTopology topo(m);
  const std::uint32_t pole = nearestVertex(m, {0, r, 0});
  const GeodesicField field = geodesicDistances(topo, {{pole, 0.0f}});
  ASSERT_EQ(field.vertices.size(), m.positions.size()) << "unbounded: reaches the whole sphere";
  const glm::vec3 p0 = glm::normalize(m.positions[pole]);
  double sumError = 0.0, maxError = 0.0;
  int counted = 0;
  for (std::size_t i = 0; i < field.vertices.size(); ++i) {
    const glm::vec3 p = glm::normalize(m.positions[field.vertices[i]]);
    const float exact = r * std::acos(std::clamp(glm::dot(p0, p), -1.0f, 1.0f));
    if (exact < 0.03f) continue;  // relative error near the source says little
    const double e = std::abs(field.distances[i] - exact) / exact;
    sumError += e, maxError = std::max(maxError, e), ++counted;
  }
  EXPECT_LT(sumError / counted, 0.02) << "mean relative error";
  EXPECT_LT(maxError, 0.06) << "worst relative error";
}

TEST(Geodesic, IsZeroAtTheSourceAndMonotoneAlongTheFront) {
  const Mesh m = sphere(glm::vec3(0.0f), 0.1f, 0.008f);
  const MeshTopology topo(m);
  const GeodesicField field = geodesicDistances(topo, {{7, 0.0f}});
  ASSERT_FALSE(field.vertices.empty());
  EXPECT_EQ(field.vertices[0], 7u);
  EXPECT_FLOAT_EQ(field.distances[0], 0.0f);
  // Vertices are accepted in increasing distance, up to the small non-causal updates fast marching makes
  // through obtuse triangles (well under a millimetre here).
  for (std::size_t i = 1; i < field.distances.size(); ++i) EXPECT_GE(field.distances[i], field.distances[i - 1] - 0.001f);
  for (float d : field.distances) EXPECT_TRUE(std::isfinite(d));
}

TEST(Geodesic, StopsAtTheMaximumDistance) {
  const Mesh m = sphere(glm::vec3(0.0f), 0.1f, 0.006f);
  const MeshTopology topo(m);
  const GeodesicField field = geodesicDistances(topo, {{nearestVertex(m, {0, 0.1f, 0}), 0.0f}}, 0.03f);
  EXPECT_LT(field.vertices.size(), m.positions.size() / 5);
  for (float d : field.distances) EXPECT_LE(d, 0.03f);
}

TEST(Geodesic, NeverCrossesAGap) {
  // Two balls 1 cm apart: Euclidean neighbours, but no path along the surface joins them.
  Mesh a = sphere({0.0f, 0.0f, 0.0f}, 0.05f, 0.006f);
  const Mesh b = sphere({0.11f, 0.0f, 0.0f}, 0.05f, 0.006f);
  const auto offset = std::uint32_t(a.positions.size());
  a.positions.insert(a.positions.end(), b.positions.begin(), b.positions.end());
  for (auto i : b.indices) a.indices.push_back(i + offset);
  const MeshTopology topo(a);
  const GeodesicField field = geodesicDistances(topo, {{nearestVertex(a, {0.05f, 0, 0}), 0.0f}}, 0.2f);
  for (auto v : field.vertices) EXPECT_LT(v, offset) << "reached the other ball";
}

TEST(Geodesic, SeveralSourcesGiveTheDistanceToTheNearest) {
  const Mesh m = sphere(glm::vec3(0.0f), 0.1f, 0.008f);
  const MeshTopology topo(m);
  const std::uint32_t north = nearestVertex(m, {0, 0.1f, 0}), south = nearestVertex(m, {0, -0.1f, 0});
  const GeodesicField both = geodesicDistances(topo, {{north, 0.0f}, {south, 0.0f}});
  const float quarter = 0.1f * 3.14159265f / 2.0f;
  for (std::size_t i = 0; i < both.vertices.size(); ++i) EXPECT_LE(both.distances[i], quarter * 1.06f);
}

}  // namespace
}  // namespace myoatlas
