#include "ui/Panels.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

#include <imgui.h>
#include <imgui_internal.h>  // ImRect
#include <imgui_stdlib.h>
#include <optional>

#include "core/Text.h"
#include "ui/Controls.h"

namespace myoatlas {
namespace {

constexpr float kUiScalePresets[] = {1.0f, 1.25f, 1.5f, 2.0f, 2.5f};

// The point of the work area (under the menu bar) at `pivot` ((0,0) top left .. (1,1) bottom right, (0.5,1)
// bottom centre), inset by a padding that grows with the interface scale: where panels are placed.
ImVec2 workAreaPoint(const UiState& state, ImVec2 pivot) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float pad = 12.0f * state.uiScale;
  const auto inset = [&](float p) { return p < 0.5f ? pad : p > 0.5f ? -pad : 0.0f; };
  return ImVec2(vp->WorkPos.x + pivot.x * vp->WorkSize.x + inset(pivot.x),
                vp->WorkPos.y + pivot.y * vp->WorkSize.y + inset(pivot.y));
}

// Top left of the work area below the search panel (which is always at the top left).
ImVec2 belowSearch(const UiState& state) {
  const ImVec2 corner = workAreaPoint(state, ImVec2(0.0f, 0.0f));
  return ImVec2(corner.x, std::max(corner.y, state.searchBottom + 12.0f * state.uiScale));
}

// Ends a panel's window, first noting its rectangle (window pixels) in the state: labels keep clear of it and
// the camera frames a selection beside it.
void endPanel(UiState& state) {
  if (!ImGui::IsWindowCollapsed()) {
    const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    state.panelRects.push_back({glm::vec2(pos.x, pos.y), glm::vec2(pos.x + size.x, pos.y + size.y)});
  }
  ImGui::End();
}

// Begins a small undecorated window pinned to the work area at `pivot` (see workAreaPoint).
bool beginPinned(const char* name, const UiState& state, ImVec2 pivot, float alpha, ImGuiWindowFlags extra = 0) {
  ImGui::SetNextWindowPos(workAreaPoint(state, pivot), ImGuiCond_Always, pivot);
  ImGui::SetNextWindowBgAlpha(alpha);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                 ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove | extra;
  return ImGui::Begin(name, nullptr, flags);
}

// A menu entry for a command of the table: its label and key, raising the command when chosen.
void commandItem(UiState& state, CommandId id, bool checked = false, bool enabled = true) {
  const Command& c = command(id);
  if (ImGui::MenuItem(c.menu, c.keys[0] ? c.keys : nullptr, checked, enabled)) state.requests.commands.push_back(id);
}

void viewMenu(UiState& state) {
  for (CommandId id : {CommandId::ViewAnterior, CommandId::ViewPosterior, CommandId::ViewLeft, CommandId::ViewRight,
                       CommandId::ViewSuperior, CommandId::FrameAll})
    commandItem(state, id);
  if (ImGui::BeginMenu("Pose")) {
    const struct {
      PosePreset preset;
      const char* label;
    } poses[] = {{PosePreset::Anatomical, "Anatomical position"},
                 {PosePreset::TPose, "T-pose"},
                 {PosePreset::ArmsRaised, "Arms raised"},
                 {PosePreset::Seated, "Seated"}};
    for (const auto& p : poses)
      if (ImGui::MenuItem(p.label, nullptr, state.pose == p.preset)) state.requests.pose = p.preset;
    ImGui::TextDisabled("P: next pose");
    ImGui::EndMenu();
  }
  ImGui::Separator();
  if (ImGui::BeginMenu("Interface size")) {
    for (float s : kUiScalePresets) {
      char label[32];
      std::snprintf(label, sizeof label, "%d%%%s", int(s * 100.0f + 0.5f), s >= 2.0f ? " (projector)" : "");
      if (ImGui::MenuItem(label, nullptr, std::abs(state.uiScale - s) < 0.01f)) state.uiScale = s;
    }
    ImGui::SliderFloat("##scale", &state.uiScale, kUiScaleMin, kUiScaleMax, "%.2fx");
    ImGui::EndMenu();
  }
  ImGui::Separator();
  commandItem(state, CommandId::Layers, state.showLayers);
  // Ticked only while the skin is see-through: a hidden skin is not x-ray.
  commandItem(state, CommandId::Xray, state.layers.skinOpacity > kSkinHidden && state.layers.skinOpacity < kSkinOpaque);
  ImGui::Separator();
  ImGui::MenuItem("High contrast (projectors)", nullptr, &state.highContrast);
  commandItem(state, CommandId::FrameTime, state.showFrameTime);
}

}  // namespace

