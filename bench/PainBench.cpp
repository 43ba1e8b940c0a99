// Referred-pain painting and the pain finder on the default body (docs/PERFORMANCE.md), and on a skin of about
// a million vertices to show how the cost grows.
#include <map>
#include <memory>

#include <benchmark/benchmark.h>

#include "core/atlas/AtlasLoader.h"
#include "core/body/BodyGenerator.h"
#include "core/geometry/Bvh.h"
#include "core/pain/PainFinder.h"
#include "core/pain/Selection.h"
#include "io/ModelImporter.h"
#include "ShippedData.h"

namespace myoatlas {
namespace {

struct Scene {
  AtlasLoad atlas;
  Model body;
  std::unique_ptr<BodySurface> surface;
};

const AtlasLoad& atlas() { return bench::shippedAtlas(); }

// 0: the shipped default body (25k vertices); 1: an unsimplified 2.5 mm skin (about a million vertices).
Scene& scene(int which) {
  static std::unique_ptr<Scene> scenes[2];
  if (!scenes[which]) {
    auto s = std::make_unique<Scene>();
    if (which == 0) {
      s->body = std::move(importModel(MYOATLAS_DEFAULT_BODY).value().model);
    } else {
      BodyParameters p;
      p.gridCell = 0.0025f;
      p.skinTriangleRatio = 1.0f;
      s->body = generateBody(p, atlas().atlas.landmarks, bench::shippedMuscles()).value();
    }
    s->surface = std::move(BodySurface::fromModel(s->body).value());
    scenes[which] = std::move(s);
  }
  return *scenes[which];
}

void BM_FirstPatternComputation(benchmark::State& state) {
  Scene& s = scene(int(state.range(0)));
  const TriggerPoint& trp = *atlas().atlas.triggerPoint("upper_trapezius.trp1");
  for (auto _ : state) {
    ReferralPainter painter(atlas().atlas, *s.surface);  // empty cache: the first computation every time
    benchmark::DoNotOptimize(painter.pattern(trp, Side::Right));
  }
  state.counters["vertices"] = double(s.surface->skin().positions.size());
}
BENCHMARK(BM_FirstPatternComputation)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_RecombineSelection(benchmark::State& state) {
  Scene& s = scene(int(state.range(0)));
  ReferralPainter painter(atlas().atlas, *s.surface);
  const TriggerPointSelection selection = {{"upper_trapezius.trp1", Side::Right}, {"sternocleidomastoid.trp2", Side::Right},
                                           {"temporalis.trp2", Side::Right}};
  painter.combine(selection);  // warm the cache: a selection change only recombines
  for (auto _ : state) benchmark::DoNotOptimize(painter.combine(selection));
}
BENCHMARK(BM_RecombineSelection)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

struct Finder {
  std::unique_ptr<ReferralPainter> painter;
  std::unique_ptr<PainFinder> finder;
};
Finder& finder(int which) {
  static std::unique_ptr<Finder> f[2];
  if (!f[which]) {
    f[which] = std::make_unique<Finder>();
    f[which]->painter = std::make_unique<ReferralPainter>(atlas().atlas, *scene(which).surface);
    f[which]->finder = std::make_unique<PainFinder>(*f[which]->painter);
  }
  return *f[which];
}

void BM_PaintEveryPattern(benchmark::State& state) {  // what the finder does once, on the first click
  Scene& s = scene(int(state.range(0)));
  for (auto _ : state) {
    ReferralPainter painter(atlas().atlas, *s.surface);
    PainFinder f(painter);
    benchmark::DoNotOptimize(f);
  }
}
BENCHMARK(BM_PaintEveryPattern)->Arg(0)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_PointQuery(benchmark::State& state) {
  Finder& f = finder(int(state.range(0)));
  const auto& landmarks = scene(int(state.range(0))).surface->landmarks();
  const std::uint32_t v = scene(int(state.range(0))).surface->nearestVertex(landmarks.at("temple.r"));
  for (auto _ : state) benchmark::DoNotOptimize(f.finder->musclesAtVertex(v));  // grouped by muscle, as shown
}
BENCHMARK(BM_PointQuery)->Arg(0)->Unit(benchmark::kMicrosecond);

// A named area with a pain guide: the guide's muscles in order, each with its painted trigger points.
void BM_AreaQuery(benchmark::State& state) {
  Finder& f = finder(int(state.range(0)));
  const PainArea& area = *atlas().atlas.painArea("back_of_knee");
  for (auto _ : state) benchmark::DoNotOptimize(f.finder->musclesForArea(area, Side::Right));
}
BENCHMARK(BM_AreaQuery)->Arg(0)->Unit(benchmark::kMicrosecond);

// A drawing over the low back and the buttock (about the largest a patient paints), ranked by muscle.
void BM_RankPainDrawing(benchmark::State& state) {
  Finder& f = finder(int(state.range(0)));
  std::map<std::uint32_t, float> both;
  for (const char* id : {"low_back", "buttock"}) {
    const SparseIntensity& z = f.painter->painArea(*atlas().atlas.painArea(id), Side::Right);
    for (std::size_t i = 0; i < z.vertices.size(); ++i) both[z.vertices[i]] = std::max(both[z.vertices[i]], z.values[i]);
  }
  SparseIntensity drawing;
  for (const auto& [v, x] : both) drawing.vertices.push_back(v), drawing.values.push_back(x);
  for (auto _ : state) benchmark::DoNotOptimize(f.finder->musclesForDrawing(drawing));
  state.counters["drawing_vertices"] = double(drawing.vertices.size());
}
BENCHMARK(BM_RankPainDrawing)->Arg(0)->Unit(benchmark::kMicrosecond);

void BM_PickingRay(benchmark::State& state) {
  Scene& s = scene(int(state.range(0)));
  const Bvh bvh(s.surface->skin());
  const Ray ray{{0.0f, 1.0f, 3.0f}, glm::normalize(glm::vec3(-0.02f, 0.2f, -3.0f))};
  for (auto _ : state) benchmark::DoNotOptimize(bvh.intersect(ray));
}
BENCHMARK(BM_PickingRay)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace myoatlas
