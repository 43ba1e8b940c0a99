// Imports of the real third-party meshes in ../shared/realdata (never committed; see its README). These tests
// skip when the data is absent, as it is on a fresh clone without the shared folder.
#include <filesystem>

#include <gtest/gtest.h>

#include "io/ModelImporter.h"
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