void MainMenuBar::draw(UiState& state) {
  if (!ImGui::BeginMainMenuBar()) return;
  if (ImGui::BeginMenu("File")) {
    commandItem(state, CommandId::OpenModel);
    commandItem(state, CommandId::OpenView);
    commandItem(state, CommandId::SaveView);
    ImGui::Separator();
    commandItem(state, CommandId::Screenshot);
    if (ImGui::BeginMenu("Screenshot size")) {
      const struct {
        const char* label;
        int w, h;
      } sizes[] = {{"Window size", 0, 0}, {"1920 x 1080 (Full HD)", 1920, 1080}, {"2560 x 1440", 2560, 1440},
                   {"3840 x 2160 (4K, for print)", 3840, 2160}};
      for (const auto& s : sizes)
        if (ImGui::MenuItem(s.label, nullptr, state.screenshotWidth == s.w && state.screenshotHeight == s.h))
          state.screenshotWidth = s.w, state.screenshotHeight = s.h;
      ImGui::EndMenu();
    }
    ImGui::Separator();
    commandItem(state, CommandId::Quit);
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("View")) {
    viewMenu(state);
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Pain")) {
    ImGui::MenuItem("Pain finder window", nullptr, &state.showPainFinder);
    ImGui::TextDisabled("Click the skin: which trigger points refer there?");
    ImGui::Separator();
    if (ImGui::BeginMenu("Where does it hurt?")) {
      // Type it ("back of the knee", "plantar midfoot", "toothache"): the best matches replace the long list.
      ImGui::SetNextItemWidth(260.0f * state.uiScale);
      ImGui::InputTextWithHint("##areaFilter", "type: back of the knee, toothache...", &state.areaFilter);
      if (!state.areaFilter.empty() && state.areaLookup) {
        const auto matches = state.areaLookup->rank(state.areaFilter);
        if (matches.empty() || matches.front().score < 0.25) ImGui::TextDisabled("No pain area by that name");
        for (std::size_t i = 0; i < matches.size() && i < 8 && matches[i].score >= 0.25; ++i)
          if (ImGui::MenuItem(matches[i].area->name.c_str(), matches[i].area->guide ? matches[i].area->guide->name.c_str() : nullptr))
            state.requests.painArea = matches[i].area->id, state.areaFilter.clear();
      } else {
        std::string region;
        for (const auto& a : state.painAreas) {
          if (a.region != region) {
            if (!region.empty()) ImGui::Separator();
            region = a.region;
            ImGui::TextDisabled("%s", region.c_str());
          }
          if (ImGui::MenuItem(a.name.c_str())) state.requests.painArea = a.id;
        }
      }
      ImGui::EndMenu();
    }
    ImGui::Separator();
    commandItem(state, CommandId::Brush, state.paintMode);
    ImGui::SetNextItemWidth(160.0f * state.uiScale);
    ImGui::SliderFloat("Brush size", &state.brushRadiusCm, 1.0f, 8.0f, "%.1f cm");
    if (ImGui::MenuItem("Clear pain drawing")) state.requests.clearDrawing = true;
    ImGui::Separator();
    ImGui::MenuItem("Colour-blind-safe colours", nullptr, &state.colourBlindSafe);
    commandItem(state, CommandId::ClearSelection, false, !state.selectionLabels.empty());
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Help")) {
    commandItem(state, CommandId::Help, state.showHelp);
    ImGui::MenuItem("About Myoatlas", nullptr, &state.showAbout);
    ImGui::EndMenu();
  }
  ImGui::EndMainMenuBar();
}

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
        if (c.help[0]) row(c.keys[0] ? c.keys : c.menu, c.help);
      ImGui::EndTable();
    }
  }
  endPanel(state);
}

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

