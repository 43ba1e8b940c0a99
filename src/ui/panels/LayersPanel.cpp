#include "ui/panels/PanelLayout.h"

namespace myoatlas {

using namespace panel;

void LayersPanel::draw(UiState& state) {
  if (!state.showLayers) return;
  // Pinned bottom right (the heatmap legend is pinned bottom left), left of the Details panel when that stands
  // on the right, so neither covers the other. Always, not Appearing: an auto-sized window has no size yet when
  // it appears, so a pivot other than the top left would put it in the wrong place.
  ImVec2 corner = workAreaPoint(state, ImVec2(1.0f, 1.0f));
  const float midX = ImGui::GetMainViewport()->GetCenter().x;
  for (const auto& r : state.panelRects)
    if (r.min.x > midX && r.max.y > corner.y - height_) corner.x = std::min(corner.x, r.min.x - 12.0f * state.options.uiScale);
  ImGui::SetNextWindowPos(corner, ImGuiCond_Always, ImVec2(1.0f, 1.0f));
  if (!ImGui::Begin("Layers", &state.showLayers, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::End();
    return;
  }
  height_ = std::max(height_, ImGui::GetWindowSize().y);  // an auto-sized window is tiny on its first frame
  AppOptions& o = state.options;  // the widgets come from the option table; the skin's presets are shortcuts
  ImGui::TextUnformatted(optionLabel("--skin-opacity").c_str());
  if (ImGui::RadioButton("Opaque", o.skinOpacity >= kSkinOpaque)) o.skinOpacity = 1.0f;
  ImGui::SameLine();
  if (ImGui::RadioButton("X-ray", isXray(o.skinOpacity))) o.skinOpacity = kSkinXray;
  ImGui::SameLine();
  if (ImGui::RadioButton("Hidden", o.skinOpacity <= kSkinHidden)) o.skinOpacity = 0.0f;
  optionControl(o, "--skin-opacity", 240.0f * state.options.uiScale);
  ImGui::Separator();
  optionControl(o, "--peel", 0.0f);
  for (const char* flag : {"--isolate", "--no-bones", "--no-labels"}) optionControl(o, flag, 0.0f);
  if (state.modelMuscles == 0)
    ImGui::TextWrapped("This body has no muscle meshes yet. Open an anatomical model with one mesh per muscle "
                       "(File > Open) to peel layers, hover and pick muscles.");
  else if (!state.searchRegion.empty())
    ImGui::TextDisabled("Muscles outside the search's region are dimmed.");
  endPanel(state);
}

}  // namespace myoatlas
