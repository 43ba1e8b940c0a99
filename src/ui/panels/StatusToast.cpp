#include "ui/panels/PanelLayout.h"

namespace myoatlas {

using namespace panel;

void StatusToast::draw(UiState& state) {
  if (state.statusMessage.empty() || ImGui::GetTime() > state.statusUntil) return;
  // Bottom centre: the heatmap legend owns the bottom-left corner.
  if (beginPinned("##status", state, ImVec2(0.5f, 1.0f), 0.75f, ImGuiWindowFlags_NoInputs))
    ImGui::TextUnformatted(state.statusMessage.c_str());
  ImGui::End();
}

}  // namespace myoatlas
