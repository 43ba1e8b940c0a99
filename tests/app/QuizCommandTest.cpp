// `myoatlas quiz`: a class's quiz as JSON with answers and scenes, Moodle XML that imports with its pictures,
// and bad input named by flag.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/lesson/Lesson.h"
#include "io/Png.h"
#include "support/RunCommand.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

using nlohmann::json;
using test::contains;
using test::myoatlas;
using test::runCommand;

std::string checker() { return "python3 '" + (test::sourceDir() / "tests/quiz/check-moodle-xml.py").string() + "' "; }

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Ten questions on the neck for a class: every kind, each with its answer, explanation, sources and the view
// before and after the answer; a naming question's view highlights the muscle with labels off.
TEST(QuizCommand, ATenQuestionNeckQuizAsJsonHasAnswersAndScenes) {
  const auto r = runCommand(myoatlas() + " quiz --region neck --count 10 --seed 4 --json");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const json j = json::parse(r.out);
  EXPECT_EQ(j["region"], "neck");
  EXPECT_EQ(j["seed"], 4);
  ASSERT_EQ(j["questions"].size(), 10u);
  std::set<std::string> kinds;
  for (const auto& q : j["questions"]) {
    kinds.insert(q["kind"].get<std::string>());
    for (const char* key : {"prompt", "answer", "explanation", "sources", "scene", "answer_scene"})
      EXPECT_TRUE(q.contains(key)) << key;
    EXPECT_FALSE(q["sources"].empty());
    EXPECT_FALSE(q["sources"][0]["citation"].get<std::string>().empty());
    if (q["kind"] == "name-muscle") {
      EXPECT_EQ(q["scene"]["view"]["selected_muscle"], q["muscle"]) << "the muscle asked about is highlighted";
      EXPECT_EQ(q["scene"]["view"]["labels"], false) << "and nothing names it";
      EXPECT_FALSE(contains(q["prompt"].get<std::string>(), q["answer"].get<std::string>()));
      int right = 0;
      for (const auto& c : q["choices"]) right += c["fraction"] == 1.0 ? 1 : 0;
      EXPECT_EQ(right, 1);
    }
    if (q["kind"] == "pain-sources") EXPECT_EQ(q["scene"]["view"]["pain_question"]["area"], q["area"]);
  }
  EXPECT_EQ(kinds.size(), 5u);
  // Readable text for a teacher: the questions, then the answers.
  const auto text = runCommand(myoatlas() + " quiz --region shoulder --count 3 --seed 4 --kinds pain-sources");
  ASSERT_EQ(text.exitCode, 0) << text.err;
  EXPECT_TRUE(contains(text.out, "Shoulder and upper back: 3 questions (medium, seed 4)")) << text.out;
  EXPECT_TRUE(contains(text.out, "Answers"));
}

// The multiple-choice questions as Moodle XML, pictures embedded, in the structure Moodle's importer accepts;
// the question's picture shows the muscle unnamed and the answer's names it.
TEST(QuizCommand, MoodleXmlHasEveryChoiceQuestionWithItsPicture) {
  const auto dir = test::scratchDir();
  const auto xml = dir / "shoulder.xml";
  const auto images = dir / "pictures";
  const auto r = runCommand(myoatlas() + " quiz --region shoulder --count 3 --seed 2 --kinds name-muscle,pain-sources,locate-trp --width 320 " +
                            "--height 240 --images '" + images.string() + "' --moodle-xml '" + xml.string() + "'");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_TRUE(contains(r.err, "wrote 2 multiple-choice questions")) << r.err;
  EXPECT_TRUE(contains(r.err, "left out 1")) << r.err;
  const auto check = runCommand(checker() + "'" + xml.string() + "' --expect-questions 2");
  EXPECT_EQ(check.exitCode, 0) << check.out << check.err;
  // A naming question: the picture before the answer differs from the one after it only by the names shown.
  auto before = readPng((images / "q01.png").string()), after = readPng((images / "q01-answer.png").string());
  ASSERT_TRUE(before.ok() && after.ok());
  EXPECT_EQ(before->width, 320);
  int highlighted = 0, changed = 0;
  for (std::size_t i = 0; i + 3 < before->rgba.size(); i += 4) {
    const auto* p = &before->rgba[i];
    highlighted += p[0] > 200 && p[1] > 110 && p[1] < 200 && p[2] < 90 ? 1 : 0;  // the highlight's orange
    changed += std::abs(int(p[0]) - int(after->rgba[i])) > 40 ? 1 : 0;
  }
  EXPECT_GT(highlighted, 300) << "the muscle asked about is highlighted";
  EXPECT_GT(changed, 50) << "the answer's picture adds the names";
  EXPECT_LT(changed, 320 * 240 / 5) << "and nothing else moves";
  // The checker fails a file Moodle would refuse: a fraction that is not one of Moodle's grades.
  std::string text = read(xml);
  const auto at = text.find("fraction=\"100\"");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 14, "fraction=\"35\"");
  std::ofstream((dir / "broken.xml").string()) << text;
  const auto refused = runCommand(checker() + "'" + (dir / "broken.xml").string() + "'");
  EXPECT_EQ(refused.exitCode, 1);
  EXPECT_TRUE(contains(refused.out, "not one of Moodle's grades")) << refused.out;
}

