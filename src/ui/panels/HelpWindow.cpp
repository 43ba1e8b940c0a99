#include "ui/panels/PanelLayout.h"

#include "core/lesson/Presentation.h"
#include "ui/Controls.h"

namespace myoatlas {

using namespace panel;

void HelpWindow::draw(UiState& state) {
  if (!state.showHelp) return;
  // Top left, under the search panel, so the body stays in view while reading.
  ImGui::SetNextWindowPos(belowSearch(state), ImGuiCond_Appearing);
  if (ImGui::Begin("Controls", &state.showHelp, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize)) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingFixedFit;
    if (ImGui::BeginTable("controls", 2, flags)) {
      const auto row = [](const char* input, const char* action) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextUnformatted(input);
        ImGui::TableSetColumnIndex(1);
        ImGui::TextUnformatted(action);
      };
      for (const auto& c : kMouseControls) row(c.input, c.action);
      for (const auto& c : kCommands)
        if (c.help[0]) row(c.keys[0] ? c.keys : (std::string(c.where) + " > " + c.menu).c_str(), c.help);  // no key: the menu
      ImGui::EndTable();
    }
    ImGui::TextDisabled("While presenting a lesson (F5)");
    if (ImGui::BeginTable("presenting", 2, flags)) {
      for (const auto& k : presentKeys()) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextUnformatted(k.key);
        ImGui::TableSetColumnIndex(1);
        ImGui::TextUnformatted(k.help);
      }
      ImGui::EndTable();
    }
  }
  endPanel(state);
}

}  // namespace myoatlas
