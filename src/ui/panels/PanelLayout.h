#pragma once
// What the panels share: where they stand in the work area, how they report their rectangles, and menu entries
// for commands. Every panel's .cpp includes this.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <optional>
#include <sstream>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/lesson/Lesson.h"
#include "core/lesson/Markdown.h"
#include "core/lesson/Presentation.h"
#include "core/notes/UserNotes.h"
#include "core/settings/Options.h"
#include "ui/Panels.h"

namespace myoatlas::panel {

// The point of the work area (under the menu bar) at `pivot` ((0,0) top left .. (1,1) bottom right, (0.5,1)
// bottom centre), inset by a padding that grows with the interface scale: where panels are placed.
ImVec2 workAreaPoint(const UiState& state, ImVec2 pivot);
// Top left of the work area below the search panel (which is always at the top left).
ImVec2 belowSearch(const UiState& state);
// Ends a panel's window, first noting its rectangle (window pixels) in the state: labels keep clear of it and
// the camera frames a selection beside it.
void endPanel(UiState& state);
// Begins a small undecorated window pinned to the work area at `pivot` (see workAreaPoint).
bool beginPinned(const char* name, const UiState& state, ImVec2 pivot, float alpha, ImGuiWindowFlags extra = 0);
// ImGui 1.86 knows keys by the backend's index: IsKeyPressed(ImGuiKey_Escape) would test an unrelated key.
inline bool keyPressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); }
// A menu entry for a command of the table: its label and key, raising the command when chosen.
void commandItem(UiState& state, CommandId id, bool checked = false, bool enabled = true);
// Legends drawn over the picture (presentation caption, slides): an sRGB colour for ImGui, the colour map the
// options show, a colour swatch on a line of text at `size`, and the zone key "[solid] essential zone
// [dots] spillover zone" (returns nothing; one line tall).
ImU32 srgbColour(glm::vec3 c, int alpha = 255);
const ColorMapInfo& shownColorMap(const UiState& state);
void drawSwatch(ImDrawList* draw, float size, ImVec2 at, glm::vec3 colour);
void drawZoneKey(ImDrawList* draw, ImFont* font, float size, ImVec2 at, glm::vec3 solid, glm::vec3 dots, ImU32 ink);
// Widgets made from the option table (core/settings/Options.h) by the option's kind, labelled from its menu
// entry: a flag is a tick, a choice a list of its labels, a number a slider over its range. Each edits
// `options` in place and returns true when the user changed it. `hint` (menus) is shown greyed under a list.
bool optionMenuItem(AppOptions& options, const char* flag, const char* hint = nullptr);  // inside a menu
bool optionControl(AppOptions& options, const char* flag, float width);                  // in a panel
// A button that is greyed out (and does nothing) when not `enabled`; true when pressed while enabled.
bool button(const char* label, bool enabled);

}  // namespace myoatlas::panel