void FrameTimeOverlay::draw(UiState& state) {
  if (!state.showFrameTime) return;
  if (beginPinned("Frame time", state, ImVec2(1.0f, 0.0f), 0.6f)) {
    const FrameStats& s = state.frameStats;
    const double mean = s.mean();
    ImGui::Text("%.1f fps  %.2f ms (mean)", mean > 0.0 ? 1000.0 / mean : 0.0, mean);
    ImGui::Text("p95 %.2f ms  max %.2f ms", s.percentile(95.0), s.max());
    float plot[FrameStats::kWindow];
    const std::size_t n = s.copyOrdered(plot, FrameStats::kWindow);
    ImGui::PlotLines("##frames", plot, int(n), 0, nullptr, 0.0f, float(std::max(33.3, s.max())),
                     ImVec2(220.0f * state.uiScale, 40.0f * state.uiScale));
    ImGui::TextDisabled("%s", state.glDescription.c_str());
  }
  endPanel(state);
}

void ErrorPopup::draw(UiState& state) {
  if (state.errorMessage.empty()) return;
  if (!ImGui::IsPopupOpen("Error")) ImGui::OpenPopup("Error");
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal("Error", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::PushTextWrapPos(520.0f * state.uiScale);
    ImGui::TextUnformatted(state.errorMessage.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (ImGui::Button("OK", ImVec2(120.0f * state.uiScale, 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape) ||
        ImGui::IsKeyPressed(ImGuiKey_Enter)) {
      state.errorMessage.clear();
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
}

void PainFinderWindow::draw(UiState& state) {
  if (!state.showPainFinder) return;
  // Left, under the search panel: the Details window a chosen result opens is on the right, so the list stays
  // in view while the user goes down it.
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float pad = 12.0f * state.uiScale;
  const float top = belowSearch(state).y;
  ImGui::SetNextWindowSize(ImVec2(std::min(620.0f * state.uiScale, vp->WorkSize.x * 0.45f),
                                  std::min(360.0f * state.uiScale, vp->WorkPos.y + vp->WorkSize.y - top - pad)),
                           ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowPos(belowSearch(state), ImGuiCond_FirstUseEver);
  if (!ImGui::Begin("Pain finder", &state.showPainFinder)) {
    ImGui::End();
    return;
  }
  int hovered = -1;
  if (state.paintMode) ImGui::TextColored(ImVec4(0.65f, 0.55f, 1.0f, 1.0f), "Brush: drag on the skin to draw the pain, Shift to erase.");
  if (!state.painFinderNote.empty()) {
    ImGui::TextWrapped("%s", state.painFinderNote.c_str());
  } else if (state.painQuery.empty()) {
    ImGui::TextWrapped("Click where it hurts on the skin, or choose an area in Pain > Where does it hurt?");
  } else {
    ImGui::TextWrapped("Muscles whose trigger points refer pain to %s:", state.painQuery.c_str());
    if (!state.painGuide.empty()) {
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
      ImGui::TextWrapped("%s", state.painGuide.c_str());
      ImGui::PopStyleColor();
    }
    ImGui::Separator();
    if (state.painResults.empty()) ImGui::TextDisabled("None in the atlas.");
    if (ImGui::BeginTable("results", 3, ImGuiTableFlags_RowBg)) {
      ImGui::TableSetupColumn("muscle / trigger point", ImGuiTableColumnFlags_WidthStretch);
      ImGui::TableSetupColumn("zone", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("spillover").x + 2.0f * ImGui::GetStyle().CellPadding.x);
      ImGui::TableSetupColumn("match", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("match").x + 2.0f * ImGui::GetStyle().CellPadding.x);
      ImGui::TableHeadersRow();
      bool beyond = false;
      for (std::size_t i = 0; i < state.painResults.size(); ++i) {
        const PainSourceRow& r = state.painResults[i];
        if (r.header && r.beyondGuide && !beyond) {  // after the guide's list: what else is painted there
          beyond = true;
          ImGui::TableNextRow();
          ImGui::TableSetColumnIndex(0);
          ImGui::TextDisabled("Also painted here, not in the guide:");
        }
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::PushID(int(i));
        if (!r.header) ImGui::Indent();
        if (ImGui::Selectable(r.label.c_str(), false, ImGuiSelectableFlags_SpanAllColumns)) {
          std::vector<std::pair<std::string, bool>> chosen;
          for (const auto& id : r.header ? r.group : std::vector<std::string>{r.triggerPoint}) chosen.emplace_back(id, r.left);
          state.requests.select = chosen;
        }
        if (ImGui::IsItemHovered()) {
          hovered = int(i);
          if (!r.note.empty()) ImGui::SetTooltip("%s", r.note.c_str());
        }
        if (!r.header) ImGui::Unindent();
        ImGui::PopID();
        ImGui::TableSetColumnIndex(1);
        if (!r.painted) ImGui::TextDisabled("listed");
        else if (r.essential) ImGui::TextColored(ImVec4(0.95f, 0.35f, 0.3f, 1.0f), "essential");
        else ImGui::TextDisabled("spillover");
        if (!r.painted && ImGui::IsItemHovered()) ImGui::SetTooltip("The guide lists it here; its pattern is not painted over this area on this body");
        ImGui::TableSetColumnIndex(2);
        if (r.painted) ImGui::Text("%d%%", int(std::round(r.coverage * 100.0f)));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("How much of the point, area or drawing the pattern covers (not a probability)");
      }
      ImGui::EndTable();
    }
    ImGui::TextDisabled("Hover a row to preview its pattern, click to keep it.");
  }
  state.hoveredResult = hovered;
  endPanel(state);
}

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

namespace {

// Search results limited to the chosen body region; with no text, the region's muscles.
std::vector<SearchResult> searchInRegion(const UiState& state, std::size_t limit) {
  return browseAtlas(*state.atlas, *state.search, {state.searchText, state.searchRegion, state.searchDepth}, limit);
}

}  // namespace

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
  height_ = ImGui::GetWindowSize().y;
  LayerSettings& l = state.layers;
  ImGui::TextUnformatted("Skin");
  if (ImGui::RadioButton("Opaque", l.skinOpacity >= kSkinOpaque)) l.skinOpacity = 1.0f;
  ImGui::SameLine();
  if (ImGui::RadioButton("X-ray", l.skinOpacity > kSkinHidden && l.skinOpacity < kSkinOpaque)) l.skinOpacity = kSkinXray;
  ImGui::SameLine();
  if (ImGui::RadioButton("Hidden", l.skinOpacity <= kSkinHidden)) l.skinOpacity = 0.0f;
  ImGui::SetNextItemWidth(240.0f * state.uiScale);
  ImGui::SliderFloat("Skin opacity", &l.skinOpacity, 0.0f, 1.0f, "%.2f");
  ImGui::Separator();
  ImGui::TextUnformatted("Muscles");
  const char* peels[] = {"All layers", "Peel the superficial layer", "Deep layer only", "None (skeleton)"};
  for (int i = 0; i < 4; ++i)
    if (ImGui::RadioButton(peels[i], l.peel == i)) l.peel = i;
  ImGui::Checkbox("Isolate the selected muscle", &l.isolateSelection);
  ImGui::Checkbox("Bones", &l.showBones);
  ImGui::Checkbox("Labels for the selection", &state.showLabels);
  if (state.modelMuscles == 0)
    ImGui::TextWrapped("This body has no muscle meshes yet. Open an anatomical model with one mesh per muscle "
                       "(File > Open) to peel layers, hover and pick muscles.");
  else if (!state.searchRegion.empty())
    ImGui::TextDisabled("Muscles outside the search's region are dimmed.");
  endPanel(state);
}

void LabelsOverlay::draw(UiState& state) {
  if (state.labels.empty()) return;
  ImDrawList* draw = ImGui::GetBackgroundDrawList();  // over the body, under the panels
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float s = state.uiScale, midX = vp->WorkPos.x + vp->WorkSize.x * 0.5f;
  const float reach = 150.0f * s, lineHeight = ImGui::GetTextLineHeightWithSpacing() + 6.0f * s;
  const float leftEdge = vp->WorkPos.x + 8.0f * s, rightEdge = vp->WorkPos.x + vp->WorkSize.x - 8.0f * s;
  const float top = vp->WorkPos.y + 4.0f * s, bottom = vp->WorkPos.y + vp->WorkSize.y - 4.0f * s;
  const ImU32 ink = IM_COL32(255, 255, 255, 235), shade = IM_COL32(10, 12, 16, 200);
  // Labels keep clear of every panel open this frame (drawn last, so all panels have their place by now).
  std::vector<ImRect> taken;
  for (const auto& r : state.panelRects) taken.emplace_back(r.min.x, r.min.y, r.max.x, r.max.y);
  const auto isClear = [&](const ImRect& r) {
    if (r.Min.y < top || r.Max.y > bottom) return false;
    for (const auto& t : taken)
      if (t.Overlaps(r)) return false;
    return true;
  };
  // Each label goes beside the body, on its anchor's side or the other, at the height nearest its anchor that is
  // free of panels and of the labels already placed; the leader line joins it to the anchor.
  std::vector<const UiState::Label*> order;
  for (const auto& l : state.labels) order.push_back(&l);
  std::sort(order.begin(), order.end(), [](auto* a, auto* b) { return a->anchor.y < b->anchor.y; });
  for (const auto* l : order) {
    const ImVec2 text = ImGui::CalcTextSize(l->text.c_str());
    const float margin = 4.0f * s, ideal = l->anchor.y - 24.0f * s;
    // Candidates: either side, at full, medium or short reach; the cheapest is the one nearest the ideal
    // height, with a small price for a shorter reach (a label over the body) and for the far side.
    std::optional<ImRect> best;
    bool bestRight = false;
    float bestCost = 0.0f;
    const bool preferRight = l->anchor.x >= midX;
    for (bool right : {preferRight, !preferRight})
      for (float f : {1.0f, 0.6f, 0.25f}) {
        float x = right ? l->anchor.x + reach * f : l->anchor.x - reach * f - text.x;
        x = std::max(std::min(x, rightEdge - text.x - margin), leftEdge + margin);
        for (int step = 0; step < 200; ++step) {  // outwards from the ideal height: 0, -1/2, +1/2, -1, +1 lines...
          const float y = ideal + float((step + 1) / 2) * lineHeight * (step % 2 ? -0.5f : 0.5f);
          const ImRect r(ImVec2(x - margin, y - margin), ImVec2(x + text.x + margin, y + text.y + margin));
          if (!isClear(r)) continue;
          const float cost = std::abs(y - ideal) + (1.0f - f) * reach * 0.4f + (right != preferRight ? 20.0f * s : 0.0f);
          if (!best || cost < bestCost) best = r, bestRight = right, bestCost = cost;
          break;
        }
      }
    if (!best) continue;  // no room anywhere: better no label than one over a panel
    taken.push_back(*best);
    const ImVec2 a(l->anchor.x, l->anchor.y);
    const ImVec2 elbow(bestRight ? best->Min.x : best->Max.x, (best->Min.y + best->Max.y) * 0.5f);
    draw->AddLine(a, elbow, shade, 4.0f * s);
    draw->AddLine(a, elbow, ink, 1.6f * s);
    draw->AddCircleFilled(a, 3.5f * s, ink);
    draw->AddRectFilled(best->Min, best->Max, shade, 4.0f * s);
    draw->AddText(ImVec2(best->Min.x + margin, best->Min.y + margin), ink, l->text.c_str());
  }
}

void HoverTooltip::draw(UiState& state) {
  if (state.hoverLabel.empty() || ImGui::GetIO().WantCaptureMouse) return;
  ImGui::BeginTooltip();
  ImGui::TextUnformatted(state.hoverLabel.c_str());
  ImGui::TextDisabled("click: details   double-click: zoom");
  ImGui::EndTooltip();
}

void SearchPanel::draw(UiState& state) {
  if (!state.search) return;
  // Always top left under the menu bar (the work area excludes the bar from the second frame on).
  ImGui::SetNextWindowPos(workAreaPoint(state, ImVec2(0.0f, 0.0f)), ImGuiCond_Always);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings;
  if (!ImGui::Begin("Search", nullptr, flags)) {
    ImGui::End();
    return;
  }
  if (state.focusSearch) {
    ImGui::SetKeyboardFocusHere();
    state.focusSearch = false;
  }
  ImGui::SetNextItemWidth(340.0f * state.uiScale);
  const std::string before = state.searchText, regionBefore = state.searchRegion;
  const std::optional<Depth> depthBefore = state.searchDepth;
  // EnterReturnsTrue reports Enter in the frame it is pressed; edits are detected by comparing the text.
  const bool enter = ImGui::InputTextWithHint("##search", "Search: piriformis, SCM, headache, tennis elbow... (Ctrl+F)",
                                              &state.searchText, ImGuiInputTextFlags_EnterReturnsTrue);
  if (state.atlas) {  // the region filter (body regions of DESIGN.md)
    ImGui::SetNextItemWidth(340.0f * state.uiScale);
    const Region* current = state.atlas->region(state.searchRegion);
    if (ImGui::BeginCombo("##region", current ? current->name.c_str() : "All body regions")) {
      if (ImGui::Selectable("All body regions", current == nullptr)) state.searchRegion.clear();
      for (const auto& r : state.atlas->regions)
        if (ImGui::Selectable(r.name.c_str(), current == &r)) state.searchRegion = r.id;
      ImGui::EndCombo();
    }
  }
  if (state.atlas) {  // the depth filter
    ImGui::SetNextItemWidth(340.0f * state.uiScale);
    const char* current = state.searchDepth ? depthName(*state.searchDepth) : "All depths";
    if (ImGui::BeginCombo("##depth", current)) {
      if (ImGui::Selectable("All depths", !state.searchDepth)) state.searchDepth.reset();
      for (Depth d : {Depth::Superficial, Depth::Intermediate, Depth::Deep})
        if (ImGui::Selectable(depthName(d), state.searchDepth == d)) state.searchDepth = d;
      ImGui::EndCombo();
    }
  }
  if (state.searchText != before || state.searchRegion != regionBefore || state.searchDepth != depthBefore) {
    state.searchResults = searchInRegion(state, state.searchText.empty() ? 30 : 10);
    state.searchCursor = 0;
  }
  const int n = int(state.searchResults.size());
  if (ImGui::IsItemActive() && n > 0) {
    if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) state.searchCursor = (state.searchCursor + 1) % n;
    if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) state.searchCursor = (state.searchCursor + n - 1) % n;
  }
  if (ImGui::IsKeyPressed(ImGuiKey_Escape) && (ImGui::IsItemActive() || ImGui::IsItemDeactivated())) {
    state.searchText.clear();
    state.searchResults.clear();
  }
  for (int i = 0; i < n; ++i) {
    const SearchResult& r = state.searchResults[std::size_t(i)];
    const std::string label = r.name + "##" + r.id;
    if (ImGui::Selectable(label.c_str(), i == state.searchCursor)) state.requests.chosen = r;
    ImGui::SameLine(300.0f * state.uiScale);
    ImGui::TextDisabled("%s", searchKindName(r.kind));
  }
  if (enter && n > 0) state.requests.chosen = state.searchResults[std::size_t(state.searchCursor)];
  if (state.requests.chosen) {
    state.searchText.clear();
    state.searchResults.clear();
  }
  state.searchBottom = ImGui::GetWindowPos().y + ImGui::GetWindowSize().y;
  endPanel(state);
}

namespace {

void bulletList(const char* heading, const std::vector<std::string>& items) {
  if (items.empty()) return;
  ImGui::TextDisabled("%s", heading);
  for (const auto& s : items) ImGui::BulletText("%s", s.c_str());
}

void field(const char* label, const std::string& text) {
  if (text.empty()) return;
  ImGui::TextDisabled("%s", label);
  ImGui::TextWrapped("%s", text.c_str());
}

void treatmentSection(const Treatment& t) {
  if (t.selfRelease) {
    const SelfRelease& s = *t.selfRelease;
    ImGui::TextDisabled("Self-release");
    std::string tool = s.tool;
    if (!tool.empty()) tool[0] = char(std::toupper(static_cast<unsigned char>(tool[0])));
    ImGui::TextWrapped("%s. %s", tool.c_str(), s.position.c_str());
    ImGui::TextWrapped("Pressure %d-%d of 10, hold %d-%d s, %d-%d times.", s.pressure[0], s.pressure[1], s.holdSeconds[0],
                       s.holdSeconds[1], s.repetitions[0], s.repetitions[1]);
    if (!s.notes.empty()) ImGui::TextWrapped("%s", s.notes.c_str());
  } else {
    ImGui::TextColored(ImVec4(1.0f, 0.75f, 0.3f, 1.0f), "Self-release is not advised here: see a trained professional.");
  }
  field("Stretch", t.stretch);
  bulletList("Advice", t.advice);
  if (!t.cautions.empty()) {  // prominent: these keep people safe
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.78f, 0.35f, 1.0f));
    ImGui::TextUnformatted("Cautions");
    for (const auto& c : t.cautions) ImGui::BulletText("%s", c.c_str());
    ImGui::PopStyleColor();
  }
  bulletList("When it may be something else", t.differential);
}

void sourcesSection(const Atlas& atlas, const std::vector<SourceRef>& sources) {
  if (!ImGui::TreeNode("Sources")) return;
  for (const auto& r : sources) {
    for (const auto& s : atlas.sources)
      if (s.id == r.source) ImGui::TextWrapped("%s %s", s.citation.c_str(), r.where.c_str());
    if (!r.note.empty()) ImGui::TextWrapped("Note: %s", r.note.c_str());
  }
  ImGui::TreePop();
}

}  // namespace

