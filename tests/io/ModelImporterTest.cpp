#include "io/ModelImporter.h"

#include <fstream>

#include <sys/stat.h>

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/MeshChecks.h"
#include "support/DracoGltf.h"
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

// The app reads models in a child process (a crash in Assimp must not take it down); what comes back must be the
// model itself, every attribute of it: the shipped body has them all (weights, fibres, tendon, landmarks).
TEST(ModelImporter, AModelReadInAChildProcessIsTheSameAsOneReadInProcess) {
  auto isolated = importModel(MYOATLAS_DEFAULT_BODY);
  auto direct = importModel(MYOATLAS_DEFAULT_BODY, {}, ImportIsolation::InProcess);
  ASSERT_TRUE(isolated.ok()) << isolated.error();
  ASSERT_TRUE(direct.ok()) << direct.error();
  const Model& a = isolated->model;
  const Model& b = direct->model;
  EXPECT_EQ(a.source, b.source);
  EXPECT_EQ(isolated->frame.reason, direct->frame.reason);
  ASSERT_EQ(a.meshes.size(), b.meshes.size());
  bool sawWeights = false, sawFibres = false;
  for (std::size_t i = 0; i < a.meshes.size(); ++i) {
    const Mesh& x = a.meshes[i];
    const Mesh& y = b.meshes[i];
    EXPECT_EQ(x.name, y.name);
    EXPECT_EQ(x.tissue, y.tissue) << x.name;
    EXPECT_EQ(x.positions, y.positions) << x.name;
    EXPECT_EQ(x.normals, y.normals) << x.name;
    EXPECT_EQ(x.indices, y.indices) << x.name;
    EXPECT_EQ(x.joints, y.joints) << x.name;
    EXPECT_EQ(x.weights, y.weights) << x.name;
    EXPECT_EQ(x.fibres, y.fibres) << x.name;
    EXPECT_EQ(x.tendon, y.tendon) << x.name;
    sawWeights = sawWeights || !x.weights.empty();
    sawFibres = sawFibres || !x.fibres.empty();
  }
  EXPECT_TRUE(sawWeights && sawFibres) << "the comparison covered skinned muscles";
  ASSERT_EQ(a.joints.size(), b.joints.size());
  for (std::size_t i = 0; i < a.joints.size(); ++i) {
    EXPECT_EQ(a.joints[i].name, b.joints[i].name);
    EXPECT_EQ(a.joints[i].parent, b.joints[i].parent);
    EXPECT_EQ(a.joints[i].restWorld, b.joints[i].restWorld);
    EXPECT_EQ(a.joints[i].inverseBind, b.joints[i].inverseBind);
  }
  ASSERT_EQ(a.landmarks.size(), b.landmarks.size());
  ASSERT_FALSE(a.landmarks.empty());
  for (std::size_t i = 0; i < a.landmarks.size(); ++i) {
    EXPECT_EQ(a.landmarks[i].id, b.landmarks[i].id);
    EXPECT_EQ(a.landmarks[i].position, b.landmarks[i].position);
  }
}

// Real exports (BodyParts3D's glTF downloads) compress their meshes with Draco: decoded like any other.
TEST(ModelImporter, ReadsDracoCompressedGltf) {
  const auto path = (test::scratchDir() / "draco.gltf").string();
  test::writeDracoGltf(path, "Right infraspinatus", test::boxPrimitive({-0.2f, 1.2f, -0.1f}, {-0.1f, 1.3f, -0.05f}));
  auto imported = importModel(path);
  ASSERT_TRUE(imported.ok()) << imported.error();
  const Model& m = imported->model;
  ASSERT_EQ(m.meshes.size(), 1u);
  EXPECT_EQ(m.meshes[0].name, "Right infraspinatus");
  EXPECT_EQ(m.meshes[0].triangleCount(), 12u);
  const Bounds b = m.bounds();
  EXPECT_NEAR(b.min.x, -0.2f, 1e-3f);
  EXPECT_NEAR(b.max.y, 1.3f, 1e-3f);
  EXPECT_NEAR(b.min.z, -0.1f, 1e-3f);
  // Assimp 5.2 loses Draco meshes whose indices are 32-bit (it decodes them and forgets to keep them): the
  // message says so and what to do, rather than Assimp's "invalid accessor".
  test::writeDracoGltf(path, "Right infraspinatus", test::boxPrimitive({-0.2f, 1.2f, -0.1f}, {-0.1f, 1.3f, -0.05f}), true);
  auto wide = importModel(path);
  ASSERT_FALSE(wide.ok());
  EXPECT_NE(wide.error().find("Draco"), std::string::npos) << wide.error();
  EXPECT_NE(wide.error().find("32-bit"), std::string::npos) << wide.error();
}

