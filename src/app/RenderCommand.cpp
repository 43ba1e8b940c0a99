#include "app/RenderCommand.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "app/AtlasCommands.h"
#include "core/FrameStats.h"
#include "app/SceneStyles.h"
#include "core/atlas/AtlasLoader.h"
#include "core/pain/ReferralPainter.h"
#include "core/pain/Selection.h"
#include "core/Pose.h"
#include "io/Png.h"
#include "render/EglContext.h"
#include "render/OffscreenTarget.h"
#include "render/SceneRenderer.h"
#include "render/Snapshot.h"

namespace myoatlas {
namespace {

// Draws `frames` frames into an offscreen target of the output size, waiting for each to finish.
void benchmarkFrames(SceneRenderer& renderer, OrbitCamera camera, int width, int height, int frames) {
  auto target = OffscreenTarget::create(width, height);
  if (!target) return;
  camera.setViewport(width, height);
  FrameStats stats;
  for (int i = 0; i < frames; ++i) {
    const auto start = std::chrono::steady_clock::now();
    target->bind();
    renderer.draw(camera, width, height);
    (void)target->read();  // forces completion, as presenting a frame would
    stats.add(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    camera.orbit(4.0f, 0.0f);  // keep the view moving like a user turning the body
  }
  std::printf("{\"frames\": %d, \"width\": %d, \"height\": %d, \"mean_ms\": %.3f, \"p95_ms\": %.3f, \"max_ms\": %.3f}\n",
              frames, width, height, stats.mean(), stats.percentile(95.0), stats.max());
}

// Paints the selected trigger points' referral patterns on the model's skin; returns an exit code.
// `muscleShown`: the selected muscle is a mesh of the model, so a model without a skin can still show it.
// `jointMatrices`: the pose drawn, for the markers.
int paintSelection(const RenderOptions& options, const AtlasLoad& atlas, const Model& model, SceneRenderer& renderer,
                   const std::vector<MeshAnatomy>& anatomy, bool muscleShown,
                   const std::vector<glm::mat4>& jointMatrices) {
  if (!atlas.ok()) {
    std::cerr << "myoatlas render: the atlas does not validate; run 'myoatlas validate'\n";
    return 2;
  }
  const auto side = parseSideChoice(options.side);
  if (!side) {
    std::cerr << "myoatlas render: --side '" << options.side << "' must be right, left or both\n";
    return 2;
  }
  auto selection = resolveSelection(atlas.atlas, options.select, *side);
  if (!selection) {
    std::cerr << "myoatlas render: --select: " << selection.error() << "\n";
    return 2;
  }
  auto surface = BodySurface::fromModel(model);
  if (!surface) {
    std::cerr << "myoatlas render: --select: " << surface.error() << "\n";
    if (!muscleShown) return 2;
    std::cerr << "myoatlas render: the selected muscle is highlighted; its referred-pain pattern is not painted\n";
    return 0;
  }
  ReferralPainter painter(atlas.atlas, *surface.value());
  renderer.setReferral(surface.value()->skin().name, painter.combine(selection.value()));
  const ScenePicker picker(model, jointMatrices);
  if (const auto skin = model.meshIndex(surface.value()->skin().name))
    renderer.setMarkers(markerPoints(placeMarkers(painter, atlas.atlas, selection.value(), picker.posedPositions(*skin), anatomy, picker)));
  return 0;
}

// The posed bounds of the meshes of the focused muscles and regions on `side`; an error names an unknown id.
Result<Bounds> focusBounds(const RenderOptions& options, const Atlas& atlas, const Model& model,
                           const std::vector<MeshAnatomy>& anatomy, const std::vector<glm::mat4>& matrices) {
  const auto side = parseSideChoice(options.side);
  if (!side) return Error{"--side '" + options.side + "' must be right, left or both"};
  for (const auto& id : options.focus)
    if (!atlas.muscle(id) && !atlas.region(id)) {
      std::string regions;
      for (const auto& r : atlas.regions) regions += (regions.empty() ? "" : ", ") + r.id;
      return Error{"--focus '" + id + "' is neither an atlas muscle nor a body region (regions: " + regions +
                   "; muscles: see 'myoatlas search')"};
    }
  Bounds bounds;
  for (std::size_t i = 0; i < model.meshes.size(); ++i) {
    const Muscle* m = anatomy[i].muscle;
    if (!m) continue;
    const bool sideMatches = *side == SideChoice::Both || !anatomy[i].side ||
                             (*anatomy[i].side == Side::Left) == (*side == SideChoice::Left);
    const bool focused = std::any_of(options.focus.begin(), options.focus.end(), [&](const std::string& id) {
      return m->id == id || std::find(m->regions.begin(), m->regions.end(), id) != m->regions.end();
    });
    if (sideMatches && focused)
      for (const auto& p : skinPositions(model.meshes[i], matrices)) bounds.add(p);
  }
  if (bounds.empty()) return Error{"--focus: this model has no mesh of those muscles on the " + options.side + " side"};
  return bounds;
}

}  // namespace

int runRender(const RenderOptions& options) {
  const auto preset = parseViewPreset(options.view);
  if (!preset) {
    std::cerr << "myoatlas render: --view '" << options.view << "' is not a view; use one of " << kViewPresetNames
              << "\n";
    return 2;
  }
  const auto pose = parsePosePreset(options.pose);
  if (!pose) {
    std::cerr << "myoatlas render: --pose '" << options.pose << "' is not a pose; use one of " << kPosePresetNames << "\n";
    return 2;
  }
  const std::filesystem::path out(options.out);
  if (out.has_parent_path() && !std::filesystem::is_directory(out.parent_path())) {
    std::cerr << "myoatlas render: --out '" << options.out << "': folder '" << out.parent_path().string()
              << "' does not exist\n";
    return 2;
  }

  auto loaded = loadModel(options.model);
  if (!loaded) {
    std::cerr << "myoatlas render: " << loaded.error() << "\n";
    return 2;
  }
  // As in the viewer: meshes named after the atlas, layers and the selected muscle decide how each is drawn.
  const AtlasLoad atlas = loadAtlas(defaultAtlasDir());
  IdentifiedModel identified = identifyModel(atlas.ok() ? &atlas.atlas : nullptr, std::move(loaded.value()));
  const std::shared_ptr<const Model> model = identified.model;
  const std::string selectedMuscle = selectedMuscleOf(atlas.atlas, options.select);

  auto context = EglContext::create();
  if (!context) {
    std::cerr << "myoatlas render: " << context.error() << "\n";
    return 1;
  }
  auto renderer = SceneRenderer::create();
  if (!renderer) {
    std::cerr << "myoatlas render: " << renderer.error() << "\n";
    return 1;
  }
  renderer.value()->setModel(model);
  renderer.value()->setMeshStyles(meshStyles(identified.anatomy, options.layers, selectedMuscle));
  const bool muscleShown = std::any_of(identified.anatomy.begin(), identified.anatomy.end(), [&](const MeshAnatomy& a) {
    return a.muscle && a.muscle->id == selectedMuscle;
  });
  renderer.value()->setColorMap(options.colorMap == "colour-blind" ? SceneRenderer::ColorMap::ColourBlindSafe
                                                                   : SceneRenderer::ColorMap::ClinicalRed);
  const auto jointMatrices = skinningMatrices(*model, posePreset(*pose));
  if (!options.select.empty()) {
    if (int code = paintSelection(options, atlas, *model, *renderer.value(), identified.anatomy, muscleShown, jointMatrices);
        code != 0)
      return code;
  }
  renderer.value()->setPose(jointMatrices);

  OrbitCamera camera;
  camera.setViewport(options.width, options.height);
  Bounds framed = posedBounds(*model, jointMatrices);
  if (!options.focus.empty()) {
    auto focused = focusBounds(options, atlas.atlas, *model, identified.anatomy, jointMatrices);
    if (!focused) {
      std::cerr << "myoatlas render: " << focused.error() << "\n";
      return 2;
    }
    framed = focused.value();
  }
  camera.setPose(camera.framing(framed, *preset));
  auto image = renderToImage(*renderer.value(), camera, options.width, options.height);
  if (!image) {
    std::cerr << "myoatlas render: " << image.error() << "\n";
    return 1;
  }
  if (auto written = writePng(options.out, image.value()); !written) {
    std::cerr << "myoatlas render: " << written.error() << "\n";
    return 1;
  }
  if (options.benchmarkFrames > 0)
    benchmarkFrames(*renderer.value(), camera, options.width, options.height, options.benchmarkFrames);
  return 0;
}

}  // namespace myoatlas
