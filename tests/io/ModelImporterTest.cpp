#include "io/ModelImporter.h"

#include <fstream>

#include <gtest/gtest.h>

#include "core/MeshChecks.h"
#include "support/GltfWriter.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

using test::TestNode;
using test::TestScene;

// Two named boxes, one a child of a translated and scaled parent, and a line primitive that must be dropped.
TestScene twoMusclesAndALine() {
  TestScene s;
  s.nodes.push_back({"body", -1, {0.0f, 1.0f, 0.0f}, glm::vec3(2.0f), std::nullopt});
  s.nodes.push_back({"biceps_brachii.l", 0, {0.1f, 0.0f, 0.0f}, glm::vec3(1.0f),
                     test::boxPrimitive({0.0f, 0.0f, 0.0f}, {0.05f, 0.2f, 0.05f})});
  s.nodes.push_back({"triceps_brachii.l", -1, glm::vec3(0.0f), glm::vec3(1.0f),
                     test::boxPrimitive({0.2f, 0.5f, -0.1f}, {0.3f, 0.9f, 0.0f})});
  test::TestPrimitive line;
  line.positions = {{0, 0, 0}, {0, 1, 0}};
  line.indices = {0, 1};
  line.lines = true;
  s.nodes.push_back({"guide_line", -1, glm::vec3(0.0f), glm::vec3(1.0f), line});
  return s;
}

TEST(ModelImporter, KeepsNamedMeshesSeparateAndAppliesNodeTransforms) {
  const auto path = (test::scratchDir() / "muscles.gltf").string();
  test::writeGltf(path, twoMusclesAndALine());
  auto result = importModel(path);
  ASSERT_TRUE(result.ok()) << result.error();
  const Model& m = result->model;
  ASSERT_EQ(m.meshes.size(), 2u) << "no merging, and the line primitive is dropped";
  EXPECT_EQ(result->droppedNonTriangleMeshes, 1);
  const Mesh* biceps = m.findMesh("biceps_brachii.l");
  ASSERT_NE(biceps, nullptr);
  ASSERT_NE(m.findMesh("triceps_brachii.l"), nullptr);
  // world = translate(0,1,0) * scale(2) * translate(0.1,0,0): the 0.05 x 0.2 box becomes 0.1 x 0.4 at x 0.2.
  const Bounds b = biceps->bounds();
  EXPECT_NEAR(b.min.x, 0.2f, 1e-5f);
  EXPECT_NEAR(b.max.y, 1.4f, 1e-5f);
  EXPECT_NEAR(b.size().x, 0.1f, 1e-5f);
  EXPECT_TRUE(isClosedManifold(*biceps)) << "identical vertices are joined";
  EXPECT_GT(signedVolume(*biceps), 0.0);
  EXPECT_EQ(biceps->normals.size(), biceps->positions.size());
}

TEST(ModelImporter, ReadsBinaryGltfToo) {
  const auto path = (test::scratchDir() / "muscles.glb").string();
  test::writeGlb(path, twoMusclesAndALine());
  auto result = importModel(path);
  ASSERT_TRUE(result.ok()) << result.error();
  EXPECT_EQ(result->model.meshes.size(), 2u);
}

TEST(ModelImporter, KeepsTheSkeletonAndNormalisedWeights) {
  TestScene s;
  s.nodes.push_back({"upper_arm", -1, {0.2f, 1.4f, 0.0f}, glm::vec3(1.0f), std::nullopt});
  s.nodes.push_back({"forearm", 0, {0.0f, -0.3f, 0.0f}, glm::vec3(1.0f), std::nullopt});
  test::TestPrimitive arm = test::boxPrimitive({0.15f, 0.8f, -0.05f}, {0.25f, 1.4f, 0.05f});
  for (const auto& p : arm.positions) {
    const float t = glm::clamp((1.4f - p.y) / 0.6f, 0.0f, 1.0f);  // blend from upper arm to forearm
    arm.joints.push_back({0, 1, 0, 0});
    arm.weights.push_back({2.0f * (1.0f - t), 2.0f * t, 0.0f, 0.0f});  // unnormalised on purpose
  }
  TestNode skin{"arm_skin", -1, glm::vec3(0.0f), glm::vec3(1.0f), arm};
  skin.skinned = true;
  s.nodes.push_back(skin);
  s.skinJoints = {0, 1};
  const auto path = (test::scratchDir() / "arm.gltf").string();
  test::writeGltf(path, s);

  auto result = importModel(path);
  ASSERT_TRUE(result.ok()) << result.error();
  const Model& m = result->model;
  ASSERT_EQ(m.joints.size(), 2u);
  EXPECT_EQ(m.joints[1].parent, 0);
  const Mesh* mesh = m.findMesh("arm_skin");
  ASSERT_NE(mesh, nullptr);
  ASSERT_TRUE(mesh->skinned());
  for (std::size_t v = 0; v < mesh->positions.size(); ++v) {
    const glm::vec4 w = mesh->weights[v];
    EXPECT_NEAR(w.x + w.y + w.z + w.w, 1.0f, 1e-5f);
    // At rest, linear blend skinning reproduces the vertex: sum_i w_i * restWorld_i * inverseBind_i * p = p.
    glm::vec3 skinned(0.0f);
    for (int k = 0; k < 4; ++k) {
      const Joint& j = m.joints[mesh->joints[v][std::size_t(k)]];
      skinned += w[k] * glm::vec3(j.restWorld * j.inverseBind * glm::vec4(mesh->positions[v], 1.0f));
    }
    EXPECT_NEAR(glm::distance(skinned, mesh->positions[v]), 0.0f, 1e-4f);
  }
  EXPECT_NEAR(m.joints[1].restWorld[3].y, 1.1f, 1e-5f) << "forearm joint at 1.4 - 0.3 m";
}

