#include "app/QuizCommand.h"

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>

#include <nlohmann/json.hpp>

#include "app/AtlasCommands.h"
#include "app/SlideImage.h"
#include "core/JsonText.h"
#include "core/Text.h"
#include "core/quiz/LessonQuiz.h"
#include "core/quiz/MoodleXml.h"
#include "core/quiz/QuizStage.h"
#include "io/AtomicFile.h"
#include "io/Png.h"
#include "io/UserData.h"

namespace myoatlas {
namespace {

constexpr const char* kWho = "myoatlas quiz: ";

std::string numbered(std::size_t i) {
  char text[8];
  std::snprintf(text, sizeof text, "%02zu", i + 1);
  return text;
}

nlohmann::ordered_json questionJson(const Atlas& atlas, const Question& q, std::size_t i) {
  nlohmann::ordered_json j;
  j["number"] = i + 1;
  j["kind"] = questionKindName(q.kind);
  j["prompt"] = q.prompt;
  j["side"] = sideName(q.side);
  j["muscle"] = q.muscle.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(q.muscle);
  j["trigger_point"] = q.triggerPoint.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(q.triggerPoint);
  j["area"] = q.area.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(q.area);
  if (isMultipleChoice(q.kind)) {
    j["single"] = q.single;
    j["choices"] = nlohmann::ordered_json::array();
    for (const auto& c : q.choices) {
      nlohmann::ordered_json choice = {{"id", c.id}, {"label", c.label}, {"fraction", c.fraction}};
      if (!q.single)
        choice["zone"] = c.fraction > 0 ? nlohmann::ordered_json(c.essential ? "essential" : "spillover") : nlohmann::ordered_json(nullptr);
      if (!c.why.empty()) choice["why"] = c.why;
      j["choices"].push_back(choice);
    }
  }
  j["answer"] = q.answer;
  j["explanation"] = q.explanation;
  j["sources"] = nlohmann::ordered_json::array();
  for (const auto& s : q.sources) j["sources"].push_back({{"source", s.source}, {"where", s.where}, {"citation", sourceCitation(atlas, s)}});
  return j;
}

void printQuiz(const Quiz& quiz) {
  std::cout << quiz.title << "\n\n";
  for (std::size_t i = 0; i < quiz.questions.size(); ++i) {
    const Question& q = quiz.questions[i];
    std::cout << i + 1 << ". [" << questionKindName(q.kind) << "] " << q.prompt << "\n";
    for (std::size_t c = 0; c < q.choices.size(); ++c) std::cout << "   " << char('a' + c) << ") " << q.choices[c].label << "\n";
  }
  std::cout << "\nAnswers\n";
  for (std::size_t i = 0; i < quiz.questions.size(); ++i) {
    const Question& q = quiz.questions[i];
    std::cout << i + 1 << ". " << q.answer << "\n   " << q.explanation << "\n";
  }
}

}  // namespace

int runQuiz(const QuizOptions& options) {
  QuizSpec spec;
  spec.count = options.count;
  spec.seed = options.seed;
  for (const auto& name : options.kinds) {
    const auto kind = parseQuestionKind(name);
    if (!kind) {
      std::cerr << kWho << "--kinds '" << name << "' is not a question kind (kinds: " << questionKindNames() << ")\n";
      return 2;
    }
    spec.kinds.push_back(*kind);
  }
  const auto difficulty = parseDifficulty(options.difficulty);
  if (!difficulty) {
    std::cerr << kWho << "--difficulty '" << options.difficulty << "' must be easy, medium or hard\n";
    return 2;
  }
  spec.difficulty = *difficulty;
  const auto depth = parseDepth(options.depth);
  if (!depth) {
    std::cerr << kWho << "--depth '" << options.depth << "' must be superficial, intermediate or deep\n";
    return 2;
  }
  spec.depth = *depth;
  if (const std::string missing = missingOutputFolder("--moodle-xml", options.moodleXml); !missing.empty()) {
    std::cerr << kWho << missing << "\n";
    return 2;
  }
  if (!options.images.empty()) {  // made when its parent exists, as `render --out` writes beside existing folders
    std::error_code error;
    std::filesystem::create_directory(options.images, error);
    if (!std::filesystem::is_directory(options.images)) {
      std::cerr << kWho << "--images '" << options.images << "' is not a folder and cannot be made"
                << (error ? ": " + error.message() : std::string()) << "\n";
      return 2;
    }
  }
  const AtlasLoad atlas = loadDefaultAtlas();
  if (!atlas.ok()) {
    std::cerr << kWho << "the atlas does not validate; run 'myoatlas validate'\n";
    return 2;
  }
  if (!options.region.empty()) {
    const auto region = resolveRegion(atlas.atlas, options.region);
    if (!region) {
      std::cerr << kWho << "--region: " << region.error() << "\n";
      return 2;
    }
    spec.region = region.value();
  }
  std::optional<LessonLoad> lesson;
  ModelOptions modelOptions = options.model;
  if (!options.lesson.empty()) {
    auto loaded = loadLesson(options.lesson);
    if (!loaded) {
      std::cerr << kWho << loaded.error() << "\n";
      return 2;
    }
    for (const auto& p : loaded->problems) std::cerr << kWho << p << "\n";
    lesson = std::move(loaded.value());
    if (!lesson->lesson.steps.empty() && modelOptions.path.empty() && !modelOptions.body)
      adoptSceneModel(modelOptions, lesson->lesson.steps.front().scene);  // the body the lesson was made on
  }
  auto model = loadModel(modelOptions);
  if (!model) {
    std::cerr << kWho << model.error() << "\n";
    return 2;
  }
  Session session(&atlas.atlas);
  session.setModel(std::move(model.value()));
  session.setViewport(options.width, options.height);
  if (!session.hasPainTools()) std::cerr << kWho << "no questions on referred pain: " << session.painToolsNote() << "\n";
  Result<Quiz> quiz = Error{""};
  if (lesson) {  // the teacher's own questions, step by step; one that cannot be asked is named and refused
    LessonQuiz asked = lessonQuiz(lesson->lesson, atlas.atlas, quizBodyOf(session), spec.difficulty);
    for (const auto& p : asked.problems) std::cerr << kWho << "lesson file '" << options.lesson << "': " << p << "\n";
    if (!asked.problems.empty()) return 2;
    if (asked.quiz.questions.empty()) {
      std::cerr << kWho << "lesson file '" << options.lesson << "' asks no questions (a step's Question in the Lesson panel)\n";
      return 2;
    }
    quiz = std::move(asked.quiz);
  } else {
    quiz = generateQuiz(atlas.atlas, quizBodyOf(session), spec);
  }
  if (!quiz) {
    std::cerr << kWho << quiz.error() << "\n";
    return 2;
  }
  for (const auto& note : quiz->notes) std::cerr << kWho << note << "\n";

  // Each question's view before and after the answer, as scenes (the viewer opens them) and, when asked for,
  // as pictures.
  const bool pictures = !options.images.empty() || !options.moodleXml.empty();
  std::optional<HeadlessGl> gl;
  if (pictures) {
    auto started = startHeadlessGl();
    if (!started) {
      std::cerr << kWho << started.error() << "\n";
      return 1;
    }
    gl = std::move(started.value());
  }
  const Sex body = modelOptions.body.value_or(Sex::Male);
  nlohmann::ordered_json questions = nlohmann::ordered_json::array();
  std::vector<MoodleImage> moodleImages(quiz->questions.size());
  for (std::size_t i = 0; i < quiz->questions.size(); ++i) {
    const Question& q = quiz->questions[i];
    nlohmann::ordered_json j = questionJson(atlas.atlas, q, i);
    for (const bool reveal : {false, true}) {
      stageQuestion(session, q, reveal);
      j[reveal ? "answer_scene" : "scene"] = nlohmann::ordered_json::parse(session.sceneFile(modelOptions.path, body).bodyJson().dump());
      const bool forMoodle = !reveal && !options.moodleXml.empty() && isMultipleChoice(q.kind);
      if (!gl || (options.images.empty() && !forMoodle)) continue;
      SlideText text;
      text.labels = reveal;
      auto image = renderSessionImage(session, *gl->renderer, options.width, options.height, text);
      if (!image) {
        std::cerr << kWho << image.error() << "\n";
        return 1;
      }
      const std::string name = "q" + numbered(i) + (reveal ? "-answer" : "") + ".png";
      if (forMoodle) moodleImages[i] = {name, encodePng(image.value()), options.width, options.height};
      if (!options.images.empty()) {
        const std::string path = (std::filesystem::path(options.images) / name).string();
        if (auto written = writePng(path, image.value()); !written) {
          std::cerr << kWho << written.error() << "\n";
          return 1;
        }
        j[reveal ? "answer_image" : "image"] = path;
      }
    }
    questions.push_back(std::move(j));
  }

  if (!options.moodleXml.empty()) {
    const std::string category = "Myoatlas/" + quiz->title;
    if (auto written = writeFileAtomically(options.moodleXml, moodleXml(quiz.value(), atlas.atlas, moodleImages, category)); !written) {
      std::cerr << kWho << written.error() << "\n";
      return 1;
    }
    std::size_t choice = 0;
    for (const auto& q : quiz->questions) choice += isMultipleChoice(q.kind) ? 1 : 0;
    std::cerr << kWho << "wrote " << choice << " multiple-choice question" << (choice == 1 ? "" : "s") << " to '" << options.moodleXml << "'";
    if (choice < quiz->questions.size())
      std::cerr << "; left out " << quiz->questions.size() - choice << " that are answered on the body (clicking or painting)";
    std::cerr << "\n";
  }
  if (options.json) {
    nlohmann::ordered_json j;
    j["title"] = quiz->title;
    j["region"] = quiz->spec.region.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(quiz->spec.region);
    j["depth"] = depthName(quiz->spec.depth);
    j["difficulty"] = difficultyName(quiz->spec.difficulty);
    j["seed"] = quiz->spec.seed;
    j["notes"] = quiz->notes;
    j["questions"] = std::move(questions);
    std::cout << jsonText(j, 2) << "\n";
  } else if (options.moodleXml.empty()) {
    printQuiz(quiz.value());
  }
  return 0;
}

}  // namespace myoatlas
