// Renders known meshes offscreen (EGL) and checks pixels a user would notice: the object where the camera
// says it is, background elsewhere, lit from the key light's side, smooth edges, the view conventions.
#include <algorithm>
#include <cmath>

#include <gtest/gtest.h>

#include "core/MeshBuilder.h"
#include "core/body/SkinColours.h"
#include "render/FrameBenchmark.h"
#include "render/OffscreenTarget.h"
#include "render/SceneRenderer.h"
#include "render/Snapshot.h"
#include "support/GlTestContext.h"

namespace myoatlas {
namespace {

std::shared_ptr<Model> sphereModel(TissueKind tissue = TissueKind::Muscle) {
  auto m = std::make_shared<Model>();
  m->meshes.push_back(makeEllipsoid("ball", glm::vec3(0.0f, 1.0f, 0.0f), glm::vec3(0.3f), 64, 48));
  m->meshes.back().tissue = tissue;
  return m;
}

Image render(const std::shared_ptr<const Model>& model, ViewPreset view, int w = 200, int h = 200,
             std::optional<Bounds> frame = std::nullopt, std::vector<SceneRenderer::MeshStyle> styles = {}) {
  auto renderer = SceneRenderer::create();
  EXPECT_TRUE(renderer.ok()) << (renderer.ok() ? "" : renderer.error());
  if (!renderer) return {};
  renderer.value()->setModel(model);
  renderer.value()->setMeshStyles(std::move(styles));
  OrbitCamera cam;
  cam.setViewport(w, h);
  cam.setPose(cam.framing(frame ? *frame : model->bounds(), view));
  auto image = renderToImage(*renderer.value(), cam, w, h);
  EXPECT_TRUE(image.ok());
  return image ? image.value() : Image{};
}

int luminance(glm::u8vec4 c) { return (int(c.r) * 3 + int(c.g) * 6 + int(c.b)) / 10; }

bool differs(glm::u8vec4 a, glm::u8vec4 b, int tolerance = 12) {
  return std::abs(int(a.r) - int(b.r)) > tolerance || std::abs(int(a.g) - int(b.g)) > tolerance ||
         std::abs(int(a.b) - int(b.b)) > tolerance;
}

TEST(Render, ObjectAppearsWhereTheCameraPutsItAndBackgroundElsewhere) {
  MYOATLAS_REQUIRE_GL_CONTEXT();
  const auto model = sphereModel();
  const Image withBall = render(model, ViewPreset::Anterior);
  const Image empty = render(std::make_shared<Model>(), ViewPreset::Anterior, 200, 200, model->bounds());
  ASSERT_EQ(withBall.width, 200);
  EXPECT_TRUE(differs(withBall.at(100, 100), empty.at(100, 100))) << "the sphere covers the centre";
  for (auto [x, y] : {std::pair{2, 2}, std::pair{197, 2}, std::pair{2, 197}, std::pair{197, 197}})
    EXPECT_FALSE(differs(withBall.at(x, y), empty.at(x, y), 2)) << "corner " << x << "," << y << " is background";
  // The sphere is framed tightly: it spans most of the image and stays inside it.
  int spanLeft = 200, spanRight = -1;
  for (int x = 0; x < 200; ++x)
    if (differs(withBall.at(x, 100), empty.at(x, 100))) spanLeft = std::min(spanLeft, x), spanRight = std::max(spanRight, x);
  EXPECT_GT(spanRight - spanLeft, 120);
  EXPECT_GT(spanLeft, 0);
  EXPECT_LT(spanRight, 199);
}

// Vertex colours (a user model's painted colours) multiply the material's colour: a muscle ball whose upper half is
// coloured pale blue shows it above and the muscle's red below, as the same ball without colours does.
TEST(Render, VertexColoursTintTheMaterialWhereTheyAre) {
  MYOATLAS_REQUIRE_GL_CONTEXT();
  const auto plain = sphereModel(TissueKind::Muscle);
  auto tinted = std::make_shared<Model>(*plain);
  Mesh& ball = tinted->meshes.front();
  for (const auto& p : ball.positions) ball.colours.push_back(p.y > 1.0f ? glm::vec3(0.2f, 1.0f, 1.0f) : glm::vec3(1.0f));
  const Image a = render(plain, ViewPreset::Anterior), b = render(tinted, ViewPreset::Anterior);
  const glm::u8vec4 above = b.at(100, 60), below = b.at(100, 140);
  EXPECT_TRUE(differs(a.at(100, 60), above)) << "the coloured half changes";
  EXPECT_LT(int(above.r), int(a.at(100, 60).r) - 40) << "red taken out of it";
  EXPECT_FALSE(differs(a.at(100, 140), below, 2)) << "white leaves the material's colour as it is";
}

// A skin carrying its own colours (the generated one) is painted from a warm white, so its plain skin matches the
// skin material's tone and a colour lighter than that (the white of an eye) shows lighter.
TEST(Render, ColouredSkinShowsColoursLighterThanTheSkinTone) {
  MYOATLAS_REQUIRE_GL_CONTEXT();
  const auto plain = sphereModel(TissueKind::Skin);
  auto coloured = std::make_shared<Model>(*plain);
  Mesh& ball = coloured->meshes.front();
  for (const auto& p : ball.positions) ball.colours.push_back(p.y > 1.0f ? glm::vec3(1.0f) : plainSkinColour());
  const Image a = render(plain, ViewPreset::Anterior), b = render(coloured, ViewPreset::Anterior);
  EXPECT_FALSE(differs(a.at(100, 140), b.at(100, 140), 3)) << "plain skin looks as an uncoloured skin does";
  EXPECT_GT(luminance(b.at(100, 60)), luminance(a.at(100, 60)) + 15) << "white is lighter than skin";
}

// A skin ball with a spot of colour `spot` (a vertex-colour multiplier) where the anterior camera looks, the rest
// plain skin, drawn from the front before and after a zone is painted over all of it.
struct PaintedSpot {
  Image bare, painted;
};
Result<PaintedSpot> paintOverSpot(const glm::vec3& spot) {
  auto model = std::make_shared<Model>(*sphereModel(TissueKind::Skin));
  Mesh& ball = model->meshes.front();
  ball.name = "skin";
  const glm::vec3 front(0.0f, 1.0f, 0.3f);  // the point the anterior camera looks at
  for (const auto& p : ball.positions) ball.colours.push_back(glm::distance(p, front) < 0.06f ? spot : plainSkinColour());
  auto renderer = SceneRenderer::create();
  if (!renderer) return Error{renderer.error()};
  renderer.value()->setModel(model);
  OrbitCamera cam;
  cam.setViewport(200, 200);
  cam.setPose(cam.framing(model->bounds(), ViewPreset::Anterior));
  auto bare = renderToImage(*renderer.value(), cam, 200, 200);
  renderer.value()->setReferral("skin", std::vector<glm::vec2>(ball.positions.size(), glm::vec2(1.0f, -1.0f)));
  auto painted = renderToImage(*renderer.value(), cam, 200, 200);
  if (!bare || !painted) return Error{"rendering the ball failed"};
  return PaintedSpot{std::move(bare.value()), std::move(painted.value())};
}

// A zone painted over the eye must not hide it (issue 12: patterns read by the features they cover): under the
// essential colour, a feature darker than the skin's typical tone (a pupil, a brow) still shows darker.
TEST(Render, FeaturesOfTheSkinShowThroughAPaintedZone) {
  MYOATLAS_REQUIRE_GL_CONTEXT();
  const auto ball = paintOverSpot(0.25f * plainSkinColour());
  ASSERT_TRUE(ball.ok()) << ball.error();
  const Image &bare = ball->bare, &painted = ball->painted;
  // The spot against the skin either side of it at the same height (the key light comes from the upper left).
  const auto beside = [](const Image& i) { return (luminance(i.at(65, 100)) + luminance(i.at(135, 100))) / 2; };
  const glm::u8vec4 spot = painted.at(100, 100), around = painted.at(65, 100);
  EXPECT_GT(int(around.r), int(around.g) + 60) << "the zone is painted";
  EXPECT_GT(int(spot.r), int(spot.g) + 20) << "the dark spot is painted too";
  EXPECT_LT(luminance(bare.at(100, 100)), beside(bare) - 40) << "the spot is dark unpainted";
  EXPECT_LT(luminance(spot), beside(painted) - 20) << "the dark spot still shows under the zone's colour";
}

// The white of an eye under a zone "over the eye" keeps most of its own colour: painted red, the eyeball read as an
// injury to a reviewer (the pain is felt about the orbit, which stays painted).
TEST(Render, TheWhiteOfAnEyeUnderAZoneStaysLight) {
  MYOATLAS_REQUIRE_GL_CONTEXT();
  const auto ball = paintOverSpot(glm::vec3(1.0f));
  ASSERT_TRUE(ball.ok()) << ball.error();
  const glm::u8vec4 white = ball->painted.at(100, 100), around = ball->painted.at(65, 100);
  EXPECT_GT(int(around.r), int(around.g) + 60) << "the zone is painted round it";
  EXPECT_LT(int(white.r) - int(white.g), (int(around.r) - int(around.g)) / 2) << "the white is not painted red";
  EXPECT_GT(luminance(white), luminance(around) + 40) << "the white stays light";
}

// A muscle ball inside a skin ball: what the layer controls do to the picture.
TEST(Render, SeeThroughSkinShowsTheMuscleInsideAndHiddenMeshesAreNotDrawn) {
  MYOATLAS_REQUIRE_GL_CONTEXT();
  auto model = std::make_shared<Model>();
  model->meshes.push_back(makeEllipsoid("skin", glm::vec3(0.0f, 1.0f, 0.0f), glm::vec3(0.3f), 64, 48));
  model->meshes.back().tissue = TissueKind::Skin;
  model->meshes.push_back(makeEllipsoid("biceps", glm::vec3(0.0f, 1.0f, 0.0f), glm::vec3(0.2f), 64, 48));
  model->meshes.back().tissue = TissueKind::Muscle;
  using Style = SceneRenderer::MeshStyle;
  const Bounds frame = model->bounds();
  const Image opaque = render(model, ViewPreset::Anterior, 200, 200, frame);
  const Image xray = render(model, ViewPreset::Anterior, 200, 200, frame, {Style{true, 0.3f}, Style{}});
  const Image hidden = render(model, ViewPreset::Anterior, 200, 200, frame, {Style{false}, Style{}});
  const Image muscleOnly = render(std::make_shared<Model>(Model{"", {model->meshes[1]}, {}, {}, {}, {}}), ViewPreset::Anterior, 200, 200, frame);
  const auto c = [](const Image& i) { return i.at(100, 100); };
  // Muscle is redder than skin: the red share of the centre pixel tells which one we see.
  const auto redness = [](glm::u8vec4 p) { return float(p.r) / float(1 + p.g + p.b); };
  EXPECT_GT(redness(c(muscleOnly)), redness(c(opaque)) + 0.1f) << "opaque skin hides the muscle";
  EXPECT_GT(redness(c(xray)), redness(c(opaque)) + 0.05f) << "see-through skin lets the muscle show";
  EXPECT_LT(redness(c(xray)), redness(c(muscleOnly))) << "but the skin is still there";
  EXPECT_FALSE(differs(c(hidden), c(muscleOnly), 2)) << "hidden skin is not drawn at all";
  // A highlighted (hovered or selected) mesh is visibly brighter.
  const Image lit = render(model, ViewPreset::Anterior, 200, 200, frame, {Style{false}, Style{true, 1.0f, false, 1.0f}});
  EXPECT_GT(luminance(c(lit)), luminance(c(muscleOnly)) + 15);
  const Image dim = render(model, ViewPreset::Anterior, 200, 200, frame, {Style{false}, Style{true, 1.0f, true, 0.0f}});
  EXPECT_LT(redness(c(dim)), redness(c(muscleOnly)) - 0.1f) << "dimmed muscles lose their colour";
}

// Start-up draws a stand-in at the picture's size and keeps that target for the picture (app/SlideImage.h,
// warmUpRenderer): the picture must be the one a new target gives, with nothing of the stand-in left in it, and
// the kept target is used once, for a picture of its own size only.
TEST(Render, APictureInAKeptTargetIsThePictureANewTargetGives) {
  MYOATLAS_REQUIRE_GL_CONTEXT();
  const std::shared_ptr<const Model> ball = sphereModel();
  auto standIn = std::make_shared<Model>();
  standIn->meshes.push_back(makeEllipsoid("stand-in", glm::vec3(0.4f, 1.3f, 0.0f), glm::vec3(0.5f, 0.2f, 0.2f), 32, 16));
  standIn->meshes.back().tissue = TissueKind::Bone;
  const Image fresh = render(ball, ViewPreset::Anterior, 160, 120);
  auto renderer = SceneRenderer::create();
  ASSERT_TRUE(renderer.ok()) << renderer.error();
  OrbitCamera cam;
  cam.setViewport(160, 120);
  cam.setPose(cam.framing(ball->bounds(), ViewPreset::Anterior));
  renderer.value()->setModel(standIn);
  renderer.value()->setMeshStyles({SceneRenderer::MeshStyle{true, 0.4f}});
  const auto warm = renderToImage(*renderer.value(), cam, 160, 120, std::nullopt, {}, true);
  ASSERT_TRUE(warm.ok());
  renderer.value()->setModel(ball);
  renderer.value()->setMeshStyles({});
  const auto picture = renderToImage(*renderer.value(), cam, 160, 120);
  ASSERT_TRUE(picture.ok());
  int different = 0;
  for (int y = 0; y < 120; ++y)
    for (int x = 0; x < 160; ++x) different += differs(picture->at(x, y), fresh.at(x, y), 1) ? 1 : 0;
  EXPECT_EQ(different, 0) << "the stand-in drawn into the kept target shows through";
  int standInPixels = 0;
  for (int y = 0; y < 120; ++y)
    for (int x = 0; x < 160; ++x) standInPixels += differs(warm->at(x, y), fresh.at(x, y), 8) ? 1 : 0;
  EXPECT_GT(standInPixels, 500) << "the stand-in was not drawn, so the test shows nothing";
  const Antialiasing aa = Antialiasing::forPictures(renderer.value()->softwareRasteriser());
  EXPECT_FALSE(renderer.value()->takePictureTarget(160, 120, aa)) << "the picture took the kept target";
  ASSERT_TRUE(renderToImage(*renderer.value(), cam, 160, 120, std::nullopt, {}, true).ok());
  EXPECT_FALSE(renderer.value()->takePictureTarget(80, 60, aa)) << "a target of another size is not used";
  EXPECT_FALSE(renderer.value()->takePictureTarget(160, 120, aa)) << "nor kept once another size was asked for";
}

TEST(Render, KeyLightFromTheUpperLeftAndARimAtTheSilhouette) {
  MYOATLAS_REQUIRE_GL_CONTEXT();
  const Image img = render(sphereModel(TissueKind::Unknown), ViewPreset::Anterior);
  const int upperLeft = luminance(img.at(72, 72));
  const int lowerRight = luminance(img.at(128, 128));
  EXPECT_GT(upperLeft, lowerRight + 20) << "lit from the upper left, in shadow at the lower right";
  EXPECT_GT(lowerRight, 20) << "fill and ambient keep shadows readable, never black";
}

TEST(Render, EdgesAreAntialiased) {
  MYOATLAS_REQUIRE_GL_CONTEXT();
  const auto model = sphereModel(TissueKind::Bone);
  const Image img = render(model, ViewPreset::Anterior);
  const Image empty = render(std::make_shared<Model>(), ViewPreset::Anterior, 200, 200, model->bounds());
  // Along the centre row, the silhouette crossing must include pixels between background and surface.
  int intermediate = 0;
  for (int x = 1; x < 199; ++x) {
    const int bg = luminance(empty.at(x, 100)), v = luminance(img.at(x, 100));
    const int inside = luminance(img.at(100, 100));
    if (v > bg + 8 && v < inside - 8 && luminance(img.at(x - 1, 100)) != v) ++intermediate;
  }
  EXPECT_GE(intermediate, 2);
}

// Pictures on software rasterisers are drawn at twice the size and averaged (llvmpipe's multisampling is slow):
// the silhouette comes out as smooth as with 4x multisampling, and the picture is the same otherwise.
TEST(Render, SupersamplingSmoothsEdgesLikeMultisampling) {
  MYOATLAS_REQUIRE_GL_CONTEXT();
  const auto model = sphereModel(TissueKind::Bone);
  auto renderer = SceneRenderer::create();
  ASSERT_TRUE(renderer.ok());
  renderer.value()->setModel(model);
  OrbitCamera cam;
  cam.setViewport(200, 200);
  cam.setPose(cam.framing(model->bounds(), ViewPreset::Anterior));
  const auto draw = [&](Antialiasing aa) {
    auto target = OffscreenTarget::create(200, 200, aa);
    EXPECT_TRUE(target.ok());
    if (!target) return Image{};
    target->bind();
    renderer.value()->draw(cam, target->drawWidth(), target->drawHeight());
    return target->read();
  };
  const Image plain = draw({0, 1}), multisampled = draw({4, 1}), supersampled = draw({0, 2});
  const auto smoothed = [&](const Image& img) {  // silhouette pixels the smoothing changed
    int n = 0;
    for (int y = 0; y < 200; ++y)
      for (int x = 0; x < 200; ++x) n += differs(img.at(x, y), plain.at(x, y), 12);
    return n;
  };
  const int byMultisampling = smoothed(multisampled), bySupersampling = smoothed(supersampled);
  EXPECT_GT(byMultisampling, 100) << "a circle of about 500 pixels round";
  EXPECT_GT(bySupersampling, byMultisampling / 2) << "supersampling smooths the silhouette too";
  const ImageDifference d = compareImages(supersampled, multisampled);
  EXPECT_LT(d.meanChannelDelta, 1.0);
  EXPECT_LT(d.fractionOver, 0.005) << "the same picture apart from the edges' last shades";
}

// A "front" marker (bone) on the subject's left of a tall block (muscle): visible on screen right from the
// front, hidden from behind. This pins the view conventions to pixels.
TEST(Render, AnteriorAndPosteriorViewsShowTheRightSides) {
  MYOATLAS_REQUIRE_GL_CONTEXT();
  auto model = std::make_shared<Model>();
  model->meshes.push_back(makeTube("trunk", {0.0f, 0.2f, 0.0f}, {0.0f, 1.6f, 0.0f}, [](float) { return 0.2f; }));
  model->meshes.back().tissue = TissueKind::Muscle;
  model->meshes.push_back(makeEllipsoid("marker", {0.1f, 1.0f, 0.2f}, glm::vec3(0.06f)));
  model->meshes.back().tissue = TissueKind::Bone;
  const auto isMarker = [](glm::u8vec4 c) { return c.g > 150 && c.b > 110; };  // ivory, unlike red muscle
  const auto markerColumns = [&](const Image& img) {
    int count = 0, sumX = 0;
    for (int y = 0; y < img.height; ++y)
      for (int x = 0; x < img.width; ++x)
        if (isMarker(img.at(x, y))) ++count, sumX += x;
    return std::pair{count, count ? sumX / count : -1};
  };
  const auto [frontCount, frontX] = markerColumns(render(model, ViewPreset::Anterior, 200, 300));
  EXPECT_GT(frontCount, 50);
  EXPECT_GT(frontX, 100) << "the subject's left is on the viewer's right in an anterior view";
  EXPECT_EQ(markerColumns(render(model, ViewPreset::Posterior, 200, 300)).first, 0);
  const auto [leftCount, leftX] = markerColumns(render(model, ViewPreset::Left, 200, 300));
  EXPECT_GT(leftCount, 50);
  EXPECT_LT(leftX, 100) << "from the left, the front of the body is on the viewer's left";
}

float srgbToLinear(float c) { return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f); }
float linearToSrgb(float c) { return c <= 0.0031308f ? c * 12.92f : 1.055f * std::pow(c, 1.0f / 2.4f) - 0.055f; }

TEST(Render, BlendsInLinearLightAndWritesSrgb) {
  MYOATLAS_REQUIRE_GL_CONTEXT();
  const Image img = render(std::make_shared<Model>(), ViewPreset::Anterior, 64, 64);
  // Halfway up the background gradient the colour is the mix of its ends taken in linear light, then encoded:
  // visibly lighter than mixing the sRGB bytes, which is what a gamma-unaware pipeline would show.
  for (int channel = 0; channel < 3; ++channel) {
    const float top = kBackgroundTop[channel], bottom = kBackgroundBottom[channel];
    const float correct = 255.0f * linearToSrgb(0.5f * (srgbToLinear(top) + srgbToLinear(bottom)));
    const float naive = 255.0f * 0.5f * (top + bottom);
    ASSERT_GT(correct - naive, 3.0f) << "the test colours must tell the two apart";
    const float mid = 0.5f * (float(img.at(32, 31)[channel]) + float(img.at(32, 32)[channel]));
    EXPECT_NEAR(mid, correct, 1.6f) << "channel " << channel;
  }
  EXPECT_GT(int(img.at(32, 2).g), int(img.at(32, 61).g)) << "lighter at the top";
}

TEST(Render, ImpossibleImageSizeIsAnErrorNotACrash) {
  MYOATLAS_REQUIRE_GL_CONTEXT();
  auto renderer = SceneRenderer::create();
  ASSERT_TRUE(renderer.ok());
  OrbitCamera cam;
  auto image = renderToImage(*renderer.value(), cam, 1 << 20, 16);
  ASSERT_FALSE(image.ok());
  EXPECT_NE(image.error().find("outside what this OpenGL allows"), std::string::npos);
}

// A renderer showing `model`, for the tests that drive it frame by frame; null if it cannot be made.
std::unique_ptr<SceneRenderer> rendererShowing(const std::shared_ptr<const Model>& model) {
  auto renderer = SceneRenderer::create();
  EXPECT_TRUE(renderer.ok()) << (renderer.ok() ? "" : renderer.error());
  if (!renderer) return nullptr;
  renderer.value()->setModel(model);
  return std::move(renderer.value());
}

// The scaling benchmark's copies: each copy is really drawn, where its offset puts it.
TEST(Render, BenchmarkCopiesAreDrawnSideBySide) {
  MYOATLAS_REQUIRE_GL_CONTEXT();
  const auto model = sphereModel();
  auto renderer = rendererShowing(model);
  ASSERT_TRUE(renderer);
  Bounds both = model->bounds();
  both.add(model->bounds().min + glm::vec3(1.0f, 0.0f, 0.0f));
  both.add(model->bounds().max + glm::vec3(1.0f, 0.0f, 0.0f));
  OrbitCamera cam;
  cam.setViewport(200, 100);
  cam.setPose(cam.framing(both, ViewPreset::Anterior));
  auto one = renderToImage(*renderer, cam, 200, 100);
  renderer->setCopies({glm::vec3(0.0f), glm::vec3(1.0f, 0.0f, 0.0f)});
  auto two = renderToImage(*renderer, cam, 200, 100);
  ASSERT_TRUE(one.ok() && two.ok());
  const glm::vec2 left = cam.project(glm::vec3(0.0f, 1.0f, 0.0f)), right = cam.project(glm::vec3(1.0f, 1.0f, 0.0f));
  const auto at = [](const Image& img, glm::vec2 p) { return img.at(int(p.x), int(p.y)); };
  EXPECT_FALSE(differs(at(one.value(), left), at(two.value(), left), 2)) << "the first copy stays where the model is";
  EXPECT_TRUE(differs(at(one.value(), right), at(two.value(), right))) << "the second copy appears 1 m to the right";
  renderer->setCopies({});
  renderer->setMeshStyles({SceneRenderer::MeshStyle{false}});
  auto none = renderToImage(*renderer, cam, 200, 100);
  ASSERT_TRUE(none.ok());
  const auto covered = [&](const Image& img) {
    int n = 0;
    for (int y = 0; y < img.height; ++y)
      for (int x = 0; x < img.width; ++x) n += differs(img.at(x, y), none->at(x, y)) ? 1 : 0;
    return n;
  };
  EXPECT_GT(covered(one.value()), 1000);
  EXPECT_NEAR(double(covered(two.value())) / double(covered(one.value())), 2.0, 0.1) << "two whole spheres";
}

// The frame benchmark reports the GPU's own time (timer queries, which llvmpipe has too) apart from the wall
// clock, and the readback on its own; a readback into a reused image gives the same pixels as a fresh one.
TEST(Render, FrameBenchmarkSeparatesGpuTimeFromReadback) {
  MYOATLAS_REQUIRE_GL_CONTEXT();
  const auto model = sphereModel();
  auto renderer = rendererShowing(model);
  ASSERT_TRUE(renderer);
  OrbitCamera cam;
  cam.setPose(cam.framing(model->bounds(), ViewPreset::Anterior));
  auto result = benchmarkFrames(*renderer, cam, model->bounds(), 96, 64, 3, 4);
  ASSERT_TRUE(result.ok()) << result.error();
  EXPECT_EQ(result->frames, 3);
  EXPECT_EQ(result->copies, 4);
  EXPECT_FALSE(result->renderer.empty());
  EXPECT_GT(result->gpu.mean, 0.0) << "GL_TIME_ELAPSED measured nothing";
  EXPECT_GE(result->wall.max, result->wall.median);
  EXPECT_GE(result->wall.mean, result->cpu.mean) << "the wall clock includes submitting";
  EXPECT_GT(result->readback.mean, 0.0);
  // The renderer draws one copy again afterwards.
  cam.setViewport(96, 64);
  auto after = renderToImage(*renderer, cam, 96, 64);
  auto target = OffscreenTarget::create(96, 64, Antialiasing::forPictures(renderer->softwareRasteriser()));
  ASSERT_TRUE(after.ok() && target.ok());
  target->bind();
  renderer->draw(cam, target->drawWidth(), target->drawHeight());
  Image reused(96, 64);
  std::fill(reused.rgba.begin(), reused.rgba.end(), std::uint8_t(7));
  target->readInto(reused);
  EXPECT_EQ(reused.rgba, after->rgba) << "same picture, same orientation, no stale bytes";
}

// Both ways of resetting a pane (one gradient pass writing the far depth on GPUs; a depth clear and the gradient
// on llvmpipe) give the same picture, and neither lets the last frame's depth hide this frame's body.
TEST(Render, BackgroundResetsThePaneTheSameEitherWay) {
  MYOATLAS_REQUIRE_GL_CONTEXT();
  const auto model = sphereModel();
  auto renderer = rendererShowing(model);
  ASSERT_TRUE(renderer);
  OrbitCamera near, far;
  near.setViewport(120, 120);
  near.setPose(near.framing(model->bounds(), ViewPreset::Anterior));
  far = near;
  far.zoomTowards(-6.0f, glm::vec2(60.0f, 60.0f));  // further away: the sphere's depth grows
  auto target = OffscreenTarget::create(120, 120, Antialiasing::forPictures(renderer->softwareRasteriser()));
  ASSERT_TRUE(target.ok());
  const int w = target->drawWidth(), h = target->drawHeight();
  for (bool singlePass : {false, true}) {
    renderer->setSinglePassBackground(singlePass);
    target->bind();
    renderer->draw(near, w, h);
    target->bind();
    renderer->draw(far, w, h);  // over the near frame's depth buffer
    const Image again = target->read();
    renderer->setSinglePassBackground(!singlePass);
    auto fresh = renderToImage(*renderer, far, 120, 120);
    ASSERT_TRUE(fresh.ok());
    const ImageDifference d = compareImages(again, fresh.value());
    EXPECT_LE(d.maxChannelDelta, 2) << (singlePass ? "single pass" : "depth clear") << " differs from the other way";
  }
}

// The draft tests' 160x160 view of the whole model.
OrbitCamera draftTestCamera(const Model& model, ViewPreset view) {
  OrbitCamera cam;
  cam.setViewport(160, 160);
  cam.setPose(cam.framing(model.bounds(), view));
  return cam;
}

// Draft frames (the viewer while turning the body on llvmpipe) draw large meshes with about a quarter of their
// triangles: the same object in the same place, visibly coarser only at the silhouette; meshes of 500 triangles
// or fewer stay whole.
TEST(Render, DraftFramesDrawACoarserButFaithfulBody) {
  MYOATLAS_REQUIRE_GL_CONTEXT();
  const auto model = sphereModel();  // 64 x 48 segments: about 6,000 triangles
  ASSERT_GT(model->meshes[0].triangleCount(), 2000u);
  auto renderer = rendererShowing(model);
  ASSERT_TRUE(renderer);
  const OrbitCamera cam = draftTestCamera(*model, ViewPreset::Anterior);
  auto full = renderToImage(*renderer, cam, 160, 160);
  renderer->setDraft(true);
  auto draft = renderToImage(*renderer, cam, 160, 160);
  renderer->setDraft(false);
  auto again = renderToImage(*renderer, cam, 160, 160);
  ASSERT_TRUE(full.ok() && draft.ok() && again.ok());
  const ImageDifference d = compareImages(full.value(), draft.value());
  EXPECT_GT(d.meanChannelDelta, 0.0) << "the draft is a different, coarser mesh";
  EXPECT_LT(d.fractionOver, 0.05) << "but the same sphere in the same place";
  EXPECT_EQ(compareImages(full.value(), again.value()).maxChannelDelta, 0) << "full quality again at rest";
}

// Drafts skip the back faces of closed meshes only: an open shell (an imported muscle sheet, half a sphere) seen
// from its hollow side is drawn in a draft as at rest.
TEST(Render, DraftFramesStillDrawOpenShellsFromInside) {
  MYOATLAS_REQUIRE_GL_CONTEXT();
  auto model = sphereModel();
  Mesh& ball = model->meshes[0];
  std::vector<std::uint32_t> front;  // the half facing +z: seen from behind, its inside faces the camera
  for (std::size_t t = 0; t + 2 < ball.indices.size(); t += 3)
    if (ball.positions[ball.indices[t]].z + ball.positions[ball.indices[t + 1]].z + ball.positions[ball.indices[t + 2]].z > 0.0f)
      front.insert(front.end(), ball.indices.begin() + std::ptrdiff_t(t), ball.indices.begin() + std::ptrdiff_t(t + 3));
  ball.indices = front;
  auto renderer = rendererShowing(model);
  ASSERT_TRUE(renderer);
  const OrbitCamera cam = draftTestCamera(*model, ViewPreset::Posterior);
  auto full = renderToImage(*renderer, cam, 160, 160);
  renderer->setDraft(true);
  auto draft = renderToImage(*renderer, cam, 160, 160);
  ASSERT_TRUE(full.ok() && draft.ok());
  ASSERT_TRUE(differs(full.value().at(80, 80), full.value().at(2, 2))) << "the hollow is drawn at rest";
  EXPECT_FALSE(differs(full.value().at(80, 80), draft.value().at(80, 80), 24)) << "and in the draft";
  EXPECT_LT(compareImages(full.value(), draft.value()).fractionOver, 0.05);
}

}  // namespace
}  // namespace myoatlas
