// The viewer's quizzes (issue 15): Quiz > New generates a quiz for the loaded body, each question is staged on the
// session as `myoatlas quiz` stages it, and the answer (choices, a typed name, a click on the body, a pain drawing)
// is marked by core/quiz and the answer shown. The Quiz panel (ui/panels/QuizPanel.cpp) shows it all.
#include "app/ViewerApp.h"
#include "core/quiz/LessonQuiz.h"
#include "core/quiz/QuizStage.h"

namespace myoatlas {

const QuizBody& ViewerApp::quizBody() {
  if (!quizBody_) quizBody_ = quizBodyOf(*session_);  // painting every pattern once: about a second, then kept
  return *quizBody_;
}

// The quiz shown from its first question: its own drawings and marks, none yet.
void ViewerApp::beginQuiz(Quiz quiz, bool classMode) {
  quiz_ = std::move(quiz);
  quizDrawings_.assign(quiz_->questions.size(), {});
  ui_.quiz.quiz = &*quiz_;
  ui_.quiz.classMode = classMode;
  ui_.quiz.marks.assign(quiz_->questions.size(), std::nullopt);
  showQuestion(0);
}

void ViewerApp::startQuiz(const QuizSpec& spec) {
  if (!atlas_.ok()) {
    ui_.errorMessage = "A quiz needs the atlas, which did not load: run 'myoatlas validate'.";
    return;
  }
  lessonQuestionStep_.reset();
  auto made = generateQuiz(atlas_.atlas, quizBody(), spec);
  if (!made) {
    ui_.errorMessage = "No quiz: " + made.error() + ".";
    return;
  }
  for (const auto& note : made->notes) status("Quiz: " + note, 5.0);
  ui_.showPainFinder = false;
  ui_.showDetails = false;
  beginQuiz(std::move(made.value()), ui_.quiz.classMode);
}

void ViewerApp::showQuestion(int index) {
  if (!quiz_ || index < 0 || std::size_t(index) >= quiz_->questions.size()) return;
  QuizUi& q = ui_.quiz;
  q.current = index;
  q.picked.clear();
  q.typed.clear();
  q.namesShown = false;
  q.revealed = q.marks[std::size_t(index)].has_value();  // an answered question shows its answer again
  stageCurrentQuestion();
}

void ViewerApp::stageCurrentQuestion() {
  const Question& question = quiz_->questions[std::size_t(ui_.quiz.current)];
  stageQuestion(*session_, question, ui_.quiz.revealed);
  // A drawing question: the brush is on until answered, and the student's drawing stays under the true pattern.
  const bool drawing = question.kind == QuestionKind::DrawReferral;
  ui_.paintMode = drawing && !ui_.quiz.revealed && !ui_.quiz.classMode;
  if (drawing && ui_.quiz.revealed && !quizDrawings_[std::size_t(ui_.quiz.current)].empty()) {
    ViewState view = session_->state();
    view.drawing = quizDrawings_[std::size_t(ui_.quiz.current)];
    view.skinVertices = session_->surface() ? session_->surface()->skin().positions.size() : 0;
    session_->applyState(view);
  }
}

void ViewerApp::markQuizAnswer(QuizMark mark) {
  ui_.quiz.marks[std::size_t(ui_.quiz.current)] = std::move(mark);
  ui_.quiz.revealed = true;
  stageCurrentQuestion();
}

void ViewerApp::answerQuiz(const UiRequests::QuizAnswer& answer) {
  if (!quiz_) return;
  const Question& q = quiz_->questions[std::size_t(ui_.quiz.current)];
  if (answer.giveUp) {
    markQuizAnswer({0.0, "Shown without an answer: no marks."});
    return;
  }
  if (answer.drawing) {
    const ReferralPattern* truth = truePattern(*session_, q);
    if (!truth || !session_->surface()) return;
    const auto& drawn = session_->state().drawing;
    quizDrawings_[std::size_t(ui_.quiz.current)] = drawn;
    SparseIntensity d;
    for (const auto& [vertex, value] : drawn) d.vertices.push_back(vertex), d.values.push_back(value);
    markQuizAnswer(markDrawing(d, *truth, *session_->surface()));
    return;
  }
  if (q.kind == QuestionKind::NameMuscle && answer.picked.empty() && search_) {
    markQuizAnswer(markTypedName(q, answer.typed, *search_));
    return;
  }
  markQuizAnswer(markChoices(q, answer.picked));
}

bool ViewerApp::quizClick(glm::vec2 pixel) {
  if (!quiz_ || ui_.quiz.revealed) return false;
  const Question& q = quiz_->questions[std::size_t(ui_.quiz.current)];
  if (ui_.quiz.classMode) return true;  // the class watches; clicks only turn the body
  if (q.kind != QuestionKind::FindMuscle && q.kind != QuestionKind::LocateTriggerPoint) return true;
  // The click stays pinned to the body ("Your click") beside the answer, so the student sees both.
  const auto pinned = session_->annotationAt(pixel, "Your click");
  const auto hit = session_->pointAt(pixel);  // the mesh and the point the click meets
  if (q.kind == QuestionKind::FindMuscle) {
    if (!hit || session_->anatomy()[hit->first].tissue == TissueKind::Skin) return true;  // missed the muscles: try again
    const MeshAnatomy& a = session_->anatomy()[hit->first];
    markQuizAnswer(markClickedMuscle(q, atlas_.atlas, a.muscle ? a.muscle->id : std::string(), a.side));
  } else {
    if (!hit) return true;
    const auto target = session_->triggerPointPosition(q.triggerPoint, q.side);
    markQuizAnswer(markLocation(target ? std::optional<float>(glm::distance(hit->second, *target)) : std::nullopt,
                                quiz_->spec.difficulty));
  }
  if (pinned) session_->setAnnotations({*pinned});
  return true;  // before the answer a click never selects: it would change what the question shows
}

// `restoreView`: back to the whole body as it was before the quiz; a lesson moving to its next step shows that
// step's view instead.
void ViewerApp::endQuiz(bool restoreView) {
  if (!quiz_) return;
  const QuizSummary s = summarizeQuiz(*quiz_, ui_.quiz.marks);
  if (s.answered > 0 && !lessonQuestionStep_)
    status("Quiz ended: " + std::to_string(int(std::lround(s.total * 100.0))) + "% over " + std::to_string(s.answered) + " answered", 5.0);
  ui_.quiz.quiz = nullptr;
  ui_.paintMode = false;
  quiz_.reset();
  lessonQuestionStep_.reset();
  if (!restoreView) return;
  session_->clearDrawing();
  session_->clearSelection();
  session_->setCompare(false);
  session_->setAnnotations({});
  session_->setLabels(true);
  session_->setLayers(LayerSettings{});
  session_->frameAll();
}

void ViewerApp::revealQuiz() {
  if (!quiz_ || ui_.quiz.revealed) return;
  ui_.quiz.revealed = true;
  stageCurrentQuestion();
}

// A lesson step that asks a question: the step's view gives way to the question's (nothing named), in class
// mode: the teacher reveals the answer (the Quiz panel's button, or Next while presenting).
void ViewerApp::askStepQuestion(std::size_t step) {
  if (!atlas_.ok()) return;
  auto q = stepQuestion(lesson_, step, atlas_.atlas, quizBody());
  if (!q) {
    status("This step's question cannot be asked: " + q.error(), 6.0);
    return;
  }
  Quiz quiz;
  quiz.title = (lesson_.title.empty() ? std::string("Lesson") : lesson_.title) + ", step " + std::to_string(step + 1);
  quiz.spec.count = 1;
  quiz.questions.push_back(std::move(q.value()));
  lessonQuestionStep_ = step;
  beginQuiz(std::move(quiz), true);
}

void ViewerApp::carryOutQuizRequests(UiRequests& r) {
  if (r.newQuiz) startQuiz(*r.newQuiz);
  if (r.quizAnswer) answerQuiz(*r.quizAnswer);
  if (r.quizReveal) revealQuiz();
  if (r.quizGo) showQuestion(*r.quizGo);
  if (r.quizEnd) endQuiz();
}

}  // namespace myoatlas
