// Search puts the expected entry first for abbreviations, Latin names, typos and symptoms.
#include "core/atlas/Search.h"

#include <gtest/gtest.h>

#include "core/atlas/AtlasLoader.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

const AtlasSearch& search() {
  static const AtlasLoad load = loadAtlas((test::sourceDir() / "data").string());
  static const AtlasSearch s(load.atlas);
  return s;
}

std::string first(const std::string& query) {
  const auto r = search().search(query, 5);
  return r.empty() ? "(nothing)" : r[0].id;
}

bool inTop(const std::string& query, const std::string& id, std::size_t k) {
  for (const auto& r : search().search(query, k))
    if (r.id == id) return true;
  return false;
}

TEST(AtlasSearch, Abbreviations) {
  EXPECT_EQ(first("SCM"), "sternocleidomastoid");
  EXPECT_EQ(first("QL"), "quadratus_lumborum");
  EXPECT_EQ(first("TFL"), "tensor_fasciae_latae");
  EXPECT_EQ(first("ECRL"), "extensor_carpi_radialis_longus");
}

TEST(AtlasSearch, LatinNamesAndSynonyms) {
  EXPECT_EQ(first("Musculus piriformis"), "piriformis");
  EXPECT_EQ(first("musculus quadratus lumborum"), "quadratus_lumborum");
  EXPECT_EQ(first("rotator cuff"), "supraspinatus");
  EXPECT_EQ(first("traps"), "upper_trapezius");
}

TEST(AtlasSearch, Typos) {
  EXPECT_EQ(first("piriformus"), "piriformis");
  EXPECT_EQ(first("sternocleidomastiod"), "sternocleidomastoid");
  EXPECT_EQ(first("gastrocnemus"), "gastrocnemius");
  EXPECT_EQ(first("infraspinatis"), "infraspinatus");
  EXPECT_EQ(first("levator scap"), "levator_scapulae");
}

TEST(AtlasSearch, Symptoms) {
  EXPECT_EQ(first("headache"), "upper_trapezius");
  EXPECT_TRUE(inTop("headache", "sternocleidomastoid", 3));
  EXPECT_TRUE(inTop("tennis elbow", "extensor_carpi_radialis_longus", 3));
  EXPECT_TRUE(inTop("tennis elbow", "supinator", 8));
  EXPECT_TRUE(inTop("sciatica", "piriformis", 3));
  EXPECT_TRUE(inTop("sciatica", "gluteus_minimus", 3));
  EXPECT_TRUE(inTop("golfers elbow", "inner_elbow", 2));
}

TEST(AtlasSearch, PainAreas) {
  const auto r = search().search("temple", 3);
  ASSERT_FALSE(r.empty());
  EXPECT_EQ(r[0].kind, SearchKind::PainArea);
  EXPECT_EQ(r[0].id, "temple");
  EXPECT_TRUE(inTop("temple", "temporalis", 3));
  EXPECT_EQ(first("heel pain"), "heel");
}

TEST(AtlasSearch, NonsenseFindsNothingAndEmptyQueryIsHarmless) {
  EXPECT_TRUE(search().search("xqzzyv", 5).empty());
  EXPECT_TRUE(search().search("   ", 5).empty());
}

TEST(AtlasSearch, ResultsCarryIdKindAndAreRanked) {
  const auto r = search().search("trapezius", 10);
  ASSERT_GE(r.size(), 3u);
  for (std::size_t i = 1; i < r.size(); ++i) EXPECT_GE(r[i - 1].score, r[i].score);
  for (const auto& x : r) EXPECT_FALSE(x.id.empty());
}

TEST(SearchText, NormalisesAndMeasuresTypos) {
  EXPECT_EQ(normaliseForSearch("  Golfer's   ELBOW!"), "golfers elbow");
  EXPECT_EQ(editDistance("piriformis", "piriformus", 2), 1);
  EXPECT_EQ(editDistance("scm", "smc", 2), 1) << "a transposition is one edit";
  EXPECT_GT(editDistance("deltoid", "soleus", 2), 2);
}

}  // namespace
}  // namespace myoatlas