void DetailsWindow::draw(UiState& state) {
  if (!state.showDetails || !state.atlas || state.detailsId.empty()) return;
  const Atlas& atlas = *state.atlas;
  const TriggerPoint* trp = atlas.triggerPoint(state.detailsId);
  const Muscle* muscle = atlas.muscleOf(state.detailsId);
  if (!muscle) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  // On the right, never wider than a third of the window nor taller than it, so the body stays in view.
  const float pad = 12.0f * state.uiScale;
  const float width = std::min(460.0f * state.uiScale, vp->WorkSize.x * 0.36f);
  const float height = std::min(560.0f * state.uiScale, vp->WorkSize.y - 2.0f * pad);
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - width - pad, vp->WorkPos.y + pad), ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowSize(ImVec2(width, height), ImGuiCond_FirstUseEver);
  if (!ImGui::Begin("Details", &state.showDetails)) {
    ImGui::End();
    return;
  }
  ImGui::TextUnformatted(trp ? trp->name.c_str() : muscle->name.c_str());
  ImGui::TextDisabled("%s", muscle->latin.c_str());
  if (trp) {
    if (ImGui::SmallButton(("Muscle: " + muscle->name).c_str())) state.requests.showDetails = muscle->id;
    field("Where to find it", trp->palpation);
    field("Referred pain", trp->referral);
    ImGui::TextDisabled("How common");
    ImGui::TextUnformatted(frequencyName(trp->frequency));
    bulletList("Symptoms", trp->symptoms);
    bulletList("What starts it", trp->activating);
    bulletList("What keeps it going", trp->perpetuating);
    treatmentSection(trp->treatment ? *trp->treatment : muscle->treatment);
    sourcesSection(atlas, trp->sources);
  } else {
    std::string names;
    for (const auto& s : muscle->synonyms) names += (names.empty() ? "" : ", ") + s;
    for (const auto& s : muscle->abbreviations) names += (names.empty() ? "" : ", ") + s;
    field("Also called", names);
    ImGui::TextDisabled("Trigger points (click to paint the pattern)");
    for (const auto& id : muscle->triggerPoints)
      if (const TriggerPoint* t = atlas.triggerPoint(id))
        if (ImGui::Selectable(t->name.c_str())) {
          state.requests.select = std::vector<std::pair<std::string, bool>>{{t->id, false}};
          state.requests.showDetails = t->id;
        }
    field("Origin", muscle->origin);
    field("Insertion", muscle->insertion);
    field("Action", muscle->action);
    field("Nerve", muscle->innervation);
    ImGui::TextDisabled("Depth");
    ImGui::TextUnformatted(depthName(muscle->depth));
    treatmentSection(muscle->treatment);
    sourcesSection(atlas, muscle->sources);
  }
  if (ImGui::CollapsingHeader("Red flags: stop and see a professional")) {
    for (const auto& r : atlas.general.redFlags) ImGui::BulletText("%s", r.c_str());
  }
  ImGui::Separator();
  ImGui::TextDisabled("My notes");
  if (state.noteFor != state.detailsId) {
    state.noteFor = state.detailsId;
    state.noteDraft.clear();  // the app fills it from the notes store when the target changes
  }
  ImGui::InputTextMultiline("##note", &state.noteDraft, ImVec2(-1.0f, 90.0f * state.uiScale));
  if (ImGui::IsItemDeactivatedAfterEdit() || ImGui::Button("Save note")) state.requests.saveNote = std::make_pair(state.detailsId, state.noteDraft);
  endPanel(state);
}

