// What start-up costs on the CPU: building the default body and importing a model file.
#include <filesystem>

#include <benchmark/benchmark.h>

#include "core/atlas/AtlasLoader.h"
#include "core/body/BodyGenerator.h"
#include "io/ModelImporter.h"

namespace myoatlas {
namespace {

// The whole default-body generation (skeleton, skin polygonisation, smoothing, simplification, weights,
// landmarks), as the build runs it.
void BM_GenerateDefaultBody(benchmark::State& state) {
  static const AtlasLoad atlas = loadAtlas(std::string(MYOATLAS_SOURCE_DIR) + "/data");
  for (auto _ : state) benchmark::DoNotOptimize(generateBody(BodyParameters{}, atlas.atlas.landmarks));
}
BENCHMARK(BM_GenerateDefaultBody)->Unit(benchmark::kMillisecond)->Iterations(3);

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
