// The command-line contract: exit codes 0 / 1 / 2 and messages on stderr that name the argument or the file.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "io/Png.h"
#include "support/GltfWriter.h"
#include "support/RunCommand.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

using test::myoatlas;
using test::contains;
using test::runCommand;

TEST(CommandLine, HelpListsTheSubcommandsAndExitsZero) {
  const auto r = runCommand(myoatlas() + " --help");
  EXPECT_EQ(r.exitCode, 0);
  EXPECT_TRUE(contains(r.out, "render"));
  EXPECT_TRUE(contains(r.out, "info"));
  EXPECT_TRUE(contains(r.out, "--model"));
  const auto renderHelp = runCommand(myoatlas() + " render --help");
  EXPECT_EQ(renderHelp.exitCode, 0);
  EXPECT_TRUE(contains(renderHelp.out, "--view"));
}

TEST(CommandLine, VersionPrintsTheProjectVersion) {
  const auto r = runCommand(myoatlas() + " --version");
  EXPECT_EQ(r.exitCode, 0);
  EXPECT_TRUE(contains(r.out, std::string("myoatlas ") + MYOATLAS_VERSION));
}

TEST(CommandLine, BadUsageExitsTwoAndSaysWhatIsWrong) {
  const auto unknown = runCommand(myoatlas() + " frobnicate");
  EXPECT_EQ(unknown.exitCode, 2);
  EXPECT_TRUE(contains(unknown.err, "frobnicate"));

  const auto noOut = runCommand(myoatlas() + " render");
  EXPECT_EQ(noOut.exitCode, 2);
  EXPECT_TRUE(contains(noOut.err, "--out"));

  const auto badView = runCommand(myoatlas() + " render --out x.png --view sideways");
  EXPECT_EQ(badView.exitCode, 2);
  EXPECT_TRUE(contains(badView.err, "sideways"));
  EXPECT_TRUE(contains(badView.err, "posterior")) << "lists the valid views";

  const auto badPose = runCommand(myoatlas() + " render --out x.png --pose dab");
  EXPECT_EQ(badPose.exitCode, 2);
  EXPECT_TRUE(contains(badPose.err, "dab"));
  EXPECT_TRUE(contains(badPose.err, "t-pose"));

  const auto badSize = runCommand(myoatlas() + " render --out x.png --width 0");
  EXPECT_EQ(badSize.exitCode, 2);
  EXPECT_TRUE(contains(badSize.err, "--width"));

  const auto badUnits = runCommand(myoatlas() + " info --units furlongs");
  EXPECT_EQ(badUnits.exitCode, 2);
  EXPECT_TRUE(contains(badUnits.err, "--units"));

  const auto noFolder = runCommand(myoatlas() + " render --out /no/such/folder/x.png");
  EXPECT_EQ(noFolder.exitCode, 2);
  EXPECT_TRUE(contains(noFolder.err, "/no/such/folder"));
}

TEST(CommandLine, BadModelFilesExitTwoNamingTheFileAndTheReason) {
  const auto dir = test::scratchDir();
  const auto out = (dir / "out.png").string();

  const auto missing = (dir / "missing.glb").string();
  auto r = runCommand(myoatlas() + " render --out '" + out + "' --model '" + missing + "'");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(contains(r.err, missing));
  EXPECT_TRUE(contains(r.err, "no such file"));

  const auto text = (dir / "notes.glb").string();
  std::ofstream(text) << "plain text, not a model\n";
  r = runCommand(myoatlas() + " render --out '" + out + "' --model '" + text + "'");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(contains(r.err, text));
  EXPECT_TRUE(contains(r.err, "not a binary glTF"));

  test::TestScene scene;
  scene.nodes.push_back({"box", -1, glm::vec3(0.0f), glm::vec3(1.0f), test::boxPrimitive({0, 0, 0}, {0.3f, 1.7f, 0.2f})});
  const auto whole = (dir / "whole.glb").string();
  test::writeGlb(whole, scene);
  const auto size = std::filesystem::file_size(whole);
  const auto cut = (dir / "cut.glb").string();
  std::filesystem::copy_file(whole, cut);
  std::filesystem::resize_file(cut, size - 40);
  r = runCommand(myoatlas() + " render --out '" + out + "' --model '" + cut + "'");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(contains(r.err, cut));
  EXPECT_TRUE(contains(r.err, "truncated"));
  EXPECT_FALSE(std::filesystem::exists(out)) << "nothing is written when the input is bad";

  r = runCommand(myoatlas() + " info --model '" + whole + "' --json");
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "\"meshes\": 1"));
}

