// Handouts: a lesson's PDF carries every step's title, picture and trigger points with their self-care and
// sources, and a client's PDF the likely sources of their pain with self-care and when to see a professional.
// Checked as a reader would: the text (pdftotext) and the pages as pictures (pdftoppm) against golden images.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "io/Png.h"
#include "support/Golden.h"
#include "support/RunCommand.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

using test::contains;
using test::myoatlas;
using test::runCommand;

bool popplerMissing() {
  if (runCommand("command -v pdftotext && command -v pdftoppm").exitCode == 0) return false;
  if (std::getenv("MYOATLAS_REQUIRE_GL")) ADD_FAILURE() << "poppler-utils is required in CI";
  return true;
}

std::string pdfText(const std::string& pdf) { return runCommand("pdftotext -layout '" + pdf + "' -").out; }

// One page as a picture, at a resolution a golden image can hold.
Image pdfPage(const std::string& pdf, int page) {
  const std::string number = std::to_string(page);
  const std::string prefix = (std::filesystem::path(pdf).parent_path() / std::string("page").append(number)).string();
  const auto r = runCommand("pdftoppm -r 40 -png -f " + number + " -l " + number + " -singlefile '" + pdf + "' '" + prefix + "'");
  auto img = readPng(prefix + ".png");
  EXPECT_TRUE(img.ok()) << img.error() << ": " << r.err;
  return img ? img.value() : Image();
}

TEST(HandoutCommand, ALessonHandoutHasEveryStepWithItsTriggerPointsAndSources) {
  if (popplerMissing()) GTEST_SKIP() << "poppler-utils is not installed";
  const std::string lesson = (test::sourceDir() / "data" / "lessons" / "headache-neck.myolesson.json").string();
  const std::string pdf = (test::scratchDir() / "neck-handout.pdf").string();
  const auto r = runCommand(myoatlas() + " handout --lesson '" + lesson + "' --out '" + pdf + "'");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const std::string text = pdfText(pdf);
  std::ifstream in(lesson);
  const auto json = nlohmann::json::parse(in);
  EXPECT_TRUE(contains(text, json["title"].get<std::string>()));
  for (const auto& step : json["steps"]) {
    const std::string title = step["title"].get<std::string>();
    EXPECT_TRUE(contains(text, title.substr(0, 30))) << "step '" << title << "' is in the handout";
  }
  for (const char* expected : {"Upper trapezius TrP1", "Self-release:", "Pressure", "Stretch:", "Cautions:",
                               "When to see a professional", "Sources", "Travell"})
    EXPECT_TRUE(contains(text, expected)) << expected;
  std::string pageCount = runCommand("(pdfinfo '" + pdf + "' | sed -n 's/^Pages: *//p')").out;
  const int pages = pageCount.empty() ? 0 : std::stoi(pageCount);
  EXPECT_GE(pages, 13) << "a contents page, then a page or more per step";
  test::expectMatchesGolden(pdfPage(pdf, 4), "handout_neck_step2_page", 2.5, 0.03);
}

TEST(HandoutCommand, AClientHandoutListsTheLikelySourcesWithSelfCare) {
  if (popplerMissing()) GTEST_SKIP() << "poppler-utils is not installed";
  const auto dir = test::scratchDir();
  const std::string scene = (dir / "knee-client.myoscene.json").string(), pdf = (dir / "client.pdf").string();
  auto r = runCommand(myoatlas() + " render --view posterior --out '" + (dir / "unused.png").string() + "' --width 64 --height 64"
                      " --save-scene '" + scene + "'");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  nlohmann::json j;
  {
    std::ifstream in(scene);
    j = nlohmann::json::parse(in);
  }
  j["view"]["pain_question"] = {{"kind", "area"}, {"area", "back_of_knee"}, {"side", "right"}};
  std::ofstream(scene) << j.dump(2);
  r = runCommand(myoatlas() + " handout --scene '" + scene + "' --out '" + pdf + "' --paper letter");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const std::string text = pdfText(pdf);
  for (const char* expected : {"Your pain map", "back of the knee", "Gastrocnemius", "Self-release:", "When to see a professional",
                               "not a diagnosis"})
    EXPECT_TRUE(contains(text, expected)) << expected << "\n" << text.substr(0, 600);
  test::expectMatchesGolden(pdfPage(pdf, 1), "handout_client_knee_page1", 2.5, 0.03);
}

TEST(HandoutCommand, BadRequestsAreRefusedNamingWhatIsWrong) {
  const auto dir = test::scratchDir();
  const std::string pdf = (dir / "never.pdf").string();
  const std::string lesson = (test::sourceDir() / "data" / "lessons" / "headache-neck.myolesson.json").string();
  const std::string plain = (dir / "plain.myoscene.json").string();
  ASSERT_EQ(runCommand(myoatlas() + " render --out '" + (dir / "unused.png").string() + "' --width 64 --height 64 --save-scene '" +
                       plain + "'").exitCode, 0);
  const struct {
    std::string args, expected;
  } cases[] = {
      {"--lesson /no/such.myolesson.json", "does not exist"},
      {"--lesson '" + lesson + "' --paper a3", "--paper 'a3' must be a4 or letter"},
      {"--scene '" + plain + "'", "no pain drawing"},
      {"", "--lesson or --scene"},
  };
  for (const auto& c : cases) {
    const auto r = runCommand(myoatlas() + " handout " + c.args + " --out '" + pdf + "'");
    EXPECT_EQ(r.exitCode, 2) << c.args << ": " << r.err;
    EXPECT_TRUE(contains(r.err, c.expected)) << c.args << ": " << r.err;
  }
  EXPECT_FALSE(std::filesystem::exists(pdf)) << "nothing written";
}

}  // namespace
}  // namespace myoatlas
