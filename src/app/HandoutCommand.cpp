#include "app/HandoutCommand.h"

#include <filesystem>
#include <iostream>

#include "app/AtlasCommands.h"
#include "app/ModelLoading.h"
#include "app/SlideImage.h"
#include "core/Text.h"
#include "core/atlas/AtlasLoader.h"
#include "core/lesson/Handout.h"
#include "io/PdfWriter.h"
#include "io/UserData.h"
#include "render/EglContext.h"

namespace myoatlas {
namespace {

constexpr const char* kWho = "myoatlas handout: ";
constexpr int kImageWidth = 1200, kImageHeight = 760;  // the picture of a step: wide, for a page's width
constexpr const char* kNoQuestion = "the view has no pain drawing, clicked point or pain area to explain (draw where it hurts first)";

}  // namespace

Result<Ok> writeLessonHandout(const Lesson& lesson, Session& session, SceneRenderer& renderer, const std::string& path,
                              const std::string& paper) {
  const auto size = parsePaper(paper);
  if (!size) return Error{"--paper '" + paper + "' must be a4 or letter"};
  if (!session.atlas()) return Error{"the atlas does not validate; run 'myoatlas validate'"};
  HandoutDoc doc = lessonHandout(lesson, *session.atlas());
  for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
    const LessonStep& step = lesson.steps[i];
    if (auto applied = session.applyScene(step.scene, path + " step " + std::to_string(i + 1)); !applied) return Error{applied.error()};
    session.setAnnotations(step.annotations);
    SlideText text;
    text.legend = !step.scene.view.painted.empty();
    text.labels = true;  // the teacher's labels, and the selection's when the step shows them
    text.textScale = 1.6f;
    text.transparent = true;  // on the white page: no dark background to print
    auto image = renderSessionImage(session, renderer, kImageWidth, kImageHeight, text);
    if (!image) return Error{image.error()};
    doc.sections[i].image = std::move(image.value());
    // Where the picture sees the body from, since a printed page cannot be turned.
    std::string seen = std::string("Seen from ") + viewedFrom(session.camera().pose()) + ".";
    if (session.state().split) seen = std::string("Left: from ") + viewedFrom(session.paneCamera(0).pose()) + "; right: from " +
                                      viewedFrom(session.paneCamera(1).pose()) + ".";
    doc.sections[i].imageCaption = doc.sections[i].imageCaption.empty() ? seen : seen + " " + doc.sections[i].imageCaption;
  }
  session.setAnnotations({});
  return writeHandoutPdf(path, doc, *size);
}

Result<Ok> writeClientHandout(Session& session, SceneRenderer& renderer, const std::string& path, const std::string& paper) {
  const auto size = parsePaper(paper);
  if (!size) return Error{"--paper '" + paper + "' must be a4 or letter"};
  if (!session.atlas()) return Error{"the atlas does not validate; run 'myoatlas validate'"};
  // A named area asked about is the drawing the client sees (the viewer draws it the same way when chosen).
  if (const PainQuestion q = session.state().question; q.kind == PainQuestion::Kind::Area && !session.hasDrawing())
    if (auto chosen = session.chooseArea(q.area, q.side); !chosen) return Error{chosen.error()};
  const PainAnswer& answer = session.answer();
  if (answer.query.empty())
    return Error{kNoQuestion};
  HandoutDoc doc = clientHandout(answer.sources, answer.query, *session.atlas());
  const CameraPose kept = session.camera().pose();
  session.frameDrawing();  // the picture shows where it hurts
  SlideText text;
  text.transparent = true;
  auto image = renderSessionImage(session, renderer, kImageWidth, kImageHeight, text);
  if (!image) return Error{image.error()};
  doc.sections.front().image = std::move(image.value());
  doc.sections.front().imageCaption = std::string("Seen from ") + viewedFrom(session.camera().pose()) + ".";
  session.camera().setPose(kept);
  return writeHandoutPdf(path, doc, *size);
}

int runHandout(const HandoutOptions& options) {
  if (!parsePaper(options.paper)) {
    std::cerr << kWho << "--paper '" << options.paper << "' must be a4 or letter\n";
    return 2;
  }
  if (const std::string missing = missingOutputFolder("--out", options.out); !missing.empty()) {
    std::cerr << kWho << missing << "\n";
    return 2;
  }
  std::optional<LessonLoad> lesson;
  std::optional<SceneFile> scene;
  ModelOptions modelOptions;
  if (!options.lesson.empty()) {
    auto loaded = loadLesson(options.lesson);
    if (!loaded) {
      std::cerr << kWho << loaded.error() << "\n";
      return 2;
    }
    for (const auto& p : loaded->problems) std::cerr << kWho << p << "\n";  // a handout of what could be read
    if (loaded->lesson.steps.empty()) {
      std::cerr << kWho << "lesson file '" << options.lesson << "' has no steps to print\n";
      return 2;
    }
    lesson = std::move(loaded.value());
    adoptSceneModel(modelOptions, lesson->lesson.steps.front().scene);
  } else {
    auto loaded = loadScene(options.scene);
    if (!loaded) {
      std::cerr << kWho << loaded.error() << "\n";
      return 2;
    }
    scene = loaded.value();
    adoptSceneModel(modelOptions, *scene);
  }
  const AtlasLoad atlas = loadDefaultAtlas();
  if (!atlas.ok()) {
    std::cerr << kWho << "the atlas does not validate; run 'myoatlas validate'\n";
    return 2;
  }
  auto model = loadModel(modelOptions);
  if (!model) {
    std::cerr << kWho << model.error() << "\n";
    return 2;
  }
  Session session(&atlas.atlas);
  session.setModel(std::move(model.value()));
  if (lesson) {  // every unknown id listed, then refused
    const auto unknown = unknownLessonIds(lesson->lesson, atlas.atlas);
    for (const auto& line : unknown) std::cerr << kWho << "lesson file '" << options.lesson << "': " << line << "\n";
    if (!unknown.empty()) return 2;
  }
  if (scene) {
    auto applied = session.applyScene(*scene, options.scene);
    if (!applied) {
      std::cerr << kWho << applied.error() << "\n";
      return 2;
    }
    if (session.state().question.kind == PainQuestion::Kind::None) {
      std::cerr << kWho << "scene file '" << options.scene << "': /view/pain_question: " << kNoQuestion << "\n";
      return 2;
    }
  }
  auto gl = startHeadlessGl();
  if (!gl) {
    std::cerr << kWho << gl.error() << "\n";
    return 1;
  }
  const auto written = lesson ? writeLessonHandout(lesson->lesson, session, *gl->renderer, options.out, options.paper)
                              : writeClientHandout(session, *gl->renderer, options.out, options.paper);
  if (!written) {
    std::cerr << kWho << written.error() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace myoatlas
