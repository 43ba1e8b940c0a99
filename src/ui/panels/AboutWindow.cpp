#include "ui/panels/PanelLayout.h"

namespace myoatlas {

using namespace panel;

void AboutWindow::draw(UiState& state) {
  if (!state.showAbout) return;
  if (ImGui::Begin("About Myoatlas", &state.showAbout, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::Text("Myoatlas %s", MYOATLAS_VERSION);
    ImGui::TextUnformatted("An open 3D atlas of myofascial trigger points.");
    ImGui::Separator();
    ImGui::Text("Model: %s", state.modelSource.c_str());
    ImGui::Text("%zu meshes, %zu triangles", state.meshCount, state.triangleCount);
    ImGui::Text("Graphics: %s", state.glDescription.c_str());
    ImGui::Text("Dear ImGui %s", IMGUI_VERSION);
  }
  endPanel(state);
}

}  // namespace myoatlas
