// Referred-pain patterns painted on the generated body, and the pain finder's answers on textbook cases.
#include "core/pain/PainFinder.h"

#include <map>

#include <gtest/gtest.h>

#include "core/atlas/AtlasLoader.h"
#include "core/body/BodyGenerator.h"
#include "support/ShippedAtlas.h"
#include "support/SkinBody.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

struct Fixture {
  const AtlasLoad& atlas = test::shippedAtlas();  // painters refer to it for the whole run
  Model body;
  std::unique_ptr<BodySurface> surface;
  std::unique_ptr<ReferralPainter> painter;
  std::unique_ptr<PainFinder> finder;
  std::map<std::string, glm::vec3> landmarks;
};

Fixture& fixture() {
  static Fixture f = [] {
    Fixture x;
    x.body = *test::skinOnlyBody();  // patterns are painted on the skin: no bones or muscles
    x.surface = std::move(BodySurface::fromModel(x.body).value());
    x.painter = std::make_unique<ReferralPainter>(x.atlas.atlas, *x.surface);
    x.finder = std::make_unique<PainFinder>(*x.painter);
    for (const auto& l : x.body.landmarks) x.landmarks[l.id] = l.position;
    return x;
  }();
  return f;
}

const ReferralPattern& pattern(const std::string& id, Side side) {
  return fixture().painter->pattern(*fixture().atlas.atlas.triggerPoint(id), side);
}

TEST(Referral, FalloffIsOneInTheCoreAndEasesToZero) {
  EXPECT_FLOAT_EQ(zoneFalloff(0.0f, 0.03f), 1.0f);
  EXPECT_FLOAT_EQ(zoneFalloff(0.03f * kZoneCore, 0.03f), 1.0f);
  EXPECT_FLOAT_EQ(zoneFalloff(0.03f, 0.03f), 0.0f);
  float previous = 1.0f;
  for (float d = 0.0f; d <= 0.035f; d += 0.001f) {
    const float v = zoneFalloff(d, 0.03f);
    EXPECT_LE(v, previous + 1e-6f) << "monotone at " << d;
    previous = v;
  }
}

TEST(Referral, EssentialCoreIsOneAndFarAwayIsZero) {
  Fixture& f = fixture();
  const ReferralPattern& p = pattern("upper_trapezius.trp1", Side::Right);
  ASSERT_FALSE(p.essential.vertices.empty());
  EXPECT_NEAR(p.essential.at(f.surface->nearestVertex(f.landmarks["temple.r"])), 1.0f, 1e-6f) << "temple is in the core";
  // A zone, not a dot: the question mark from the temple reaches several centimetres away.
  float reach = 0.0f;
  for (auto v : p.essential.vertices) reach = std::max(reach, glm::distance(f.surface->skin().positions[v], f.landmarks["temple.r"]));
  EXPECT_GT(reach, 0.04f);
  // Nothing below the shoulders, nothing on the left side of the head.
  for (auto v : p.essential.vertices) {
    EXPECT_GT(f.surface->skin().positions[v].y, 1.35f);
    EXPECT_LT(f.surface->skin().positions[v].x, 0.02f);
  }
}

TEST(Referral, NeverBleedsOntoTheOtherLimb) {
  Fixture& f = fixture();
  // The right adductor longus refers along the inner thigh; the left thigh is a few centimetres away.
  const ReferralPattern& thigh = pattern("adductor_longus.trp1", Side::Right);
  ASSERT_FALSE(thigh.essential.vertices.empty());
  for (const auto* zone : {&thigh.essential, &thigh.spillover})
    for (auto v : zone->vertices) {
      const glm::vec3& p = f.surface->skin().positions[v];
      if (p.y < 0.75f) {
        EXPECT_LT(p.x, 0.02f) << "vertex " << v << " on the left thigh";  // the thighs meet only at the crotch
      }
    }
  // The right forearm extensors refer to the hand; the hand hangs beside the thigh but never paints it.
  const ReferralPattern& forearm = pattern("extensor_carpi_radialis_longus.trp1", Side::Right);
  ASSERT_FALSE(forearm.essential.vertices.empty());
  for (auto v : forearm.essential.vertices) EXPECT_LT(f.surface->skin().positions[v].x, -0.19f) << "on the trunk or thigh";
}

// The skin is not mirror-symmetric vertex for vertex (polygonised on a grid, then simplified), so compare what a
// person sees: about the same amount of painted skin, in the mirrored place. On this test's 1 cm mesh the
// painted areas of the two sides differ by up to 15%; a mirrored skin (open work in issue 4) would make them equal.
TEST(Referral, LeftMirrorsRight) {
  Fixture& f = fixture();
  // Painted area: intensity times the skin area around each vertex (a third of its triangles), because the
  // simplified mesh is denser on one side in places.
  const Mesh& skin = f.surface->skin();
  std::vector<float> vertexArea(skin.positions.size(), 0.0f);
  for (std::size_t t = 0; t < skin.indices.size(); t += 3) {
    const glm::vec3 &a = skin.positions[skin.indices[t]], &b = skin.positions[skin.indices[t + 1]], &c = skin.positions[skin.indices[t + 2]];
    const float third = glm::length(glm::cross(b - a, c - a)) / 6.0f;
    for (int k = 0; k < 3; ++k) vertexArea[skin.indices[t + std::size_t(k)]] += third;
  }
  const auto summary = [&](const SparseIntensity& zone) {
    float weight = 0.0f;
    glm::vec3 centre(0.0f);
    for (std::size_t i = 0; i < zone.vertices.size(); ++i) {
      const float w = zone.values[i] * vertexArea[zone.vertices[i]];
      weight += w;
      centre += w * skin.positions[zone.vertices[i]];
    }
    return std::pair{weight, centre / std::max(weight, 1e-6f)};
  };
  for (const char* id : {"upper_trapezius.trp1", "gluteus_medius.trp2", "infraspinatus.trp1", "soleus.trp1"}) {
    const auto [rightWeight, rightCentre] = summary(pattern(id, Side::Right).essential);
    const auto [leftWeight, leftCentre] = summary(pattern(id, Side::Left).essential);
    ASSERT_GT(rightWeight, 5e-4f) << id << ": at least 5 square centimetres painted";
    EXPECT_NEAR(leftWeight / rightWeight, 1.0f, 0.2f) << id;
    // 1.5 cm: a twentieth of the longest pattern here (neck to temple); the 1 cm test skin is not symmetric.
    EXPECT_LT(glm::distance(leftCentre, rightCentre * glm::vec3(-1, 1, 1)), 0.015f) << id;
    EXPECT_LT(rightCentre.x, 0.0f) << id << " is painted on the right";
  }
}

