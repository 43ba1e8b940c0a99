#include "app/CommandLine.h"
#include "app/HandoutCommand.h"

#include <algorithm>
#include <fstream>
#include <iostream>

#include <CLI/CLI.hpp>

#include "app/AtlasCommands.h"
#include "app/InfoCommand.h"
#include "app/ManPage.h"
#include "app/QuizCommand.h"
#include "app/RenderCommand.h"
#include "app/SourcesCommand.h"
#include "app/Viewer.h"
#include "core/Text.h"
#include "core/lesson/Lesson.h"
#include "core/quiz/Quiz.h"
#include "core/session/ViewState.h"

namespace myoatlas {
namespace {

// --model, --units and --up, shared by every subcommand that shows a body.
void addModelOptions(CLI::App& command, ModelOptions& model, std::string& units, std::string& up) {
  auto* file = command.add_option("--model", model.path, "Model file to open (glTF/GLB, FBX, OBJ, DAE, STL...), or a folder of them, one structure per file; default: the generated body");
  command
      .add_option_function<std::string>(
          "--body", [&model](const std::string& name) { model.body = parseSex(name); },
          "Which generated body to open: male (the default) or female")
      ->check(CLI::IsMember({"male", "female"}, CLI::ignore_case))
      ->excludes(file);
  command.add_option("--units", units, "Length unit of the model file: auto, m, cm or mm")
      ->check(CLI::IsMember({"auto", "m", "cm", "mm"}, CLI::ignore_case));
  command.add_option("--up", up, "Up axis of the model file: auto, y or z")
      ->check(CLI::IsMember({"auto", "y", "z"}, CLI::ignore_case));
}

}  // namespace

// The option table's flags (core/settings/Options.h) on a command; `render`: only those `render` takes.
void addOptionTable(CLI::App& command, AppOptions& options, bool render) {
  for (const auto& spec : optionTable()) {
    if (render && !spec.render) continue;
    std::visit(
        [&](auto member) {
          auto& value = options.*member;
          using T = std::decay_t<decltype(value)>;
          if constexpr (std::is_same_v<T, bool>) {
            if (spec.negatedFlag) command.add_flag(spec.flag, [&value](std::int64_t) { value = false; }, spec.help);
            else command.add_flag(spec.flag, value, spec.help);
          } else if constexpr (std::is_same_v<T, std::string>) {
            command.add_option(spec.flag, value, spec.help);  // choices are checked by checkOptions, naming them
          } else {
            command.add_option(spec.flag, value, spec.help)->check(CLI::Range(spec.min, spec.max));
          }
        },
        spec.member);
  }
}

Result<AppOptions> parseOptionFlags(const std::vector<std::string>& args, bool render) {
  AppOptions options;
  CLI::App app;
  addOptionTable(app, options, render);
  std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 takes the arguments last first
  try {
    app.parse(reversed);
  } catch (const CLI::ParseError& e) {
    return Error{e.what()};
  }
  return options;
}

namespace {

enum class OpenedFile { Model, Scene, Lesson };

const char* openedFileName(OpenedFile kind) {
  return kind == OpenedFile::Lesson ? "lesson" : kind == OpenedFile::Scene ? "scene" : "model";
}

// What `myoatlas FILE` opens: a scene or lesson by its suffix, or (a renamed one) by the format tag at the top of
// its JSON; anything else is a model for the importer, which names the problem if it is none.
OpenedFile classifyOpenedFile(const std::string& path) {
  if (hasDoubleExtension(path, kLessonExtension)) return OpenedFile::Lesson;
  if (hasDoubleExtension(path, kSceneExtension)) return OpenedFile::Scene;
  if (!hasDoubleExtension(path, ".json")) return OpenedFile::Model;
  std::ifstream in(path, std::ios::binary);
  std::string head(512, '\0');
  in.read(head.data(), std::streamsize(head.size()));
  head.resize(std::size_t(std::max<std::streamsize>(in.gcount(), 0)));
  if (head.find("\"myoatlas-lesson\"") != std::string::npos) return OpenedFile::Lesson;
  if (head.find("\"myoatlas-scene\"") != std::string::npos) return OpenedFile::Scene;
  return OpenedFile::Model;
}

void applyFrameOptions(ModelOptions& model, const std::string& units, const std::string& up) {
  model.frame.unit = parseLengthUnit(units).value_or(LengthUnit::Auto);
  model.frame.up = parseUpAxis(up).value_or(UpAxis::Auto);
}

}  // namespace

int runCommandLine(int argc, char** argv, CommandLineMode mode) {
  CLI::App app{"Myoatlas: an open 3D atlas of myofascial trigger points.\n"
               "With no subcommand, opens the viewer on the default body."};
  app.set_version_flag("--version", std::string("myoatlas ") + MYOATLAS_VERSION);
  app.require_subcommand(0, 1);

  ViewerOptions viewer;
  std::string viewerUnits = "auto", viewerUp = "auto";
  addModelOptions(app, viewer.model, viewerUnits, viewerUp);
  addOptionTable(app, viewer.options, false);
  app.add_option("--select", viewer.select, "Paint the referred pain of these trigger points or muscles at start");
  app.add_option("--side", viewer.side, "Side of --select: right, left or both");
  app.add_option("--pain-area", viewer.painArea,
                 "Open the pain finder on this area (\"back of the knee\", \"temple\"...): the muscles that refer there");
  app.add_option("--frames", viewer.exitAfterFrames,
                 "Quit after this many frames (automated runs, end-to-end frame-time benchmark)")
      ->check(CLI::Range(1, 1000000));
  app.add_flag("--frame-stats", viewer.printFrameStats, "On exit, print frame-time statistics as JSON");
  app.add_option("--scene", viewer.scene, "Open this scene file (*.myoscene.json, saved with File > Save view)");
  app.add_option("--save-scene", viewer.saveScene, "On quitting, save the view to this scene file");
  CLI::Option* lessonOption =
      app.add_option("--lesson", viewer.lesson, "Open this lesson (*.myolesson.json) in the Lesson panel, at its first step");
  app.add_flag("--present", viewer.present, "Present the --lesson full screen (arrows or a clicker step through, Esc leaves)")
      ->needs(lessonOption);
  app.add_option("--step", viewer.step, "With --lesson: the step to show first (1 is the first)")
      ->check(CLI::Range(1, 100000))
      ->needs(lessonOption);
  CLI::Option* quizOption = app.add_option(
      "--quiz", viewer.quiz, "Start a quiz on this body region (\"neck\", \"shoulder\"; \"all\" the whole body), as Quiz > New does");
  app.add_option("--quiz-count", viewer.quizCount, "With --quiz: how many questions")->check(CLI::Range(1, 200))->needs(quizOption);
  app.add_option("--quiz-seed", viewer.quizSeed, "With --quiz: the seed (the same seed, the same quiz)")->needs(quizOption);
  app.add_option("--quiz-difficulty", viewer.quizDifficulty, "With --quiz: easy, medium or hard")
      ->check(CLI::IsMember({"easy", "medium", "hard"}))
      ->needs(quizOption);
  std::vector<std::string> kindNames;  // the question kinds, as core/quiz names them
  for (QuestionKind k : kQuestionKinds) kindNames.push_back(questionKindName(k));
  app.add_option("--quiz-kinds", viewer.quizKinds, "With --quiz: question kinds (" + questionKindNames() + ")")
      ->delimiter(',')
      ->check(CLI::IsMember(kindNames))
      ->needs(quizOption);
  app.add_flag("--quiz-class", viewer.quizClass, "With --quiz: class mode (one screen, the teacher reveals each answer)")
      ->needs(quizOption);
  app.add_option("--window-screenshot", viewer.windowScreenshot,
                 "With --frames: save the last frame, interface included, to this PNG");
  std::string openFile;
  app.add_option("file", openFile,
                 "A model, scene (*.myoscene.json) or lesson (*.myolesson.json) to open, recognised by its type");
  bool wantManPage = false;
  app.add_flag("--man-page", wantManPage, "Print the manual page (roff)")->group("");  // hidden: the build uses it

  RenderOptions render;
  std::string renderUnits = "auto", renderUp = "auto";
  CLI::App* renderCommand = app.add_subcommand("render", "Draw the body headlessly (EGL, no display needed) to a PNG");
  renderCommand->add_option("--out", render.out, "PNG file to write")->required();
  renderCommand->add_option("--width", render.width, "Image width in pixels")->check(CLI::Range(16, 8192));
  renderCommand->add_option("--height", render.height, "Image height in pixels")->check(CLI::Range(16, 8192));
  addModelOptions(*renderCommand, render.model, renderUnits, renderUp);
  addOptionTable(*renderCommand, render.options, true);
  renderCommand->add_option("--select", render.select,
                            "Paint the referred pain of these trigger points or muscles (e.g. upper_trapezius.trp1)");
  renderCommand->add_option("--side", render.side, "Side of the selection and of --focus: right, left or both");
  renderCommand->add_option("--focus", render.focus,
                            "Close-up: frame the view on these muscles or body regions (e.g. infraspinatus,teres_minor or "
                            "hip_buttock), on --side")
      ->delimiter(',');
  CLI::Option* sceneOption = renderCommand->add_option(
      "--scene", render.scene, "Draw this scene file (*.myoscene.json) exactly: camera, pose, layers, selection, pain drawing");
  renderCommand->add_option("--save-scene", render.saveScene, "Also write the scene these options describe to this file");
  // A scene says all of the view itself: the table's render options, and what is selected and framed.
  for (const auto& spec : optionTable())
    if (spec.render) sceneOption->excludes(renderCommand->get_option(spec.flag));
  for (const char* viewOption : {"--select", "--side", "--focus", "--save-scene"})
    sceneOption->excludes(renderCommand->get_option(viewOption));
  // A lesson step is a scene too.
  CLI::Option* renderLesson = renderCommand->add_option(
      "--lesson", render.lesson, "Draw a step of this lesson (*.myolesson.json) exactly, as --scene draws a scene file");
  renderCommand->add_option("--step", render.step, "With --lesson: the step to draw (1 is the first)")
      ->check(CLI::Range(1, 100000))
      ->needs(renderLesson);
  renderLesson->excludes(sceneOption);
  for (const auto& spec : optionTable())
    if (spec.render) renderLesson->excludes(renderCommand->get_option(spec.flag));
  for (const char* viewOption : {"--select", "--side", "--focus"}) renderLesson->excludes(renderCommand->get_option(viewOption));
  renderCommand->add_option("--title", render.title, "Slide-ready: a title on a band at the top of the image");
  renderCommand->add_option("--caption", render.caption, "Slide-ready: a caption on a band at the foot of the image");
  renderCommand->add_flag("--legend", render.legend, "Slide-ready: the legend (what is painted; solid and dotted zones)");
  renderCommand->add_flag("--labels", render.labels,
                          "Slide-ready: the leader-line labels the viewer shows, and a lesson step's pinned labels");
  renderCommand->add_flag("--transparent", render.transparent, "Slide-ready: no background; the PNG keeps transparency");
  CLI::Option* benchmarkOption =
      renderCommand->add_option("--benchmark-frames", render.benchmarkFrames,
                                "Also draw this many frames and print CPU, GPU (timer query), frame and readback times as JSON")
          ->check(CLI::Range(1, 100000));
  renderCommand->add_option("--benchmark-copies", render.benchmarkCopies,
                            "With --benchmark-frames: draw this many copies of the model, to show how cost grows")
      ->check(CLI::Range(1, 1024))
      ->needs(benchmarkOption);
  renderCommand->add_option("--benchmark-msaa", render.benchmarkSamples,
                            "With --benchmark-frames: multisampling samples per pixel (0 none; default: as pictures, 4 on GPUs, 0 on software rasterisers)")
      ->check(CLI::IsMember({0, 2, 4, 8}))
      ->needs(benchmarkOption);
  renderCommand->add_option("--benchmark-supersample", render.benchmarkSupersample,
                            "With --benchmark-frames: 2 draws at twice the size and averages 2x2, 1 does not (default: as pictures, 1 on GPUs, 2 on software rasterisers)")
      ->check(CLI::IsMember({1, 2}))
      ->needs(benchmarkOption);

  InfoOptions info;
  std::string infoUnits = "auto", infoUp = "auto";
  CLI::App* infoCommand = app.add_subcommand("info", "Describe a model file as Myoatlas imports it");
  addModelOptions(*infoCommand, info.model, infoUnits, infoUp);
  infoCommand->add_flag("--json", info.json, "Print JSON instead of text");

  ValidateOptions validate;
  CLI::App* validateCommand = app.add_subcommand("validate", "Check the trigger-point atlas and report every problem");
  validateCommand->add_option("dir", validate.dir, "Atlas folder (default: the shipped data/)");
  validateCommand->add_flag("--json", validate.json, "Print counts and errors as JSON");

  SearchOptions search;
  CLI::App* searchCommand =
      app.add_subcommand("search", "Search muscles, trigger points, symptoms and pain areas (typo-tolerant)");
  searchCommand->add_option("query", search.query, "What to look for, e.g. \"SCM\", \"tennis elbow\"")->required();
  searchCommand->add_option("--top", search.top, "How many results")->check(CLI::Range(1, 200));
  searchCommand->add_option("--data", search.dir, "Atlas folder (default: the shipped data/)");
  searchCommand->add_flag("--json", search.json, "Print JSON");

  HandoutOptions handout;
  CLI::App* handoutCommand = app.add_subcommand(
      "handout", "A printable PDF: a lesson's handout, or a client handout from a scene with a pain drawing");
  CLI::Option* handoutLesson = handoutCommand->add_option(
      "--lesson", handout.lesson, "The lesson (*.myolesson.json): each step's picture, text and trigger points");
  CLI::Option* handoutScene = handoutCommand->add_option(
      "--scene", handout.scene, "A scene (*.myoscene.json) with a pain drawing or a clicked point: the client handout");
  handoutLesson->excludes(handoutScene);
  handoutCommand->add_option("--out", handout.out, "PDF file to write")->required();
  handoutCommand->add_option("--paper", handout.paper, "Paper size: a4 or letter");
  handoutCommand->callback([&] {
    if (handout.lesson.empty() && handout.scene.empty()) throw CLI::ValidationError("handout", "give --lesson or --scene");
  });

  SourcesOptions sources;
  std::string area;
  std::vector<float> point;
  std::string sourcesUnits = "auto", sourcesUp = "auto";
  CLI::App* sourcesCommand =
      app.add_subcommand("sources", "Pain finder: which muscles' trigger points refer pain to an area or a point on the body");
  sourcesCommand->add_option("--area", area,
                             "Where it hurts: a pain area by id, name or everyday words (\"temple\", \"posterior knee\", "
                             "\"bottom of the foot\", \"tennis elbow\"; typos forgiven)");
  sourcesCommand->add_option("--point", point, "A point on the skin, metres in model space: X Y Z")->expected(3);
  sourcesCommand->add_flag("--list-areas", sources.listAreas, "List the pain areas (and the pain-guide name of each)");
  sourcesCommand->add_flag("--audit", sources.audit,
                           "Check the Manual's pain-guide lists against the patterns painted on the model; exit 1 on any disagreement");
  sourcesCommand->add_option("--side", sources.side, "Side of the area: right or left");
  addModelOptions(*sourcesCommand, sources.model, sourcesUnits, sourcesUp);
  sourcesCommand->add_option("--top", sources.top, "How many muscles to print (default: all)")->check(CLI::Range(1, 500));
  sourcesCommand->add_flag("--json", sources.json, "Print JSON");

  QuizOptions quiz;
  std::string quizUnits = "auto", quizUp = "auto";
  CLI::App* quizCommand = app.add_subcommand(
      "quiz", "A quiz on muscles, trigger points and referred pain: text, JSON with answers and pictures, or Moodle XML");
  CLI::Option* quizLesson = quizCommand->add_option(
      "--lesson", quiz.lesson, "A lesson (*.myolesson.json): the questions its steps ask, instead of generated ones");
  quizCommand->add_option("--region", quiz.region,
                          "Body region asked about: id, name or its start (\"neck\", \"shoulder\"); default: the whole body");
  quizCommand->add_option("--count", quiz.count, "How many questions")->check(CLI::Range(1, 200))->excludes(quizLesson);
  quizCommand->add_option("--seed", quiz.seed, "The same seed gives the same quiz (a class gets the same questions)")->excludes(quizLesson);
  quizCommand->add_option("--kinds", quiz.kinds, "Question kinds (default: all): " + questionKindNames())->delimiter(',');
  quizCommand->add_option("--difficulty", quiz.difficulty, "easy, medium or hard: how alike the choices are, and how many")
      ->check(CLI::IsMember({"easy", "medium", "hard"}));
  quizCommand->add_option("--depth", quiz.depth, "The deepest layer asked about: superficial, intermediate or deep")
      ->check(CLI::IsMember({"superficial", "intermediate", "deep"}));
  quizCommand->add_flag("--json", quiz.json, "Print the questions with choices, answers, sources and scenes as JSON");
  quizCommand->add_option("--images", quiz.images,
                          "Folder for each question's picture before (qNN.png) and after the answer (qNN-answer.png)");
  quizCommand->add_option("--moodle-xml", quiz.moodleXml,
                          "Write the multiple-choice questions, pictures embedded, as Moodle XML to this file");
  quizCommand->add_option("--width", quiz.width, "Picture width in pixels")->check(CLI::Range(64, 4096));
  quizCommand->add_option("--height", quiz.height, "Picture height in pixels")->check(CLI::Range(64, 4096));
  addModelOptions(*quizCommand, quiz.model, quizUnits, quizUp);
  for (const char* generated : {"--region", "--kinds", "--depth"}) quizCommand->get_option(generated)->excludes(quizLesson);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "myoatlas: " << e.what() << "\nRun 'myoatlas --help' for usage.\n";
    return 2;
  }
  if (mode == CommandLineMode::ParseOnly) return 0;

