#include <algorithm>

#include "ui/panels/PanelLayout.h"

#include "ui/PainRows.h"

namespace myoatlas {

using namespace panel;

void PainFinderWindow::draw(UiState& state) {
  if (state.quizHidesFinders()) return;  // a quiz asking which muscles refer here: the finder would answer it
  if (state.painAnswerRevision != shownRevision) {
    shownRevision = state.painAnswerRevision;
    rows = state.painAnswer && state.atlas ? painRows(*state.atlas, *state.painAnswer) : std::vector<PainSourceRow>{};
    query = state.painAnswer ? state.painAnswer->query : std::string();
    guide = state.painAnswer ? painGuideLine(*state.painAnswer) : std::string();
  }
  if (!state.showPainFinder) return;
  // Left, under the search panel: the Details window a chosen result opens is on the right, so the list stays
  // in view while the user goes down it.
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float pad = 12.0f * state.options.uiScale;
  const float top = belowSearch(state).y;
  ImGui::SetNextWindowSize(ImVec2(std::min(620.0f * state.options.uiScale, vp->WorkSize.x * 0.45f),
                                  std::min(360.0f * state.options.uiScale, vp->WorkPos.y + vp->WorkSize.y - top - pad)),
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
  } else if (query.empty()) {
    ImGui::TextWrapped("Click where it hurts on the skin (Ctrl+click when it is see-through), or choose an area in Pain > Where does it hurt?");
  } else {
    ImGui::TextWrapped("Muscles whose trigger points refer pain to %s:", query.c_str());
    if (!guide.empty()) {
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
      ImGui::TextWrapped("%s", guide.c_str());
      ImGui::PopStyleColor();
    }
    if (!state.painFinderCaveat.empty()) {  // wrapped: a fitted model's caveat is long
      ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.75f, 0.3f, 1.0f));
      ImGui::TextWrapped("Incomplete: %s.", state.painFinderCaveat.c_str());
      ImGui::PopStyleColor();
    }
    ImGui::Separator();
    if (rows.empty()) ImGui::TextDisabled(state.painFinderCaveat.empty() ? "None in the atlas." : "None found on this model.");
    if (ImGui::BeginTable("results", 3, ImGuiTableFlags_RowBg)) {
      ImGui::TableSetupColumn("muscle / trigger point", ImGuiTableColumnFlags_WidthStretch);
      ImGui::TableSetupColumn("zone", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("spillover").x + 2.0f * ImGui::GetStyle().CellPadding.x);
      ImGui::TableSetupColumn("match", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("match").x + 2.0f * ImGui::GetStyle().CellPadding.x);
      ImGui::TableHeadersRow();
      bool beyond = false;
      for (std::size_t i = 0; i < rows.size(); ++i) {
        const PainSourceRow& r = rows[i];
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
  // Below the answers, which come first; open at first when something went wrong, so a warning is not missed.
  if (!state.modelFit.empty()) ImGui::Separator();
  const bool warned = std::any_of(state.modelFit.begin(), state.modelFit.end(), [](const std::string& l) { return l.rfind("Warning:", 0) == 0; });
  if (!state.modelFit.empty() && ImGui::CollapsingHeader("How this model was fitted", warned ? ImGuiTreeNodeFlags_DefaultOpen : 0)) {
    for (const auto& line : state.modelFit) {
      if (line.rfind("Warning:", 0) == 0) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.75f, 0.3f, 1.0f));
      ImGui::TextWrapped("%s", line.c_str());
      if (line.rfind("Warning:", 0) == 0) ImGui::PopStyleColor();
    }
  }
  if (hovered >= 0) state.preview = std::make_pair(rows[std::size_t(hovered)].triggerPoint, rows[std::size_t(hovered)].left);
  endPanel(state);
}

}  // namespace myoatlas
