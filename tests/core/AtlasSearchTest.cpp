// Search puts the expected entry first for abbreviations, Latin names, typos and symptoms.
#include "core/atlas/Search.h"

#include <gtest/gtest.h>

#include "core/atlas/AtlasLoader.h"
#include "support/ShippedAtlas.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

const AtlasSearch& search() {
  static const AtlasSearch s(test::shippedAtlas().atlas);
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

namespace myoatlas {
namespace {

// The search panel's filters (region and depth), as a class browsing the atlas uses them.
class Browse : public ::testing::Test {
 protected:
  static const Atlas& atlas() { return test::shippedAtlas().atlas; }
  static std::vector<SearchResult> browse(const BrowseFilter& f, std::size_t limit = 200) {
    return browseAtlas(atlas(), search(), f, limit);
  }
  static bool has(const std::vector<SearchResult>& r, const std::string& id) {
    return std::any_of(r.begin(), r.end(), [&](const SearchResult& x) { return x.id == id; });
  }
};

TEST_F(Browse, NothingTypedAndNoFilterListsNothing) { EXPECT_TRUE(browse({}).empty()); }

TEST_F(Browse, ARegionAloneListsExactlyItsMuscles) {
  const auto r = browse({"", "hip_buttock", std::nullopt});
  std::size_t expected = 0;
  for (const auto& m : atlas().muscles)
    expected += std::count(m.regions.begin(), m.regions.end(), "hip_buttock") > 0 ? 1 : 0;
  EXPECT_EQ(r.size(), expected);
  EXPECT_TRUE(has(r, "piriformis"));
  EXPECT_TRUE(has(r, "gluteus_maximus"));
  EXPECT_FALSE(has(r, "sternocleidomastoid"));
}

TEST_F(Browse, DepthFilterSeparatesTheGlutealLayers) {
  const auto deep = browse({"", "hip_buttock", Depth::Deep});
  EXPECT_TRUE(has(deep, "piriformis"));
  EXPECT_FALSE(has(deep, "gluteus_maximus"));
  for (const auto& r : deep) EXPECT_EQ(atlas().muscle(r.id)->depth, Depth::Deep) << r.id;
  const auto superficial = browse({"", "hip_buttock", Depth::Superficial});
  EXPECT_TRUE(has(superficial, "gluteus_maximus"));
  EXPECT_FALSE(has(superficial, "piriformis"));
}

TEST_F(Browse, TextIsLimitedToTheRegionAndDepthLeavesOutPainAreas) {
  const auto all = browse({"headache", "", std::nullopt});
  ASSERT_TRUE(has(all, "upper_trapezius.trp1") || has(all, "upper_trapezius"));
  const auto legOnly = browse({"headache", "leg_foot", std::nullopt});
  EXPECT_FALSE(has(legOnly, "upper_trapezius.trp1"));
  EXPECT_FALSE(has(legOnly, "upper_trapezius"));
  const auto temple = browse({"temple", "", std::nullopt});
  ASSERT_TRUE(std::any_of(temple.begin(), temple.end(), [](const SearchResult& r) { return r.kind == SearchKind::PainArea; }));
  const auto templeDeep = browse({"temple", "", Depth::Superficial});
  EXPECT_TRUE(std::none_of(templeDeep.begin(), templeDeep.end(), [](const SearchResult& r) { return r.kind == SearchKind::PainArea; }));
  EXPECT_LE(browse({"a", "", std::nullopt}, 5).size(), 5u) << "the limit holds";
}

}  // namespace
}  // namespace myoatlas
