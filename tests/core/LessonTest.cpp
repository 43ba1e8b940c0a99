// Lessons without GL: a lesson survives its file, damaged steps are left out and named while the rest loads,
// unknown atlas ids are listed, steps are edited as the Lesson panel does, and presentation mode answers the
// keys a clicker sends.
#include "core/lesson/Lesson.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/lesson/Markdown.h"
#include "core/lesson/Presentation.h"
#include "core/session/Session.h"
#include "support/ShippedAtlas.h"
#include "support/SkinBody.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

// Two steps made in a session as a teacher would: a painted pattern, then the x-rayed buttock from behind.
Lesson twoStepLesson() {
  Session s(&test::shippedAtlas().atlas);
  s.setModel(test::skinOnlyBody());
  s.setViewport(800, 600);
  Lesson lesson;
  lesson.title = "Buttock pain";
  lesson.description = "Where gluteal trigger points send pain.";
  EXPECT_TRUE(s.select({"gluteus_medius.trp1"}, SideChoice::Right).ok());
  lesson.steps.push_back({"Gluteus medius", "Pain along the **iliac crest** and sacrum.\n\n- check standing posture",
                          s.sceneFile(""), {{"TrP1", "", 0, "gluteus_medius.trp1", Side::Right}, {"Iliac crest", "skin", 12, "", Side::Right}},
                          {{"ts2", "ch. 8", ""}}, {}});
  s.clearSelection();
  s.setLayers({0.3f, true, 0, false, ""});
  s.frameView(ViewPreset::Posterior);
  lesson.steps.push_back({"Piriformis under the gluteus maximus", "", s.sceneFile(""), {}, {}, {}});
  return lesson;
}

TEST(Lesson, SurvivesItsFile) {
  const Lesson a = twoStepLesson();
  auto read = parseLesson(a.toJson(), "buttock.myolesson.json");
  ASSERT_TRUE(read.ok()) << read.error();
  EXPECT_TRUE(read->problems.empty()) << read->problems.front();
  const Lesson& b = read->lesson;
  EXPECT_EQ(b.title, a.title);
  EXPECT_EQ(b.description, a.description);
  ASSERT_EQ(b.steps.size(), 2u);
  EXPECT_EQ(b.steps[0].title, "Gluteus medius");
  EXPECT_EQ(b.steps[0].text, a.steps[0].text);
  EXPECT_EQ(b.steps[0].annotations, a.steps[0].annotations) << "pinned to a trigger point, and to a vertex";
  ASSERT_EQ(b.steps[0].sources.size(), 1u);
  EXPECT_EQ(b.steps[0].sources[0].source, "ts2");
  EXPECT_EQ(b.steps[0].scene.view.painted, a.steps[0].scene.view.painted);
  EXPECT_TRUE(b.steps[1].scene.view.layers == a.steps[1].scene.view.layers);
  EXPECT_NEAR(b.steps[1].scene.view.camera.yaw, a.steps[1].scene.view.camera.yaw, 1e-6f);
  EXPECT_TRUE(unknownLessonIds(b, test::shippedAtlas().atlas).empty());
}

TEST(Lesson, ADamagedStepIsLeftOutAndNamedWhileTheOthersLoad) {
  auto j = nlohmann::json::parse(twoStepLesson().toJson());
  j["steps"][0]["scene"]["view"]["pose"] = "dab";
  auto read = parseLesson(j.dump(), "buttock.myolesson.json");
  ASSERT_TRUE(read.ok()) << read.error();
  ASSERT_EQ(read->lesson.steps.size(), 1u);
  EXPECT_EQ(read->lesson.steps[0].title, "Piriformis under the gluteus maximus");
  ASSERT_EQ(read->problems.size(), 1u);
  const std::string& p = read->problems[0];
  EXPECT_NE(p.find("buttock.myolesson.json"), std::string::npos) << p;
  EXPECT_NE(p.find("step 1 'Gluteus medius'"), std::string::npos) << p;
  EXPECT_NE(p.find("/steps/0/scene/view/pose 'dab'"), std::string::npos) << p;
}

