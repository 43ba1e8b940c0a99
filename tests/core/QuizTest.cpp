// Quizzes without GL: generation is the same for a seed and asks only what the body can show, every kind is
// scored as a teacher would on fixed answers, and the multiple-answer credits are fractions Moodle accepts.
#include "core/quiz/Quiz.h"

#include <algorithm>
#include <map>
#include <numeric>

#include <gtest/gtest.h>

#include "core/atlas/Search.h"
#include "core/quiz/LessonQuiz.h"
#include "core/quiz/QuizStage.h"
#include "core/session/Session.h"
#include "support/ShippedAtlas.h"
#include "support/SkinBody.h"

namespace myoatlas {
namespace {

const Atlas& atlas() { return test::shippedAtlas().atlas; }

// A body that can show everything the atlas has.
QuizBody everything() {
  QuizBody b;
  for (const auto& m : atlas().muscles) b.muscles.insert(m.id);
  for (const auto& t : atlas().triggerPoints) b.triggerPoints.insert(t.id);
  for (const auto& a : atlas().painAreas) b.areas.insert(a.id);
  return b;
}

Quiz quiz(const QuizSpec& spec, const QuizBody& body = everything()) {
  auto q = generateQuiz(atlas(), body, spec);
  EXPECT_TRUE(q.ok()) << q.error();
  return q.ok() ? q.value() : Quiz{};
}

std::string fingerprint(const Quiz& q) {
  std::string s;
  for (const auto& x : q.questions) {
    s += std::string(questionKindName(x.kind)) + "|" + x.muscle + "|" + x.triggerPoint + "|" + x.area + "|" + sideName(x.side);
    for (const auto& c : x.choices) s += "|" + c.id + ":" + std::to_string(c.fraction);
    s += "\n";
  }
  return s;
}

QuizSpec neck(std::uint64_t seed) {
  QuizSpec s;
  s.region = "neck";
  s.count = 10;
  s.seed = seed;
  return s;
}

TEST(Quiz, TheSameSeedGivesTheSameQuizAndAnotherSeedAnother) {
  const Quiz a = quiz(neck(7)), b = quiz(neck(7)), c = quiz(neck(8));
  ASSERT_EQ(a.questions.size(), 10u);
  EXPECT_EQ(fingerprint(a), fingerprint(b));
  EXPECT_NE(fingerprint(a), fingerprint(c));
  EXPECT_NE(a.title.find("seed 7"), std::string::npos) << a.title;
}

TEST(Quiz, TenNeckQuestionsMixEveryKindAndNeverRepeatAMuscle) {
  const Quiz q = quiz(neck(3));
  ASSERT_EQ(q.questions.size(), 10u);
  std::map<QuestionKind, int> kinds;
  std::set<std::string> muscles;
  for (const auto& x : q.questions) {
    ++kinds[x.kind];
    if (x.kind != QuestionKind::PainSources) {
      EXPECT_TRUE(muscles.insert(x.muscle).second) << x.muscle << " asked about twice: one question would give away another";
      const Muscle* m = atlas().muscle(x.muscle);
      ASSERT_NE(m, nullptr);
      EXPECT_NE(std::find(m->regions.begin(), m->regions.end(), "neck"), m->regions.end()) << x.muscle;
    }
    EXPECT_FALSE(x.prompt.empty());
    EXPECT_FALSE(x.explanation.empty()) << x.prompt;
    EXPECT_FALSE(x.sources.empty()) << x.prompt;
    if (x.kind == QuestionKind::NameMuscle) {
      const Muscle* m = atlas().muscle(x.muscle);
      EXPECT_EQ(x.prompt.find(m->name), std::string::npos) << "the prompt gives the answer away: " << x.prompt;
    }
  }
  EXPECT_EQ(kinds.size(), 5u) << "every kind asked";
}

TEST(Quiz, AsksOnlyWhatTheBodyCanShowAndDepthLimits) {
  // A body with half the muscles, no trigger point of the upper trapezius and no pain areas.
  QuizBody body = everything();
  std::size_t i = 0;
  for (auto it = body.muscles.begin(); it != body.muscles.end();) it = (i++ % 2) ? body.muscles.erase(it) : std::next(it);
  for (auto it = body.triggerPoints.begin(); it != body.triggerPoints.end();)
    it = it->rfind("upper_trapezius.", 0) == 0 ? body.triggerPoints.erase(it) : std::next(it);
  body.areas.clear();
  for (const char* region : {"neck", "shoulder_upper_back", "leg_foot", ""})
    for (std::uint64_t seed : {1u, 2u, 3u}) {
      QuizSpec spec;
      spec.region = region;
      spec.seed = seed;
      spec.count = 30;
      spec.depth = Depth::Intermediate;
      for (const auto& x : quiz(spec, body).questions) {
        EXPECT_NE(x.kind, QuestionKind::PainSources) << "no area can be painted on this body";
        if (!x.triggerPoint.empty()) EXPECT_TRUE(body.triggerPoints.count(x.triggerPoint)) << x.triggerPoint;
        else EXPECT_TRUE(body.muscles.count(x.muscle)) << x.muscle;
        EXPECT_NE(atlas().muscle(x.muscle)->depth, Depth::Deep) << x.muscle << " is deeper than asked";
        if (x.kind == QuestionKind::NameMuscle)
          for (const auto& c : x.choices) EXPECT_TRUE(body.muscles.count(c.id)) << c.id << " is not on the body to compare";
      }
    }
  QuizSpec none;
  none.region = "neck";
  none.kinds = {QuestionKind::PainSources};
  const auto refused = generateQuiz(atlas(), body, none);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().find("nothing to ask"), std::string::npos) << refused.error();
  QuizSpec unknown;
  unknown.region = "elbow";
  const auto bad = generateQuiz(atlas(), body, unknown);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().find("'elbow'"), std::string::npos);
  EXPECT_NE(bad.error().find("forearm_hand"), std::string::npos) << "lists the regions: " << bad.error();
}

