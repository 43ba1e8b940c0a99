// Imported bodies get their landmarks from a sidecar file, and then the heatmaps and the pain finder work on
// them exactly as on the default body.
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/atlas/AtlasLoader.h"
#include "core/pain/ReferralPainter.h"
#include "io/GltfExporter.h"
#include "io/ModelImporter.h"
#include "support/ShippedAtlas.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

TEST(LandmarkSidecar, GivesAnImportedBodyItsLandmarks) {
  auto shipped = importModel(MYOATLAS_DEFAULT_BODY);
  ASSERT_TRUE(shipped.ok()) << shipped.error();
  Model bare = shipped->model;  // as a user's model would come: a skin and no landmarks
  const auto landmarks = bare.landmarks;
  bare.landmarks.clear();
  const auto dir = test::scratchDir();
  const auto path = (dir / "my_body.glb").string();
  ASSERT_TRUE(writeGlb(path, bare).ok());
  auto withoutSidecar = importModel(path);
  ASSERT_TRUE(withoutSidecar.ok());
  EXPECT_TRUE(withoutSidecar->model.landmarks.empty());
  EXPECT_FALSE(BodySurface::fromModel(withoutSidecar->model).ok()) << "no landmarks: a clear error, not a guess";

  nlohmann::json j = {{"format", "myoatlas-landmarks"}, {"landmarks", nlohmann::json::object()}};
  for (const auto& l : landmarks) j["landmarks"][l.id] = {l.position.x, l.position.y, l.position.z};
  std::ofstream(landmarkSidecarPath(path)) << j.dump();
  auto imported = importModel(path);
  ASSERT_TRUE(imported.ok()) << imported.error();
  ASSERT_EQ(imported->model.landmarks.size(), landmarks.size());

  const AtlasLoad& atlas = test::shippedAtlas();
  auto a = BodySurface::fromModel(shipped->model), b = BodySurface::fromModel(imported->model);
  ASSERT_TRUE(a.ok() && b.ok());
  ReferralPainter pa(atlas.atlas, *a.value()), pb(atlas.atlas, *b.value());
  const TriggerPoint& trp = *atlas.atlas.triggerPoint("upper_trapezius.trp1");
  EXPECT_EQ(pa.pattern(trp, Side::Right).essential.vertices, pb.pattern(trp, Side::Right).essential.vertices);
}

TEST(LandmarkSidecar, MalformedFileNamesItAndTheField) {
  auto shipped = importModel(MYOATLAS_DEFAULT_BODY);
  ASSERT_TRUE(shipped.ok());
  const auto path = (test::scratchDir() / "body.glb").string();
  ASSERT_TRUE(writeGlb(path, shipped->model).ok());
  std::ofstream(landmarkSidecarPath(path)) << R"({"format": "myoatlas-landmarks", "landmarks": {"acromion.r": [1, 2]}})";
  auto r = importModel(path);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().find(landmarkSidecarPath(path)), std::string::npos);
  EXPECT_NE(r.error().find("/landmarks/acromion.r"), std::string::npos);
}

}  // namespace
}  // namespace myoatlas
