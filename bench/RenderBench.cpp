// Drawing one frame of the default body offscreen (EGL), including the multisample resolve and read-back
// that a screenshot needs. On llvmpipe this is CPU rasterisation and dominates frame time.
#include <memory>

#include <benchmark/benchmark.h>

#include "io/ModelImporter.h"
#include "render/EglContext.h"
#include "render/OffscreenTarget.h"
#include "render/SceneRenderer.h"

namespace myoatlas {
namespace {

void BM_DrawDefaultBody(benchmark::State& state) {
  static auto context = EglContext::create();
  if (!context) {
    state.SkipWithError(context.error().c_str());
    return;
  }
  const int w = int(state.range(0)), h = int(state.range(1));
  auto renderer = SceneRenderer::create();
  auto target = OffscreenTarget::create(w, h);
  if (!renderer || !target) {
    state.SkipWithError("renderer or target could not be created");
    return;
  }
  auto imported = importModel(MYOATLAS_DEFAULT_BODY);
  if (!imported) {
    state.SkipWithError(imported.error().c_str());
    return;
  }
  auto body = std::make_shared<Model>(std::move(imported->model));
  renderer.value()->setModel(body);
  OrbitCamera camera;
  camera.setViewport(w, h);
  camera.setPose(camera.framing(body->bounds(), ViewPreset::Anterior));
  for (auto _ : state) {
    target->bind();
    renderer.value()->draw(camera, w, h);
    benchmark::DoNotOptimize(target->read());
    camera.orbit(4.0f, 0.0f);
  }
  state.SetLabel(context.value()->description());
}
BENCHMARK(BM_DrawDefaultBody)->Args({1280, 800})->Args({640, 400})->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace myoatlas
