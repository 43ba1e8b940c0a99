// The default body measured against a real one (issue 10, docs/ANATOMY.md): BodyParts3D's muscles and bones in
// ../shared/realdata, never committed. The body is aligned on corresponding bone centroids; every muscle both
// have is compared by mean symmetric surface distance and volume. Skips when the real data is absent.
//
// The bounds are the targets: a median muscle distance <= 0.8 cm with 90% of muscles within 1.5 cm, 90%
// of volumes within 0.67-1.5x and a median bone distance <= 0.8 cm (the figures of the last measurement are in
// docs/ANATOMY.md; `myoatlas-genbody --compare` prints them).
#include <filesystem>

#include <gtest/gtest.h>

#include "core/body/Calibration.h"
#include "io/ModelImporter.h"
#include "support/ShippedAtlas.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

constexpr float kMedianMuscleDistance = 0.008f;
constexpr float kMusclesWithin15mm = 0.90f;
constexpr float kVolumesWithinRange = 0.90f;
constexpr float kMedianBoneDistance = 0.008f;
constexpr float kWorstMuscle = 0.02f;            // no muscle this far from where it lies in a real body

TEST(AnatomyCalibration, DefaultBodyAgainstBodyParts3D) {
  const auto path = test::realDataDir() / "bodyparts3d/bp3d_mm_zup_muscles_bones.glb";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " is not present (../shared/realdata is optional)";
  auto real = importModel(path.string());
  ASSERT_TRUE(real.ok()) << real.error();
  auto body = importModel(MYOATLAS_DEFAULT_BODY);
  ASSERT_TRUE(body.ok()) << body.error();
  auto report = compareWithRealAnatomy(body->model, real->model, test::shippedAtlas().atlas);
  ASSERT_TRUE(report.ok()) << report.error();
  const CalibrationReport& r = report.value();
  std::cout << calibrationMarkdown(r);

  EXPECT_GE(r.muscles.size(), 31u) << "every BodyParts3D muscle the atlas knows is compared";
  EXPECT_EQ(r.bones.size(), 7u) << "scapula, clavicle, humerus, femur, tibia, fibula, pelvis";
  EXPECT_NEAR(r.alignment.scale, 1.0f, 0.1f) << "both are adults of about the same size";
  EXPECT_LT(r.alignmentResidual, 0.04f) << "the bones sit where a real skeleton's do, to a few centimetres";
  EXPECT_LE(r.medianMuscleDistance(), kMedianMuscleDistance);
  EXPECT_GE(r.shareOfMusclesWithin(0.015f), kMusclesWithin15mm);
  EXPECT_GE(r.shareOfVolumesWithin(0.67f, 1.5f), kVolumesWithinRange);
  EXPECT_LE(r.medianBoneDistance(), kMedianBoneDistance);
  for (const auto& m : r.muscles) EXPECT_LE(m.distance, kWorstMuscle) << m.id;
}

}  // namespace
}  // namespace myoatlas
