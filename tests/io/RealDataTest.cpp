// Imports of the real third-party meshes in ../shared/realdata (never committed; see its README). These tests
// skip when the data is absent, as it is on a fresh clone without the shared folder.
#include <filesystem>

#include <gtest/gtest.h>

#include "core/atlas/AtlasLoader.h"
#include "core/scene/MeshAnatomy.h"
#include "io/ModelImporter.h"
#include "support/ShippedAtlas.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

std::string realFile(const char* relative) {
  const auto path = test::realDataDir() / relative;
  return std::filesystem::exists(path) ? path.string() : std::string();
}

glm::vec3 centreOf(const Model& m, const std::string& nameFragment) {
  Bounds b;
  for (const auto& mesh : m.meshes)
    if (mesh.name.find(nameFragment) != std::string::npos) b.add(mesh.bounds());
  return b.center();
}

TEST(RealData, BodyParts3DMusclesComeInUprightFacingForwardInMetres) {
  const std::string path = realFile("bodyparts3d/bp3d_mm_zup_muscles_bones.glb");
  if (path.empty()) GTEST_SKIP() << "../shared/realdata/bodyparts3d is not present";
  auto result = importModel(path);
  ASSERT_TRUE(result.ok()) << result.error();
  const Model& m = result->model;
  EXPECT_GE(m.meshes.size(), 60u) << "53 muscles and 10 bones, each its own mesh";
  const glm::vec3 size = m.bounds().size();
  EXPECT_GT(size.y, 1.2f);  // millimetres became metres, Z-up became Y-up
  EXPECT_LT(size.y, 1.9f);
  EXPECT_GT(size.y, 2.0f * size.z);
  // Upright: the trapezius lies above the gastrocnemius. Facing +Z: the rectus femoris is in front of the
  // gluteus maximus. Subject's left on +X.
  EXPECT_GT(centreOf(m, "trapezius").y, centreOf(m, "gastrocnemius").y + 0.8f);
  EXPECT_GT(centreOf(m, "rectus femoris").z, centreOf(m, "gluteus maximus").z);
  EXPECT_GT(centreOf(m, "Left").x, centreOf(m, "Right").x);
}

TEST(RealData, EveryBodyParts3DMuscleIsKnownToTheAtlasWithItsSide) {
  const std::string path = realFile("bodyparts3d/bp3d_mm_zup_muscles_bones.glb");
  if (path.empty()) GTEST_SKIP() << "../shared/realdata/bodyparts3d is not present";
  auto result = importModel(path);
  ASSERT_TRUE(result.ok()) << result.error();
  const auto anatomy = identifyMeshes(test::shippedAtlas().atlas, result->model);
  int muscles = 0, bones = 0;
  for (std::size_t i = 0; i < anatomy.size(); ++i) {
    const std::string& name = result->model.meshes[i].name;
    const auto& a = anatomy[i];
    if (a.tissue == TissueKind::Bone) ++bones;
    if (!a.muscle) continue;
    ++muscles;
    ASSERT_TRUE(a.side.has_value()) << name;
    // The side in the label agrees with the side written in the file's name.
    const bool saysLeft = name.find("left") != std::string::npos || name.find("Left") != std::string::npos;
    EXPECT_EQ(*a.side == Side::Left, saysLeft) << name;
  }
  EXPECT_GE(muscles, 53) << "every muscle mesh is an atlas muscle, so hovering names it and clicking opens it";
  EXPECT_GE(bones, 10);
}

TEST(RealData, BadlyScaledSacrumIsRefusedWhenItsUnitsAreGiven) {
  const std::string path = realFile("bodyparts3d/bad_scale_sacrum.glb");
  if (path.empty()) GTEST_SKIP() << "../shared/realdata/bodyparts3d is not present";
  // The dataset is in millimetres, and this sacrum is a few millimetres across: implausible, so refused.
  auto result = importModel(path, {LengthUnit::Millimetres, UpAxis::Auto});
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().find("not plausible"), std::string::npos);
  EXPECT_NE(result.error().find("bad_scale_sacrum.glb"), std::string::npos);
}

}  // namespace
}  // namespace myoatlas
