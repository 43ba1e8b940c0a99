// Lessons from the command line and in the window: a shipped lesson's steps render exactly (golden images), a
// lesson that cannot be drawn is refused naming the file and the step, and presenting it full screen shows the
// step's caption beside the body.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "io/Png.h"
#include "support/Golden.h"
#include "support/RunCommand.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

using test::contains;
using test::myoatlas;
using test::runCommand;

std::string shippedLesson(const std::string& name) { return (test::sourceDir() / "data" / "lessons" / (name + ".myolesson.json")).string(); }

void expectStepMatches(const std::string& lesson, int step, const std::string& golden) {
  const auto out = (test::scratchDir() / (golden + ".png")).string();
  const auto r = runCommand(myoatlas() + " render --lesson '" + shippedLesson(lesson) + "' --step " + std::to_string(step) +
                            " --width 480 --height 420 --out '" + out + "'");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_TRUE(r.err.empty()) << "nothing dropped: " << r.err;
  auto img = readPng(out);
  ASSERT_TRUE(img.ok()) << img.error();
  test::expectMatchesGolden(img.value(), golden, 2.0, 0.02);
}

TEST(LessonCommand, AStepOfTheNeckLessonRendersItsView) { expectStepMatches("headache-neck", 2, "lesson_neck_step2"); }

TEST(LessonCommand, AStepOfTheLowBackLessonRendersItsView) { expectStepMatches("low-back-buttock", 6, "lesson_low_back_step6"); }

TEST(LessonCommand, LessonsThatCannotBeDrawnAreRefusedNamingFileAndStep) {
  const auto dir = test::scratchDir();
  const std::string damaged = (dir / "damaged.myolesson.json").string(), out = (dir / "never.png").string();
  {
    std::ifstream in(shippedLesson("knee-leg-foot"));
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto at = text.find("\"pose\": \"");
    ASSERT_NE(at, std::string::npos);
    text.replace(at, 9, "\"pose\": \"dab-");
    std::ofstream(damaged) << text;
  }
  const struct {
    std::string args, expected;
  } cases[] = {
      {"--lesson '" + shippedLesson("knee-leg-foot") + "' --step 40", "has 12 steps"},
      {"--lesson '" + damaged + "' --step 2", "step 1"},
      {"--lesson '" + damaged + "'", "/steps/0/scene/view/pose 'dab-"},
      {"--lesson /no/such.myolesson.json", "/no/such.myolesson.json' does not exist"},
  };
  for (const auto& c : cases) {
    const auto r = runCommand(myoatlas() + " render " + c.args + " --out '" + out + "'");
    EXPECT_EQ(r.exitCode, 2) << c.args;
    EXPECT_TRUE(contains(r.err, c.expected)) << c.args << ": " << r.err;
  }
  EXPECT_FALSE(std::filesystem::exists(out));
  const auto both = runCommand(myoatlas() + " render --lesson '" + damaged + "' --view posterior --out '" + out + "'");
  EXPECT_NE(both.exitCode, 0) << "a lesson step says the view itself";
}

// Comparing patterns: upper trapezius against SCM, each in its own colour (orange-red and blue), where the
// clinical map would paint both red.
TEST(LessonCommand, ComparedPatternsArePaintedInTheirOwnColours) {
  const auto out = (test::scratchDir() / "compare.png").string();
  const auto r = runCommand(myoatlas() + " render --select upper_trapezius.trp1 sternocleidomastoid.trp2 --compare --view right "
                                         "--focus head_face,neck --width 400 --height 400 --out '" + out + "'");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  auto img = readPng(out);
  ASSERT_TRUE(img.ok()) << img.error();
  int orange = 0, blue = 0;
  for (int y = 0; y < img->height; ++y)
    for (int x = 0; x < img->width; ++x) {
      const glm::u8vec4 p = img->at(x, y);
      if (p.r > 150 && p.g > 60 && p.g < 140 && p.b < 60) ++orange;
      if (p.b > 130 && p.r < 90 && p.b > p.g + 30) ++blue;
    }
  EXPECT_GT(orange, 400) << "the trapezius's question mark in the first colour";
  EXPECT_GT(blue, 400) << "the SCM's face pattern in the second";

}

// The split view from the command line: the back on the left, the front on the right, both whole bodies.
TEST(LessonCommand, SplitViewDrawsTheBackAndTheFrontSideBySide) {
  const auto out = (test::scratchDir() / "split.png").string();
  const auto r = runCommand(myoatlas() + " render --select infraspinatus.trp1 --split --view posterior --width 480 --height 320 "
                                         "--out '" + out + "'");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  auto img = readPng(out);
  ASSERT_TRUE(img.ok()) << img.error();
  test::expectMatchesGolden(img.value(), "split_infraspinatus", 2.0, 0.02);
  const auto skinAt = [&](int x, int y) {
    const glm::u8vec4 p = img->at(x, y);
    return p.r > 150 && p.r > p.b + 30;  // skin, or the red of the pattern, against the blue-grey background
  };
  // At the height of the belly (mid-height is the crotch, between the thighs).
  EXPECT_TRUE(skinAt(120, 130)) << "a body in the left pane";
  EXPECT_TRUE(skinAt(360, 130)) << "a body in the right pane";
  EXPECT_FALSE(skinAt(240, 130)) << "background between them";
  int redRight = 0;
  for (int y = 0; y < img->height; ++y)
    for (int x = 240; x < img->width; ++x) {
      const glm::u8vec4 p = img->at(x, y);
      redRight += (p.r > 150 && p.g < 80) ? 1 : 0;
    }
  EXPECT_GT(redRight, 30) << "infraspinatus refers to the front of the shoulder: painted in the front view";
}