void StatusToast::draw(UiState& state) {
  if (state.statusMessage.empty() || ImGui::GetTime() > state.statusUntil) return;
  // Bottom centre: the heatmap legend owns the bottom-left corner.
  if (beginPinned("##status", state, ImVec2(0.5f, 1.0f), 0.75f, ImGuiWindowFlags_NoInputs))
    ImGui::TextUnformatted(state.statusMessage.c_str());
  ImGui::End();
}

bool isModelFileName(const std::filesystem::path& path) {
  static const char* const kExtensions[] = {".glb", ".gltf", ".fbx", ".obj", ".dae", ".stl", ".ply", ".3ds", ".blend"};
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return std::find(std::begin(kExtensions), std::end(kExtensions), ext) != std::end(kExtensions);
}

bool isSceneFileName(const std::filesystem::path& path) {
  const std::string name = path.filename().string();
  const std::string ext = kSceneExtension;
  return name.size() > ext.size() && toLower(name.substr(name.size() - ext.size())) == ext;
}

void FileDialog::refresh() {
  namespace fs = std::filesystem;
  entries.clear();
  listError.clear();
  listed = directory;
  std::error_code ec;
  for (fs::directory_iterator it(directory, fs::directory_options::skip_permission_denied, ec), end; !ec && it != end;
       it.increment(ec)) {
    const auto& name = it->path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    std::error_code typeError;
    const bool wanted = listedKind == UiState::FileDialog::OpenModel ? isModelFileName(it->path()) : isSceneFileName(it->path());
    if (it->is_directory(typeError) || wanted) entries.push_back(*it);
  }
  if (ec) listError = "cannot list '" + directory.string() + "': " + ec.message();
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
    std::error_code e1, e2;
    const bool da = a.is_directory(e1), db = b.is_directory(e2);
    return da != db ? da : a.path().filename() < b.path().filename();
  });
}

