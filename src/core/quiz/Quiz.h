#pragma once
// Quizzes (issue 15): questions about muscles, trigger points and referred pain, generated from the atlas for a
// region, a depth and a difficulty, the same for the same seed (a class gets the same quiz), and only about what
// the loaded body can show. Each kind is scored on the student's answer and explained afterwards. No GL and no
// window: hosts stage a question's view on a Session (QuizStage.h) and collect the answer.
//
// Scoring, per kind (docs/QUIZZES.md has the reasoning):
//   name-muscle    one right choice among look-alikes, or a typed name read with the search's typo tolerance;
//   find-muscle    the right muscle clicked on the right side: 1; on the other side: 0.5;
//   pain-sources   pick all that apply: each listed muscle earns its share (an essential-zone muscle twice a
//                  spillover one) and each wrong pick costs a share of the wrong choices, clamped to 0..1: the
//                  fractions Moodle's multiple-answer questions use, so a class scores the same in both;
//   draw-referral  Dice (F1) of the painted drawing against the true pattern over skin area, coverage of the
//                  essential zone counting twice the spillover zone's: 1 for the pattern itself, 0 for nothing;
//   locate-trp     distance from the trigger point: full marks within a radius set by the difficulty, nothing
//                  beyond four times it.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/Result.h"
#include "core/atlas/Atlas.h"
#include "core/atlas/Laterality.h"
#include "core/pain/ReferralPainter.h"

