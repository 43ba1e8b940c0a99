// The viewer's lessons: preparing one (steps taken from the view, labels pinned to the body), opening and saving
// it, and presenting it full screen with a clicker. The lesson is plain data (core/lesson); the Lesson panel edits
// it in place and this file carries out what needs the session, the window or a file.
#include <filesystem>
#include <iostream>

#include <glad/gl.h>  // must precede GLFW so GLFW does not pull in the system GL header
#include <GLFW/glfw3.h>

#include "app/ViewerApp.h"
#include "io/UserData.h"

namespace myoatlas {

namespace {

std::string lessonName(const std::string& path) {
  return path.empty() ? std::string("the lesson") : std::filesystem::path(path).filename().string();
}

}  // namespace

// New or Open with unsaved changes: the first try says so, a second one goes ahead.
bool ViewerApp::mayReplaceLesson() {
  if (!ui_.lessonChanged || lesson_.steps.empty() || discardArmed_) {
    discardArmed_ = false;
    return true;
  }
  discardArmed_ = true;
  ui_.errorMessage = "The lesson '" + lesson_.title + "' has unsaved changes. Save it (Lesson > Save lesson), or "
                     "choose the same menu entry again to discard them.";
  return false;
}

// The lesson the panel shows from now on, as opened or saved at `path` ("" not yet), no step chosen.
void ViewerApp::adoptLesson(Lesson lesson, const std::string& path) {
  if (lessonQuestionStep_) endQuiz(false);  // the question belonged to the lesson put away
  lesson_ = std::move(lesson);
  ui_.lessonPath = path;
  ui_.lessonChanged = false;
  ui_.lessonStep = -1;
  ui_.showLesson = true;
  session_->setAnnotations({});
}

void ViewerApp::newLesson() {
  if (!mayReplaceLesson()) return;
  Lesson lesson;
  lesson.title = "New lesson";
  adoptLesson(std::move(lesson), "");
}

// Steps that could not be read, and atlas ids the atlas does not know, are listed; the rest of the lesson loads.
bool ViewerApp::openLesson(const std::string& path) {
  auto loaded = loadLesson(path);
  if (!loaded) {
    ui_.errorMessage = loaded.error() + "\n\nThe current lesson is kept.";
    return false;
  }
  if (!mayReplaceLesson()) return false;
  adoptLesson(std::move(loaded->lesson), path);
  std::vector<std::string> problems = loaded->problems;
  if (atlas_.ok())
    for (auto& p : unknownLessonIds(lesson_, atlas_.atlas)) problems.push_back("lesson file '" + path + "': " + p);
  if (!problems.empty()) {
    std::string list;
    for (const auto& p : problems) list += "\n- " + p;
    ui_.errorMessage = "The lesson '" + path + "' was opened, except:" + list;
  } else {
    status("Opened " + lessonName(path) + ": " + std::to_string(lesson_.steps.size()) + " steps", 3.0);
  }
  if (!lesson_.steps.empty()) showStep(0, false);
  return true;
}

void ViewerApp::saveLessonTo(const std::string& path) {
  lesson_.appVersion = MYOATLAS_VERSION;
  if (auto saved = saveLesson(path, lesson_); !saved) {
    ui_.errorMessage = "The lesson was not saved: " + saved.error();
    return;
  }
  ui_.lessonPath = path;
  ui_.lessonChanged = false;
  status("Lesson saved to " + path, 4.0);
}

// On quitting with unsaved changes, the lesson is kept beside the user's notes rather than lost.
void ViewerApp::keepUnsavedLesson() {
  if (!ui_.lessonChanged || lesson_.steps.empty()) return;
  const std::string path = (std::filesystem::path(userDataDir()) / "unsaved-lesson.myolesson.json").string();
  lesson_.appVersion = MYOATLAS_VERSION;
  if (auto saved = saveLesson(path, lesson_); saved) std::cerr << "myoatlas: the lesson had unsaved changes; they are kept in " << path << "\n";
  else std::cerr << "myoatlas: the lesson's unsaved changes could not be kept: " << saved.error() << "\n";
}

void ViewerApp::showStep(std::size_t index, bool smooth) {
  if (index >= lesson_.steps.size()) return;
  const LessonStep& step = lesson_.steps[index];
  ui_.lessonStep = int(index);
  const std::string where = lessonName(ui_.lessonPath) + " step " + std::to_string(index + 1);
  if (lessonQuestionStep_) endQuiz(false);  // the previous step's question ends with it
  if (auto shown = showScene(step.scene, where, smooth); shown && !shown->empty() && !presentation_.active())
    reportScene(where, shown.value());
  session_->setAnnotations(step.annotations);
  if (step.question.has()) askStepQuestion(index);
}

// The view shown becomes a step after the current one, titled after what is painted or selected, with the
// sources of the painted trigger points.
void ViewerApp::addStep() {
  LessonStep step;
  step.scene = session_->sceneFile(modelPath_, body_);
  const ViewState& v = step.scene.view;
  const Atlas* atlas = atlas_.ok() ? &atlas_.atlas : nullptr;
  if (atlas && !v.painted.empty()) {
    if (const TriggerPoint* t = atlas->triggerPoint(v.painted[0].first)) step.title = t->name;
    for (const auto& [id, side] : v.painted)
      if (const TriggerPoint* t = atlas->triggerPoint(id))
        for (const auto& ref : t->sources) {
          bool known = false;
          for (const auto& have : step.sources) known = known || (have.source == ref.source && have.where == ref.where);
          if (!known) step.sources.push_back(ref);
        }
  } else if (atlas && !v.selectedMuscle.empty()) {
    if (const Muscle* m = atlas->muscle(v.selectedMuscle)) step.title = m->name, step.sources = m->sources;
  }
  if (step.title.empty()) step.title = "Step " + std::to_string(lesson_.steps.size() + 1);
  const std::size_t at = ui_.lessonStep < 0 ? lesson_.steps.size() : std::size_t(ui_.lessonStep) + 1;
  lesson_.steps.insert(lesson_.steps.begin() + std::ptrdiff_t(std::min(at, lesson_.steps.size())), std::move(step));
  ui_.lessonStep = int(std::min(at, lesson_.steps.size() - 1));
  ui_.lessonChanged = true;
  ui_.showLesson = true;
  session_->setAnnotations({});
  status("Added step " + std::to_string(ui_.lessonStep + 1) + ": edit its text in the Lesson panel", 3.0);
}

void ViewerApp::updateStep() {
  if (ui_.lessonStep < 0 || std::size_t(ui_.lessonStep) >= lesson_.steps.size()) return;
  lesson_.steps[std::size_t(ui_.lessonStep)].scene = session_->sceneFile(modelPath_, body_);
  ui_.lessonChanged = true;
  status("Step " + std::to_string(ui_.lessonStep + 1) + " now shows this view", 3.0);
}

// The step's labels as the panel last edited them, every frame (a deleted label disappears at once).
void ViewerApp::syncAnnotations() {
  if (ui_.lessonStep >= 0 && std::size_t(ui_.lessonStep) < lesson_.steps.size())
    session_->setAnnotations(lesson_.steps[std::size_t(ui_.lessonStep)].annotations);
}

void ViewerApp::pinAnnotation(glm::vec2 pixel) {
  if (ui_.lessonStep < 0 || std::size_t(ui_.lessonStep) >= lesson_.steps.size()) {
    ui_.pinning = false;
    return;
  }
  const auto pin = session_->annotationAt(pixel, ui_.pinText);
  if (!pin) {
    status("That is beside the body: click on it to pin the label", 3.0);
    return;
  }
  lesson_.steps[std::size_t(ui_.lessonStep)].annotations.push_back(*pin);
  ui_.lessonChanged = true;
  ui_.pinning = false;
  ui_.pinText.clear();
}

// ---- Presentation mode ----

void ViewerApp::startPresenting(std::size_t step) {
  if (!presentation_.start(lesson_.steps.size(), step)) {
    ui_.errorMessage = "The lesson has no steps to present yet: set up a view and choose Lesson > Add this view as a step.";
    return;
  }
  glfwGetWindowPos(window_, &windowed_[0], &windowed_[1]);
  glfwGetWindowSize(window_, &windowed_[2], &windowed_[3]);
  if (GLFWmonitor* monitor = glfwGetPrimaryMonitor())
    if (const GLFWvidmode* mode = glfwGetVideoMode(monitor))
      glfwSetWindowMonitor(window_, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
  glfwSetInputMode(window_, GLFW_CURSOR, GLFW_CURSOR_HIDDEN);  // the red pointer replaces the arrow
  ui_.pinning = false;
  showStep(presentation_.step(), false);
}

void ViewerApp::stopPresenting() {
  glfwSetInputMode(window_, GLFW_CURSOR, GLFW_CURSOR_NORMAL);
  if (glfwGetWindowMonitor(window_))
    glfwSetWindowMonitor(window_, nullptr, windowed_[0], windowed_[1], windowed_[2], windowed_[3], 0);
}

void ViewerApp::handlePresentationKeys(const std::vector<ShortcutKeys::Press>& presses) {
  for (const auto& press : presses) {
    const auto action = presentAction(keyName(press.key));
    if (!action) continue;
    if (*action == PresentAction::Next && lessonQuestionStep_ && !ui_.quiz.revealed) {  // the clicker reveals first
      revealQuiz();
      continue;
    }
    if (presentation_.act(*action)) showStep(presentation_.step(), true);  // the camera glides to the next view
    if (!presentation_.active()) {
      stopPresenting();
      return;
    }
  }
}

// While presenting, the mouse turns and zooms the body, or draws with the pen; it selects nothing.
void ViewerApp::handlePresentationMouse() {
  const ImGuiIO& io = ImGui::GetIO();
  const glm::vec2 mouse(io.MousePos.x, io.MousePos.y);
  const glm::vec2 size(std::max(1.0f, io.DisplaySize.x), std::max(1.0f, io.DisplaySize.y));
  if (presentation_.penOn()) {
    if (ImGui::IsMouseClicked(0)) presentation_.beginStroke(mouse / size);
    else if (io.MouseDown[0] && (io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f)) presentation_.extendStroke(mouse / size);
    return;
  }
  OrbitCamera& camera = session_->camera();
  if (io.MouseWheel != 0.0f) session_->zoomAt(io.MouseWheel, mouse);
  if (io.MouseDown[0] && io.MouseDownDuration[0] > 0.0f && (io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f))
    camera.orbit(io.MouseDelta.x, io.MouseDelta.y);
}

}  // namespace myoatlas