void FileDialog::draw(UiState& state) {
  using Kind = UiState::FileDialog;
  if (state.fileDialog == Kind::None) return;
  const bool saving = state.fileDialog == Kind::SaveView;
  if (listed != directory || listedKind != state.fileDialog) {
    listedKind = state.fileDialog;
    refresh();
    if (saving && (pathInput.empty() || !isSceneFileName(pathInput))) pathInput = (directory / "view.myoscene.json").string();
  }
  const char* title = state.fileDialog == Kind::OpenModel ? "Open model###file" : saving ? "Save view###file" : "Open view###file";
  ImGui::SetNextWindowSize(ImVec2(640.0f * state.uiScale, 460.0f * state.uiScale), ImGuiCond_Appearing);
  bool open = true;
  if (!ImGui::Begin(title, &open)) {
    ImGui::End();
    if (!open) state.fileDialog = Kind::None;
    return;
  }
  ImGui::TextWrapped("Folder: %s", directory.string().c_str());
  if (ImGui::Button("Up") && directory.has_parent_path()) directory = directory.parent_path();
  ImGui::SameLine();
  if (ImGui::Button("Refresh")) refresh();
  if (!listError.empty()) ImGui::TextColored(ImVec4(1.0f, 0.45f, 0.4f, 1.0f), "%s", listError.c_str());

  std::optional<std::string> chosen;
  const float footer = ImGui::GetFrameHeightWithSpacing() * 2.2f;
  if (ImGui::BeginChild("files", ImVec2(0, -footer), true)) {
    for (const auto& e : entries) {
      std::error_code ec;
      const bool isDir = e.is_directory(ec);
      const std::string label = (isDir ? "[folder] " : "") + e.path().filename().string();
      if (ImGui::Selectable(label.c_str(), pathInput == e.path().string(), ImGuiSelectableFlags_AllowDoubleClick)) {
        if (isDir) {
          directory = e.path();
          if (saving) pathInput = (directory / std::filesystem::path(pathInput).filename()).string();
        } else {
          pathInput = e.path().string();
          if (ImGui::IsMouseDoubleClicked(0)) chosen = pathInput;
        }
      }
    }
  }
  ImGui::EndChild();
  ImGui::SetNextItemWidth(-120.0f * state.uiScale);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();  // type a path straight away
  const bool entered = ImGui::InputText("##path", &pathInput, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if ((ImGui::Button(saving ? "Save" : "Open", ImVec2(-1, 0)) || entered) && !pathInput.empty()) chosen = pathInput;
  if (chosen) {
    if (saving && !isSceneFileName(*chosen)) *chosen += kSceneExtension;  // the name tells what the file is
    (state.fileDialog == Kind::OpenModel ? state.requests.openModel : saving ? state.requests.saveView : state.requests.openView) = *chosen;
    state.fileDialog = Kind::None;
  }
  if (!open) state.fileDialog = Kind::None;
  endPanel(state);
}

}  // namespace myoatlas
