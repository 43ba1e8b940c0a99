#pragma once
// The questions a lesson's steps ask (core/lesson/Lesson.h: StepQuestion), made into a quiz: what the viewer asks
// when it shows such a step, and what `myoatlas quiz --lesson` exports.
#include <string>
#include <vector>

#include "core/lesson/Lesson.h"
#include "core/quiz/Quiz.h"

namespace myoatlas {

// One step's question; the choices are drawn with the step's number as the seed, so the same lesson asks the
// same way every time. The error names the step and why the body cannot ask it.
Result<Question> stepQuestion(const Lesson& lesson, std::size_t step, const Atlas& atlas, const QuizBody& body,
                              Difficulty difficulty = Difficulty::Medium);

struct LessonQuiz {
  Quiz quiz;                      // the questions in step order
  std::vector<std::size_t> steps;  // the step each question comes from
  std::vector<std::string> problems;  // steps whose question could not be asked, one line each
};
LessonQuiz lessonQuiz(const Lesson& lesson, const Atlas& atlas, const QuizBody& body, Difficulty difficulty = Difficulty::Medium);

}  // namespace myoatlas