  if (wantManPage) {
    std::cout << manPage(app);
    return 0;
  }
  if (*renderCommand) {
    applyFrameOptions(render.model, renderUnits, renderUp);
    return runRender(render);
  }
  if (*validateCommand) return runValidate(validate);
  if (*handoutCommand) return runHandout(handout);
  if (*sourcesCommand) {
    if (!area.empty()) sources.area = area;
    if (point.size() == 3) sources.point = glm::vec3(point[0], point[1], point[2]);
    applyFrameOptions(sources.model, sourcesUnits, sourcesUp);
    return runSources(sources);
  }
  if (*searchCommand) return runSearch(search);
  if (*quizCommand) {
    applyFrameOptions(quiz.model, quizUnits, quizUp);
    return runQuiz(quiz);
  }
  if (*infoCommand) {
    applyFrameOptions(info.model, infoUnits, infoUp);
    return runInfo(info);
  }
  if (!openFile.empty()) {  // `myoatlas FILE`, as a file manager or the desktop entry opens one
    const OpenedFile kind = classifyOpenedFile(openFile);
    std::string& slot = kind == OpenedFile::Lesson ? viewer.lesson : kind == OpenedFile::Scene ? viewer.scene : viewer.model.path;
    const bool taken = !slot.empty() || (kind == OpenedFile::Model && viewer.model.body);
    if (taken) {
      std::cerr << "myoatlas: '" << openFile << "' is a " << openedFileName(kind) << " file, and another "
                << openedFileName(kind) << " was given with an option; give one\n";
      return 2;
    }
    slot = openFile;
  }
  applyFrameOptions(viewer.model, viewerUnits, viewerUp);
  for (const auto& spec : optionTable())
    if (app.count(spec.flag) > 0) viewer.given.insert(spec.flag);
  return runViewer(viewer);
}

}  // namespace myoatlas
