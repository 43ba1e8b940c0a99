// The atlas: loading and validating every file, and one search query (docs/PERFORMANCE.md).
#include <benchmark/benchmark.h>

#include "core/atlas/AtlasLoader.h"
#include "core/atlas/PainAreaLookup.h"
#include "core/atlas/Search.h"

namespace myoatlas {
namespace {

const std::string kAtlasDir = std::string(MYOATLAS_SOURCE_DIR) + "/data";

void BM_LoadAndValidateAtlas(benchmark::State& state) {
  for (auto _ : state) {
    AtlasLoad load = loadAtlas(kAtlasDir);
    if (!load.ok()) state.SkipWithError("the shipped atlas does not validate");
    benchmark::DoNotOptimize(load);
  }
}
BENCHMARK(BM_LoadAndValidateAtlas)->Unit(benchmark::kMillisecond);

void BM_SearchQuery(benchmark::State& state, const char* query) {
  static const AtlasLoad load = loadAtlas(kAtlasDir);
  static const AtlasSearch search(load.atlas);
  for (auto _ : state) benchmark::DoNotOptimize(search.search(query, 20));
}
BENCHMARK_CAPTURE(BM_SearchQuery, abbreviation, "SCM")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_SearchQuery, typo, "sternocleidomastiod")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_SearchQuery, symptom, "tennis elbow")->Unit(benchmark::kMicrosecond);

// A pain area from what a patient types (sources --area, the Pain menu's box): every keystroke in the viewer.
void BM_AreaLookup(benchmark::State& state, const char* query) {
  static const AtlasLoad load = loadAtlas(kAtlasDir);
  static const PainAreaLookup lookup(load.atlas);
  for (auto _ : state) benchmark::DoNotOptimize(lookup.find(query));
}
BENCHMARK_CAPTURE(BM_AreaLookup, lay, "pain behind my knees")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_AreaLookup, typo, "posterier knee")->Unit(benchmark::kMicrosecond);

void BM_BuildSearchIndex(benchmark::State& state) {
  static const AtlasLoad load = loadAtlas(kAtlasDir);
  for (auto _ : state) benchmark::DoNotOptimize(AtlasSearch(load.atlas));
}
BENCHMARK(BM_BuildSearchIndex)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace myoatlas
