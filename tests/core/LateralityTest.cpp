// Mirroring: data written once for the right side lands on mirror-image points on the left.
#include "core/atlas/Laterality.h"

#include <gtest/gtest.h>

#include "core/atlas/AtlasLoader.h"
#include "support/ShippedAtlas.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

// A symmetric stand-in body: every landmark gets a deterministic position, left = mirror of right.
LandmarkPositions symmetricLandmarks(const Atlas& atlas) {
  LandmarkPositions p;
  for (std::size_t i = 0; i < atlas.landmarks.size(); ++i) {
    const Landmark& l = atlas.landmarks[i];
    const glm::vec3 right(-0.05f - 0.002f * float(i % 50), 0.1f + 0.015f * float(i), 0.01f * float(i % 7));
    if (l.bilateral) {
      p[sidedLandmarkId(l, Side::Right)] = right;
      p[sidedLandmarkId(l, Side::Left)] = right * glm::vec3(-1, 1, 1);
    } else {
      p[l.id] = glm::vec3(0.0f, right.y, right.z);
    }
  }
  return p;
}

TEST(Laterality, SidedIdsOnlyForBilateralLandmarks) {
  Landmark bilateral{"acromion", "Acromion", LandmarkKind::Bony, true, ""};
  Landmark midline{"c7_spinous_process", "C7", LandmarkKind::Bony, false, ""};
  EXPECT_EQ(sidedLandmarkId(bilateral, Side::Right), "acromion.r");
  EXPECT_EQ(sidedLandmarkId(bilateral, Side::Left), "acromion.l");
  EXPECT_EQ(sidedLandmarkId(midline, Side::Left), "c7_spinous_process");
}

TEST(Laterality, EveryTriggerPointAndZoneMirrorsAcrossTheMidline) {
  const AtlasLoad& load = test::shippedAtlas();
  ASSERT_TRUE(load.ok());
  const Atlas& atlas = load.atlas;
  const LandmarkPositions positions = symmetricLandmarks(atlas);
  const auto check = [&](const AnchoredPoint& point, const std::string& what) {
    const auto r = resolvePoint(atlas, point, Side::Right, positions);
    const auto l = resolvePoint(atlas, point, Side::Left, positions);
    ASSERT_TRUE(r && l) << what;
    EXPECT_NEAR(l->x, -r->x, 1e-6f) << what;
    EXPECT_NEAR(l->y, r->y, 1e-6f) << what;
    EXPECT_NEAR(l->z, r->z, 1e-6f) << what;
    // Data is written for the right side: a lateral offset moves a right-side point towards -X.
    if (point.offsetCm[0] > 0.0f) {
      EXPECT_LT(r->x, positions.at(sidedLandmarkId(*atlas.landmark(point.landmark), Side::Right)).x) << what;
    }
  };
  int checked = 0;
  for (const auto& t : atlas.triggerPoints) {
    check(t.location, t.id + " location");
    for (const auto* zone : {&t.essential, &t.spillover})
      for (const auto& prim : *zone) {
        check(prim.from, t.id + " zone");
        if (prim.to) check(*prim.to, t.id + " zone end");
        ++checked;
      }
  }
  for (const auto& a : atlas.painAreas)
    for (const auto& prim : a.zone) check(prim.from, a.id);
  EXPECT_GT(checked, 400);
}

TEST(Laterality, UnknownLandmarkResolvesToNothing) {
  Atlas atlas;
  atlas.buildIndex();
  EXPECT_FALSE(resolvePoint(atlas, AnchoredPoint{"nowhere", {0, 0, 0}}, Side::Right, {}).has_value());
}

}  // namespace
}  // namespace myoatlas