// COLLADA (the format many anatomy packages export): a box named by its node, in centimetres, Z up as declared.
TEST(ModelImporter, ReadsColladaWithItsDeclaredUnitsAndUpAxis) {
  std::string positions, triangles;
  const test::TestPrimitive box = test::boxPrimitive({-15.0f, -2.0f, 45.0f}, {-11.0f, 2.0f, 90.0f});  // cm, Z up
  for (const auto& p : box.positions) positions += std::to_string(p.x) + " " + std::to_string(p.y) + " " + std::to_string(p.z) + " ";
  for (const auto i : box.indices) triangles += std::to_string(i) + " ";
  const std::string dae =
      R"(<?xml version="1.0"?><COLLADA xmlns="http://www.collada.org/2005/11/COLLADASchema" version="1.4.1">)"
      R"(<asset><unit name="centimeter" meter="0.01"/><up_axis>Z_UP</up_axis></asset>)"
      R"(<library_geometries><geometry id="g" name="g"><mesh>)"
      R"(<source id="p"><float_array id="pa" count=")" + std::to_string(box.positions.size() * 3) + R"(">)" + positions +
      R"(</float_array><technique_common><accessor source="#pa" count=")" + std::to_string(box.positions.size()) +
      R"(" stride="3"><param name="X" type="float"/><param name="Y" type="float"/><param name="Z" type="float"/></accessor></technique_common></source>)"
      R"(<vertices id="v"><input semantic="POSITION" source="#p"/></vertices>)"
      R"(<triangles count=")" + std::to_string(box.indices.size() / 3) + R"("><input semantic="VERTEX" source="#v" offset="0"/><p>)" + triangles +
      R"(</p></triangles></mesh></geometry></library_geometries>)"
      R"(<library_visual_scenes><visual_scene id="s"><node id="n" name="Right femur"><instance_geometry url="#g"/></node></visual_scene></library_visual_scenes>)"
      R"(<scene><instance_visual_scene url="#s"/></scene></COLLADA>)";
  const auto path = (test::scratchDir() / "femur.dae").string();
  std::ofstream(path) << dae;
  auto imported = importModel(path);
  ASSERT_TRUE(imported.ok()) << imported.error();
  const Model& m = imported->model;
  ASSERT_EQ(m.meshes.size(), 1u);
  EXPECT_EQ(m.meshes[0].name, "Right femur");
  EXPECT_EQ(m.meshes[0].triangleCount(), 12u);
  EXPECT_NEAR(m.bounds().size().y, 0.45f, 0.005f) << "centimetres to metres, Z up to Y up: " << imported->frame.reason;
}

// An ASCII STL box: one structure per file, as BodyParts3D ships its parts.
void writeStlBox(const std::filesystem::path& path, glm::vec3 lo, glm::vec3 hi) {
  std::ofstream out(path);
  out << "solid part\n";
  const glm::vec3 c[8] = {{lo.x, lo.y, lo.z}, {hi.x, lo.y, lo.z}, {hi.x, hi.y, lo.z}, {lo.x, hi.y, lo.z},
                          {lo.x, lo.y, hi.z}, {hi.x, lo.y, hi.z}, {hi.x, hi.y, hi.z}, {lo.x, hi.y, hi.z}};
  const int faces[12][3] = {{0, 2, 1}, {0, 3, 2}, {4, 5, 6}, {4, 6, 7}, {0, 1, 5}, {0, 5, 4},
                            {2, 3, 7}, {2, 7, 6}, {1, 2, 6}, {1, 6, 5}, {0, 4, 7}, {0, 7, 3}};
  for (const auto& f : faces) {
    out << "facet normal 0 0 0\nouter loop\n";
    for (int k : f) out << "vertex " << c[k].x << " " << c[k].y << " " << c[k].z << "\n";
    out << "endloop\nendfacet\n";
  }
  out << "endsolid part\n";
}

// On a thread beside others (render and the viewer read our files while OpenGL starts) nothing may fork Assimp's
// child process: a file our exporter wrote is read, any other file is refused with kNotAnOwnFile, to be read once
// the process is quiet (a fork beside OpenGL's start hung the child in CI).
TEST(ModelImporter, OwnFileOnlyReadsOurFilesAndLeavesTheRestForLater) {
  const auto dir = test::scratchDir();
  writeStlBox(dir / "box.stl", {0, 0, 0}, {100, 100, 100});
  const auto other = importModel((dir / "box.stl").string(), {}, ImportIsolation::OwnFileOnly);
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error(), kNotAnOwnFile);
  const auto ours = importModel(MYOATLAS_DEFAULT_BODY, {}, ImportIsolation::OwnFileOnly);
  ASSERT_TRUE(ours.ok()) << ours.error();
  EXPECT_GT(ours->model.meshes.size(), 300u);
}

