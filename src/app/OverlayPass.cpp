#include "app/OverlayPass.h"

#include <cmath>

#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include "app/Fonts.h"

namespace myoatlas {

Result<std::unique_ptr<OverlayPass>> OverlayPass::create(int width, int height, float textScale) {
  std::unique_ptr<OverlayPass> pass(new OverlayPass());
  pass->width_ = width, pass->height_ = height;
  ImGuiContext* previous = ImGui::GetCurrentContext();
  pass->context_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(pass->context_);  // CreateContext makes it current only when none is (the window's is)
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(float(width), float(height));
  io.DeltaTime = 1.0f / 60.0f;
  // Labels as large on the image as on an 800-pixel-high window at 100%, scaled with the image.
  pass->ui_.options.uiScale = std::max(0.75f, textScale * float(height) / 800.0f);
  loadFonts(*io.Fonts, std::round(17.0f * pass->ui_.options.uiScale), int(textScale * float(height)), pass->ui_);
  if (!ImGui_ImplOpenGL3_Init("#version 330 core")) {
    ImGui::DestroyContext(pass->context_);
    ImGui::SetCurrentContext(previous);
    return Error{"the overlay for the image's text could not start its OpenGL renderer"};
  }
  ImGui::SetCurrentContext(previous);
  return pass;
}

OverlayPass::~OverlayPass() {
  if (!context_) return;
  ImGuiContext* previous = ImGui::GetCurrentContext();
  ImGui::SetCurrentContext(context_);
  ImGui_ImplOpenGL3_Shutdown();
  ImGui::DestroyContext(context_);
  ImGui::SetCurrentContext(previous == context_ ? nullptr : previous);
}

void OverlayPass::draw(const std::function<void(UiState&)>& panels) {
  ImGuiContext* previous = ImGui::GetCurrentContext();
  ImGui::SetCurrentContext(context_);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  ui_.panelRects.clear();
  panels(ui_);
  ImGui::Render();
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  ImGui::SetCurrentContext(previous);
}

}  // namespace myoatlas
