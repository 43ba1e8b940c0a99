// Our glb files: deterministic bytes, and everything survives a round trip through the Assimp importer.
#include "io/GltfExporter.h"

#include <gtest/gtest.h>
#include <glm/gtc/matrix_transform.hpp>

#include "core/MeshChecks.h"
#include "core/MeshBuilder.h"
#include "io/ModelImporter.h"
#include "core/body/BodyGenerator.h"
#include "support/ShippedAtlas.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

Model sampleModel() {
  Model m;
  m.meshes.push_back(makeEllipsoid("skull", {0.0f, 1.6f, 0.0f}, {0.08f, 0.11f, 0.1f}));
  m.meshes.back().tissue = TissueKind::Bone;
  m.meshes.push_back(makeTube("biceps_brachii.r", {-0.2f, 1.35f, 0.02f}, {-0.22f, 1.1f, 0.02f}, [](float) { return 0.03f; }));
  m.meshes.back().tissue = TissueKind::Muscle;
  m.meshes.push_back(makeEllipsoid("skin", {0.0f, 0.9f, 0.0f}, {0.3f, 0.9f, 0.2f}));
  m.meshes.back().tissue = TissueKind::Skin;
  m.landmarks = {{"acromion.r", {-0.2f, 1.45f, -0.01f}}, {"c7_spinous_process", {0.0f, 1.43f, -0.08f}}};
  return m;
}

TEST(GltfExporter, SameModelGivesTheSameBytes) {
  EXPECT_EQ(encodeGlb(sampleModel()), encodeGlb(sampleModel()));
}

// Issue 4: the same generator parameters give a byte-identical body file (a coarse skin keeps it quick).
TEST(GltfExporter, GeneratedBodyIsByteIdenticalForTheSameParameters) {
  BodyParameters params;
  params.gridCell = 0.02f;
  params.occlusionRays = 4;  // the shading is still baked (and must be deterministic), with few rays
  const auto& landmarks = test::shippedAtlas().atlas.landmarks;
  auto a = generateBody(params, landmarks, test::shippedMuscles()), b = generateBody(params, landmarks, test::shippedMuscles());
  ASSERT_TRUE(a.ok() && b.ok());
  const std::string first = encodeGlb(a.value());
  EXPECT_GT(first.size(), 1000000u) << "skin, bones and muscles";
  EXPECT_TRUE(first == encodeGlb(b.value()));
}

TEST(GltfExporter, RoundTripKeepsMeshesTissuesAndLandmarks) {
  const Model original = sampleModel();
  const auto path = (test::scratchDir() / "body.glb").string();
  ASSERT_TRUE(writeGlb(path, original).ok());
  auto imported = importModel(path);
  ASSERT_TRUE(imported.ok()) << imported.error();
  const Model& m = imported->model;
  ASSERT_EQ(m.meshes.size(), original.meshes.size());
  for (std::size_t i = 0; i < m.meshes.size(); ++i) {
    const Mesh* back = m.findMesh(original.meshes[i].name);
    ASSERT_NE(back, nullptr) << original.meshes[i].name;
    EXPECT_EQ(back->tissue, original.meshes[i].tissue) << back->name;
    EXPECT_EQ(back->triangleCount(), original.meshes[i].triangleCount()) << back->name;
    EXPECT_TRUE(isClosedManifold(*back)) << back->name;
  }
  EXPECT_NEAR(m.bounds().size().y, original.bounds().size().y, 1e-4f) << "metres in, metres out";
  ASSERT_EQ(m.landmarks.size(), 2u);
  EXPECT_EQ(m.landmarks[0].id, "acromion.r");
  EXPECT_NEAR(glm::distance(m.landmarks[1].position, glm::vec3(0.0f, 1.43f, -0.08f)), 0.0f, 1e-5f);
}

TEST(GltfExporter, SkinnedMeshesKeepTheirRig) {
  Model model;
  model.meshes.push_back(makeTube("arm.r", {-0.2f, 1.4f, 0.0f}, {-0.22f, 0.85f, 0.0f}, [](float) { return 0.04f; }));
  Mesh& mesh = model.meshes[0];
  Joint root{"upper_arm.r", -1, glm::translate(glm::mat4(1.0f), glm::vec3(-0.2f, 1.4f, 0.0f)), {}};
  root.inverseBind = glm::inverse(root.restWorld);
  Joint child{"forearm.r", 0, glm::translate(glm::mat4(1.0f), glm::vec3(-0.21f, 1.1f, 0.0f)), {}};
  child.inverseBind = glm::inverse(child.restWorld);
  Joint tip{"hand.r", 1, glm::translate(glm::mat4(1.0f), glm::vec3(-0.22f, 0.85f, 0.0f)), {}};  // weighs on nothing
  tip.inverseBind = glm::inverse(tip.restWorld);
  model.joints = {root, child, tip};
  for (std::size_t v = 0; v < mesh.positions.size(); ++v) {
    const float t = glm::clamp((1.4f - mesh.positions[v].y) / 0.3f, 0.0f, 1.0f);
    mesh.joints.push_back({0, 1, 0, 0});
    mesh.weights.push_back({1.0f - t, t, 0.0f, 0.0f});
  }
  const auto path = (test::scratchDir() / "rig.glb").string();
  ASSERT_TRUE(writeGlb(path, model).ok());
  auto imported = importModel(path);
  ASSERT_TRUE(imported.ok()) << imported.error();
  ASSERT_EQ(imported->model.joints.size(), 3u) << "joints without weights are kept too";
  EXPECT_EQ(imported->model.joints[2].name, "hand.r");
  EXPECT_EQ(imported->model.joints[2].parent, 1);
  const Mesh& back = imported->model.meshes[0];
  ASSERT_TRUE(back.skinned());
  // Weights refer to the right joints even though our files list mesh nodes before joint nodes.
  for (std::size_t v = 0; v < back.positions.size(); ++v)
    if (back.positions[v].y < 1.05f) {
      EXPECT_EQ(imported->model.joints[back.joints[v][0]].name, "forearm.r") << "vertex " << v;
      break;
    }
  for (std::size_t v = 0; v < back.positions.size(); v += 37) {
    glm::vec3 p(0.0f);
    for (int k = 0; k < 4; ++k) {
      const Joint& j = imported->model.joints[back.joints[v][std::size_t(k)]];
      p += back.weights[v][k] * glm::vec3(j.restWorld * j.inverseBind * glm::vec4(back.positions[v], 1.0f));
    }
    EXPECT_NEAR(glm::distance(p, back.positions[v]), 0.0f, 1e-4f) << "rest pose reproduced";
  }
}

}  // namespace
}  // namespace myoatlas
