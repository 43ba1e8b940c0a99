// Our own bodies are read without Assimp (io/OwnGlb.h): the model must be the one Assimp's reading and our
// conversion make of the same file, to the bit, or the shortcut would change what the app shows.
#include "io/OwnGlb.h"

#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>

#include <glm/gtc/constants.hpp>

#include <sys/stat.h>

#include "io/GltfExporter.h"
#include "io/ModelBytes.h"
#include "io/ModelImporter.h"
#include "support/GltfWriter.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

template <typename T>
bool sameBytes(const std::vector<T>& a, const std::vector<T>& b) {
  return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(T)) == 0);
}

void expectSameModel(const Model& own, const Model& assimp) {
  ASSERT_EQ(own.meshes.size(), assimp.meshes.size());
  for (std::size_t i = 0; i < own.meshes.size(); ++i) {
    const Mesh &a = own.meshes[i], &b = assimp.meshes[i];
    SCOPED_TRACE(b.name);
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.tissue, b.tissue);
    EXPECT_TRUE(sameBytes(a.positions, b.positions));
    EXPECT_TRUE(sameBytes(a.normals, b.normals));
    EXPECT_TRUE(sameBytes(a.indices, b.indices));
    EXPECT_TRUE(sameBytes(a.joints, b.joints));
    EXPECT_TRUE(sameBytes(a.weights, b.weights));
    EXPECT_TRUE(sameBytes(a.fibres, b.fibres));
    EXPECT_TRUE(sameBytes(a.tendon, b.tendon));
    EXPECT_TRUE(sameBytes(a.colours, b.colours));
  }
  ASSERT_EQ(own.joints.size(), assimp.joints.size());
  for (std::size_t j = 0; j < own.joints.size(); ++j) {
    EXPECT_EQ(own.joints[j].name, assimp.joints[j].name);
    EXPECT_EQ(own.joints[j].parent, assimp.joints[j].parent);
    EXPECT_EQ(std::memcmp(&own.joints[j].restWorld, &assimp.joints[j].restWorld, sizeof(glm::mat4)), 0) << own.joints[j].name;
    EXPECT_EQ(std::memcmp(&own.joints[j].inverseBind, &assimp.joints[j].inverseBind, sizeof(glm::mat4)), 0) << own.joints[j].name;
  }
  ASSERT_EQ(own.landmarks.size(), assimp.landmarks.size());
  for (std::size_t l = 0; l < own.landmarks.size(); ++l) {
    EXPECT_EQ(own.landmarks[l].id, assimp.landmarks[l].id);
    EXPECT_EQ(own.landmarks[l].position, assimp.landmarks[l].position) << own.landmarks[l].id;
  }
}

TEST(OwnGlb, ReadsEachShippedBodyExactlyAsAssimpAndTheConverterDo) {
  for (const char* path : {MYOATLAS_DEFAULT_BODY, MYOATLAS_FEMALE_BODY}) {
    SCOPED_TRACE(path);
    const auto own = readOwnGlb(path);
    ASSERT_TRUE(own.has_value()) << "our own file is read directly";
    const auto assimp = readWithAssimpInProcess(path);
    ASSERT_TRUE(assimp.ok()) << assimp.error();
    EXPECT_GT(own->model.meshes.size(), 300u);
    EXPECT_GT(own->model.joints.size(), 50u);
    EXPECT_EQ(own->droppedNonTriangleMeshes, assimp->droppedNonTriangleMeshes);
    expectSameModel(own->model, assimp->model);
    // What only our reader keeps: the muscles that attach through each fascia (a muscle isolated keeps them).
    for (const Mesh& mesh : own->model.meshes)
      if (mesh.name == "calcaneal_tendon.l") EXPECT_EQ(mesh.attaches, (std::vector<std::string>{"gastrocnemius", "soleus", "plantaris"}));
  }
}