// A folder of STL files, one structure each, opens as one model: each mesh named after its file, millimetres and
// Z up guessed for the whole, the sidecars beside the folder.
TEST(ModelImporter, AFolderOfPartsIsOneModel) {
  const auto dir = test::scratchDir() / "parts";
  std::filesystem::create_directories(dir);
  writeStlBox(dir / "Right femur.stl", {-150, -20, 450}, {-110, 20, 900});   // millimetres, Z up
  writeStlBox(dir / "Left femur.stl", {110, -20, 450}, {150, 20, 900});
  writeStlBox(dir / "Right infraspinatus.stl", {-160, 40, 1300}, {-60, 60, 1450});
  std::ofstream(dir / "README.txt") << "not a model";
  auto imported = importModel(dir.string() + "/");
  ASSERT_TRUE(imported.ok()) << imported.error();
  const Model& m = imported->model;
  ASSERT_EQ(m.meshes.size(), 3u);
  EXPECT_EQ(m.meshes[0].name, "Left femur") << "in name order";
  EXPECT_EQ(m.meshes[2].name, "Right infraspinatus");
  EXPECT_EQ(m.source, dir.string());
  EXPECT_NEAR(m.bounds().size().y, 1.0f, 0.01f) << "millimetres, Z up: one metre tall";
  EXPECT_GT(m.findMesh("Right infraspinatus")->bounds().center().y, m.findMesh("Right femur")->bounds().center().y);
  EXPECT_LT(m.findMesh("Right femur")->bounds().center().x, 0.0f) << "the subject's right is -X";
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

// CAD tools and scanners write STL with every triangle's corners repeated, and exporters split vertices at texture
// seams; a slip of the tool leaves a triangle with two corners at one place. The surface must come out as one
// connected, closed piece (the pain painting's geodesics walk it), without the collapsed triangle.
TEST(ModelImporter, RepeatedCornersAreJoinedAndCollapsedTrianglesDropped) {
  const test::TestPrimitive box = test::boxPrimitive({0.0f, 0.0f, 0.0f}, {0.1f, 0.3f, 0.1f});
  std::ostringstream stl;
  stl << "solid box\n";
  const auto facet = [&](const glm::vec3& a, const glm::vec3& b, const glm::vec3& c) {
    const glm::vec3 n = glm::normalize(glm::cross(b - a, c - a));
    stl << "facet normal " << n.x << " " << n.y << " " << n.z << "\nouter loop\n";
    for (const glm::vec3& p : {a, b, c}) stl << "vertex " << p.x << " " << p.y << " " << p.z << "\n";
    stl << "endloop\nendfacet\n";
  };
  for (std::size_t t = 0; t < box.indices.size(); t += 3)
    facet(box.positions[box.indices[t]], box.positions[box.indices[t + 1]], box.positions[box.indices[t + 2]]);
  stl << "facet normal 0 0 1\nouter loop\nvertex 0 0 0.1\nvertex 0 0 0.1\nvertex 0.1 0 0.1\nendloop\nendfacet\n";
  stl << "endsolid box\n";
  const auto path = (test::scratchDir() / "soleus.r.stl").string();
  std::ofstream(path) << stl.str();

  auto result = importModel(path, {LengthUnit::Metres, UpAxis::Y});
  ASSERT_TRUE(result.ok()) << result.error();
  ASSERT_EQ(result->model.meshes.size(), 1u);
  const Mesh& m = result->model.meshes[0];
  EXPECT_EQ(m.triangleCount(), box.indices.size() / 3) << "the collapsed triangle is gone";
  EXPECT_EQ(result->droppedNonTriangleMeshes, 0) << "and it is not counted as a line mesh";
  EXPECT_TRUE(isClosedManifold(m)) << "corners at one place are one vertex";
  EXPECT_EQ(m.positions.size(), 8u);
  EXPECT_GT(signedVolume(m), 0.0);
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

TEST_F(BadModelFile, FolderWithoutModelFiles) {
  const auto dir = test::scratchDir() / "no-models";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "notes.txt") << "not a model";
  EXPECT_NE(expectFailure(dir.string()).find("no model files"), std::string::npos);
}

TEST_F(BadModelFile, ABadFileInAFolderIsNamedWithTheFolder) {
  const auto dir = test::scratchDir() / "one-bad";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "broken.stl") << "solid nothing\nfacet normal 0 0";
  const std::string error = expectFailure(dir.string());
  EXPECT_NE(error.find("broken.stl"), std::string::npos) << error;
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

// What Assimp 5.2.5 crashes or hangs on (issue 18) is refused before it sees the file, with a message.
// Writes into this test's scratch folder (made once per test: scratchDir() empties it on every call).
std::string writeFile(const std::string& name, const std::string& text) {
  static std::string test;
  static std::filesystem::path dir;
  const std::string current = ::testing::UnitTest::GetInstance()->current_test_info()->name();
  if (current != test) test = current, dir = test::scratchDir();
  const auto path = (dir / name).string();
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

TEST_F(BadModelFile, SkinWithoutInverseBindMatricesIsRefusedNotACrash) {
  const auto path = writeFile("skin.gltf", R"({"asset": {"version": "2.0"}, "nodes": [{"name": "hip"}],
    "skins": [{"name": "body", "joints": [0]}]})");
  const std::string error = expectFailure(path);
  EXPECT_NE(error.find("skin 0 ('body') has no inverseBindMatrices"), std::string::npos) << error;
  // The same skin with a stray byte in that key (invalid UTF-8, which Assimp's JSON parser lets through): our
  // parser refuses the file, so the missing matrices cannot slip past the check (found by fuzzing).
  const auto garbled = writeFile("garbled.gltf", "{\"asset\": {\"version\": \"2.0\"}, \"nodes\": [{\"name\": \"hip\"}], "
                                                 "\"skins\": [{\"joints\": [0], \"inverseBindMatrice\xd0\": 0}]}");
  const std::string refused = expectFailure(garbled);
  EXPECT_NE(refused.find("its glTF JSON is not valid"), std::string::npos) << refused;
}

TEST_F(BadModelFile, DeeplyNestedJsonIsRefusedNotAStackOverflow) {
  const std::string deep = std::string(200000, '[') + std::string(200000, ']');
  const auto path = writeFile("deep.gltf", R"({"asset": {"version": "2.0"}, "extras": )" + deep + "}");
  EXPECT_NE(expectFailure(path).find("nested 200001 levels deep"), std::string::npos);
  // The same inside a .glb's JSON chunk.
  std::string json = R"({"asset":{"version":"2.0"},"extras":)" + deep + "}";
  while (json.size() % 4) json += ' ';
  std::string glb = "glTF";
  const auto u32 = [](std::uint32_t v) { return std::string{char(v & 255), char(v >> 8 & 255), char(v >> 16 & 255), char(v >> 24)}; };
  glb += u32(2) + u32(std::uint32_t(20 + json.size())) + u32(std::uint32_t(json.size())) + "JSON" + json;
  EXPECT_NE(expectFailure(writeFile("deep.glb", glb)).find("levels deep"), std::string::npos);
  // A JSON chunk that claims far more than the file holds is refused before anything is allocated.
  const std::string liar = "glTF" + u32(2) + u32(40) + u32(0x80000000u) + "JSON" + std::string(20, ' ');
  EXPECT_NE(expectFailure(writeFile("liar.glb", liar)).find("declares 2147483648 bytes"), std::string::npos);
}

TEST_F(BadModelFile, NodeChainsTooDeepOrCyclicAreRefused) {
  std::string nodes;
  for (int i = 0; i < 20000; ++i) nodes += (i ? "," : "") + std::string(R"({"children": [)") + std::to_string(i + 1) + "]}";
  nodes += ",{}";
  const auto chain = writeFile("chain.gltf", R"({"asset": {"version": "2.0"}, "nodes": [)" + nodes + "]}");
  EXPECT_NE(expectFailure(chain).find("more than 256 levels deep"), std::string::npos);
  const auto cycle = writeFile("cycle.gltf", R"({"asset": {"version": "2.0"}, "nodes": [{"children": [1]}, {"children": [0]}]})");
  EXPECT_NE(expectFailure(cycle).find("cycle"), std::string::npos);
}

TEST_F(BadModelFile, BuffersOutsideTheModelsFolderOrNotFilesAreRefused) {
  for (const char* uri : {"/etc/passwd", "../secret.bin", "sub/../../secret.bin"}) {
    const auto path = writeFile("escape.gltf", std::string(R"({"asset": {"version": "2.0"}, "buffers": [{"uri": ")") + uri +
                                                    R"(", "byteLength": 4}]})");
    EXPECT_NE(expectFailure(path).find(std::string("names '") + uri + "', outside the model's folder"), std::string::npos) << uri;
  }
  const auto dir = std::filesystem::path(writeFile("readme.txt", "")).parent_path();
  std::filesystem::remove(dir / "pipe.bin");
  ASSERT_EQ(mkfifo((dir / "pipe.bin").c_str(), 0600), 0);
  const auto piped = writeFile("piped.gltf", R"({"asset": {"version": "2.0"}, "buffers": [{"uri": "pipe.bin", "byteLength": 4}]})");
  EXPECT_NE(expectFailure(piped).find("not a regular file"), std::string::npos) << "read it and it would block forever";
  const auto shorter = writeFile("short.bin", "ab");
  const auto lying = writeFile("lying.gltf", R"({"asset": {"version": "2.0"}, "buffers": [{"uri": "short.bin", "byteLength": 4096}]})");
  EXPECT_NE(expectFailure(lying).find("declares 4096 bytes but 'short.bin' has 2"), std::string::npos);
}

