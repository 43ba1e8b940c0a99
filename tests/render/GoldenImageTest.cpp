// Golden images of the default body: anything that changes how the body looks shows up here. To accept a
// change on purpose: MYOATLAS_UPDATE_GOLDEN=1 ctest -R Golden, look at tests/golden/*.png, commit them.
#include <gtest/gtest.h>

#include "core/StandInBody.h"
#include "render/SceneRenderer.h"
#include "render/Snapshot.h"
#include "support/GlTestContext.h"

namespace myoatlas {
namespace {

Image renderBody(ViewPreset view) {
  auto renderer = SceneRenderer::create();
  EXPECT_TRUE(renderer.ok());
  if (!renderer) return {};
  auto body = std::make_shared<Model>(makeStandInBody());
  renderer.value()->setModel(body);
  OrbitCamera cam;
  cam.setViewport(240, 360);
  cam.setPose(cam.framing(body->bounds(), view));
  auto image = renderToImage(*renderer.value(), cam, 240, 360);
  EXPECT_TRUE(image.ok());
  return image ? image.value() : Image{};
}

TEST(GoldenImage, DefaultBodyAnterior) {
  MYOATLAS_REQUIRE_GL_CONTEXT();
  test::expectMatchesGolden(renderBody(ViewPreset::Anterior), "body_anterior");
}

TEST(GoldenImage, DefaultBodyPosterior) {
  MYOATLAS_REQUIRE_GL_CONTEXT();
  test::expectMatchesGolden(renderBody(ViewPreset::Posterior), "body_posterior");
}

TEST(GoldenImage, DefaultBodyLeft) {
  MYOATLAS_REQUIRE_GL_CONTEXT();
  test::expectMatchesGolden(renderBody(ViewPreset::Left), "body_left");
}

}  // namespace
}  // namespace myoatlas