TEST(Quiz, PainSourcesCreditTheGuidesMusclesInFractionsMoodleAccepts) {
  int asked = 0;
  for (Difficulty d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard})
    for (std::uint64_t seed = 1; seed <= 4; ++seed) {
      QuizSpec spec;
      spec.kinds = {QuestionKind::PainSources};
      spec.difficulty = d;
      spec.seed = seed;
      spec.count = 200;
      for (const auto& x : quiz(spec).questions) {
        ++asked;
        const PainArea* area = atlas().painArea(x.area);
        ASSERT_TRUE(area && area->guide) << x.area;
        EXPECT_FALSE(x.single);
        double right = 0.0, essential = 0.0, spillover = 0.0;
        for (const auto& c : x.choices) {
          EXPECT_TRUE(isMoodleFraction(c.fraction)) << x.area << " " << c.id << " " << c.fraction;
          const GuideEntry* e = area->guide->entry(c.id);
          if (c.fraction > 0) {
            right += c.fraction;
            ASSERT_NE(e, nullptr) << c.id << " is credited but the guide for " << x.area << " does not list it";
            EXPECT_EQ(c.essential, e->essential) << c.id;
            (c.essential ? essential : spillover) = c.fraction;
            if (d == Difficulty::Easy) EXPECT_TRUE(c.essential) << "easy asks only for essential zones";
          } else {
            EXPECT_EQ(e, nullptr) << c.id << " is listed by the guide for " << x.area << " but counted wrong";
            for (const auto& t : atlas().triggerPoints)
              if (t.muscle == c.id) {
                EXPECT_EQ(std::count(t.essentialAreas.begin(), t.essentialAreas.end(), x.area), 0) << t.id;
                EXPECT_EQ(std::count(t.spilloverAreas.begin(), t.spilloverAreas.end(), x.area), 0) << t.id;
              }
          }
        }
        EXPECT_NEAR(right, 1.0, 1e-9) << x.area;
        if (essential > 0 && spillover > 0) EXPECT_NEAR(essential, 2.0 * spillover, 1e-9) << x.area;
      }
    }
  EXPECT_GT(asked, 60);
}