// Slide-ready images: a title band, a caption band, the legend and the labels burned in.
TEST(LessonCommand, SlideReadyImagesCarryTitleCaptionLegendAndLabels) {
  const auto dir = test::scratchDir();
  const std::string plain = (dir / "slide-plain.png").string(), slide = (dir / "slide.png").string();
  const std::string view = " render --select upper_trapezius.trp1 sternocleidomastoid.trp2 --compare --view right "
                           "--focus head_face,neck --width 640 --height 480 --out '";
  auto r = runCommand(myoatlas() + view + plain + "'");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  r = runCommand(myoatlas() + view + slide + "' --title 'Trapezius or SCM?' --caption 'Two headache patterns: the question "
                 "mark behind the ear, and the face and eye' --legend --labels");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  auto a = readPng(plain), b = readPng(slide);
  ASSERT_TRUE(a.ok() && b.ok());
  test::expectMatchesGolden(b.value(), "slide_trapezius_scm", 2.0, 0.02);
  const auto meanLuma = [](const Image& img, int y0, int y1) {
    double sum = 0.0;
    for (int y = y0; y < y1; ++y)
      for (int x = 0; x < img.width; ++x) {
        const glm::u8vec4 p = img.at(x, y);
        sum += 0.3 * p.r + 0.6 * p.g + 0.1 * p.b;
      }
    return sum / double((y1 - y0) * img.width);
  };
  EXPECT_LT(meanLuma(b.value(), 0, 8), meanLuma(a.value(), 0, 8) - 10.0) << "a dark title band at the top";
  EXPECT_LT(meanLuma(b.value(), 472, 480), meanLuma(a.value(), 472, 480) - 5.0) << "a dark caption band at the foot";
  int bright = 0;  // white text in the title band
  for (int y = 0; y < 40; ++y)
    for (int x = 0; x < 640; ++x) bright += b->at(x, y).r > 220 && b->at(x, y).g > 220 ? 1 : 0;
  EXPECT_GT(bright, 150) << "the title's letters";
}

TEST(LessonCommand, ATransparentBackgroundKeepsOnlyTheBody) {
  const auto out = (test::scratchDir() / "transparent.png").string();
  const auto r = runCommand(myoatlas() + " render --transparent --width 200 --height 300 --out '" + out + "'");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  auto img = readPng(out);
  ASSERT_TRUE(img.ok()) << img.error();
  EXPECT_EQ(img->at(5, 5).a, 0) << "the corner is see-through";
  EXPECT_EQ(img->at(100, 150).a, 255) << "the body is opaque";
}

// Presenting: full screen, no panels, the step's title and text in the caption column, the body left of it.
TEST(LessonWindow, PresentingShowsTheStepsCaptionBesideTheBody) {
  if (runCommand("command -v xvfb-run").exitCode != 0) {
    if (std::getenv("MYOATLAS_REQUIRE_GL")) FAIL() << "xvfb-run is required in CI";
    GTEST_SKIP() << "xvfb-run is not installed";
  }
  const auto shot = (test::scratchDir() / "presenting.png").string();
  const auto r = runCommand("xvfb-run -a -s '-screen 0 1280x800x24' " + myoatlas() + " --lesson '" +
                            shippedLesson("low-back-buttock") + "' --present --step 6 --frames 6 --width 800 --height 600 "
                            "--window-screenshot '" + shot + "'");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  auto img = readPng(shot);
  ASSERT_TRUE(img.ok()) << img.error();
  EXPECT_EQ(img->width, 1280) << "full screen";
  EXPECT_EQ(img->height, 800);
  test::expectMatchesGolden(img.value(), "window_presenting", 2.0, 0.02);
}

TEST(LessonWindow, PresentNeedsALessonAndAStepItHas) {
  auto r = runCommand("env -u DISPLAY " + myoatlas() + " --present");
  EXPECT_NE(r.exitCode, 0);
  EXPECT_TRUE(contains(r.err, "--lesson")) << r.err;
  r = runCommand("env -u DISPLAY " + myoatlas() + " --lesson '" + shippedLesson("shoulder-arm") + "' --step 99");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(contains(r.err, "has 12 steps")) << r.err;
}

}  // namespace
}  // namespace myoatlas
