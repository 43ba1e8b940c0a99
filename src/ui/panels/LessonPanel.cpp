#include "ui/panels/PanelLayout.h"

namespace myoatlas {

using namespace panel;

namespace {

// The question a step asks (issue 15): its kind, what it is about (chosen by name from the atlas's muscles,
// trigger points or guided pain areas), the side and the teacher's own wording. Shown as the step's question in
// class mode when the step is shown or presented. Returns whether it changed.
bool stepQuestionEditor(UiState& state, StepQuestion& question, float s) {
  if (!state.atlas || !ImGui::TreeNodeEx("Question", question.has() ? ImGuiTreeNodeFlags_DefaultOpen : 0)) return false;
  const Atlas& atlas = *state.atlas;
  bool changed = false;
  const auto kind = parseQuestionKind(question.kind);
  ImGui::SetNextItemWidth(200.0f * s);
  if (ImGui::BeginCombo("Kind", kind ? questionKindName(*kind) : "none")) {
    if (ImGui::Selectable("none", !kind)) question = {}, changed = true;
    for (QuestionKind k : kQuestionKinds)
      if (ImGui::Selectable(questionKindName(k), kind == k) && kind != k) {
        question.kind = questionKindName(k);
        question.subject.clear();
        changed = true;
      }
    ImGui::EndCombo();
  }
  if (!kind) {
    ImGui::TextDisabled("A step can ask the class a question; the answer shows on Reveal (Next when presenting).");
    ImGui::TreePop();
    return changed;
  }
  // What it is about, by name.
  std::vector<std::pair<std::string, std::string>> items;  // (id, name)
  if (*kind == QuestionKind::NameMuscle || *kind == QuestionKind::FindMuscle)
    for (const auto& m : atlas.muscles) items.emplace_back(m.id, m.name);
  else if (*kind == QuestionKind::PainSources)
    for (const auto& a : atlas.painAreas) {
      if (a.guide) items.emplace_back(a.id, a.name);
    }
  else
    for (const auto& t : atlas.triggerPoints) items.emplace_back(t.id, t.name);
  std::string shown = question.subject.empty() ? "choose..." : question.subject;
  for (const auto& [id, name] : items)
    if (id == question.subject) shown = name;
  ImGui::SetNextItemWidth(260.0f * s);
  if (ImGui::BeginCombo("About", shown.c_str(), ImGuiComboFlags_HeightLarge)) {
    for (const auto& [id, name] : items)
      if (ImGui::Selectable(name.c_str(), id == question.subject)) question.subject = id, changed = true;
    ImGui::EndCombo();
  }
  int side = question.side == Side::Left ? 1 : 0;
  if (ImGui::RadioButton("right side", &side, 0)) question.side = Side::Right, changed = true;
  ImGui::SameLine();
  if (ImGui::RadioButton("left side", &side, 1)) question.side = Side::Left, changed = true;
  ImGui::SetNextItemWidth(-1.0f);
  changed |= ImGui::InputTextWithHint("##prompt", "own wording (optional)", &question.prompt);
  if (const std::string problem = questionSubjectProblem(atlas, question.kind, question.subject); !question.subject.empty() && !problem.empty())
    ImGui::TextColored(ImVec4(1.0f, 0.5f, 0.4f, 1.0f), "%s", problem.c_str());
  ImGui::TreePop();
  return changed;
}

}  // namespace

void LessonPanel::draw(UiState& state) {
  if (!state.showLesson || !state.lesson) return;
  Lesson& lesson = *state.lesson;
  const float s = state.options.uiScale;
  // Below the search panel, which has its size only from its second frame: placed again until then.
  ImGui::SetNextWindowPos(belowSearch(state), ImGui::GetFrameCount() < 3 ? ImGuiCond_Always : ImGuiCond_Appearing);
  // As tall as the room between the search panel and the legend pinned in the lower left.
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float room = vp->WorkPos.y + vp->WorkSize.y - belowSearch(state).y - 150.0f * s;
  ImGui::SetNextWindowSize(ImVec2(400.0f * s, std::max(240.0f * s, std::min(600.0f * s, room))),
                           ImGui::GetFrameCount() < 3 ? ImGuiCond_Always : ImGuiCond_Appearing);
  const std::string name = state.lessonPath.empty() ? "not saved yet" : std::filesystem::path(state.lessonPath).filename().string();
  const std::string title = "Lesson: " + name + (state.lessonChanged ? " *" : "") + "###lesson";
  if (!ImGui::Begin(title.c_str(), &state.showLesson)) {
    ImGui::End();
    return;
  }
  bool changed = false;
  if (button("Present (F5)", !lesson.steps.empty())) state.requests.commands.push_back(CommandId::Present);
  ImGui::SameLine();
  if (ImGui::Button("Save")) state.requests.commands.push_back(CommandId::SaveLesson);
  ImGui::SetNextItemWidth(-1.0f);
  changed |= ImGui::InputTextWithHint("##title", "Lesson title", &lesson.title);

  // The steps: click one to show it.
  const int count = int(lesson.steps.size());
  int& current = state.lessonStep;
  if (current >= count) current = count - 1;
  if (ImGui::BeginChild("steps", ImVec2(0.0f, 150.0f * s), true)) {
    if (count == 0) ImGui::TextWrapped("No steps yet. Set up a view (rotate, select a trigger point, peel layers), then press \"Add this view\".");
    for (int i = 0; i < count; ++i) {
      const std::string label = std::to_string(i + 1) + ". " + lesson.steps[std::size_t(i)].title + "##step" + std::to_string(i);
      if (ImGui::Selectable(label.c_str(), i == current)) state.requests.showStep = std::size_t(i);
    }
  }
  ImGui::EndChild();
  if (ImGui::Button("Add this view")) state.requests.addStep = true;
  ImGui::SameLine();
  const bool hasStep = current >= 0 && current < count;
  if (button("Update from view", hasStep)) state.requests.updateStep = true;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("The view shown replaces this step's view; its title, text and labels stay");
  const std::size_t at = std::size_t(std::max(current, 0));
  if (button("Up", hasStep && current > 0) && moveStep(lesson, at, at - 1)) --current, changed = true;
  ImGui::SameLine();
  if (button("Down", hasStep && current + 1 < count) && moveStep(lesson, at, at + 1)) ++current, changed = true;
  ImGui::SameLine();
  if (button("Duplicate", hasStep) && duplicateStep(lesson, at)) ++current, changed = true;
  ImGui::SameLine();
  if (button("Delete", hasStep) && deleteStep(lesson, at)) {
    changed = true;
    current = std::min(current, int(lesson.steps.size()) - 1);
    if (current >= 0) state.requests.showStep = std::size_t(current);
  }

  if (current >= 0 && current < int(lesson.steps.size())) {
    LessonStep& step = lesson.steps[std::size_t(current)];
    ImGui::Separator();
    ImGui::TextDisabled("Step %d", current + 1);
    ImGui::SetNextItemWidth(-1.0f);
    changed |= ImGui::InputTextWithHint("##steptitle", "Step title", &step.title);
    changed |= ImGui::InputTextMultiline("##steptext", &step.text, ImVec2(-1.0f, 120.0f * s));
    ImGui::TextDisabled("**bold**, lines starting with - are bullets");
    if (ImGui::TreeNode("Preview")) {  // the text wrapped as the caption shows it (the field does not wrap)
      for (const auto& block : parseMarkdown(step.text)) {
        if (block.bullet) ImGui::Bullet();
        ImGui::TextWrapped("%s", plainText(block).c_str());
      }
      ImGui::TreePop();
    }
    ImGui::TextDisabled("Labels pinned to the body: type one, press Pin, click the body");
    for (std::size_t i = 0; i < step.annotations.size(); ++i) {
      ImGui::PushID(int(i));
      if (ImGui::SmallButton("x")) {
        step.annotations.erase(step.annotations.begin() + std::ptrdiff_t(i));
        changed = true;
        ImGui::PopID();
        break;
      }
      ImGui::SameLine();
      ImGui::TextUnformatted(step.annotations[i].text.c_str());
      ImGui::PopID();
    }
    ImGui::SetNextItemWidth(180.0f * s);
    ImGui::InputTextWithHint("##pin", "label text", &state.pinText);
    ImGui::SameLine();
    if (state.pinning) {
      if (ImGui::Button("Cancel")) state.pinning = false;
      ImGui::TextColored(ImVec4(1.0f, 0.8f, 0.3f, 1.0f), "Click the body where the label points");
    } else if (button("Pin: click the body", !state.pinText.empty())) {
      state.pinning = true;
    }
    if (!step.sources.empty() && ImGui::TreeNode("Sources")) {
      for (const auto& src : step.sources) ImGui::BulletText("%s %s", src.source.c_str(), src.where.c_str());
      ImGui::TreePop();
    }
    const StepQuestion before = step.question;
    changed |= stepQuestionEditor(state, step.question, s);
    if (step.question.kind != before.kind || step.question.subject != before.subject || step.question.side != before.side)
      state.requests.showStep = std::size_t(current);  // asked again as edited (the wording shows when next asked)
  }
  state.lessonChanged |= changed;
  endPanel(state);
}

}  // namespace myoatlas
