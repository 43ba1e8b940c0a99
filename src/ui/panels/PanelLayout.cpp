#include "ui/panels/PanelLayout.h"

namespace myoatlas::panel {

// The point of the work area (under the menu bar) at `pivot` ((0,0) top left .. (1,1) bottom right, (0.5,1)
// bottom centre), inset by a padding that grows with the interface scale: where panels are placed.
ImVec2 workAreaPoint(const UiState& state, ImVec2 pivot) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float pad = 12.0f * state.options.uiScale;
  const auto inset = [&](float p) { return p < 0.5f ? pad : p > 0.5f ? -pad : 0.0f; };
  return ImVec2(vp->WorkPos.x + pivot.x * vp->WorkSize.x + inset(pivot.x),
                vp->WorkPos.y + pivot.y * vp->WorkSize.y + inset(pivot.y));
}

// Top left of the work area below the search panel (which is always at the top left).
ImVec2 belowSearch(const UiState& state) {
  const ImVec2 corner = workAreaPoint(state, ImVec2(0.0f, 0.0f));
  return ImVec2(corner.x, std::max(corner.y, state.searchBottom + 12.0f * state.options.uiScale));
}

// Ends a panel's window, first noting its rectangle (window pixels) in the state: labels keep clear of it and
// the camera frames a selection beside it.
bool button(const char* label, bool enabled) {
  if (!enabled) ImGui::BeginDisabled();
  const bool pressed = ImGui::Button(label);
  if (!enabled) ImGui::EndDisabled();
  return pressed && enabled;
}

void endPanel(UiState& state) {
  if (!ImGui::IsWindowCollapsed()) {
    const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    state.panelRects.push_back({glm::vec2(pos.x, pos.y), glm::vec2(pos.x + size.x, pos.y + size.y)});
  }
  ImGui::End();
}

// Begins a small undecorated window pinned to the work area at `pivot` (see workAreaPoint).
bool beginPinned(const char* name, const UiState& state, ImVec2 pivot, float alpha, ImGuiWindowFlags extra) {
  ImGui::SetNextWindowPos(workAreaPoint(state, pivot), ImGuiCond_Always, pivot);
  ImGui::SetNextWindowBgAlpha(alpha);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                 ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove | extra;
  return ImGui::Begin(name, nullptr, flags);
}

// A menu entry for a command of the table: its label and key, raising the command when chosen.
void commandItem(UiState& state, CommandId id, bool checked, bool enabled) {
  const Command& c = command(id);
  if (ImGui::MenuItem(c.menu, c.keys[0] ? c.keys : nullptr, checked, enabled)) state.requests.commands.push_back(id);
}

ImU32 srgbColour(glm::vec3 c, int alpha) { return IM_COL32(int(c.r * 255.0f), int(c.g * 255.0f), int(c.b * 255.0f), alpha); }

const ColorMapInfo& shownColorMap(const UiState& state) {
  return colorMapInfo(parseColorMap(state.options.colorMap).value_or(ColorMap::Clinical));
}

void drawSwatch(ImDrawList* draw, float size, ImVec2 at, glm::vec3 colour) {
  const float box = 0.8f * size;
  draw->AddRectFilled(ImVec2(at.x, at.y + 0.2f * size), ImVec2(at.x + box, at.y + 0.2f * size + box), srgbColour(colour));
}

void drawZoneKey(ImDrawList* draw, ImFont* font, float size, ImVec2 at, glm::vec3 solid, glm::vec3 dots, ImU32 ink) {
  const float box = 0.8f * size;
  drawSwatch(draw, size, at, solid);
  float x = at.x + 1.6f * box;
  draw->AddText(font, size, ImVec2(x, at.y), ink, "essential zone");
  x += font->CalcTextSizeA(size, FLT_MAX, 0.0f, "essential zone").x + 1.2f * size;
  for (int i = 0; i < 3; ++i)  // the stipple of the charts, as a 3 x 3 grid of dots
    for (int j = 0; j < 3; ++j)
      draw->AddCircleFilled(ImVec2(x + (0.15f + 0.35f * float(i)) * box, at.y + 0.2f * size + (0.15f + 0.35f * float(j)) * box),
                            0.09f * box, srgbColour(dots));
  draw->AddText(font, size, ImVec2(x + 1.6f * box, at.y), ink, "spillover zone");
}

namespace {

// Draws the widget for one option; `inMenu` picks menu items over panel controls.
bool optionWidget(AppOptions& options, const char* flag, bool inMenu, float width, const char* hint) {
  const OptionSpec* spec = findOption(flag);
  if (!spec) return false;
  std::string label = optionLabel(flag);
  if (label.empty()) label = spec->help;  // not in a menu (window size): its help names it
  const auto labels = optionChoiceLabels(*spec);
  bool changed = false;
  std::visit(
      [&](auto member) {
        auto& value = options.*member;
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, bool>) {
          changed = inMenu ? ImGui::MenuItem(label.c_str(), nullptr, &value) : ImGui::Checkbox(label.c_str(), &value);
        } else if constexpr (std::is_same_v<T, std::string>) {  // a choice: a submenu, or radio buttons
          const auto names = optionChoices(*spec);
          if (!inMenu) ImGui::TextUnformatted(label.c_str());
          else if (!ImGui::BeginMenu(label.c_str())) return;
          for (std::size_t i = 0; i < names.size(); ++i) {
            const char* text = i < labels.size() ? labels[i].c_str() : names[i].c_str();
            const bool on = value == names[i];
            if (inMenu ? ImGui::MenuItem(text, nullptr, on) : ImGui::RadioButton(text, on)) value = names[i], changed = true;
          }
          if (inMenu && hint) ImGui::TextDisabled("%s", hint);
          if (inMenu) ImGui::EndMenu();
        } else if constexpr (std::is_same_v<T, int>) {
          if (spec->choiceLabels[0] && !inMenu) {  // named values: radio buttons
            ImGui::TextUnformatted(label.c_str());
            for (int v = int(spec->min); v <= int(spec->max); ++v)
              if (ImGui::RadioButton(labels[std::size_t(v - int(spec->min))].c_str(), value == v)) value = v, changed = true;
          } else {
            ImGui::SetNextItemWidth(width);
            changed = ImGui::SliderInt(label.c_str(), &value, int(spec->min), int(spec->max));
          }
        } else {
          ImGui::SetNextItemWidth(width);
          changed = ImGui::SliderFloat(label.c_str(), &value, float(spec->min), float(spec->max), "%.2f");
        }
      },
      spec->member);
  return changed;
}

}  // namespace

bool optionMenuItem(AppOptions& options, const char* flag, const char* hint) { return optionWidget(options, flag, true, 160.0f, hint); }

bool optionControl(AppOptions& options, const char* flag, float width) { return optionWidget(options, flag, false, width, nullptr); }

}  // namespace myoatlas::panel
