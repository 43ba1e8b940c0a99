#include "ui/panels/PanelLayout.h"

namespace myoatlas {

using namespace panel;

void HeatmapLegend::draw(UiState& state) {
  if (state.selectionLabels.empty()) return;
  if (beginPinned("##legend", state, ImVec2(0.0f, 1.0f), 0.8f)) {
    for (const auto& label : state.selectionLabels) ImGui::TextUnformatted(label.c_str());
    ImGui::Separator();
    // The same table the shader paints with (core/session/SceneStyle.h); ImGui takes sRGB, as the table is.
    const ColorMapInfo& map = colorMapInfo(parseColorMap(state.options.colorMap).value_or(ColorMap::Clinical));
    const ImVec4 essential(map.essential.r, map.essential.g, map.essential.b, 1.0f);
    const ImVec4 spill(map.spillover.r, map.spillover.g, map.spillover.b, 1.0f);
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
