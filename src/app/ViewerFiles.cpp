// What the viewer saves and opens for the user: views (scene files), notes, screenshots and remembered settings.
// Every write is atomic; a failure is shown in the window and the current view stays.
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>

#include <glad/gl.h>  // must precede GLFW so GLFW does not pull in the system GL header
#include <GLFW/glfw3.h>

#include "app/HandoutCommand.h"
#include "app/SlideImage.h"
#include "app/ViewerApp.h"
#include "io/Png.h"
#include "io/UserData.h"
#include "render/Snapshot.h"

namespace myoatlas {

void ViewerApp::status(const std::string& message, double seconds) {
  ui_.statusMessage = message;
  ui_.statusUntil = ImGui::GetTime() + seconds;
}

void ViewerApp::saveNote(const std::string& id, const std::string& text) {
  if (notesDamaged_) {
    ui_.errorMessage = "Your notes file '" + defaultNotesPath() +
                       "' could not be read, so it is not overwritten. Move or repair it, then restart Myoatlas.";
    return;
  }
  if (notes_.get(id) == text) return;
  UserNotes next = notes_;
  next.set(id, text);
  if (auto saved = saveNotes(defaultNotesPath(), next); !saved) {
    ui_.errorMessage = "The note was not saved: " + saved.error();
    return;
  }
  notes_ = std::move(next);
  status("Note saved", 2.0);
}

Result<std::shared_ptr<const Model>> ViewerApp::loadModelFile(const std::string& path, Sex body) const {
  ModelOptions next = options_.model;  // the command line's --units and --up still apply
  next.path = path;
  next.body = body;
  return loadModel(next);
}

// A scene opened: what did not apply to this model is listed, or a short notice says it is open.
void ViewerApp::reportScene(const std::string& path, const std::vector<std::string>& dropped) {
  if (dropped.empty()) {
    status("Opened " + path, 3.0);
    return;
  }
  std::string list;
  for (const auto& d : dropped) list += "\n- " + d;
  ui_.errorMessage = "The view '" + path + "' was opened, except:" + list;
}

void ViewerApp::openView(const std::string& path) {
  auto scene = loadScene(path);
  if (!scene) {
    ui_.errorMessage = scene.error() + "\n\nThe current view is kept.";
    return;
  }
  if (auto shown = showScene(scene.value(), path, false); shown) reportScene(path, shown.value());
}

// Shows a scene (a view or a lesson step), opening the model it names unless it is the one shown. Everything that
// can refuse it is checked before the model is switched, so a refusal keeps the view; the error is shown and
// nullopt returned. Otherwise, what did not apply to this model.
std::optional<std::vector<std::string>> ViewerApp::showScene(const SceneFile& scene, const std::string& path, bool smooth) {
  if (auto ok = session_->checkScene(scene, path); !ok) {
    ui_.errorMessage = ok.error() + "\n\nThe current view is kept.";
    return std::nullopt;
  }
  if (scene.modelPath != modelPath_ || (scene.modelPath.empty() && scene.body != body_)) {
    auto loaded = loadModelFile(scene.modelPath, scene.body);
    if (!loaded) {
      ui_.errorMessage = "scene file '" + path + "': /model/path: " + loaded.error() + "\n\nThe current view is kept.";
      return std::nullopt;
    }
    setModel(loaded.value(), scene.modelPath, scene.body);
  }
  auto applied = session_->applyScene(scene, path, smooth);
  if (!applied) {  // checked above; kept so a future refusal is still reported
    ui_.errorMessage = applied.error();
    return std::nullopt;
  }
  return applied.value();
}

void ViewerApp::saveView(const std::string& path) {
  if (auto saved = saveScene(path, session_->sceneFile(modelPath_, body_)); !saved) {
    ui_.errorMessage = "The view was not saved: " + saved.error();
    return;
  }
  status("View saved to " + path, 4.0);
}

// The view as an image of the chosen size, with the slide text the save dialog asked for burned in.
void ViewerApp::saveScreenshot(const std::string& path) {
  int w = ui_.screenshotWidth, h = ui_.screenshotHeight;
  if (w <= 0 || h <= 0) glfwGetFramebufferSize(window_, &w, &h);
  const UiState::Slide& slide = ui_.slide;
  auto image = renderSessionImage(*session_, *renderer_, w, h, {slide.title, slide.caption, slide.legend, slide.labels, slide.transparent});
  auto written = image ? writePng(path, image.value()) : Result<Ok>(Error{image.error()});
  if (!written) {
    ui_.errorMessage = "The screenshot was not saved: " + written.error();
    return;
  }
  screenshotFolder_ = std::filesystem::path(path).parent_path().string();
  status("Screenshot saved to " + path, 5.0);
}

// A lesson's or a client's handout (PDF). Drawing the lesson's steps goes through the session, so the view is
// kept and put back afterwards.
void ViewerApp::exportHandout(const std::string& path, bool lesson) {
  const SceneFile kept = session_->sceneFile(modelPath_, body_);
  const auto annotations = session_->annotations();
  const auto written = lesson ? writeLessonHandout(lesson_, *session_, *renderer_, path, ui_.paper)
                              : writeClientHandout(*session_, *renderer_, path, ui_.paper);
  session_->applyScene(kept, "the view before the handout");
  session_->setAnnotations(annotations);
  if (!written) {
    ui_.errorMessage = "The handout was not saved: " + written.error();
    return;
  }
  status("Handout saved to " + path, 5.0);
}

void ViewerApp::rememberSettings() {
  if (!settings_) return;
  ViewerSettings s;
  s.options = viewOptions(session_->state(), ui_.options);
  glfwGetWindowSize(window_, &s.options.width, &s.options.height);
  s.hasCamera = true;
  s.camera = session_->state().camera;
  s.screenshotFolder = screenshotFolder_;
  if (auto saved = saveSettings(defaultSettingsPath(), s); !saved) std::cerr << "myoatlas: " << saved.error() << "\n";
}

std::string nextScreenshotPath(const std::string& folder) {
  namespace fs = std::filesystem;
  fs::path dir = fs::current_path();
  if (!folder.empty() && fs::is_directory(folder)) {
    dir = folder;
  } else if (const char* xdg = std::getenv("XDG_PICTURES_DIR"); xdg && fs::is_directory(xdg)) {
    dir = xdg;
  } else if (const char* home = std::getenv("HOME"); home && fs::is_directory(fs::path(home) / "Pictures")) {
    dir = fs::path(home) / "Pictures";
  }
  const std::time_t now = std::time(nullptr);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", std::localtime(&now));
  fs::path path = dir / ("myoatlas-" + std::string(stamp) + ".png");
  for (int i = 2; fs::exists(path); ++i) path = dir / ("myoatlas-" + std::string(stamp) + "-" + std::to_string(i) + ".png");
  return path.string();
}

}  // namespace myoatlas
