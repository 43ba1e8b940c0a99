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
    if (r.min.x > midX && r.max.y > corner.y - height_) corner.x = std::min(corner.x, r.min.x - 12.0f * state.uiScale);
  ImGui::SetNextWindowPos(corner, ImGuiCond_Always, ImVec2(1.0f, 1.0f));
  if (!ImGui::Begin("Layers", &state.showLayers, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::End();
    return;
  }
  height_ = std::max(height_, ImGui::GetWindowSize().y);  // an auto-sized window is tiny on its first frame
  LayerSettings& l = state.layers;
  ImGui::TextUnformatted(optionLabel("--skin-opacity").c_str());
  if (ImGui::RadioButton("Opaque", l.skinOpacity >= kSkinOpaque)) l.skinOpacity = 1.0f;
  ImGui::SameLine();
  if (ImGui::RadioButton("X-ray", isXray(l.skinOpacity))) l.skinOpacity = kSkinXray;
  ImGui::SameLine();
  if (ImGui::RadioButton("Hidden", l.skinOpacity <= kSkinHidden)) l.skinOpacity = 0.0f;
  ImGui::SetNextItemWidth(240.0f * state.uiScale);
  ImGui::SliderFloat("Skin opacity", &l.skinOpacity, 0.0f, 1.0f, "%.2f");
  ImGui::Separator();
  ImGui::TextUnformatted(optionLabel("--peel").c_str());
  const char* peels[] = {"All layers", "Peel the superficial layer", "Deep layer only", "None (skeleton)"};
  for (int i = 0; i < 4; ++i)
    if (ImGui::RadioButton(peels[i], l.peel == i)) l.peel = i;
  ImGui::Checkbox(optionLabel("--isolate").c_str(), &l.isolateSelection);  // labels from the option table
  ImGui::Checkbox(optionLabel("--no-bones").c_str(), &l.showBones);
  ImGui::Checkbox(optionLabel("--no-labels").c_str(), &state.showLabels);
  if (state.modelMuscles == 0)
    ImGui::TextWrapped("This body has no muscle meshes yet. Open an anatomical model with one mesh per muscle "
                       "(File > Open) to peel layers, hover and pick muscles.");
  else if (!state.searchRegion.empty())
    ImGui::TextDisabled("Muscles outside the search's region are dimmed.");
  endPanel(state);
}

}  // namespace myoatlas
