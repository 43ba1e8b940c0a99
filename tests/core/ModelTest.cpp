#include "core/Model.h"

#include <gtest/gtest.h>
#include <glm/gtc/matrix_transform.hpp>

#include "core/MeshBuilder.h"

namespace myoatlas {
namespace {

TEST(Model, SmoothNormalsPointAwayFromTheSurface) {
  Mesh m;
  m.positions = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}};
  m.indices = {0, 1, 2};
  computeSmoothNormals(m);
  for (const auto& n : m.normals) EXPECT_NEAR(n.z, 1.0f, 1e-6f);
}

TEST(Model, TransformMovesGeometryNormalsAndSkeletonTogether) {
  Model model;
  model.meshes.push_back(makeEllipsoid("e", glm::vec3(0.0f), glm::vec3(1.0f, 2.0f, 1.0f), 12, 8));
  Joint j;
  j.restWorld = glm::translate(glm::mat4(1.0f), glm::vec3(0.0f, 1.0f, 0.0f));
  j.inverseBind = glm::inverse(j.restWorld);
  model.joints.push_back(j);

  const glm::mat4 t = glm::rotate(glm::scale(glm::mat4(1.0f), glm::vec3(0.01f)), 1.0f, glm::vec3(1, 0, 0));
  transformModel(model, t);
  const Mesh& m = model.meshes[0];
  for (const auto& n : m.normals) EXPECT_NEAR(glm::length(n), 1.0f, 1e-5f);
  EXPECT_NEAR(model.bounds().radius(), 0.01f * std::sqrt(1.0f + 4.0f + 1.0f), 1e-3f);
  // Skinning at rest must still reproduce the rest pose: restWorld * inverseBind == identity.
  const glm::mat4 product = model.joints[0].restWorld * model.joints[0].inverseBind;
  for (int c = 0; c < 4; ++c)
    for (int r = 0; r < 4; ++r) EXPECT_NEAR(product[c][r], c == r ? 1.0f : 0.0f, 1e-5f);
}

TEST(Model, CountsAndFindsMeshes) {
  Model model;
  model.meshes.push_back(makeEllipsoid("a", glm::vec3(0.0f), glm::vec3(1.0f), 8, 6));
  model.meshes.push_back(makeEllipsoid("b", glm::vec3(3.0f), glm::vec3(1.0f), 8, 6));
  EXPECT_EQ(model.triangleCount(), 2 * model.meshes[0].triangleCount());
  ASSERT_NE(model.findMesh("b"), nullptr);
  EXPECT_EQ(model.findMesh("nope"), nullptr);
  EXPECT_NEAR(model.bounds().max.x, 4.0f, 1e-5f);
}

}  // namespace
}  // namespace myoatlas
