// Scene files through `myoatlas render`: a scene written from options draws exactly what those options drew,
// and a scene that cannot be shown is refused by file and field, exit 2.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "io/Png.h"
#include "support/RunCommand.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

using test::contains;
using test::myoatlas;
using test::runCommand;

std::string readText(const std::string& path) {
  std::ifstream in(path);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

TEST(SceneCommand, ASavedSceneRendersPixelForPixelWhatItsOptionsDrew) {
  const auto dir = test::scratchDir();
  const std::string scene = (dir / "trapezius.myoscene.json").string(), a = (dir / "scene-a.png").string(),
                    b = (dir / "scene-b.png").string();
  auto r = runCommand(myoatlas() + " render --select upper_trapezius --side left --skin-opacity 0.3 --view posterior "
                                   "--pose t-pose --color-map colour-blind --width 240 --height 320 --out '" + a +
                      "' --save-scene '" + scene + "'");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  r = runCommand(myoatlas() + " render --scene '" + scene + "' --width 240 --height 320 --out '" + b + "'");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_TRUE(r.err.empty()) << "nothing dropped: " << r.err;
  auto ia = readPng(a), ib = readPng(b);
  ASSERT_TRUE(ia.ok() && ib.ok());
  const ImageDifference d = compareImages(ia.value(), ib.value());
  EXPECT_EQ(d.maxChannelDelta, 0) << "the same camera, pose, layers, selection and colours";
  const std::string text = readText(scene);
  EXPECT_TRUE(contains(text, "\"upper_trapezius.trp1\"")) << text;
  EXPECT_TRUE(contains(text, "\"side\": \"left\""));
  EXPECT_TRUE(contains(text, "\"color_map\": \"colour-blind\""));
}

// The female body from the command line: a view saved on her opens on her, and differs from his.
TEST(SceneCommand, AViewOnTheFemaleBodyOpensOnTheFemaleBody) {
  const auto dir = test::scratchDir();
  const std::string scene = (dir / "her.myoscene.json").string(), a = (dir / "her-a.png").string(),
                    b = (dir / "her-b.png").string(), his = (dir / "his.png").string();
  const std::string size = " --view anterior --width 160 --height 240 --out '";
  auto r = runCommand(myoatlas() + " render --body female --select sternocleidomastoid.trp2" + size + a + "' --save-scene '" + scene + "'");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_TRUE(contains(readText(scene), "\"body\": \"female\"")) << readText(scene);
  r = runCommand(myoatlas() + " render --scene '" + scene + "' --width 160 --height 240 --out '" + b + "'");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  r = runCommand(myoatlas() + " render --select sternocleidomastoid.trp2" + size + his + "'");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  auto ia = readPng(a), ib = readPng(b), ih = readPng(his);
  ASSERT_TRUE(ia.ok() && ib.ok() && ih.ok());
  EXPECT_EQ(compareImages(ia.value(), ib.value()).maxChannelDelta, 0) << "the scene reopens her body";
  EXPECT_GT(compareImages(ia.value(), ih.value(), 16).fractionOver, 0.02) << "her body is not his";
  r = runCommand(myoatlas() + " render --body female --model '" + a + "'" + size + b + "'");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(contains(r.err, "--model excludes --body") || contains(r.err, "--body excludes --model")) << r.err;
}

TEST(SceneCommand, BadScenesAreRefusedByFileAndField) {
  const auto dir = test::scratchDir();
  const std::string good = (dir / "good.myoscene.json").string(), out = (dir / "bad-scene.png").string();
  ASSERT_EQ(runCommand(myoatlas() + " render --select piriformis --width 64 --height 64 --out '" + out + "' --save-scene '" + good + "'").exitCode, 0);
  const std::string text = readText(good);
  const auto variant = [&](const std::string& name, const std::string& from, const std::string& to) {
    std::string t = text;
    const auto at = t.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) t.replace(at, from.size(), to);
    const std::string path = (dir / name).string();
    std::ofstream(path) << t;
    return runCommand(myoatlas() + " render --scene '" + path + "' --width 64 --height 64 --out '" + out + "'");
  };
  auto r = variant("future.myoscene.json", "\"version\": 1", "\"version\": 9");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(contains(r.err, "future.myoscene.json': /version")) << r.err;
  r = variant("unknown.myoscene.json", "\"piriformis.trp1\"", "\"piriformis.trp7\"");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(contains(r.err, "unknown.myoscene.json': /view/painted/0/id 'piriformis.trp7'")) << r.err;
  r = variant("nomodel.myoscene.json", "\"path\": \"\"", "\"path\": \"/no/such/body.glb\"");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(contains(r.err, "/model/path '/no/such/body.glb' does not exist")) << r.err;
  r = runCommand(myoatlas() + " render --scene '" + good + "' --view left --out '" + out + "'");
  EXPECT_EQ(r.exitCode, 2) << "a scene says the view itself";
  EXPECT_TRUE(contains(r.err, "--view")) << r.err;
}

TEST(SceneCommand, ASceneOnAnotherModelDrawsWhatAppliesAndSaysWhatItDropped) {
  const auto dir = test::scratchDir();
  const std::string scene = (dir / "drawing.myoscene.json").string(), out = (dir / "other.png").string();
  ASSERT_EQ(runCommand(myoatlas() + " render --select piriformis --width 64 --height 64 --out '" + out + "' --save-scene '" + scene + "'").exitCode, 0);
  std::string text = readText(scene);
  // As if made on another body: a drawing on a skin of a different size.
  const auto at = text.find("\"values\": []");
  ASSERT_NE(at, std::string::npos) << text;
  text.replace(at, std::string("\"values\": []").size(), "\"values\": [[3, 0.5]]");
  const auto sv = text.find("\"skin_vertices\": ");
  ASSERT_NE(sv, std::string::npos);
  text.replace(sv, text.find(',', sv) - sv, "\"skin_vertices\": 12");
  std::ofstream(scene) << text;
  const auto r = runCommand(myoatlas() + " render --scene '" + scene + "' --width 64 --height 64 --out '" + out + "'");
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_TRUE(contains(r.err, "not shown: the pain drawing")) << r.err;
}

}  // namespace
}  // namespace myoatlas