TEST(Quiz, ChoicesAreMarkedWithPartialCredit) {
  QuizSpec spec;
  spec.kinds = {QuestionKind::PainSources};
  spec.difficulty = Difficulty::Hard;
  spec.count = 200;
  const Quiz q = quiz(spec);
  const auto with = std::find_if(q.questions.begin(), q.questions.end(), [](const Question& x) {
    return std::any_of(x.choices.begin(), x.choices.end(), [](const QuizChoice& c) { return c.fraction > 0 && !c.essential; }) &&
           std::any_of(x.choices.begin(), x.choices.end(), [](const QuizChoice& c) { return c.essential; });
  });
  ASSERT_NE(with, q.questions.end()) << "a hard question with essential and spillover muscles";
  std::vector<std::string> right, essential, all;
  for (const auto& c : with->choices) {
    all.push_back(c.id);
    if (c.fraction > 0) right.push_back(c.id);
    if (c.essential) essential.push_back(c.id);
  }
  EXPECT_DOUBLE_EQ(markChoices(*with, right).score, 1.0);
  EXPECT_EQ(markChoices(*with, right).feedback.rfind("Correct", 0), 0u);
  EXPECT_DOUBLE_EQ(markChoices(*with, all).score, 0.0) << "ticking everything earns nothing";
  EXPECT_DOUBLE_EQ(markChoices(*with, {}).score, 0.0);
  const double part = markChoices(*with, essential).score;
  EXPECT_GT(part, 0.5) << "the essential zones are worth more than the spillover";
  EXPECT_LT(part, 1.0);
  EXPECT_NE(markChoices(*with, essential).feedback.find("missed"), std::string::npos);

  QuizSpec names;
  names.kinds = {QuestionKind::NameMuscle};
  names.difficulty = Difficulty::Hard;
  const Quiz n = quiz(names);
  const Question& first = n.questions.front();
  ASSERT_EQ(first.choices.size(), 5u) << "hard: five names";
  const auto wrong = std::find_if(first.choices.begin(), first.choices.end(), [](const QuizChoice& c) { return c.fraction <= 0; });
  EXPECT_DOUBLE_EQ(markChoices(first, {first.muscle}).score, 1.0);
  EXPECT_DOUBLE_EQ(markChoices(first, {wrong->id}).score, 0.0);
  EXPECT_NE(markChoices(first, {wrong->id}).feedback.find(wrong->label), std::string::npos);
}

TEST(Quiz, TypedNamesForgiveTyposButNotAnotherMuscle) {
  Question q;
  q.kind = QuestionKind::NameMuscle;
  q.muscle = "infraspinatus";
  q.answer = "Infraspinatus";
  const AtlasSearch search(atlas());
  EXPECT_DOUBLE_EQ(markTypedName(q, "infraspinatus", search).score, 1.0);
  EXPECT_DOUBLE_EQ(markTypedName(q, "infraspinatous", search).score, 1.0);
  EXPECT_DOUBLE_EQ(markTypedName(q, "supraspinatus", search).score, 0.0);
  EXPECT_DOUBLE_EQ(markTypedName(q, "", search).score, 0.0);
}

TEST(Quiz, ClickedMusclesAndLocationsAreMarkedBySideAndDistance) {
  Question q;
  q.kind = QuestionKind::FindMuscle;
  q.muscle = "infraspinatus";
  q.side = Side::Left;
  EXPECT_DOUBLE_EQ(markClickedMuscle(q, atlas(), "infraspinatus", Side::Left).score, 1.0);
  EXPECT_DOUBLE_EQ(markClickedMuscle(q, atlas(), "infraspinatus", Side::Right).score, 0.5);
  EXPECT_DOUBLE_EQ(markClickedMuscle(q, atlas(), "teres_minor", Side::Left).score, 0.0);
  EXPECT_NE(markClickedMuscle(q, atlas(), "teres_minor", Side::Left).feedback.find("teres minor"), std::string::npos);

  const float r = fullMarksRadius(Difficulty::Medium);
  EXPECT_DOUBLE_EQ(markLocation(0.0f, Difficulty::Medium).score, 1.0);
  EXPECT_DOUBLE_EQ(markLocation(r, Difficulty::Medium).score, 1.0);
  EXPECT_NEAR(markLocation(2.5f * r, Difficulty::Medium).score, 0.5, 1e-6);
  EXPECT_DOUBLE_EQ(markLocation(4.0f * r, Difficulty::Medium).score, 0.0);
  EXPECT_DOUBLE_EQ(markLocation(std::nullopt, Difficulty::Medium).score, 0.0);
  EXPECT_GT(markLocation(0.04f, Difficulty::Easy).score, markLocation(0.04f, Difficulty::Hard).score);
}