std::vector<std::string> sourcesAt(const std::string& landmark, std::size_t top) {
  Fixture& f = fixture();
  std::vector<std::string> ids;
  for (const auto& c : f.finder->atVertex(f.surface->nearestVertex(f.landmarks[landmark]), top)) ids.push_back(c.triggerPoint);
  return ids;
}

std::vector<std::string> musclesForArea(const std::string& area, std::size_t top) {
  Fixture& f = fixture();
  std::vector<std::string> muscles;
  const auto drawing = f.painter->painArea(*f.atlas.atlas.painArea(area), Side::Right);
  for (const auto& c : f.finder->forDrawing(drawing, top)) muscles.push_back(f.atlas.atlas.triggerPoint(c.triggerPoint)->muscle);
  return muscles;
}

bool has(const std::vector<std::string>& list, const std::string& prefix) {
  return std::any_of(list.begin(), list.end(), [&](const std::string& s) { return s.rfind(prefix, 0) == 0; });
}

// Temple headache: the Manual's pain guide names the upper trapezius, temporalis and sternocleidomastoid
// (with splenius cervicis, the suboccipitals and semispinalis capitis) (Simons et al., vol. 1, 2nd ed., fig. 5.1).
// Its six entries are nine atlas muscles (the suboccipital group is four), so the three are asked for among the
// first nine answers: the suboccipitals' essential band from the occiput to the eye passes over the ear to the
// temple on a skin with ears, ahead of the sternocleidomastoid's spillover there.
TEST(PainFinder, TempleListsTrapeziusTemporalisAndScm) {
  const auto top = sourcesAt("temple.r", 9);
  EXPECT_TRUE(has(top, "upper_trapezius.trp1"));
  EXPECT_TRUE(has(top, "temporalis."));
  EXPECT_TRUE(has(top, "sternocleidomastoid."));
  const auto all = fixture().finder->atVertex(fixture().surface->nearestVertex(fixture().landmarks["temple.r"]), 50);
  for (std::size_t i = 1; i < all.size(); ++i) {
    EXPECT_GE(all[i - 1].score, all[i].score);
    if (all[i].essential) {
      EXPECT_TRUE(all[i - 1].essential) << "essential zones rank before spillover";
    }
  }
}

// Heel pain: soleus first, with quadratus plantae and abductor hallucis (Travell and Simons, vol. 2, pain guide).
TEST(PainFinder, HeelPainStartsWithSoleus) {
  const auto muscles = musclesForArea("heel", 5);
  ASSERT_FALSE(muscles.empty());
  EXPECT_EQ(muscles[0], "soleus");
  EXPECT_TRUE(has(muscles, "quadratus_plantae"));
  EXPECT_TRUE(has(muscles, "abductor_hallucis"));
}

// Lateral epicondyle pain: supinator, brachioradialis, extensor carpi radialis longus, triceps, anconeus
// (Simons et al., vol. 1, 2nd ed., pain guide for the elbow).
TEST(PainFinder, OuterElbowFindsTheTennisElbowMuscles) {
  const auto muscles = musclesForArea("outer_elbow", 8);
  EXPECT_TRUE(has(muscles, "supinator"));
  EXPECT_TRUE(has(muscles, "brachioradialis"));
  EXPECT_TRUE(has(muscles, "extensor_carpi_radialis_longus"));
  EXPECT_TRUE(has(muscles, "triceps_brachii"));
}

TEST(PainFinder, NoSkinOrNoLandmarksIsAClearError) {
  Model muscleOnly;
  muscleOnly.source = "bp3d.glb";
  muscleOnly.meshes.push_back(fixture().body.meshes[0]);
  muscleOnly.meshes[0].name = "gluteus maximus";
  muscleOnly.meshes[0].tissue = TissueKind::Muscle;  // muscles only: neither the name nor the material says skin
  muscleOnly.meshes.push_back(muscleOnly.meshes[0]);
  auto noSkin = BodySurface::fromModel(muscleOnly);
  ASSERT_FALSE(noSkin.ok());
  EXPECT_NE(noSkin.error().find("no skin"), std::string::npos);
  Model noLandmarks;
  noLandmarks.source = "mannequin.obj";
  noLandmarks.meshes.push_back(fixture().body.meshes[0]);
  auto r = BodySurface::fromModel(noLandmarks);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().find("no anatomical landmarks"), std::string::npos);
}

}  // namespace
}  // namespace myoatlas
