// What start-up costs on the CPU: building the default body and importing a model file.
#include <filesystem>

#include <benchmark/benchmark.h>

#include "core/StandInBody.h"
#include "io/ModelImporter.h"

namespace myoatlas {
namespace {

void BM_GenerateStandInBody(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(makeStandInBody());
}
BENCHMARK(BM_GenerateStandInBody)->Unit(benchmark::kMillisecond);

// The real BodyParts3D file (63 meshes, 570k triangles) when ../shared/realdata is present.
void BM_ImportBodyParts3D(benchmark::State& state) {
  const std::filesystem::path path =
      std::filesystem::path(MYOATLAS_SOURCE_DIR) / "../shared/realdata/bodyparts3d/bp3d_mm_zup_muscles_bones.glb";
  if (!std::filesystem::exists(path)) {
    state.SkipWithError("../shared/realdata is not present");
    return;
  }
  for (auto _ : state) {
    auto model = importModel(path.string());
    if (!model) state.SkipWithError(model.error().c_str());
    benchmark::DoNotOptimize(model);
  }
}
BENCHMARK(BM_ImportBodyParts3D)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
}  // namespace myoatlas