// Drawings on the real skin: the pattern itself scores 1, nothing 0, the other side's pattern about 0, and
// leaving out the spillover zone costs less than leaving out the essential zone.
TEST(Quiz, DrawingsAreScoredByOverlapWithTheTruePattern) {
  Session s(&atlas());
  s.setModel(test::skinOnlyBody());
  Question q;
  q.kind = QuestionKind::DrawReferral;
  q.triggerPoint = "infraspinatus.trp1";
  q.muscle = "infraspinatus";
  q.side = Side::Right;
  const ReferralPattern* truth = truePattern(s, q);
  ASSERT_NE(truth, nullptr);
  const BodySurface& body = *s.surface();
  const auto drawingOf = [](const SparseIntensity& a, const SparseIntensity* b) {
    std::map<std::uint32_t, float> v;
    for (std::size_t i = 0; i < a.vertices.size(); ++i) v[a.vertices[i]] = std::max(v[a.vertices[i]], a.values[i]);
    if (b)
      for (std::size_t i = 0; i < b->vertices.size(); ++i) v[b->vertices[i]] = std::max(v[b->vertices[i]], b->values[i]);
    SparseIntensity d;
    for (const auto& [k, x] : v) d.vertices.push_back(k), d.values.push_back(x);
    return d;
  };
  EXPECT_NEAR(markDrawing(drawingOf(truth->essential, &truth->spillover), *truth, body).score, 1.0, 1e-9);
  EXPECT_DOUBLE_EQ(markDrawing({}, *truth, body).score, 0.0);
  Question other = q;
  other.side = Side::Left;
  const ReferralPattern* mirrored = truePattern(s, other);
  EXPECT_LT(markDrawing(drawingOf(mirrored->essential, &mirrored->spillover), *truth, body).score, 0.05);
  const double withoutSpillover = markDrawing(drawingOf(truth->essential, nullptr), *truth, body).score;
  SparseIntensity spilloverOnly;  // the spillover zone beyond the essential one
  for (std::size_t i = 0; i < truth->spillover.vertices.size(); ++i)
    if (truth->essential.at(truth->spillover.vertices[i]) <= 0.0f)
      spilloverOnly.vertices.push_back(truth->spillover.vertices[i]), spilloverOnly.values.push_back(truth->spillover.values[i]);
  ASSERT_FALSE(spilloverOnly.vertices.empty());
  const double withoutEssential = markDrawing(spilloverOnly, *truth, body).score;
  EXPECT_GT(withoutSpillover, withoutEssential);
  EXPECT_LT(withoutSpillover, 1.0);
  // Painting the whole back as well is worse than the pattern alone.
  SparseIntensity everywhere;
  for (std::uint32_t v = 0; v < body.skin().positions.size(); ++v) everywhere.vertices.push_back(v), everywhere.values.push_back(1.0f);
  EXPECT_LT(markDrawing(everywhere, *truth, body).score, 0.3);
}

TEST(Quiz, TheSkinBodyCanBeAskedAboutPatternsAndAreasButNotMuscles) {
  Session s(&atlas());
  s.setModel(test::skinOnlyBody());
  const QuizBody body = quizBodyOf(s);
  EXPECT_TRUE(body.muscles.empty()) << "the skin-only body has no muscle meshes";
  EXPECT_GT(body.triggerPoints.size(), atlas().triggerPoints.size() * 9 / 10);
  EXPECT_GT(body.areas.size(), atlas().painAreas.size() * 9 / 10);
  QuizSpec spec = neck(1);
  const Quiz q = quiz(spec, body);
  for (const auto& x : q.questions)
    EXPECT_TRUE(x.kind == QuestionKind::PainSources || x.kind == QuestionKind::DrawReferral || x.kind == QuestionKind::LocateTriggerPoint)
        << questionKindName(x.kind);
}

// The session's frame while a question is up names nothing (no labels, no legend) and shows what is asked about;
// the reveal shows the answer: the trigger point's marker and pattern, named.
TEST(Quiz, AStagedQuestionsFrameNamesNothingUntilTheReveal) {
  Session s(&atlas());
  s.setModel(test::skinOnlyBody());
  s.setViewport(800, 600);
  QuizSpec spec = neck(2);
  spec.kinds = {QuestionKind::LocateTriggerPoint, QuestionKind::PainSources};
  const Quiz q = quiz(spec, quizBodyOf(s));
  ASSERT_GE(q.questions.size(), 2u);
  for (const Question& x : q.questions) {
    stageQuestion(s, x, false);
    const SceneFrame before = s.frame();
    EXPECT_TRUE(before.labels.empty()) << x.prompt;
    EXPECT_TRUE(before.legend.empty()) << x.prompt;
    EXPECT_TRUE(before.markers.empty()) << "the trigger point's place is the answer: " << x.prompt;
    if (x.kind == QuestionKind::PainSources) EXPECT_TRUE(s.hasDrawing()) << "the area asked about is painted";
    stageQuestion(s, x, true);
    const SceneFrame after = s.frame();
    if (x.kind == QuestionKind::PainSources) {  // the answer paints the right muscles' patterns, named in the legend
      ASSERT_FALSE(after.legend.empty()) << x.prompt;
      EXPECT_TRUE(after.labels.empty()) << "named by the legend, not by labels through the body";
      for (const auto& painted : s.state().painted) {
        const std::string& id = painted.first;
        const auto right = std::find_if(x.choices.begin(), x.choices.end(), [&](const QuizChoice& c) {
          return c.fraction > 0 && atlas().triggerPoint(id)->muscle == c.id;
        });
        const PainArea* area = atlas().painArea(x.area);
        const GuideEntry* entry = area->guide->entry(atlas().triggerPoint(id)->muscle);
        EXPECT_TRUE(right != x.choices.end() || (entry && !entry->group.empty())) << id << " is not a right answer";
      }
    }
    if (x.kind == QuestionKind::LocateTriggerPoint) {
      ASSERT_EQ(after.legend.size(), 1u);
      EXPECT_NE(after.legend[0].find(atlas().triggerPoint(x.triggerPoint)->name), std::string::npos);
      EXPECT_EQ(after.markers.size(), 1u);
      const auto at = s.triggerPointPosition(x.triggerPoint, x.side);
      ASSERT_TRUE(at.has_value());
      EXPECT_LT(glm::distance(*at, after.markers[0]), 1e-4f) << "marks are measured from the marker shown";
      EXPECT_DOUBLE_EQ(markLocation(0.0f, spec.difficulty).score, 1.0);
    }
  }
}

