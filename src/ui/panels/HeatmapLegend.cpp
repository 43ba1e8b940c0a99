#include "ui/panels/PanelLayout.h"

namespace myoatlas {

using namespace panel;

void HeatmapLegend::draw(UiState& state) {
  if (state.selectionLabels.empty()) return;
  if (beginPinned("##legend", state, ImVec2(0.0f, 1.0f), 0.8f)) {
    for (const auto& label : state.selectionLabels) ImGui::TextUnformatted(label.c_str());
    ImGui::Separator();
    const ImVec4 essential = state.colourBlindSafe ? ImVec4(0.0f, 0.35f, 0.75f, 1.0f) : ImVec4(0.8f, 0.04f, 0.04f, 1.0f);
    const ImVec4 spill = state.colourBlindSafe ? ImVec4(0.95f, 0.55f, 0.05f, 1.0f) : ImVec4(0.85f, 0.1f, 0.08f, 1.0f);
    ImGui::TextColored(essential, "%s", "\u25A0");
    ImGui::SameLine();
    ImGui::TextUnformatted("essential zone (where the pain usually is)");
    ImGui::TextColored(spill, "%s", ": :");
    ImGui::SameLine();
    ImGui::TextUnformatted("spillover zone (sometimes)");
    if (ImGui::SmallButton("Clear (Esc)")) state.requests.commands.push_back(CommandId::ClearSelection);
  }
  endPanel(state);
}

}  // namespace myoatlas
