#include "ui/panels/PanelLayout.h"

namespace myoatlas {

using namespace panel;

void HeatmapLegend::draw(UiState& state) {
  if (state.selectionLabels.empty() || state.namesHidden()) return;
  if (beginPinned("##legend", state, ImVec2(0.0f, 1.0f), 0.8f)) {
    // Comparing, each trigger point has its own colour (the palette the shader paints with), essential solid and
    // spillover dotted in it.
    const bool comparing = state.options.compare;
    for (std::size_t i = 0; i < state.selectionLabels.size(); ++i) {
      if (comparing) {
        const glm::vec3 c = kComparePalette[i % std::size_t(kCompareColours)];
        ImGui::TextColored(ImVec4(c.r, c.g, c.b, 1.0f), "%s", "\u25A0");
        ImGui::SameLine();
      }
      ImGui::TextUnformatted(state.selectionLabels[i].c_str());
    }
    ImGui::Separator();
    // The same table the shader paints with (core/session/SceneStyle.h); ImGui takes sRGB, as the table is.
    const ColorMapInfo& map = shownColorMap(state);
    const glm::vec3 grey(0.75f);
    const ImVec4 essential = comparing ? ImVec4(grey.r, grey.g, grey.b, 1.0f) : ImVec4(map.essential.r, map.essential.g, map.essential.b, 1.0f);
    const ImVec4 spill = comparing ? essential : ImVec4(map.spillover.r, map.spillover.g, map.spillover.b, 1.0f);
    ImGui::TextColored(essential, "%s", "\u25A0");
    ImGui::SameLine();
    ImGui::TextUnformatted("essential zone (where the pain usually is)");
    ImGui::TextColored(spill, "%s", ": :");
    ImGui::SameLine();
    ImGui::TextUnformatted("spillover zone (sometimes)");
    if (comparing) ImGui::TextDisabled("Comparing: choosing another trigger point adds it (up to %d)", kCompareColours);
    if (ImGui::SmallButton("Clear (Esc)")) state.requests.commands.push_back(CommandId::ClearSelection);
  }
  endPanel(state);
}

}  // namespace myoatlas
