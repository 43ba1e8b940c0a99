#pragma once
// ImGui overlays drawn into an offscreen image, without a window: the slide text, legend and leader-line labels
// that `render` burns into a picture. One ImGui context with the OpenGL 3 backend and fonts sized for the image;
// needs a current GL context (EGL) and the image's framebuffer bound when draw() is called.
#include <functional>
#include <memory>

#include "core/Result.h"
#include "ui/UiState.h"

struct ImGuiContext;

namespace myoatlas {

class OverlayPass {
 public:
  // `textScale` enlarges the labels and legend beyond what the image's height gives them.
  static Result<std::unique_ptr<OverlayPass>> create(int width, int height, float textScale = 1.0f);
  ~OverlayPass();
  OverlayPass(const OverlayPass&) = delete;
  OverlayPass& operator=(const OverlayPass&) = delete;

  UiState& state() { return ui_; }  // what the panels read: labels, legend, options
  void draw(const std::function<void(UiState&)>& panels);

 private:
  OverlayPass() = default;
  ImGuiContext* context_ = nullptr;
  int width_ = 0, height_ = 0;
  UiState ui_;
};

}  // namespace myoatlas
