// The command-line contract: exit codes 0 / 1 / 2 and messages on stderr that name the argument or the file.
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

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

// The manual page is written from the same definition as --help: every option and subcommand --help lists is in
// it, under the subcommand it belongs to.
TEST(CommandLine, ManPageDocumentsEveryOptionHelpLists) {
  const auto man = runCommand(myoatlas() + " --man-page");
  ASSERT_EQ(man.exitCode, 0) << man.err;
  EXPECT_TRUE(contains(man.out, ".TH MYOATLAS 1"));
  const auto help = runCommand(myoatlas() + " --help");
  ASSERT_EQ(help.exitCode, 0);
  const std::regex flag("--[a-z][a-z0-9-]*");
  const auto flagsIn = [&](const std::string& text) {
    std::set<std::string> flags;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), flag); it != std::sregex_iterator(); ++it) flags.insert(it->str());
    return flags;
  };
  const auto roff = [](std::string flagName) {
    std::string out;
    for (char c : flagName) out += c == '-' ? std::string("\\-") : std::string(1, c);
    return out;
  };
  // The viewer's options come first in the page, before its COMMANDS section.
  const std::string viewerPart = man.out.substr(0, man.out.find(".SH COMMANDS"));
  for (const auto& f : flagsIn(help.out.substr(0, help.out.find("Subcommands:"))))
    EXPECT_TRUE(contains(viewerPart, roff(f))) << f << " (viewer) is not in the man page";
  std::istringstream lines(help.out.substr(help.out.find("Subcommands:")));
  std::string line;
  std::getline(lines, line);
  int commands = 0;
  while (std::getline(lines, line)) {
    std::istringstream words(line);
    std::string name;
    if (!(words >> name)) continue;
    ++commands;
    const std::string heading = ".SS \"myoatlas " + name + "\"";
    const auto start = man.out.find(heading);
    ASSERT_NE(start, std::string::npos) << name << " has no section";
    const auto end = man.out.find(".SS ", start + 4);
    const std::string section = man.out.substr(start, end == std::string::npos ? std::string::npos : end - start);
    const auto sub = runCommand(myoatlas() + " " + name + " --help");
    for (const auto& f : flagsIn(sub.out)) EXPECT_TRUE(contains(section, roff(f))) << f << " (" << name << ") is not in the man page";
  }
  EXPECT_GE(commands, 6);
  EXPECT_FALSE(contains(man.out, "man\\-page")) << "the hidden build option stays out of the page, as out of --help";
}

// `myoatlas FILE` (what the desktop entry runs): a lesson or scene is recognised by its name, or by its content
// when renamed, and a second one given with an option is refused before any window opens.
TEST(CommandLine, OpeningAFileRecognisesLessonsAndScenes) {
  const auto dir = test::scratchDir();
  const std::string lesson = std::string(MYOATLAS_SOURCE_DIR) + "/data/lessons/shoulder-arm.myolesson.json";
  const auto renamed = (dir / "class-notes.json").string();
  std::filesystem::copy_file(lesson, renamed, std::filesystem::copy_options::overwrite_existing);
  auto r = runCommand(myoatlas() + " --lesson '" + lesson + "' '" + renamed + "'");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(contains(r.err, "is a lesson file, and another lesson was given")) << r.err;
  const auto scene = (dir / "view.myoscene.json").string();
  { std::ofstream(scene) << "{}"; }
  r = runCommand(myoatlas() + " --scene '" + scene + "' '" + scene + "'");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(contains(r.err, "is a scene file")) << r.err;
  r = runCommand(myoatlas() + " --body female '" + (dir / "model.obj").string() + "'");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(contains(r.err, "is a model file")) << r.err;
}

// Numbers and names from outside: a point that is not a number is refused, a far one gets a sane distance, and a
// mesh name in Latin-1 comes out of --json as U+FFFD rather than an internal error (issue 18).
TEST(CommandLine, NonFinitePointsAndNonUtf8NamesGetClearAnswers) {
  auto r = runCommand(myoatlas() + " sources --point nan nan nan");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(contains(r.err, "is not a point")) << r.err;
  r = runCommand(myoatlas() + " sources --point 1e30 0 0");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_FALSE(contains(r.err, "-2147483648")) << r.err;
  EXPECT_TRUE(contains(r.err, "from the skin")) << r.err;
  const auto obj = (test::scratchDir() / "latin1.obj").string();
  std::ofstream(obj) << "o Musc\xe9\nv 0 0 0\nv 0.5 0 0\nv 0 1.7 0\nf 1 2 3\n";
  r = runCommand(myoatlas() + " info --json --model '" + obj + "'");
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "Musc\xef\xbf\xbd")) << r.out;
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