// Anything our exporter does not write goes to Assimp, which names what is wrong: another tool's file, and our
// own file damaged (cut short, an accessor pointing past the data).
TEST(OwnGlb, LeavesEveryOtherFileToAssimp) {
  std::ifstream in(MYOATLAS_DEFAULT_BODY, std::ios::binary);
  const std::string body((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_GT(body.size(), 1000u);
  const auto write = [](const std::string& name, const std::string& bytes) {
    const auto path = (test::scratchDir() / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  };
  EXPECT_TRUE(readOwnGlb(write("whole.glb", body)).has_value());
  EXPECT_FALSE(readOwnGlb(write("cut.glb", body.substr(0, body.size() / 2))).has_value());

  std::uint32_t jsonLength = 0;
  std::memcpy(&jsonLength, body.data() + 12, 4);
  const std::string json = body.substr(20, jsonLength);
  const auto withJson = [&](std::string changed) {  // the file with another JSON chunk, lengths made right
    while (changed.size() % 4 != 0) changed += ' ';
    const std::string bin = body.substr(20 + json.size());
    const auto u32 = [](std::size_t v) {
      const auto x = std::uint32_t(v);
      return std::string(reinterpret_cast<const char*>(&x), 4);
    };
    return body.substr(0, 8) + u32(20 + changed.size() + bin.size()) + u32(changed.size()) + body.substr(16, 4) + changed + bin;
  };
  EXPECT_TRUE(readOwnGlb(write("same.glb", withJson(json))).has_value()) << "rebuilt unchanged, it is still read";
  std::string other = json;
  other.replace(other.find("\"Myoatlas\""), 10, "\"Blender\" ");
  EXPECT_FALSE(readOwnGlb(write("other.glb", withJson(other))).has_value()) << "another generator";
  std::string numeric = json;  // a generator that is not a string: refused, not thrown (json's value() throws)
  numeric.replace(numeric.find("\"Myoatlas\""), 10, "5         ");
  EXPECT_FALSE(readOwnGlb(write("numeric.glb", withJson(numeric))).has_value());
  EXPECT_FALSE(readGlbWithoutAssimp(write("numeric.glb", withJson(numeric))).has_value()) << "a skinned file is Assimp's";
  std::string past = json;
  const auto at = past.find("\"count\":");
  ASSERT_NE(at, std::string::npos);
  past.insert(at + 8, "9");  // a count ten times larger or more: beyond the buffer view
  EXPECT_FALSE(readOwnGlb(write("past.glb", withJson(past))).has_value()) << "an accessor past its data";
  std::string wrongType = json;
  const auto type = wrongType.find("\"componentType\":");
  ASSERT_NE(type, std::string::npos);
  wrongType.insert(type + 16, "\"x\",\"_\":");
  EXPECT_FALSE(readOwnGlb(write("type.glb", withJson(wrongType))).has_value()) << "a member of the wrong type";
}

// The two readings of another tool's file, compared: the same meshes, names, triangles and vertices in the same
// order; positions and normals within float rounding (node rotations are composed by different code).
void expectNearlySameModel(const Model& direct, const Model& assimp) {
  ASSERT_EQ(direct.meshes.size(), assimp.meshes.size());
  for (std::size_t i = 0; i < direct.meshes.size(); ++i) {
    const Mesh &a = direct.meshes[i], &b = assimp.meshes[i];
    SCOPED_TRACE(b.name);
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.tissue, b.tissue);
    EXPECT_EQ(a.indices, b.indices);
    ASSERT_EQ(a.positions.size(), b.positions.size());
    ASSERT_EQ(a.normals.size(), b.normals.size());
    EXPECT_EQ(a.colours.size(), b.colours.size());
    float worst = 0.0f, worstNormal = 0.0f;
    for (std::size_t v = 0; v < a.positions.size(); ++v) {
      worst = std::max(worst, glm::distance(a.positions[v], b.positions[v]) / std::max(1.0f, glm::length(b.positions[v])));
      worstNormal = std::max(worstNormal, glm::distance(a.normals[v], b.normals[v]));
    }
    EXPECT_LT(worst, 1e-5f);
    EXPECT_LT(worstNormal, 1e-4f);
  }
  EXPECT_TRUE(direct.joints.empty() && assimp.joints.empty());
}

// Plain .glb files from other tools are read without Assimp too (io/OwnGlb.h): node rotations and scales,
// vertices repeated per face (welded), a collapsed triangle (dropped), no normals (made smooth).
TEST(OwnGlb, ReadsAPlainFileAsAssimpAndTheConverterDo) {
  test::TestScene scene;
  test::TestNode root;
  root.name = "root";
  root.translation = {0.1f, 0.9f, -0.2f};
  root.rotation = glm::angleAxis(0.5f * glm::half_pi<float>(), glm::normalize(glm::vec3(1.0f, 0.2f, 0.0f)));
  scene.nodes.push_back(root);
  test::TestNode box;
  box.name = "Left femur";
  box.parent = 0;
  box.scale = {0.5f, 2.0f, 0.5f};
  box.rotation = glm::angleAxis(0.3f, glm::vec3(0.0f, 0.0f, 1.0f));
  test::TestPrimitive faces = test::boxPrimitive(glm::vec3(-0.1f), glm::vec3(0.1f));
  test::TestPrimitive flat;  // each face's corners its own: 36 vertices, welded to 8
  for (const auto i : faces.indices) {
    flat.indices.push_back(std::uint32_t(flat.positions.size()));
    flat.positions.push_back(faces.positions[i]);
  }
  flat.indices.insert(flat.indices.end(), {0, 0, 1});  // collapsed
  box.mesh = flat;
  scene.nodes.push_back(box);
  test::TestNode other;
  other.name = "Right gluteus maximus";
  other.parent = 0;
  other.translation = {0.3f, 0.0f, 0.0f};
  other.mesh = test::boxPrimitive(glm::vec3(0.0f), glm::vec3(0.2f, 0.1f, 0.3f));
  scene.nodes.push_back(other);
  const auto path = (test::scratchDir() / "plain.glb").string();
  test::writeGlb(path, scene);

  EXPECT_TRUE(looksReadableWithoutAssimp(path));
  EXPECT_FALSE(readOwnGlb(path).has_value()) << "not one of ours";
  const auto direct = readGlbWithoutAssimp(path);
  ASSERT_TRUE(direct.has_value()) << "read without Assimp";
  const auto assimp = readWithAssimpInProcess(path);
  ASSERT_TRUE(assimp.ok()) << assimp.error();
  ASSERT_EQ(direct->model.meshes.size(), 2u);
  EXPECT_EQ(direct->model.meshes[0].positions.size(), 8u) << "welded";
  EXPECT_EQ(direct->model.meshes[0].indices.size(), 36u) << "the collapsed triangle dropped";
  expectNearlySameModel(direct->model, assimp->model);

  // The model fuzz target's plain seed: 8-bit indices, colours with alpha, a material extension, no normals.
  const auto seed = (test::sourceDir() / "tests" / "fuzz" / "corpus" / "model" / "plain.glb").string();
  const auto seedDirect = readGlbWithoutAssimp(seed);
  ASSERT_TRUE(seedDirect.has_value());
  const auto seedAssimp = readWithAssimpInProcess(seed);
  ASSERT_TRUE(seedAssimp.ok()) << seedAssimp.error();
  EXPECT_EQ(seedDirect->model.meshes[0].colours.size(), 8u);
  expectNearlySameModel(seedDirect->model, seedAssimp->model);

  // What it leaves to Assimp: a mesh of lines (Assimp's path counts it as dropped).
  test::TestScene lines = scene;
  lines.nodes[2].mesh->lines = true;
  test::writeGlb(path, lines);
  EXPECT_FALSE(readGlbWithoutAssimp(path).has_value()) << "lines";
}

// BodyParts3D's file (../shared/realdata, when present) read without Assimp is the model Assimp's reading makes.
TEST(OwnGlb, ReadsBodyParts3DAsAssimpDoes) {
  const auto path = test::realDataDir() / "bodyparts3d" / "bp3d_mm_zup_muscles_bones.glb";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "../shared/realdata/bodyparts3d is not present";
  EXPECT_TRUE(looksReadableWithoutAssimp(path.string()));
  const auto direct = readGlbWithoutAssimp(path.string());
  ASSERT_TRUE(direct.has_value()) << "read without Assimp";
  const auto assimp = readWithAssimpInProcess(path.string());
  ASSERT_TRUE(assimp.ok()) << assimp.error();
  EXPECT_EQ(direct->model.meshes.size(), 63u);
  expectNearlySameModel(direct->model, assimp->model);
}

// render and the viewer ask this before anything else reads the file, to decide whether to read it beside OpenGL's
// start: it must say yes only for files read without Assimp (ours, plain ones), and never block on a pipe.
TEST(OwnGlb, TellsOurFilesApartWithoutReadingPipes) {
  EXPECT_TRUE(looksReadableWithoutAssimp(MYOATLAS_DEFAULT_BODY));
  EXPECT_FALSE(looksReadableWithoutAssimp((test::sourceDir() / "data" / "landmarks.json").string()));
  EXPECT_FALSE(looksReadableWithoutAssimp((test::sourceDir() / "tests" / "fuzz" / "corpus" / "model" / "skinned.glb").string()))
      << "another tool's rig is Assimp's";
  EXPECT_FALSE(looksReadableWithoutAssimp((test::scratchDir() / "missing.glb").string()));
  const auto fifo = (test::scratchDir() / "pipe.glb").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_FALSE(looksReadableWithoutAssimp(fifo)) << "and it returned: nothing was read from the pipe";
}

}  // namespace
}  // namespace myoatlas
