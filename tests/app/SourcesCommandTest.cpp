// `myoatlas sources` and `render --select`: the pain finder's JSON contract and its bad-input messages.
#include <algorithm>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "io/Png.h"
#include "support/RunCommand.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

using nlohmann::json;
using test::contains;
using test::myoatlas;
using test::runCommand;

// An area with a pain guide answers with the guide's muscles, essential first in the guide's order, each with its
// trigger points nested (Travell & Simons vol. 1, ch. 5: temporal headache).
TEST(SourcesCommand, AreaGivesTheGuidesMusclesWithTheirTriggerPointsAsJson) {
  const auto r = runCommand(myoatlas() + " sources --area temple --json");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const json j = json::parse(r.out);
  EXPECT_EQ(j["query"]["area"], "temple");
  EXPECT_EQ(j["guide"]["name"], "Temporal headache");
  EXPECT_NE(j["guide"]["where"].get<std::string>().find("vol. 1"), std::string::npos);
  ASSERT_GE(j["results"].size(), 6u) << "every muscle of the guide, no cap";
  bool suboccipitals = false;  // the guide's group is one answer with its four muscles
  for (const auto& x : j["results"])
    if (x["group"] == "suboccipitals") suboccipitals = x["muscles"].size() == 4u && x["trigger_points"].size() == 4u;
  EXPECT_TRUE(suboccipitals);
  const char* essential[] = {"upper_trapezius", "sternocleidomastoid", "temporalis"};
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(j["results"][i]["muscle"], essential[i]);
    EXPECT_EQ(j["results"][i]["zone"], "essential");
    EXPECT_EQ(j["results"][i]["guide_rank"], i + 1);
  }
  for (const auto& x : j["results"]) {
    for (const char* key : {"muscle", "name", "side", "zone", "score", "coverage", "guide_rank", "painted", "trigger_points", "group", "muscles"})
      EXPECT_TRUE(x.contains(key)) << key;
    ASSERT_FALSE(x["trigger_points"].empty()) << x["muscle"];
    for (const auto& t : x["trigger_points"]) {  // each nested under its muscle (or its group's muscles)
      for (const char* key : {"trigger_point", "name", "zone", "coverage", "frequency"}) EXPECT_TRUE(t.contains(key)) << key;
      const std::string muscle = t["trigger_point"].get<std::string>().substr(0, t["trigger_point"].get<std::string>().find('.'));
      EXPECT_NE(std::find(x["muscles"].begin(), x["muscles"].end(), muscle), x["muscles"].end()) << muscle;
    }
  }
  EXPECT_EQ(json::parse(runCommand(myoatlas() + " sources --area temple --top 2 --json").out)["results"].size(), 2u);
  const auto byName = runCommand(myoatlas() + " sources --area 'Tennis elbow' --json");
  ASSERT_EQ(byName.exitCode, 0) << byName.err;
  EXPECT_EQ(json::parse(byName.out)["query"]["area"], "outer_elbow") << "synonyms find the area";
  const auto anatomical = runCommand(myoatlas() + " sources --area 'posterier knee'");
  ASSERT_EQ(anatomical.exitCode, 0) << anatomical.err;
  EXPECT_TRUE(contains(anatomical.out, "Posterior knee pain"));
  EXPECT_TRUE(contains(anatomical.out, "1. Gastrocnemius  guide: essential"));
}

TEST(SourcesCommand, AuditFindsTheGuidesAndPatternsInAgreement) {
  const auto r = runCommand(myoatlas() + " sources --audit");
  EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
  EXPECT_TRUE(contains(r.out, "0 disagreements"));
}

TEST(SourcesCommand, ListsAreas) {
  const auto r = runCommand(myoatlas() + " sources --list-areas --json");
  ASSERT_EQ(r.exitCode, 0);
  EXPECT_GE(json::parse(r.out).size(), 50u);
}

TEST(SourcesCommand, BadInputExitsTwoWithAClearMessage) {
  const auto unknown = runCommand(myoatlas() + " sources --area elbow_pit");
  EXPECT_EQ(unknown.exitCode, 2);
  EXPECT_TRUE(contains(unknown.err, "elbow_pit"));
  EXPECT_TRUE(contains(unknown.err, "nearest"));
  EXPECT_TRUE(contains(unknown.err, "elbow")) << "suggests the elbow areas: " << unknown.err;
  EXPECT_TRUE(contains(unknown.err, "--list-areas"));
  const auto several = runCommand(myoatlas() + " sources --area 'knee pain'");
  EXPECT_EQ(several.exitCode, 2);
  EXPECT_TRUE(contains(several.err, "several")) << several.err;
  EXPECT_TRUE(contains(several.err, "back_of_knee")) << several.err;
  const auto none = runCommand(myoatlas() + " sources");
  EXPECT_EQ(none.exitCode, 2);
  const auto far = runCommand(myoatlas() + " sources --point 3 3 3");
  EXPECT_EQ(far.exitCode, 2);
  EXPECT_TRUE(contains(far.err, "from the skin"));
  const auto badSide = runCommand(myoatlas() + " sources --area heel --side middle");
  EXPECT_EQ(badSide.exitCode, 2);
  const auto badSelect = runCommand(myoatlas() + " render --out x.png --select upper_trapezius.trp9");
  EXPECT_EQ(badSelect.exitCode, 2);
  EXPECT_TRUE(contains(badSelect.err, "upper_trapezius.trp9"));
}

TEST(SourcesCommand, RenderPaintsTheSelectedPattern) {
  const auto dir = test::scratchDir();
  const auto plain = (dir / "plain.png").string(), painted = (dir / "painted.png").string();
  auto r = runCommand(myoatlas() + " render --out '" + painted + "' --view right --width 300 --height 400 --select upper_trapezius.trp1");
  if (r.exitCode == 1 && contains(r.err, "no OpenGL") && std::getenv("MYOATLAS_REQUIRE_GL") == nullptr) GTEST_SKIP() << r.err;
  ASSERT_EQ(r.exitCode, 0) << r.err;
  ASSERT_EQ(runCommand(myoatlas() + " render --out '" + plain + "' --view right --width 300 --height 400").exitCode, 0);
  auto a = readPng(plain), b = readPng(painted);
  ASSERT_TRUE(a.ok() && b.ok());
  int red = 0;
  for (int y = 0; y < 400; ++y)
    for (int x = 0; x < 300; ++x) {
      const auto c = b->at(x, y);
      if (c.r > 140 && c.g < 80 && c.b < 80) ++red;
    }
  EXPECT_GT(red, 30) << "red essential zone on the neck and temple";
  EXPECT_GT(compareImages(a.value(), b.value()).fractionOver, 0.001);
}

}  // namespace
}  // namespace myoatlas