// A lesson's own questions exported for the class: in step order, as JSON and Moodle XML; a question the atlas
// cannot ask is named by file, step and field.
TEST(QuizCommand, ALessonsQuestionsExportInStepOrder) {
  const auto dir = test::scratchDir();
  Lesson lesson;
  lesson.title = "Elbow";
  lesson.steps.resize(3);
  lesson.steps[0].title = "Look";
  lesson.steps[1].title = "Tennis elbow";
  lesson.steps[1].question = {"pain-sources", "outer_elbow", Side::Right, ""};
  lesson.steps[2].title = "Paint it";
  lesson.steps[2].question = {"draw-referral", "supinator.trp1", Side::Left, ""};
  const auto file = dir / "elbow.myolesson.json";
  std::ofstream(file.string()) << lesson.toJson();
  const auto r = runCommand(myoatlas() + " quiz --lesson '" + file.string() + "' --json");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const json j = json::parse(r.out);
  ASSERT_EQ(j["questions"].size(), 2u);
  EXPECT_EQ(j["questions"][0]["kind"], "pain-sources");
  EXPECT_EQ(j["questions"][0]["area"], "outer_elbow");
  EXPECT_EQ(j["questions"][1]["kind"], "draw-referral");
  EXPECT_EQ(j["questions"][1]["side"], "left");
  lesson.steps[2].question.subject = "supinator.trp9";
  std::ofstream((dir / "bad.myolesson.json").string()) << lesson.toJson();
  const auto bad = runCommand(myoatlas() + " quiz --lesson '" + (dir / "bad.myolesson.json").string() + "'");
  EXPECT_EQ(bad.exitCode, 2);
  EXPECT_TRUE(contains(bad.err, "bad.myolesson.json")) << bad.err;
  EXPECT_TRUE(contains(bad.err, "step 3 'Paint it': /steps/2/question/subject: 'supinator.trp9' is not a trigger point")) << bad.err;
  const auto both = runCommand(myoatlas() + " quiz --lesson '" + file.string() + "' --region neck");
  EXPECT_EQ(both.exitCode, 2) << "a lesson's questions or generated ones, not both";
}

TEST(QuizCommand, BadInputNamesTheFlag) {
  const auto region = runCommand(myoatlas() + " quiz --region elbow");
  EXPECT_EQ(region.exitCode, 2);
  EXPECT_TRUE(contains(region.err, "--region: region 'elbow' is not a body region (regions: head_face")) << region.err;
  const auto kind = runCommand(myoatlas() + " quiz --kinds name-muscle,spot-the-bone");
  EXPECT_EQ(kind.exitCode, 2);
  EXPECT_TRUE(contains(kind.err, "--kinds 'spot-the-bone' is not a question kind")) << kind.err;
  const auto folder = runCommand(myoatlas() + " quiz --moodle-xml /no/such/folder/quiz.xml");
  EXPECT_EQ(folder.exitCode, 2);
  EXPECT_TRUE(contains(folder.err, "--moodle-xml '/no/such/folder/quiz.xml': folder '/no/such/folder' does not exist")) << folder.err;
  const auto count = runCommand(myoatlas() + " quiz --count 0");
  EXPECT_EQ(count.exitCode, 2);
  EXPECT_TRUE(contains(count.err, "--count")) << count.err;
}

}  // namespace
}  // namespace myoatlas
