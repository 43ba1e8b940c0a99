#include "ui/panels/PanelLayout.h"

namespace myoatlas {

using namespace panel;

void HoverTooltip::draw(UiState& state) {
  if (state.hoverLabel.empty() || ImGui::GetIO().WantCaptureMouse || (state.quiz.active() && !state.quiz.namesShown)) return;  // a quiz: never over its markers
  ImGui::BeginTooltip();
  ImGui::TextUnformatted(state.hoverLabel.c_str());
  ImGui::TextDisabled("click: details   double-click: zoom");
  ImGui::EndTooltip();
}

}  // namespace myoatlas