TEST(CommandLine, RenderWritesTheRequestedViewAsPng) {
  const auto dir = test::scratchDir();
  const auto anterior = (dir / "anterior.png").string();
  const auto posterior = (dir / "posterior.png").string();
  auto r = runCommand(myoatlas() + " render --out '" + posterior + "' --view posterior --width 320 --height 480");
  if (r.exitCode == 1 && contains(r.err, "no OpenGL") && std::getenv("MYOATLAS_REQUIRE_GL") == nullptr)
    GTEST_SKIP() << r.err;
  ASSERT_EQ(r.exitCode, 0) << r.err;
  ASSERT_EQ(runCommand(myoatlas() + " render --out '" + anterior + "' --width 320 --height 480").exitCode, 0);
  auto back = readPng(posterior);
  ASSERT_TRUE(back.ok()) << back.error();
  EXPECT_EQ(back->width, 320);
  EXPECT_EQ(back->height, 480);
  const glm::u8vec4 corner = back->at(0, 0);
  const double covered = coverage(back.value(), {corner.r, corner.g, corner.b}, 40);
  EXPECT_GT(covered, 0.08) << "the body fills a good part of the frame";
  EXPECT_LT(covered, 0.6);
  auto front = readPng(anterior);
  ASSERT_TRUE(front.ok());
  EXPECT_GT(compareImages(front.value(), back.value()).meanChannelDelta, 0.05) << "front and back views differ";
}

// The frame benchmark prints one JSON line that tells the GPU's time from the frame's and the readback's.
TEST(CommandLine, RenderBenchmarkPrintsGpuFrameAndReadbackTimes) {
  const auto out = (test::scratchDir() / "bench.png").string();
  auto r = runCommand(myoatlas() + " render --out '" + out + "' --width 64 --height 64 --benchmark-frames 2 --benchmark-copies 2");
  if (r.exitCode == 1 && contains(r.err, "no OpenGL") && std::getenv("MYOATLAS_REQUIRE_GL") == nullptr)
    GTEST_SKIP() << r.err;
  ASSERT_EQ(r.exitCode, 0) << r.err;
  for (const char* key : {"\"frames\":2", "\"copies\":2", "\"gpu_ms\":{\"mean\":", "\"frame_ms\"", "\"readback_ms\"", "\"triangles_per_copy\""})
    EXPECT_TRUE(contains(r.out, key)) << key << " in " << r.out;
  EXPECT_FALSE(contains(r.out, "\"gpu_ms\":{\"mean\":-1")) << "llvmpipe has timer queries";
  const auto lonely = runCommand(myoatlas() + " render --out '" + out + "' --benchmark-copies 2");
  EXPECT_EQ(lonely.exitCode, 2);
  EXPECT_TRUE(contains(lonely.err, "--benchmark-frames")) << lonely.err;
}

// A close-up frames the named muscle: it fills the frame, and the rest of the body is cut off.
TEST(CommandLine, RenderFocusFramesAMuscleOrRegion) {
  const auto dir = test::scratchDir();
  const auto whole = (dir / "whole.png").string(), close = (dir / "close.png").string();
  const std::string isolate = " --select infraspinatus --isolate --no-bones --view posterior --width 320 --height 320";
  auto r = runCommand(myoatlas() + " render --out '" + whole + "'" + isolate);
  if (r.exitCode == 1 && contains(r.err, "no OpenGL") && std::getenv("MYOATLAS_REQUIRE_GL") == nullptr)
    GTEST_SKIP() << r.err;
  ASSERT_EQ(r.exitCode, 0) << r.err;
  r = runCommand(myoatlas() + " render --out '" + close + "' --focus infraspinatus" + isolate);
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const auto shareCovered = [](const std::string& path) {
    auto image = readPng(path);
    EXPECT_TRUE(image.ok());
    const glm::u8vec4 corner = image->at(0, 0);
    return coverage(image.value(), {corner.r, corner.g, corner.b}, 40);
  };
  const double far = shareCovered(whole), near = shareCovered(close);
  EXPECT_LT(far, 0.03) << "the whole body: the isolated muscle is small";
  EXPECT_GT(near, 0.15) << "the close-up: the muscle fills the frame";

  const auto unknown = runCommand(myoatlas() + " render --out '" + close + "' --focus infraspinatis");
  EXPECT_EQ(unknown.exitCode, 2);
  EXPECT_TRUE(contains(unknown.err, "--focus 'infraspinatis'")) << unknown.err;
  EXPECT_TRUE(contains(unknown.err, "leg_foot")) << "the message lists the body regions --focus takes: " << unknown.err;
  const auto region = runCommand(myoatlas() + " render --out '" + close + "' --focus hip_buttock --side both --width 64 --height 64");
  EXPECT_EQ(region.exitCode, 0) << region.err;
}

TEST(CommandLine, NoOpenGLIsAClearRuntimeFailure) {
  // Pointing GLVND at no vendor library leaves EGL without any driver, as on a machine without Mesa.
  const auto out = (test::scratchDir() / "x.png").string();
  const auto r = runCommand("__EGL_VENDOR_LIBRARY_FILENAMES=/nonexistent.json " + myoatlas() + " render --out '" + out + "'");
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_TRUE(contains(r.err, "no OpenGL")) << r.err;
  EXPECT_FALSE(std::filesystem::exists(out));
}

}  // namespace
}  // namespace myoatlas