TEST(Lesson, BrokenOrNewerFilesAreRefusedNamingTheFileAndField) {
  const std::string good = twoStepLesson().toJson();
  auto newer = nlohmann::json::parse(good);
  newer["version"] = 99;
  auto noSteps = nlohmann::json::parse(good);
  noSteps.erase("steps");
  const struct {
    std::string text, expected;
  } cases[] = {{"{\"format\": \"myoatlas-lesson\", \"version\": 1, \"title\": ", "neck.myolesson.json"},
               {newer.dump(), "/version 99"},
               {noSteps.dump(), "/steps is missing"},
               {"{\"format\": \"myoatlas-scene\", \"version\": 1}", "neck.myolesson.json"}};
  for (const auto& c : cases) {
    auto r = parseLesson(c.text, "neck.myolesson.json");
    ASSERT_FALSE(r.ok()) << c.text;
    EXPECT_NE(r.error().find(c.expected), std::string::npos) << r.error();
    EXPECT_NE(r.error().find("neck.myolesson.json"), std::string::npos) << r.error();
  }
}

TEST(Lesson, UnknownAtlasIdsAreListedStepByStep) {
  Lesson lesson = twoStepLesson();
  lesson.steps[0].scene.view.painted.push_back({"gluteus_maximus.trp9", Side::Left});
  lesson.steps[1].scene.view.selectedMuscle = "gluteus_quartus";
  lesson.steps[1].sources.push_back({"wikipedia", "", ""});
  lesson.steps[1].annotations.push_back({"TrP7", "", 0, "piriformis.trp7", Side::Left});
  const auto unknown = unknownLessonIds(lesson, test::shippedAtlas().atlas);
  ASSERT_EQ(unknown.size(), 4u);
  EXPECT_NE(unknown[0].find("step 1 'Gluteus medius'"), std::string::npos) << unknown[0];
  EXPECT_NE(unknown[0].find("'gluteus_maximus.trp9' is not a trigger point"), std::string::npos) << unknown[0];
  EXPECT_NE(unknown[1].find("/steps/1/scene/view/selected_muscle 'gluteus_quartus'"), std::string::npos) << unknown[1];
  EXPECT_NE(unknown[2].find("/steps/1/annotations/0/trigger_point 'piriformis.trp7'"), std::string::npos) << unknown[2];
  EXPECT_NE(unknown[3].find("/steps/1/sources/0/source 'wikipedia'"), std::string::npos) << unknown[3];
}

// A step may ask the class a question (issue 15): it survives the file, and a kind or subject the atlas does not
// know is named by step and field.
TEST(Lesson, AStepsQuestionSurvivesItsFileAndBadOnesAreNamed) {
  Lesson a = twoStepLesson();
  a.steps[1].question = {"pain-sources", "outer_elbow", Side::Left, "Tennis elbow: which muscles?"};
  auto read = parseLesson(a.toJson(), "elbow.myolesson.json");
  ASSERT_TRUE(read.ok()) << read.error();
  ASSERT_EQ(read->lesson.steps.size(), 2u);
  EXPECT_FALSE(read->lesson.steps[0].question.has());
  EXPECT_TRUE(read->lesson.steps[1].question == a.steps[1].question);
  EXPECT_TRUE(unknownLessonIds(read->lesson, test::shippedAtlas().atlas).empty());

  auto j = nlohmann::json::parse(a.toJson());
  j["steps"][1]["question"]["kind"] = "spot-the-bone";
  auto damaged = parseLesson(j.dump(), "elbow.myolesson.json");
  ASSERT_TRUE(damaged.ok()) << damaged.error();
  ASSERT_EQ(damaged->problems.size(), 1u);
  EXPECT_NE(damaged->problems[0].find("/steps/1/question/kind 'spot-the-bone' is not a question kind"), std::string::npos)
      << damaged->problems[0];

  a.steps[1].question.subject = "elbow_pain";
  a.steps[0].question = {"name-muscle", "infraspinatus.trp1", Side::Right, ""};  // a trigger point, not a muscle
  const auto unknown = unknownLessonIds(a, test::shippedAtlas().atlas);
  ASSERT_EQ(unknown.size(), 2u);
  EXPECT_NE(unknown[0].find("/steps/0/question/subject 'infraspinatus.trp1' is not a muscle"), std::string::npos) << unknown[0];
  EXPECT_NE(unknown[1].find("/steps/1/question/subject 'elbow_pain' is not a pain area"), std::string::npos) << unknown[1];
}

TEST(Lesson, StepsAreMovedDuplicatedAndDeleted) {
  Lesson lesson = twoStepLesson();
  ASSERT_TRUE(duplicateStep(lesson, 0));
  ASSERT_EQ(lesson.steps.size(), 3u);
  EXPECT_EQ(lesson.steps[1].title, "Gluteus medius");
  ASSERT_TRUE(moveStep(lesson, 2, 0));
  EXPECT_EQ(lesson.steps[0].title, "Piriformis under the gluteus maximus");
  EXPECT_EQ(lesson.steps[1].title, "Gluteus medius");
  ASSERT_TRUE(deleteStep(lesson, 1));
  ASSERT_EQ(lesson.steps.size(), 2u);
  EXPECT_FALSE(deleteStep(lesson, 2));
  EXPECT_FALSE(moveStep(lesson, 0, 5));
  EXPECT_FALSE(duplicateStep(lesson, 7));
  EXPECT_EQ(lesson.steps.size(), 2u);
}

