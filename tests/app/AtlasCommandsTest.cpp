// `myoatlas validate` and `myoatlas search` from the command line: exit codes and the JSON contract.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/RunCommand.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

using nlohmann::json;
using test::contains;
using test::myoatlas;
using test::runCommand;

TEST(ValidateCommand, ShippedAtlasIsValidWithCounts) {
  const auto r = runCommand(myoatlas() + " validate --json");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const json j = json::parse(r.out);
  EXPECT_TRUE(j["valid"].get<bool>());
  EXPECT_GE(j["counts"]["muscles"].get<int>(), 120);
  EXPECT_GE(j["counts"]["trigger_points"].get<int>(), 250);
  EXPECT_GE(j["counts"]["pain_areas"].get<int>(), 50);
  EXPECT_GE(j["counts"]["landmarks"].get<int>(), 60);
  EXPECT_GT(j["counts"]["zones"].get<int>(), j["counts"]["trigger_points"].get<int>());
  EXPECT_TRUE(j["errors"].empty());
  const auto text = runCommand(myoatlas() + " validate");
  EXPECT_EQ(text.exitCode, 0);
  EXPECT_TRUE(contains(text.out, "is valid"));
}

TEST(ValidateCommand, BrokenAtlasExitsTwoWithEveryError) {
  const auto dir = test::scratchDir() / "atlas";
  std::filesystem::copy(test::sourceDir() / "data", dir, std::filesystem::copy_options::recursive);
  json regions = json::parse(std::ifstream(dir / "regions.json"));
  regions["regions"][0]["name"] = 7;
  std::ofstream(dir / "regions.json") << regions.dump();
  std::filesystem::remove(dir / "general.json");

  const auto r = runCommand(myoatlas() + " validate '" + dir.string() + "' --json");
  EXPECT_EQ(r.exitCode, 2);
  const json j = json::parse(r.out);
  EXPECT_FALSE(j["valid"].get<bool>());
  ASSERT_EQ(j["errors"].size(), 2u) << r.out;
  EXPECT_EQ(j["errors"][0]["file"], "regions.json");
  EXPECT_EQ(j["errors"][0]["path"], "/regions/0/name");
  EXPECT_TRUE(contains(j["errors"][0]["message"].get<std::string>(), "expected a string"));
  EXPECT_EQ(j["errors"][1]["file"], "general.json");

  const auto text = runCommand(myoatlas() + " validate '" + dir.string() + "'");
  EXPECT_EQ(text.exitCode, 2);
  EXPECT_TRUE(contains(text.err, "regions.json: /regions/0/name: expected a string, found a number"));
  EXPECT_TRUE(contains(text.err, "2 problems"));
}

TEST(SearchCommand, JsonListsRankedResultsWithIdsAndKinds) {
  const auto r = runCommand(myoatlas() + " search SCM --json --top 3");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const json j = json::parse(r.out);
  EXPECT_EQ(j["query"], "SCM");
  ASSERT_FALSE(j["results"].empty());
  EXPECT_EQ(j["results"][0]["id"], "sternocleidomastoid");
  EXPECT_EQ(j["results"][0]["kind"], "muscle");
  EXPECT_LE(j["results"].size(), 3u);

  const auto text = runCommand(myoatlas() + " search 'tennis elbow'");
  EXPECT_EQ(text.exitCode, 0);
  EXPECT_TRUE(contains(text.out, "Extensor carpi radialis longus"));
}

TEST(SearchCommand, NeedsAQueryAndSaysWhenNothingMatches) {
  EXPECT_EQ(runCommand(myoatlas() + " search").exitCode, 2);
  const auto none = runCommand(myoatlas() + " search xqzzyv");
  EXPECT_EQ(none.exitCode, 0);
  EXPECT_TRUE(contains(none.out, "No match"));
}

}  // namespace
}  // namespace myoatlas