namespace myoatlas {

class AtlasSearch;

enum class QuestionKind { NameMuscle, FindMuscle, PainSources, DrawReferral, LocateTriggerPoint };
inline constexpr QuestionKind kQuestionKinds[] = {QuestionKind::NameMuscle, QuestionKind::FindMuscle, QuestionKind::PainSources,
                                                  QuestionKind::DrawReferral, QuestionKind::LocateTriggerPoint};
const char* questionKindName(QuestionKind kind);  // "name-muscle", "find-muscle", "pain-sources", ...
std::optional<QuestionKind> parseQuestionKind(const std::string& name);
bool isMultipleChoice(QuestionKind kind);  // answered by picking among choices (what Moodle XML can carry)
std::string questionKindNames();           // "name-muscle, find-muscle, ...", for messages and help
std::string questionKindNames(const std::vector<QuestionKind>& kinds);

enum class Difficulty { Easy, Medium, Hard };
const char* difficultyName(Difficulty d);
std::optional<Difficulty> parseDifficulty(const std::string& name);

struct QuizSpec {
  std::string region;  // region id ("" the whole body)
  Depth depth = Depth::Deep;  // the deepest layer asked about: Superficial asks only about superficial muscles
  Difficulty difficulty = Difficulty::Medium;
  int count = 10;
  std::uint64_t seed = 1;
  std::vector<QuestionKind> kinds;  // empty: every kind
};

struct QuizChoice {
  std::string id;     // atlas muscle id (a group the guide lists as one: its first muscle)
  std::string label;  // what the student reads
  double fraction = 0.0;  // credit when picked: above 0 right (they add to 1), 0 or below wrong
  bool essential = false;  // pain-sources: the area lies in this muscle's essential zone (else its spillover)
  std::string why;         // a wrong choice: where its pain goes instead, shown after the answer
};

struct Question {
  QuestionKind kind = QuestionKind::NameMuscle;
  std::string prompt;  // what the student reads: never the answer of a naming question
  std::string muscle;  // the muscle asked about (name-muscle, find-muscle) or holding the trigger point
  std::string triggerPoint;  // draw-referral, locate-trp
  std::string area;          // pain-sources: the pain area
  Side side = Side::Right;
  bool single = true;               // one answer, or all that apply (pain-sources)
  std::vector<QuizChoice> choices;  // multiple-choice kinds, in the order shown
  std::string answer;               // the answer in words, for the reveal: "Infraspinatus"
  std::string explanation;          // why, shown after the answer
  std::vector<SourceRef> sources;   // where the facts come from
};

struct Quiz {
  QuizSpec spec;
  std::string title;  // "Neck: 10 questions (medium, seed 7)"
  std::vector<Question> questions;
  std::vector<std::string> notes;  // what could not be asked ("only 6 questions: the region has no more to ask")
};

// What the loaded body can show: muscles it has as meshes, trigger points whose marker and pattern it can place
// on its skin, and pain areas it can paint.
struct QuizBody {
  std::set<std::string> muscles, triggerPoints, areas;
  // Per pain area, the muscles whose patterns paint it on this body (the pain finder's answer for the area). A
  // pain-sources question counts only the guide's muscles among them right, so the key agrees with the picture,
  // and never offers one of them as a wrong choice. An area missing here: the guide's list alone.
  std::map<std::string, std::set<std::string>> paintedSources;
};

// A region as a teacher types it: its id, its name, or the start of either when only one region starts so
// ("shoulder" is the shoulder and upper back); the error lists the regions.
Result<std::string> resolveRegion(const Atlas& atlas, const std::string& text);

// A quiz for `spec`: an error names the field at fault (an unknown region) or says why nothing can be asked.
Result<Quiz> generateQuiz(const Atlas& atlas, const QuizBody& body, const QuizSpec& spec);

// One question a teacher chose (a lesson step's, core/lesson/Lesson.h): `subject` is the muscle, trigger point or
// pain area asked about; the choices are made as generateQuiz makes them, from `seed`. The error says why the
// body cannot show it ("this body has no mesh of the piriformis") or names an unknown subject.
Result<Question> authoredQuestion(const Atlas& atlas, const QuizBody& body, QuestionKind kind, const std::string& subject,
                                  Side side, Difficulty difficulty, std::uint64_t seed);
// What is wrong with `subject` for a kind of question in this atlas ("'x' is not a muscle in the atlas"), or "".
std::string questionSubjectProblem(const Atlas& atlas, const std::string& kind, const std::string& subject);

// A student's mark on one question: 0..1 and what to tell them.
struct QuizMark {
  double score = 0.0;
  std::string feedback;  // "Correct: ...", "Partly correct: ...", "Not quite: ..."
};

// Choices picked (ids of `question.choices`); unknown ids count as wrong picks.
QuizMark markChoices(const Question& question, const std::vector<std::string>& picked);
// A typed name for a name-muscle question, matched as the search box matches (typos forgiven).
QuizMark markTypedName(const Question& question, const std::string& typed, const AtlasSearch& search);
// The muscle clicked for a find-muscle question ("" nothing), with the side its mesh has, if any.
QuizMark markClickedMuscle(const Question& question, const Atlas& atlas, const std::string& muscle, std::optional<Side> side);
// A drawing (per skin vertex intensity 0..1) against the trigger point's true pattern on that skin.
QuizMark markDrawing(const SparseIntensity& drawing, const ReferralPattern& truth, const BodySurface& body);
struct DrawingOverlap {
  double essential = 0.0, spillover = 0.0;  // how much of each zone the drawing covers, 0..1
  double inside = 0.0;                      // how much of the drawing lies in the pattern, 0..1
  double score = 0.0;                       // the mark: see the file comment
};
DrawingOverlap drawingOverlap(const SparseIntensity& drawing, const ReferralPattern& truth, const BodySurface& body);
// A click `distanceMetres` from the trigger point (nullopt: the click missed the body).
QuizMark markLocation(std::optional<float> distanceMetres, Difficulty difficulty);
float fullMarksRadius(Difficulty difficulty);  // metres

// A quiz's result: the mean score per question and per kind.
struct QuizSummary {
  double total = 0.0;    // mean over the questions answered
  int answered = 0;
  std::vector<std::pair<QuestionKind, double>> byKind;  // mean per kind asked, in kQuestionKinds order
};
QuizSummary summarizeQuiz(const Quiz& quiz, const std::vector<std::optional<QuizMark>>& marks);

// Fractions Moodle accepts for an answer (question_bank's grade options), as fractions of 1.
bool isMoodleFraction(double fraction);

}  // namespace myoatlas