TEST_F(BadModelFile, DeclaredSizesBeyondTheirDataAreRefusedBeforeAnythingIsAllocated) {
  // Twelve bytes of data: one float vector. Each file below asks Assimp for far more than that.
  const std::string buffer = R"("buffers": [{"uri": "data:application/octet-stream;base64,AAAAAAAAAAAAAAAA", "byteLength": 12}])";
  const auto withAccessor = [&](const std::string& name, const std::string& view, const std::string& accessor) {
    return writeFile(name, R"({"asset": {"version": "2.0"}, )" + buffer + R"(, "bufferViews": [)" + view +
                               R"(], "accessors": [)" + accessor + R"(], "meshes": [{"primitives": [{"attributes": {"POSITION": 0}}]}]})");
  };
  const std::string view = R"({"buffer": 0, "byteLength": 12})";
  EXPECT_NE(expectFailure(withAccessor("long.gltf", view, R"({"bufferView": 0, "componentType": 5126, "type": "VEC3", "count": 1000000})"))
                .find("glTF accessor 0 needs 12000000 bytes of bufferView 0, which has 12"),
            std::string::npos);
  EXPECT_NE(expectFailure(withAccessor("huge.gltf", view, R"({"componentType": 5126, "type": "VEC3", "count": 4000000000})"))
                .find("glTF accessor 0 declares 4000000000 elements"),
            std::string::npos);
  EXPECT_NE(expectFailure(withAccessor("view.gltf", R"({"buffer": 0, "byteOffset": 8, "byteLength": 4096})",
                                       R"({"bufferView": 0, "componentType": 5126, "type": "VEC3", "count": 1})"))
                .find("glTF bufferView 0 reaches byte 4104 of buffer 0, which has 12"),
            std::string::npos);
  EXPECT_NE(expectFailure(withAccessor("many.gltf", view, R"({"componentType": 5126, "type": "VEC3", "count": 30000000})"))
                .find("its meshes declare 30000000 vertices; the limit is 20000000"),
            std::string::npos);
}

