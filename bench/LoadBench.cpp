// What start-up costs on the CPU: building the default body and importing a model file.
#include <filesystem>
#include <string>

#include <benchmark/benchmark.h>

#include "core/atlas/AtlasLoader.h"
#include "core/body/BodyGenerator.h"
#include "core/scene/BodyFit.h"
#include "core/scene/ScenePicker.h"
#include "io/ModelImporter.h"
#include "ShippedData.h"

namespace myoatlas {
namespace {

// The whole default-body generation (skeleton, skin polygonisation, smoothing, simplification, weights,
// landmarks), as the build runs it.
void BM_GenerateDefaultBody(benchmark::State& state) {
  const AtlasLoad& atlas = bench::shippedAtlas();
  for (auto _ : state) benchmark::DoNotOptimize(generateBody(BodyParameters{}, atlas.atlas.landmarks, bench::shippedMuscles()));
}
BENCHMARK(BM_GenerateDefaultBody)->Unit(benchmark::kMillisecond)->Iterations(3);

// The real BodyParts3D file (63 meshes, 570k triangles) when ../shared/realdata is present; otherwise the
// benchmark is skipped with a reason and this returns an empty path.
std::string bodyParts3D(benchmark::State& state) {
  const std::filesystem::path path =
      std::filesystem::path(MYOATLAS_SOURCE_DIR) / "../shared/realdata/bodyparts3d/bp3d_mm_zup_muscles_bones.glb";
  if (std::filesystem::exists(path)) return path.string();
  state.SkipWithError("../shared/realdata is not present");
  return {};
}

void BM_ImportBodyParts3D(benchmark::State& state) {
  const std::string path = bodyParts3D(state);
  if (path.empty()) return;
  for (auto _ : state) {
    auto model = importModel(path);
    if (!model) state.SkipWithError(model.error().c_str());
    benchmark::DoNotOptimize(model);
  }
}
BENCHMARK(BM_ImportBodyParts3D)->Unit(benchmark::kMillisecond)->Iterations(3);

// What an own model costs beyond its import (issue 16): the envelope skin over BodyParts3D's muscles and bones,
// then our body fitted onto it and its landmarks carried across, from the fit template the build wrote.
void BM_AdaptBodyParts3D(benchmark::State& state) {
  const std::string path = bodyParts3D(state);
  if (path.empty()) return;
  auto model = importModel(path);
  if (!model) return state.SkipWithError(model.error().c_str());
  auto ours = readFitTemplate(MYOATLAS_DEFAULT_BODY);
  if (!ours) return state.SkipWithError(ours.error().c_str());
  for (auto _ : state) {
    Model theirs = model->model;
    adaptToAtlas(theirs, bench::shippedAtlas().atlas, [&] { return &ours.value(); });
    benchmark::DoNotOptimize(theirs);
  }
}
BENCHMARK(BM_AdaptBodyParts3D)->Unit(benchmark::kMillisecond)->Iterations(3);

// The default body as the app imports it: arg 0 in a child process (the app's way since issue 18: a crash in
// Assimp cannot take the app down), arg 1 in-process. The difference is what the isolation costs: the fork and
// the model's trip back through a pipe.
void BM_ImportDefaultBody(benchmark::State& state) {
  const auto isolation = state.range(0) == 0 ? ImportIsolation::ChildProcess : ImportIsolation::InProcess;
  for (auto _ : state) {
    auto model = importModel(MYOATLAS_DEFAULT_BODY, {}, isolation);
    if (!model) state.SkipWithError(model.error().c_str());
    benchmark::DoNotOptimize(model);
  }
}
BENCHMARK(BM_ImportDefaultBody)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(5);

// Hovering: the viewer picks the mesh under the cursor on every mouse move. Arg 0: the first pick, which
// bounds every mesh and builds the BVHs the ray needs; arg 1: later picks. Through the pelvis from behind, where muscles overlap.
void BM_PickMeshBodyParts3D(benchmark::State& state) {
  const std::string path = bodyParts3D(state);
  if (path.empty()) return;
  auto imported = importModel(path);
  if (!imported) {
    state.SkipWithError(imported.error().c_str());
    return;
  }
  const Model& model = imported->model;
  const glm::vec3 c = model.bounds().center();
  const Ray ray{{c.x - 0.08f, c.y, c.z - 2.0f}, {0.0f, 0.0f, 1.0f}};
  auto picker = std::make_unique<ScenePicker>(model, std::vector<glm::mat4>{});
  if (state.range(0) == 1) benchmark::DoNotOptimize(picker->pick(ray));
  for (auto _ : state) {
    if (state.range(0) == 0) {
      state.PauseTiming();
      picker = std::make_unique<ScenePicker>(model, std::vector<glm::mat4>{});
      state.ResumeTiming();
    }
    auto hit = picker->pick(ray);
    if (!hit) state.SkipWithError("the ray missed the body");
    benchmark::DoNotOptimize(hit);
  }
}
BENCHMARK(BM_PickMeshBodyParts3D)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace myoatlas