TEST(Presentation, ClickerKeysStepThroughAndEscapeOnlyLeaves) {
  Presentation p;
  EXPECT_FALSE(p.start(0)) << "a lesson without steps";
  ASSERT_TRUE(p.start(3));
  const auto press = [&](const char* key) { return p.act(*presentAction(key)); };
  EXPECT_FALSE(press("Left")) << "nothing before the first step";
  EXPECT_TRUE(press("Page Down"));
  EXPECT_TRUE(press("Space"));
  EXPECT_EQ(p.step(), 2u);
  EXPECT_FALSE(press("Right")) << "nothing after the last";
  EXPECT_TRUE(press("Page Up"));
  EXPECT_EQ(p.step(), 1u);
  EXPECT_TRUE(press("Home"));
  EXPECT_EQ(p.step(), 0u);
  EXPECT_TRUE(press("End"));
  EXPECT_EQ(p.step(), 2u);
  EXPECT_FALSE(presentAction("F")) << "not a presentation key: the atlas's own keys are off while presenting";
  EXPECT_FALSE(press("Escape"));
  EXPECT_FALSE(p.active());
  EXPECT_EQ(p.step(), 2u) << "leaving keeps the step, for a restart where the teacher stopped";
  EXPECT_FALSE(press("Right")) << "keys do nothing once left";
}

TEST(Presentation, ThePensDrawingIsClearedOnTheNextStep) {
  Presentation p;
  ASSERT_TRUE(p.start(2));
  p.beginStroke({0.1f, 0.1f});
  EXPECT_TRUE(p.strokes().empty()) << "the pen is off until D";
  p.act(PresentAction::TogglePen);
  p.beginStroke({0.1f, 0.1f});
  p.extendStroke({0.2f, 0.3f});
  ASSERT_EQ(p.strokes().size(), 1u);
  EXPECT_EQ(p.strokes()[0].size(), 2u);
  p.act(PresentAction::Next);
  EXPECT_TRUE(p.strokes().empty());
  EXPECT_TRUE(p.penOn()) << "the pen stays in hand";
}

}  // namespace
}  // namespace myoatlas

namespace myoatlas {
namespace {

TEST(Markdown, ParagraphsBulletsAndBoldRuns) {
  const auto blocks = parseMarkdown("Pain at the **temple** and\nabove the eye.\n\n- check **posture**\n- a heavy bag\n\nUnclosed ** stays");
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_FALSE(blocks[0].bullet);
  EXPECT_EQ(plainText(blocks[0]), "Pain at the temple and above the eye.") << "lines of a paragraph join";
  ASSERT_EQ(blocks[0].runs.size(), 3u);
  EXPECT_TRUE(blocks[0].runs[1].bold);
  EXPECT_EQ(blocks[0].runs[1].text, "temple");
  EXPECT_TRUE(blocks[1].bullet);
  EXPECT_EQ(plainText(blocks[1]), "check posture");
  EXPECT_TRUE(blocks[2].bullet);
  EXPECT_EQ(plainText(blocks[2]), "a heavy bag");
  EXPECT_EQ(plainText(blocks[3]), "Unclosed ** stays");
}

}  // namespace
}  // namespace myoatlas

namespace myoatlas {
namespace {

TEST(Annotation, PinnedWhereClickedAndFollowsTheCamera) {
  Session s(&test::shippedAtlas().atlas);
  s.setModel(test::skinOnlyBody());
  s.setViewport(800, 600);
  s.frameView(ViewPreset::Anterior);
  const glm::vec2 chest(425.0f, 230.0f);  // the left side of the chest, off the axis the camera turns round
  const auto pin = s.annotationAt(chest, "Sternum");
  ASSERT_TRUE(pin.has_value()) << "the click meets the skin";
  EXPECT_EQ(pin->mesh, "skin");
  EXPECT_FALSE(s.annotationAt({2.0f, 2.0f}, "air").has_value()) << "a click beside the body pins nothing";
  s.setAnnotations({*pin});
  const auto labelAt = [&]() -> std::optional<glm::vec2> {
    for (const auto& l : s.frame().labels)
      if (l.text == "Sternum") return l.anchor;
    return std::nullopt;
  };
  const auto before = labelAt();
  ASSERT_TRUE(before.has_value());
  EXPECT_LT(glm::distance(*before, chest), 12.0f) << "the label points where the teacher clicked";
  CameraPose turned = s.camera().pose();
  turned.yaw += 1.2f;  // about 70 degrees round the body
  s.camera().setPose(turned);
  const auto after = labelAt();
  ASSERT_TRUE(after.has_value());
  EXPECT_GT(glm::distance(*after, *before), 20.0f) << "it follows the body as it turns " << before->x << "," << before->y << " -> " << after->x << "," << after->y << " d=" << s.camera().pose().distance;
}

}  // namespace
}  // namespace myoatlas

