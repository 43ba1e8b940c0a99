#include "ui/panels/PanelLayout.h"

namespace myoatlas {

using namespace panel;

void ErrorPopup::draw(UiState& state) {
  if (state.errorMessage.empty()) return;
  if (!ImGui::IsPopupOpen("Error")) ImGui::OpenPopup("Error");
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal("Error", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::PushTextWrapPos(520.0f * state.options.uiScale);
    ImGui::TextUnformatted(state.errorMessage.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (ImGui::Button("OK", ImVec2(120.0f * state.options.uiScale, 0)) || keyPressed(ImGuiKey_Escape) ||
        keyPressed(ImGuiKey_Enter)) {
      state.errorMessage.clear();
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
}

}  // namespace myoatlas