TEST(ModelImporter, BringsMillimetreModelsToMetres) {
  TestScene s;
  s.nodes.push_back({"femur.r", -1, glm::vec3(0.0f), glm::vec3(1.0f), test::boxPrimitive({-40, 0, -40}, {40, 1700, 40})});
  const auto path = (test::scratchDir() / "mm.gltf").string();
  test::writeGltf(path, s);
  auto guessed = importModel(path);
  ASSERT_TRUE(guessed.ok()) << guessed.error();
  EXPECT_NEAR(guessed->model.bounds().size().y, 1.7f, 1e-4f);
  EXPECT_NE(guessed->frame.reason.find("mm"), std::string::npos);

  auto wrongUnits = importModel(path, {LengthUnit::Metres, UpAxis::Auto});
  ASSERT_FALSE(wrongUnits.ok());
  EXPECT_NE(wrongUnits.error().find("not plausible"), std::string::npos);
  EXPECT_NE(wrongUnits.error().find(path), std::string::npos);
}

class BadModelFile : public ::testing::Test {
 protected:
  std::string expectFailure(const std::string& path) {
    auto result = importModel(path);
    EXPECT_FALSE(result.ok());
    if (result.ok()) return "";
    EXPECT_NE(result.error().find(path), std::string::npos) << "the message names the file: " << result.error();
    return result.error();
  }
};

TEST_F(BadModelFile, Missing) {
  EXPECT_NE(expectFailure((test::scratchDir() / "nope.glb").string()).find("no such file"), std::string::npos);
}

TEST_F(BadModelFile, Directory) {
  EXPECT_NE(expectFailure(test::scratchDir().string()).find("directory"), std::string::npos);
}

TEST_F(BadModelFile, Empty) {
  const auto path = (test::scratchDir() / "empty.obj").string();
  std::ofstream{path};
  EXPECT_NE(expectFailure(path).find("empty"), std::string::npos);
}

TEST_F(BadModelFile, TruncatedBinaryGltf) {
  const auto dir = test::scratchDir();
  const auto full = (dir / "full.glb").string();
  test::writeGlb(full, twoMusclesAndALine());
  std::ifstream in(full, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto cut = (dir / "cut.glb").string();
  std::ofstream(cut, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
  EXPECT_NE(expectFailure(cut).find("truncated"), std::string::npos);
}

TEST_F(BadModelFile, TruncatedTextGltf) {
  const auto dir = test::scratchDir();
  const auto full = (dir / "full.gltf").string();
  test::writeGltf(full, twoMusclesAndALine());
  std::ifstream in(full);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto cut = (dir / "cut.gltf").string();
  std::ofstream(cut) << text.substr(0, text.size() / 3);
  expectFailure(cut);
}

TEST_F(BadModelFile, TextFileNamedGlb) {
  const auto path = (test::scratchDir() / "notes.glb").string();
  std::ofstream(path) << "These are my notes, not a model.\n";
  EXPECT_NE(expectFailure(path).find("not a binary glTF"), std::string::npos);
}

TEST_F(BadModelFile, ObjWithNoGeometry) {
  const auto path = (test::scratchDir() / "comment.obj").string();
  std::ofstream(path) << "# an OBJ file with nothing in it\n";
  expectFailure(path);
}

TEST_F(BadModelFile, OnlyLines) {
  TestScene s;
  test::TestPrimitive line;
  line.positions = {{0, 0, 0}, {0, 1, 0}};
  line.indices = {0, 1};
  line.lines = true;
  s.nodes.push_back({"line", -1, glm::vec3(0.0f), glm::vec3(1.0f), line});
  const auto path = (test::scratchDir() / "lines.gltf").string();
  test::writeGltf(path, s);
  EXPECT_NE(expectFailure(path).find("line"), std::string::npos);
}

}  // namespace
}  // namespace myoatlas