namespace myoatlas {
namespace {

// The lessons in data/lessons: each reads cleanly, names only what the atlas knows, has 8 to 12 steps each with
// a title, a caption a class can read, and its sources, and shows on the body with nothing dropped and every
// pinned label placed.
TEST(ShippedLessons, ReadCleanlyAndEveryStepShowsOnTheBody) {
  namespace fs = std::filesystem;
  const fs::path dir = test::sourceDir() / "data" / "lessons";
  int lessons = 0;
  Session s(&test::shippedAtlas().atlas);
  s.setModel(test::skinOnlyBody());
  s.setViewport(1229, 1080);
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    const std::string ext = kLessonExtension;
    if (name.size() <= ext.size() || name.compare(name.size() - ext.size(), ext.size(), ext) != 0) continue;
    ++lessons;
    SCOPED_TRACE(name);
    std::ifstream in(entry.path());
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto read = parseLesson(text, name);
    ASSERT_TRUE(read.ok()) << read.error();
    EXPECT_TRUE(read->problems.empty()) << read->problems.front();
    const Lesson& lesson = read->lesson;
    EXPECT_FALSE(lesson.title.empty());
    EXPECT_GE(lesson.steps.size(), 8u);
    EXPECT_LE(lesson.steps.size(), 12u);
    const auto unknown = unknownLessonIds(lesson, test::shippedAtlas().atlas);
    EXPECT_TRUE(unknown.empty()) << unknown.front();
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
      const LessonStep& step = lesson.steps[i];
      SCOPED_TRACE("step " + std::to_string(i + 1) + " '" + step.title + "'");
      EXPECT_FALSE(step.title.empty());
      std::size_t words = 0;
      for (const auto& block : parseMarkdown(step.text)) {
        std::istringstream w(plainText(block));
        words += std::size_t(std::distance(std::istream_iterator<std::string>(w), std::istream_iterator<std::string>()));
      }
      EXPECT_GE(words, 20u) << "a caption to teach from";
      EXPECT_LE(words, 130u) << "more than the caption column holds at a readable size";
      EXPECT_FALSE(step.sources.empty()) << "what the text says has its source";
      auto applied = s.applyScene(step.scene, name);
      ASSERT_TRUE(applied.ok()) << applied.error();
      EXPECT_TRUE(applied->empty()) << applied->front();
      s.setAnnotations(step.annotations);
      const SceneFrame frame = s.frame();
      for (const auto& a : step.annotations) {
        bool placed = false;
        for (const auto& l : frame.labels) placed = placed || l.text == a.text;
        EXPECT_TRUE(placed) << "label '" << a.text << "' at " << a.triggerPoint;
      }
    }
  }
  EXPECT_GE(lessons, 4) << "headache and neck; shoulder and arm; low back and buttock; knee, leg and foot";
}

}  // namespace
}  // namespace myoatlas

namespace myoatlas {
namespace {

TEST(Markdown, WordsKeepPunctuationJoinedToABoldRun) {
  const auto words = wordsOf(parseMarkdown("**TrP4**, halfway up: a **frontal** headache")[0].runs);
  ASSERT_EQ(words.size(), 7u);
  EXPECT_EQ(words[0].text, "TrP4");
  EXPECT_TRUE(words[0].bold);
  EXPECT_EQ(words[1].text, ",");
  EXPECT_FALSE(words[1].spaceBefore) << "the comma follows TrP4 with no space";
  EXPECT_EQ(words[2].text, "halfway");
  EXPECT_TRUE(words[2].spaceBefore);
  EXPECT_TRUE(words[5].bold);
  EXPECT_EQ(words[5].text, "frontal");
  EXPECT_TRUE(words[5].spaceBefore);
}

}  // namespace
}  // namespace myoatlas