// A file Assimp 5.2 itself crashes on (its COLLADA reader recurses once per nested node, so 200,000 of them
// overflow its stack; nothing checks COLLADA before Assimp): the import runs in a child process, so the crash is
// an error naming the file and the signal, and the app goes on reading models.
TEST_F(BadModelFile, AnAssimpCrashIsAnErrorAndTheAppCarriesOn) {
  const int depth = 200000;
  std::string dae = R"(<?xml version="1.0"?><COLLADA xmlns="http://www.collada.org/2005/11/COLLADASchema" version="1.4.1">)"
                    R"(<library_visual_scenes><visual_scene id="s">)";
  for (int i = 0; i < depth; ++i) dae += "<node>";
  for (int i = 0; i < depth; ++i) dae += "</node>";
  dae += R"(</visual_scene></library_visual_scenes><scene><instance_visual_scene url="#s"/></scene></COLLADA>)";
  const std::string error = expectFailure(writeFile("deep.dae", dae));
  EXPECT_NE(error.find("Assimp crashed reading it (SIGSEGV"), std::string::npos) << error;
  const auto good = (test::scratchDir() / "after.gltf").string();
  test::writeGltf(good, twoMusclesAndALine());
  auto after = importModel(good);
  ASSERT_TRUE(after.ok()) << after.error();
  EXPECT_EQ(after->model.meshes.size(), 2u);
}

TEST_F(BadModelFile, APipeIsRefusedByTypeNotRead) {
  const auto dir = test::scratchDir();
  std::filesystem::remove(dir / "model.glb");
  ASSERT_EQ(mkfifo((dir / "model.glb").c_str(), 0600), 0);
  EXPECT_NE(expectFailure((dir / "model.glb").string()).find("not a regular file"), std::string::npos);
}

}  // namespace
}  // namespace myoatlas
