#include "app/RenderCommand.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <optional>
#include <thread>

#include <nlohmann/json.hpp>

#include "app/AtlasCommands.h"
#include "app/SlideImage.h"
#include "app/StartupClock.h"
#include "core/JsonText.h"
#include "core/Text.h"
#include "core/atlas/AtlasLoader.h"
#include "core/session/Session.h"
#include "io/ModelImporter.h"
#include "io/OwnGlb.h"
#include "io/Png.h"
#include "io/UserData.h"
#include "render/EglContext.h"
#include "render/FrameBenchmark.h"
#include "render/OffscreenTarget.h"
#include "render/SceneRenderer.h"
#include "render/Snapshot.h"

namespace myoatlas {
namespace {

constexpr const char* kWho = "myoatlas render: ";

// The frame benchmark's figures as one line of JSON on stdout.
int printFrameBenchmark(SceneRenderer& renderer, const Session& session, const RenderOptions& options) {
  Antialiasing aa = Antialiasing::forPictures(renderer.softwareRasteriser());
  if (options.benchmarkSamples >= 0 || options.benchmarkSupersample > 0)
    aa = Antialiasing{std::max(options.benchmarkSamples, 0), std::max(options.benchmarkSupersample, 1)};
  auto result = benchmarkFrames(renderer, session.camera(), session.model().bounds(), options.width, options.height,
                                options.benchmarkFrames, options.benchmarkCopies, aa);
  if (!result) {
    std::cerr << kWho << "--benchmark-frames: " << result.error() << "\n";
    return 1;
  }
  std::size_t triangles = 0;
  for (const auto& mesh : session.model().meshes) triangles += mesh.triangleCount();
  const auto summary = [](const TimingSummary& s) {
    const auto ms = [](double v) { return std::round(v * 1000.0) / 1000.0; };  // microseconds are enough
    return nlohmann::ordered_json{{"mean", ms(s.mean)}, {"median", ms(s.median)}, {"p95", ms(s.p95)}, {"max", ms(s.max)}};
  };
  const FrameBenchmarkResult& r = result.value();
  nlohmann::ordered_json j{{"frames", r.frames}, {"width", r.width}, {"height", r.height}, {"copies", r.copies}, {"msaa_samples", r.samples}, {"supersample", r.supersample},
                   {"triangles_per_copy", triangles}, {"renderer", r.renderer},
                   {"frame_ms", summary(r.wall)}, {"gpu_ms", summary(r.gpu)}, {"gpu_resolve_ms", summary(r.gpuResolve)},
                   {"cpu_submit_ms", summary(r.cpu)},
                   {"readback_ms", summary(r.readback)}};
  std::cout << jsonText(j, -1) << std::endl;
  return 0;
}

// The view the options describe, as session verbs; returns an exit code (0 fine).
int describeView(const RenderOptions& options, Session& session, const AtlasLoad& atlas) {
  const auto preset = parseViewPreset(options.options.view);
  const auto side = parseSideChoice(options.side);
  session.applyOptions(options.options);
  if (!options.select.empty()) {
    if (!atlas.ok()) {
      std::cerr << kWho << "the atlas does not validate; run 'myoatlas validate'\n";
      return 2;
    }
    if (auto selected = session.select(options.select, *side); !selected) {
      std::cerr << kWho << "--select: " << selected.error() << "\n";
      return 2;
    }
    if (!session.hasPainTools()) {
      std::cerr << kWho << "--select: " << session.painToolsNote() << "\n";
      const std::string& muscle = session.state().selectedMuscle;
      const auto& anatomy = session.anatomy();
      const bool muscleShown = std::any_of(anatomy.begin(), anatomy.end(), [&](const MeshAnatomy& a) { return a.muscle && a.muscle->id == muscle; });
      if (!muscleShown) return 2;
      std::cerr << kWho << "the selected muscle is highlighted" << (session.selectionUnderOpaqueSkin() ? ", the skin see-through so that it shows" : "")
                << "; its referred-pain pattern is not painted\n";
    }
  }
  for (const auto& gap : session.patternGaps())
    std::cerr << kWho << "--select: not all of this pattern is painted, the model lacks its landmarks (it does not reach "
                         "there, or its landmark file leaves them out): " << gap << "\n";
  session.frameView(*preset);  // with --focus: the direction; the focus then fits the distance and target
  if (!options.focus.empty())
    if (auto focused = session.frameFocus(options.focus, *side); !focused) {
      std::cerr << kWho << focused.error() << "\n";
      return 2;
    }
  return 0;
}

// Checks the options that need no model, so mistakes are reported at once.
int checkOptions(const RenderOptions& options) {
  if (auto ok = checkOptions(options.options); !ok) {
    std::cerr << kWho << ok.error() << "\n";
    return 2;
  }
  if (!parseSideChoice(options.side)) {
    std::cerr << kWho << "--side '" << options.side << "' must be right, left or both\n";
    return 2;
  }
  for (const auto& [flag, path] : {std::pair<const char*, const std::string&>{"--out", options.out}, {"--save-scene", options.saveScene}})
    if (const std::string missing = missingOutputFolder(flag, path); !missing.empty()) {
      std::cerr << kWho << missing << "\n";
      return 2;
    }
  return 0;
}

}  // namespace

int runRender(const RenderOptions& options) {
  startupMark("process start and libraries");
  if (int code = checkOptions(options); code != 0) return code;
  std::optional<SceneFile> scene;
  std::string scenePath = options.scene;  // what messages about the scene name
  std::vector<Annotation> annotations;     // a lesson step's pinned labels
  ModelOptions modelOptions = options.model;
  if (!options.scene.empty()) {
    auto loaded = loadScene(options.scene);
    if (!loaded) {
      std::cerr << kWho << loaded.error() << "\n";
      return 2;
    }
    scene = loaded.value();
  } else if (!options.lesson.empty()) {
    auto loaded = loadLesson(options.lesson);
    if (!loaded) {
      std::cerr << kWho << loaded.error() << "\n";
      return 2;
    }
    if (!loaded->problems.empty()) {  // step numbers would shift past a damaged step: the file needs fixing first
      for (const auto& p : loaded->problems) std::cerr << kWho << p << "\n";
      return 2;
    }
    const auto& steps = loaded->lesson.steps;
    if (std::size_t(options.step) > steps.size()) {
      std::cerr << kWho << "--step " << options.step << ": lesson file '" << options.lesson << "' has " << steps.size() << " steps\n";
      return 2;
    }
    scene = steps[std::size_t(options.step) - 1].scene;
    annotations = steps[std::size_t(options.step) - 1].annotations;
    scenePath = options.lesson + " step " + std::to_string(options.step);
  }
  if (scene) {
    adoptSceneModel(modelOptions, *scene);
    if (!modelOptions.path.empty() && !std::filesystem::exists(modelOptions.path)) {
      std::cerr << kWho << "scene file '" << scenePath << "': /model/path '" << modelOptions.path
                << "' does not exist (give another with --model)\n";
      return 2;
    }
  }
  // The model, the atlas and the session are prepared on a second thread while this one starts OpenGL and
  // compiles the shaders, when the model is read in this process (io/OwnGlb.h: our own files, plain .glb). Another
  // model is read by Assimp in a child process, and a process is not forked while other threads run (a lock one
  // of them held would stay held in the child): then the steps follow one another.
  Result<std::shared_ptr<const Model>> loaded = Error{std::string()};
  AtlasLoad atlas;
  std::optional<Session> preparedSession;
  const auto prepare = [&](bool beside) {
    // The atlas first: an imported model is fitted to it (loaded once, not again for the fit).
    atlas = loadDefaultAtlas();
    startupMark("atlas");
    ModelOptions options = modelOptions;
    options.mayStartChildProcess = !beside;
    options.atlas = &atlas;
    loaded = loadModel(options);
    if (!loaded) return;
    startupMark("model");
    preparedSession.emplace(atlas.ok() ? &atlas.atlas : nullptr);
    preparedSession->setModel(loaded.value());
    startupMark("session (anatomy, pain surface)");
  };
  std::optional<Result<HeadlessGl>> gl;
  if (modelOptions.path.empty() || looksReadableWithoutAssimp(modelOptions.path)) {
    std::thread preparing(prepare, true);
    gl = startHeadlessGl();
    startupMark("OpenGL context and shaders, beside the model");
    if (*gl) {
      warmUpRenderer(*gl->value().renderer, options.width, options.height);
      startupMark("shaders warmed up");
    }
    preparing.join();
    // A file that only looked like ours (edited or damaged by another tool) is read by Assimp now that OpenGL's
    // start is done: its child process is never forked while the context is being made.
    if (!loaded && loaded.error() == kNotAnOwnFile) prepare(false);
  } else {
    prepare(false);
  }
  if (!loaded) {
    std::cerr << kWho << loaded.error() << "\n";
    return 2;
  }
  Session& session = *preparedSession;
  session.setViewport(options.width, options.height);
  if (scene) {
    auto applied = session.applyScene(*scene, scenePath);
    if (!applied) {
      std::cerr << kWho << applied.error() << "\n";
      return 2;
    }
    for (const auto& d : applied.value()) std::cerr << kWho << "scene file '" << scenePath << "': not shown: " << d << "\n";
  } else if (int code = describeView(options, session, atlas); code != 0) {
    return code;
  }
  if (!options.saveScene.empty()) {
    if (auto saved = saveScene(options.saveScene, session.sceneFile(modelOptions.path, modelOptions.body.value_or(Sex::Male))); !saved) {
      std::cerr << kWho << saved.error() << "\n";
      return 1;
    }
  }

  startupMark("view");
  if (!gl) {
    gl = startHeadlessGl();
    startupMark("OpenGL context and shaders");
  }
  if (!*gl) {
    std::cerr << kWho << gl->error() << "\n";
    return 1;
  }
  SceneRenderer& renderer = *gl->value().renderer;
  session.setAnnotations(annotations);
  // Slide text and labels are drawn by the viewer's own overlays (ImGui, without a window) over the picture.
  auto image = renderSessionImage(session, renderer, options.width, options.height,
                                  {options.title, options.caption, options.legend, options.labels, options.transparent});
  if (!image) {
    std::cerr << kWho << image.error() << "\n";
    return 1;
  }
  startupMark("picture drawn and read back");
  if (auto written = writePng(options.out, image.value()); !written) {
    std::cerr << kWho << written.error() << "\n";
    return 1;
  }
  startupMark("PNG written");
  if (options.benchmarkFrames > 0) return printFrameBenchmark(renderer, session, options);
  quickExitIfAllowed(0);
  return 0;
}

}  // namespace myoatlas
