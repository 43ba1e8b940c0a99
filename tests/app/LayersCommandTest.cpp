// Layers through `myoatlas render` (the viewer draws with the same styles): a skin over a superficial muscle
// over a deep one, as the gluteus maximus covers the piriformis. Peeling, hiding the skin, isolating and
// selecting must each change what the user sees at the centre of the picture.
#include <cstdlib>
#include <filesystem>

#include <gtest/gtest.h>

#include "core/session/SceneStyle.h"
#include "io/Png.h"
#include "support/GltfWriter.h"
#include "support/RunCommand.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

using test::contains;
using test::myoatlas;
using test::runCommand;

class LayersCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = test::scratchDir();
    model_ = (dir_ / "buttock.glb").string();
    test::TestScene scene;
    const auto node = [](const char* name, glm::vec3 lo, glm::vec3 hi) {
      test::TestNode n;
      n.name = name;
      n.mesh = test::boxPrimitive(lo, hi);
      return n;
    };
    // Front (+Z) to back: skin, gluteus maximus, piriformis; our mesh naming (`<muscle id>.<side>`).
    scene.nodes.push_back(node("skin", {-0.3f, 0.7f, -0.2f}, {0.3f, 1.3f, 0.2f}));
    scene.nodes.push_back(node("gluteus_maximus.r", {-0.2f, 0.8f, 0.05f}, {0.2f, 1.2f, 0.1f}));
    scene.nodes.push_back(node("piriformis.r", {-0.1f, 0.9f, -0.1f}, {0.1f, 1.1f, 0.0f}));
    test::writeGlb(model_, scene);
  }

  // The centre pixel of an anterior render with these extra arguments.
  glm::u8vec4 centre(const std::string& args) {
    const auto out = (dir_ / ("render" + std::to_string(++n_)) ).string() + ".png";
    const auto r = runCommand(myoatlas() + " render --model '" + model_ + "' --width 160 --height 160 --out '" + out + "' " + args);
    if (r.exitCode == 1 && contains(r.err, "no OpenGL") && std::getenv("MYOATLAS_REQUIRE_GL") == nullptr) {
      skipped_ = true;
      return {};
    }
    EXPECT_EQ(r.exitCode, 0) << args << ": " << r.err;
    auto img = readPng(out);
    return img ? img->at(80, 80) : glm::u8vec4(0);
  }

  static int diff(glm::u8vec4 a, glm::u8vec4 b) {
    return std::abs(int(a.r) - int(b.r)) + std::abs(int(a.g) - int(b.g)) + std::abs(int(a.b) - int(b.b));
  }
  static bool reddish(glm::u8vec4 c) { return c.r > c.g + 40 && c.r > c.b + 40; }

  std::filesystem::path dir_;
  std::string model_;
  int n_ = 0;
  bool skipped_ = false;
};

TEST_F(LayersCommand, SkinPeelIsolateAndSelectionChangeWhatIsSeen) {
  const auto skin = centre("");
  if (skipped_) GTEST_SKIP() << "no OpenGL";
  EXPECT_FALSE(reddish(skin)) << "opaque skin covers the muscles";
  const auto glute = centre("--skin-opacity 0");
  EXPECT_TRUE(reddish(glute)) << "without the skin, muscle shows";
  const auto xray = centre("--skin-opacity 0.3");
  EXPECT_GT(diff(xray, skin), 20) << "x-ray skin lets the muscle through";
  EXPECT_GT(diff(xray, glute), 10) << "but it is still there";
  // Selecting the piriformis highlights it, but the gluteus maximus still hides it ...
  const auto hidden = centre("--skin-opacity 0 --select piriformis");
  EXPECT_LT(diff(hidden, glute), 8);
  // ... until the superficial layer is peeled away: the highlighted (warm) piriformis appears.
  const auto peeled = centre("--skin-opacity 0 --select piriformis --peel 1");
  EXPECT_GT(diff(peeled, glute), 30);
  EXPECT_GT(int(peeled.g), int(glute.g) + 20) << "highlight is orange-yellow, not muscle red";
  // Isolating the gluteus maximus with the skin on: only the selection is drawn, the skin goes too.
  const auto isolated = centre("--select gluteus_maximus --isolate");
  EXPECT_TRUE(reddish(isolated) || isolated.g > glute.g) << "the selected muscle, highlighted, with nothing in front";
  EXPECT_GT(diff(isolated, skin), 30);
}

TEST_F(LayersCommand, OutOfRangeLayerValuesAreUsageErrors) {
  auto r = runCommand(myoatlas() + " render --model '" + model_ + "' --out x.png --peel 4");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(contains(r.err, "--peel")) << r.err;
  r = runCommand(myoatlas() + " render --model '" + model_ + "' --out x.png --skin-opacity 1.5");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(contains(r.err, "--skin-opacity")) << r.err;
}

}  // namespace
}  // namespace myoatlas

namespace myoatlas {
namespace {

// Inside an opaque skin nothing can be seen, so it is not drawn (a third of the frame time on llvmpipe); as
// soon as the skin turns see-through or hides, the muscles and bones come back.
TEST(MeshStyles, AnOpaqueSkinSkipsWhatItHides) {
  const std::vector<MeshAnatomy> anatomy = {{TissueKind::Skin, nullptr, std::nullopt, "skin", "", false, {}},
                                            {TissueKind::Muscle, nullptr, std::nullopt, "muscle", "", false, {}},
                                            {TissueKind::Bone, nullptr, std::nullopt, "femur", "", false, {}}};
  LayerSettings layers;
  auto styles = meshStyles(anatomy, layers, "", -1);
  EXPECT_TRUE(styles[0].visible);
  EXPECT_FALSE(styles[1].visible);
  EXPECT_FALSE(styles[2].visible);
  layers.skinOpacity = 0.35f;
  styles = meshStyles(anatomy, layers, "", -1);
  EXPECT_TRUE(styles[0].visible && styles[1].visible && styles[2].visible);
  layers.skinOpacity = 0.0f;
  styles = meshStyles(anatomy, layers, "", -1);
  EXPECT_FALSE(styles[0].visible);
  EXPECT_TRUE(styles[1].visible && styles[2].visible);
}

}  // namespace
}  // namespace myoatlas
