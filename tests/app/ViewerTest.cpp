// The windowed viewer: without a display it explains itself; under Xvfb it opens, draws the body and the
// menu bar, and quits cleanly after a fixed number of frames.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

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

// The user-visible promise of scene files: what the window showed renders the same from the command line. The
// pain finder panel stands on the left; the body's right half of the window is compared.
TEST(ViewerWindow, ASceneSavedInTheWindowRendersTheSameFromTheCommandLine) {
  if (runCommand("command -v xvfb-run").exitCode != 0) {
    if (std::getenv("MYOATLAS_REQUIRE_GL")) FAIL() << "xvfb-run is required in CI";
    GTEST_SKIP() << "xvfb-run is not installed";
  }
  const auto dir = test::scratchDir();
  const std::string scene = (dir / "window.myoscene.json").string(), shot = (dir / "scene-window.png").string(),
                    rendered = (dir / "scene-render.png").string();
  const auto w = runCommand("xvfb-run -a -s '-screen 0 1400x900x24' " + myoatlas() +
                            " --pain-area temple --view right --pose seated --skin-opacity 0.6 --frames 5 --width 800 --height 600"
                            " --window-screenshot '" + shot + "' --save-scene '" + scene + "'");
  ASSERT_EQ(w.exitCode, 0) << w.err;
  const auto r = runCommand(myoatlas() + " render --scene '" + scene + "' --width 800 --height 600 --out '" + rendered + "'");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  auto window = readPng(shot), render = readPng(rendered);
  ASSERT_TRUE(window.ok() && render.ok());
  const auto half = [](const Image& img) {
    Image out(360, 540);
    for (int y = 0; y < out.height; ++y)
      for (int x = 0; x < out.width; ++x) {
        const glm::u8vec4 p = img.at(420 + x, 40 + y);
        for (int c = 0; c < 4; ++c) out.rgba[(std::size_t(y) * 360 + std::size_t(x)) * 4 + std::size_t(c)] = p[c];
      }
    return out;
  };
  const Image a = half(window.value()), b = half(render.value());
  EXPECT_GT(coverage(b, glm::u8vec3(b.at(2, 2)), 30), 0.1) << "the body is in the compared part";
  const ImageDifference d = compareImages(a, b);
  EXPECT_LT(d.meanChannelDelta, 2.0) << "same camera, pose, skin and pain drawing";
  EXPECT_LT(d.fractionOver, 0.01);
  // Drawn the same, and saved with what made it.
  std::ifstream in(scene);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_TRUE(contains(text, "\"pose\": \"seated\""));
  EXPECT_TRUE(contains(text, "\"area\": \"temple\""));
}

TEST(Viewer, BadSceneFilesAreReportedBeforeAnyWindowOpens) {
  const auto dir = test::scratchDir();
  const auto write = [&](const std::string& name, const std::string& text) {
    std::ofstream((dir / name).string()) << text;
    return (dir / name).string();
  };
  const auto broken = write("broken.myoscene.json", "{\"format\": \"myoatlas-scene\", \"version\": ");
  auto r = runCommand("env -u DISPLAY " + myoatlas() + " --scene '" + broken + "'");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(contains(r.err, "broken.myoscene.json")) << r.err;
  EXPECT_TRUE(contains(r.err, "not valid JSON")) << r.err;
  r = runCommand("env -u DISPLAY " + myoatlas() + " --scene '" + (dir / "missing.myoscene.json").string() + "'");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(contains(r.err, "missing.myoscene.json' does not exist")) << r.err;
}

TEST(Viewer, UnknownSideIsAnErrorNotASilentRight) {
  const auto r = runCommand("env -u DISPLAY " + myoatlas() + " --select piriformis --side middle");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(contains(r.err, "--side 'middle'")) << r.err;
}

TEST(Viewer, ADamagedRememberedPoseFallsBackToTheDefaultsAndSaysSo) {
  const auto home = test::scratchDir() / "config-bad-pose";
  std::filesystem::create_directories(home / "myoatlas");
  std::ofstream((home / "myoatlas" / "settings.json").string())
      << R"({"format": "myoatlas-settings", "version": 1, "window": {"width": 900, "height": 600}, "ui_scale": 1,
             "colour_blind_safe": false, "pose": "dab"})";
  // Without a display the viewer stops after the checks; a bad remembered pose must not stop it as a --pose.
  const auto r = runCommand("env -u DISPLAY XDG_CONFIG_HOME='" + home.string() + "' " + myoatlas());
  EXPECT_EQ(r.exitCode, 1) << r.err;
  EXPECT_TRUE(contains(r.err, "no display")) << r.err;
  EXPECT_FALSE(contains(r.err, "--pose")) << r.err;
}

}  // namespace
}  // namespace myoatlas