// The questions a lesson's steps ask: each as the teacher chose it (kind, subject, side, wording), with choices
// made as a generated quiz makes them, the same every time; one the body cannot ask is named by its step.
TEST(Quiz, ALessonsStepsAskTheTeachersOwnQuestions) {
  Lesson lesson;
  lesson.title = "Shoulder";
  lesson.steps.resize(4);
  lesson.steps[0].title = "Intro";
  lesson.steps[1].title = "Name it";
  lesson.steps[1].question = {"name-muscle", "infraspinatus", Side::Left, ""};
  lesson.steps[2].title = "Tennis elbow";
  lesson.steps[2].question = {"pain-sources", "outer_elbow", Side::Left, "Which muscles send pain to the outer elbow?"};
  lesson.steps[3].title = "Pec minor";
  lesson.steps[3].question = {"locate-trp", "pectoralis_minor.trp1", Side::Right, ""};
  QuizBody body = everything();
  body.triggerPoints.erase("pectoralis_minor.trp1");  // a body that cannot place it
  const LessonQuiz a = lessonQuiz(lesson, atlas(), body), b = lessonQuiz(lesson, atlas(), body);
  ASSERT_EQ(a.quiz.questions.size(), 2u);
  EXPECT_EQ(a.steps, (std::vector<std::size_t>{1, 2}));
  EXPECT_EQ(fingerprint(a.quiz), fingerprint(b.quiz)) << "asked the same way every time";
  const Question& name = a.quiz.questions[0];
  EXPECT_EQ(name.kind, QuestionKind::NameMuscle);
  EXPECT_EQ(name.side, Side::Left);
  EXPECT_EQ(std::count_if(name.choices.begin(), name.choices.end(), [](const QuizChoice& c) { return c.id == "infraspinatus" && c.fraction == 1.0; }), 1);
  const Question& elbow = a.quiz.questions[1];
  EXPECT_EQ(elbow.prompt, "Which muscles send pain to the outer elbow?") << "the teacher's wording";
  EXPECT_EQ(elbow.side, Side::Left);
  EXPECT_FALSE(elbow.single);
  ASSERT_EQ(a.problems.size(), 1u);
  EXPECT_NE(a.problems[0].find("step 4 'Pec minor': /steps/3/question/subject: this body cannot place Pectoralis minor TrP1"),
            std::string::npos) << a.problems[0];
  QuizBody noMuscles = body;
  noMuscles.muscles.clear();
  const auto refused = stepQuestion(lesson, 1, atlas(), noMuscles);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().find("this body has no mesh of the infraspinatus"), std::string::npos) << refused.error();
}

TEST(Quiz, TheSummaryAveragesPerQuestionAndPerKind) {
  const Quiz q = quiz(neck(5));
  std::vector<std::optional<QuizMark>> marks(q.questions.size());
  marks[0] = QuizMark{1.0, ""};
  marks[1] = QuizMark{0.5, ""};
  const QuizSummary s = summarizeQuiz(q, marks);
  EXPECT_EQ(s.answered, 2);
  EXPECT_DOUBLE_EQ(s.total, 0.75);
  double sum = 0.0;
  for (const auto& [kind, mean] : s.byKind) sum += mean;
  EXPECT_DOUBLE_EQ(sum, q.questions[0].kind == q.questions[1].kind ? 0.75 : 1.5);
}

}  // namespace
}  // namespace myoatlas
