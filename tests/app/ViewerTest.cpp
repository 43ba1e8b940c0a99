// The windowed viewer: without a display it explains itself; under Xvfb it opens, draws the body and the
// menu bar, and quits cleanly after a fixed number of frames.
#include <cstdlib>
#include <filesystem>

#include <gtest/gtest.h>

#include "io/Png.h"
#include "support/Golden.h"
#include "support/RunCommand.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

using test::myoatlas;
using test::contains;
using test::runCommand;

TEST(Viewer, WithoutADisplayItSaysSoAndShowsTheRenderCommand) {
  const auto r = runCommand("env -u DISPLAY -u WAYLAND_DISPLAY " + myoatlas());
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_TRUE(contains(r.err, "no display"));
  EXPECT_TRUE(contains(r.err, "myoatlas render --out"));
}

TEST(Viewer, BadModelIsReportedBeforeAnyWindowOpens) {
  const auto r = runCommand("env -u DISPLAY " + myoatlas() + " --model /no/such/body.glb");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(contains(r.err, "/no/such/body.glb"));
}

TEST(Viewer, UnknownPainAreaIsReportedWithTheNearestBeforeAnyWindowOpens) {
  const auto r = runCommand("env -u DISPLAY " + myoatlas() + " --pain-area 'bak of the nee'");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(contains(r.err, "bak of the nee"));
  EXPECT_TRUE(contains(r.err, "nearest"));
}

TEST(Viewer, OpensUnderXvfbAndDrawsTheBodyWithItsMenu) {
  if (runCommand("command -v xvfb-run").exitCode != 0) {
    if (std::getenv("MYOATLAS_REQUIRE_GL")) FAIL() << "xvfb-run is required in CI";
    GTEST_SKIP() << "xvfb-run is not installed";
  }
  const auto shot = (test::scratchDir() / "window.png").string();
  const auto r = runCommand("xvfb-run -a -s '-screen 0 1400x900x24' " + myoatlas() +
                            " --frames 5 --frame-stats --width 800 --height 600 --window-screenshot '" + shot + "'");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "\"frames\": 5"));
  auto img = readPng(shot);
  ASSERT_TRUE(img.ok()) << img.error();
  EXPECT_EQ(img->width, 800);
  EXPECT_EQ(img->height, 600);
  // The body covers the centre column; the menu bar is a distinct strip across the top.
  const glm::u8vec4 side = img->at(20, 300);
  const glm::u8vec4 body = img->at(400, 300);
  EXPECT_GT(std::abs(int(body.r) - int(side.r)), 40) << "skin-coloured body in the middle";
  const glm::u8vec4 menu = img->at(780, 5);
  const glm::u8vec4 below = img->at(780, 60);
  EXPECT_NE(menu, below) << "menu bar at the top";
}

// Golden screenshots of the whole window (body, menu, search, details, highlight), drawn by llvmpipe under
// Xvfb. Automated --frames runs read no settings, so the pictures depend only on the arguments. To accept a
// change on purpose: MYOATLAS_UPDATE_GOLDEN=1 ctest -R Viewer, look at tests/golden/window_*.png, commit.
void expectWindowMatches(const std::string& name, const std::string& args, const std::string& size = "--width 960 --height 600") {
  if (runCommand("command -v xvfb-run").exitCode != 0) {
    if (std::getenv("MYOATLAS_REQUIRE_GL")) FAIL() << "xvfb-run is required in CI";
    GTEST_SKIP() << "xvfb-run is not installed";
  }
  const auto shot = (test::scratchDir() / (name + ".png")).string();
  const auto r = runCommand("xvfb-run -a -s '-screen 0 1400x900x24' " + myoatlas() +
                            " --frames 4 " + size + " --window-screenshot '" + shot + "' " + args);
  ASSERT_EQ(r.exitCode, 0) << r.err;
  auto img = readPng(shot);
  ASSERT_TRUE(img.ok()) << img.error();
  test::expectMatchesGolden(img.value(), name, 2.0, 0.02);
}

TEST(ViewerWindow, PiriformisSelectedWithItsDetailsAndPattern) {
  expectWindowMatches("window_piriformis", "--select piriformis --view posterior");
}

// A pain area typed in everyday words: the finder lists the guide's muscles with their trigger points nested,
// and the area shows on the skin as the pain drawing.
TEST(ViewerWindow, PainAreaListsTheGuidesMusclesGrouped) {
  expectWindowMatches("window_pain_area", "--pain-area 'back of the knee' --view posterior");
}

TEST(ViewerWindow, ProjectorModeHighContrastLargeText) {
  expectWindowMatches("window_projector", "--select upper_trapezius.trp1 --high-contrast --ui-scale 1.5",
                      "--width 1280 --height 800");
}

}  // namespace
}  // namespace myoatlas
