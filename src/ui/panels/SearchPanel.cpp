#include "ui/panels/PanelLayout.h"

namespace myoatlas {

using namespace panel;

namespace {

// Search results limited to the chosen body region; with no text, the region's muscles.
std::vector<SearchResult> searchInRegion(const UiState& state, const std::string& text, std::optional<Depth> depth,
                                        std::size_t limit) {
  return browseAtlas(*state.atlas, *state.search, {text, state.searchRegion, depth}, limit);
}

}  // namespace

void SearchPanel::draw(UiState& state) {
  if (!state.search || state.quizHidesFinders()) return;  // a quiz: the search would name what is asked
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
  ImGui::SetNextItemWidth(340.0f * state.options.uiScale);
  const std::string before = text, regionBefore = state.searchRegion;
  const std::optional<Depth> depthBefore = depth;
  // EnterReturnsTrue reports Enter in the frame it is pressed; edits are detected by comparing the text.
  // Text typed before the field had the keyboard goes in through the input callback, which edits the field's
  // own buffer while it is active (writing to searchText then would be overwritten).
  const auto insertTyped = [](ImGuiInputTextCallbackData* data) {
    auto* pending = static_cast<std::string*>(data->UserData);
    if (!pending->empty()) data->InsertChars(data->CursorPos, pending->c_str()), pending->clear();
    return 0;
  };
  const ImGuiInputTextFlags fieldFlags = ImGuiInputTextFlags_EnterReturnsTrue |
                                    (state.searchInsert.empty() ? 0 : ImGuiInputTextFlags_CallbackAlways);
  const bool enter = ImGui::InputTextWithHint("##search", "Search: piriformis, SCM, headache, tennis elbow... (Ctrl+F)",
                                              &text, fieldFlags, insertTyped, &state.searchInsert);
  // The field's state now: after the filters below, "the last item" is a combo box, not the field.
  const bool fieldActive = ImGui::IsItemActive(), fieldDeactivated = ImGui::IsItemDeactivated();
  if (state.atlas) {  // the region filter (body regions of DESIGN.md)
    ImGui::SetNextItemWidth(340.0f * state.options.uiScale);
    const Region* current = state.atlas->region(state.searchRegion);
    if (ImGui::BeginCombo("##region", current ? current->name.c_str() : "All body regions")) {
      if (ImGui::Selectable("All body regions", current == nullptr)) state.searchRegion.clear();
      for (const auto& r : state.atlas->regions)
        if (ImGui::Selectable(r.name.c_str(), current == &r)) state.searchRegion = r.id;
      ImGui::EndCombo();
    }
  }
  if (state.atlas) {  // the depth filter
    ImGui::SetNextItemWidth(340.0f * state.options.uiScale);
    const char* current = depth ? depthName(*depth) : "All depths";
    if (ImGui::BeginCombo("##depth", current)) {
      if (ImGui::Selectable("All depths", !depth)) depth.reset();
      for (Depth d : {Depth::Superficial, Depth::Intermediate, Depth::Deep})
        if (ImGui::Selectable(depthName(d), depth == d)) depth = d;
      ImGui::EndCombo();
    }
  }
  if (text != before || state.searchRegion != regionBefore || depth != depthBefore) {
    results = searchInRegion(state, text, depth, text.empty() ? 30 : 10);
    cursor = 0;
  }
  const int n = int(results.size());
  if (fieldActive && n > 0) {
    if (keyPressed(ImGuiKey_DownArrow)) cursor = (cursor + 1) % n;
    if (keyPressed(ImGuiKey_UpArrow)) cursor = (cursor + n - 1) % n;
  }
  if (keyPressed(ImGuiKey_Escape) && (fieldActive || fieldDeactivated)) {
    text.clear();
    results.clear();
  }
  for (int i = 0; i < n; ++i) {
    const SearchResult& r = results[std::size_t(i)];
    const std::string label = r.name + "##" + r.id;
    if (ImGui::Selectable(label.c_str(), i == cursor)) state.requests.chosen = r;
    ImGui::SameLine(300.0f * state.options.uiScale);
    ImGui::TextDisabled("%s", searchKindName(r.kind));
  }
  if (enter && n > 0) state.requests.chosen = results[std::size_t(cursor)];
  if (state.requests.chosen) {
    text.clear();
    results.clear();
  }
  state.searchBottom = ImGui::GetWindowPos().y + ImGui::GetWindowSize().y;
  endPanel(state);
}

}  // namespace myoatlas
