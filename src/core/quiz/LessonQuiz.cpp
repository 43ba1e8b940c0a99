#include "core/quiz/LessonQuiz.h"

namespace myoatlas {

Result<Question> stepQuestion(const Lesson& lesson, std::size_t step, const Atlas& atlas, const QuizBody& body, Difficulty difficulty) {
  if (step >= lesson.steps.size() || !lesson.steps[step].question.has()) return Error{"step " + std::to_string(step + 1) + " asks no question"};
  const LessonStep& s = lesson.steps[step];
  const std::string where = "step " + std::to_string(step + 1) + " '" + s.title + "': /steps/" + std::to_string(step) + "/question";
  const auto kind = parseQuestionKind(s.question.kind);
  if (!kind) return Error{where + "/kind '" + s.question.kind + "' is not a question kind (" + questionKindNames() + ")"};
  auto q = authoredQuestion(atlas, body, *kind, s.question.subject, s.question.side, difficulty, step + 1);
  if (!q) return Error{where + "/subject: " + q.error()};
  if (!s.question.prompt.empty()) q->prompt = s.question.prompt;
  return q;
}

LessonQuiz lessonQuiz(const Lesson& lesson, const Atlas& atlas, const QuizBody& body, Difficulty difficulty) {
  LessonQuiz out;
  out.quiz.title = lesson.title.empty() ? "Lesson questions" : lesson.title;
  out.quiz.spec.difficulty = difficulty;
  for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
    if (!lesson.steps[i].question.has()) continue;
    auto q = stepQuestion(lesson, i, atlas, body, difficulty);
    if (!q) {
      out.problems.push_back(q.error());
      continue;
    }
    out.quiz.questions.push_back(std::move(q.value()));
    out.steps.push_back(i);
  }
  out.quiz.spec.count = int(out.quiz.questions.size());
  return out;
}

}  // namespace myoatlas
