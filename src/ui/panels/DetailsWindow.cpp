#include "ui/panels/PanelLayout.h"

namespace myoatlas {

using namespace panel;

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
    ImGui::TextWrapped("%s", sourceCitation(atlas, r).c_str());
    if (!r.note.empty()) ImGui::TextWrapped("Note: %s", r.note.c_str());
  }
  ImGui::TreePop();
}

}  // namespace

void DetailsWindow::draw(UiState& state) {
  if (!state.showDetails || !state.atlas || state.detailsId.empty() || state.namesHidden()) return;
  const Atlas& atlas = *state.atlas;
  const TriggerPoint* trp = atlas.triggerPoint(state.detailsId);
  const Muscle* muscle = atlas.muscleOf(state.detailsId);
  if (!muscle) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  // On the right, never wider than a third of the window nor taller than it, so the body stays in view.
  const float pad = 12.0f * state.options.uiScale;
  const float width = std::min(460.0f * state.options.uiScale, vp->WorkSize.x * 0.36f);
  const float height = std::min(560.0f * state.options.uiScale, vp->WorkSize.y - 2.0f * pad);
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
  if (noteFor != state.detailsId) {
    noteFor = state.detailsId;
    noteDraft = state.notes ? state.notes->get(noteFor) : std::string();
  }
  ImGui::InputTextMultiline("##note", &noteDraft, ImVec2(-1.0f, 90.0f * state.options.uiScale));
  if (ImGui::IsItemDeactivatedAfterEdit() || ImGui::Button("Save note")) state.requests.saveNote = std::make_pair(noteFor, noteDraft);
  endPanel(state);
}

}  // namespace myoatlas
