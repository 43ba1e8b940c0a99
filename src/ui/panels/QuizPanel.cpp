#include "ui/panels/PanelLayout.h"

namespace myoatlas {

using namespace panel;

namespace {

// What the student does for each kind, under the prompt.
const char* quizInstruction(QuestionKind kind) {
  switch (kind) {
    case QuestionKind::NameMuscle: return "Pick one, or type the name.";
    case QuestionKind::FindMuscle: return "Click the muscle on the body (drag to turn it).";
    case QuestionKind::PainSources: return "Tick every muscle that applies.";
    case QuestionKind::DrawReferral: return "Paint on the skin (Shift erases), then press Done.";
    case QuestionKind::LocateTriggerPoint: return "Click the spot on the muscle (drag to turn the body).";
  }
  return "";
}

bool quizPicked(const QuizUi& quiz, const std::string& id) {
  return std::find(quiz.picked.begin(), quiz.picked.end(), id) != quiz.picked.end();
}

void quizNewDialog(UiState& state) {
  QuizUi& quiz = state.quiz;
  if (quiz.showNew) ImGui::OpenPopup("New quiz");
  quiz.showNew = false;
  const float s = std::max(state.options.uiScale, 1.0f);  // 0 until the host has measured the monitor
  ImGui::SetNextWindowSize(ImVec2(440.0f * s, 0.0f), ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal("New quiz", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  const Atlas* atlas = state.atlas;
  const char* regionName = "Whole body";
  if (atlas)
    for (const auto& r : atlas->regions)
      if (r.id == quiz.region) regionName = r.name.c_str();
  if (ImGui::BeginCombo("Region", regionName)) {
    if (ImGui::Selectable("Whole body", quiz.region.empty())) quiz.region.clear();
    if (atlas)
      for (const auto& r : atlas->regions)
        if (ImGui::Selectable(r.name.c_str(), quiz.region == r.id)) quiz.region = r.id;
    ImGui::EndCombo();
  }
  ImGui::Combo("Deepest layer", &quiz.depth, "Superficial\0Intermediate\0Deep\0");
  ImGui::Combo("Difficulty", &quiz.difficulty, "Easy\0Medium\0Hard\0");
  ImGui::SliderInt("Questions", &quiz.count, 1, 30);
  ImGui::InputInt("Seed", &quiz.seed);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("The same seed gives the same quiz: give it to the class to share one quiz");
  ImGui::TextUnformatted("Kinds of question");
  bool any = false;
  for (std::size_t k = 0; k < std::size(kQuestionKinds); ++k) {
    bool on = quiz.kinds[k];
    if (ImGui::Checkbox(questionKindName(kQuestionKinds[k]), &on)) quiz.kinds[k] = on;
    any = any || quiz.kinds[k];
  }
  ImGui::RadioButton("Self-test (each answer marked)", !quiz.classMode) && (quiz.classMode = false);
  ImGui::RadioButton("Class (one screen; the teacher reveals each answer)", quiz.classMode) && (quiz.classMode = true);
  ImGui::Separator();
  if (button("Start", any)) {
    QuizSpec spec;
    spec.region = quiz.region;
    spec.count = quiz.count;
    spec.seed = std::uint64_t(std::max(0, quiz.seed));
    spec.difficulty = Difficulty(std::clamp(quiz.difficulty, 0, 2));
    spec.depth = Depth(std::clamp(quiz.depth, 0, 2));
    for (std::size_t k = 0; k < std::size(kQuestionKinds); ++k)
      if (quiz.kinds[k]) spec.kinds.push_back(kQuestionKinds[k]);
    state.requests.newQuiz = spec;
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button("Cancel")) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

// The score at the end: per question and per kind.
void quizSummaryTable(UiState& state) {
  const QuizUi& quiz = state.quiz;
  const QuizSummary sum = summarizeQuiz(*quiz.quiz, quiz.marks);
  ImGui::Text("Score: %d%% over %d answered of %zu", int(std::lround(sum.total * 100.0)), sum.answered, quiz.quiz->questions.size());
  for (const auto& [kind, mean] : sum.byKind) ImGui::BulletText("%s: %d%%", questionKindName(kind), int(std::lround(mean * 100.0)));
  if (ImGui::BeginTable("marks", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
    for (std::size_t i = 0; i < quiz.quiz->questions.size(); ++i) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::Text("%zu", i + 1);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(questionKindName(quiz.quiz->questions[i].kind));
      ImGui::TableNextColumn();
      if (i < quiz.marks.size() && quiz.marks[i]) ImGui::Text("%d%%", int(std::lround(quiz.marks[i]->score * 100.0)));
      else ImGui::TextDisabled("-");
    }
    ImGui::EndTable();
  }
}

}  // namespace

void QuizPanel::draw(UiState& state) {
  quizNewDialog(state);
  QuizUi& quiz = state.quiz;
  const Question* q = quiz.question();
  if (!q) return;
  const float s = std::max(state.options.uiScale, 1.0f);
  ImGui::SetNextWindowPos(workAreaPoint(state, ImVec2(0.0f, 0.0f)), ImGuiCond_Appearing);  // where the search was
  ImGui::SetNextWindowSize(ImVec2(440.0f * s, 0.0f), ImGuiCond_Appearing);
  const std::string title = "Quiz: question " + std::to_string(quiz.current + 1) + " of " +
                            std::to_string(quiz.quiz->questions.size()) + "###quiz";
  bool open = true;
  if (!ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_AlwaysAutoResize)) {
    endPanel(state);
    if (!open) state.requests.quizEnd = true;
    return;
  }
  if (!open) state.requests.quizEnd = true;
  // In class the panel is read from the back of the room.
  if (quiz.classMode) ImGui::SetWindowFontScale(1.5f);
  // The title without its difficulty and seed ("Neck: 10 questions"): those are the teacher's, in Quiz > New.
  const std::string& quizTitle = quiz.quiz->title;
  ImGui::TextDisabled("%s", quizTitle.substr(0, quizTitle.find(" (")).c_str());
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 420.0f * s);
  ImGui::TextWrapped("%s", q->prompt.c_str());
  const std::optional<QuizMark>& mark = std::size_t(quiz.current) < quiz.marks.size() ? quiz.marks[std::size_t(quiz.current)] : std::nullopt;
  const bool answering = !quiz.revealed && !quiz.classMode;
  if (answering) ImGui::TextDisabled("%s", quizInstruction(q->kind));

  // Choices: ticked by the student, then marked right or wrong once the answer is shown.
  for (std::size_t c = 0; c < q->choices.size(); ++c) {
    const QuizChoice& choice = q->choices[c];
    const std::string text = std::string(1, char('a' + c)) + ") " + choice.label;  // what the student reads
    const std::string label = text + "##choice" + std::to_string(c);                // and its widget's id
    bool picked = quizPicked(quiz, choice.id);
    if (quiz.revealed) {  // [x] what was ticked: green found, amber missed, red a wrong tick, grey the rest
      const bool answer = choice.fraction > 0;
      const ImVec4 colour = answer && (picked || quiz.classMode) ? ImVec4(0.45f, 0.85f, 0.45f, 1.0f)
                            : answer                            ? ImVec4(0.95f, 0.75f, 0.30f, 1.0f)
                            : picked                            ? ImVec4(0.95f, 0.45f, 0.40f, 1.0f)
                                                                : ImVec4(0.70f, 0.70f, 0.70f, 1.0f);
      std::string verdict;
      if (answer) {
        verdict = q->single ? " - the answer" : choice.essential ? " - yes: essential zone" : " - yes: spillover zone";
        if (!picked && !quiz.classMode) verdict += " (missed)";
      } else if (picked || !q->single) {
        verdict = " - no";
      }
      ImGui::TextColored(colour, "%s %s%s", quiz.classMode ? "" : picked ? "[x]" : "[ ]", text.c_str(),
                         verdict.c_str());
      if (!answer && !choice.why.empty() && (picked || !q->single)) {
        ImGui::Indent();
        ImGui::TextDisabled("%s", choice.why.c_str());
        ImGui::Unindent();
      }
      continue;
    }
    if (!answering) {
      ImGui::TextUnformatted(text.c_str());
      continue;
    }
    if (q->single ? ImGui::RadioButton(label.c_str(), picked) : ImGui::Checkbox(label.c_str(), &picked)) {
      if (q->single) quiz.picked = {choice.id};
      else if (picked && !quizPicked(quiz, choice.id)) quiz.picked.push_back(choice.id);
      else if (!picked) quiz.picked.erase(std::remove(quiz.picked.begin(), quiz.picked.end(), choice.id), quiz.picked.end());
    }
  }
  if (answering && q->kind == QuestionKind::NameMuscle) {
    ImGui::SetNextItemWidth(260.0f * s);
    ImGui::InputTextWithHint("##typed", "or type the muscle's name", &quiz.typed);
  }
  if (answering && (isMultipleChoice(q->kind) || q->kind == QuestionKind::DrawReferral)) {
    const bool ready = q->kind == QuestionKind::DrawReferral || !quiz.picked.empty() || !quiz.typed.empty();
    if (button(q->kind == QuestionKind::DrawReferral ? "Done" : "Answer", ready)) {
      UiRequests::QuizAnswer answer;
      answer.picked = quiz.picked;
      answer.typed = quiz.typed;
      answer.drawing = q->kind == QuestionKind::DrawReferral;
      state.requests.quizAnswer = answer;
    }
  }
  if (quiz.classMode && !quiz.revealed && ImGui::Button("Reveal the answer")) state.requests.quizReveal = true;

  // After the answer: the mark, the answer and why, with the sources.
  if (quiz.revealed) {
    ImGui::Separator();
    if (mark) ImGui::TextWrapped("%s", mark->feedback.c_str());
    if (!isMultipleChoice(q->kind) || q->single) ImGui::TextWrapped("Answer: %s", q->answer.c_str());
    ImGui::TextWrapped("%s", q->explanation.c_str());
    if (state.atlas)
      for (const auto& ref : q->sources) ImGui::TextDisabled("Source: %s", sourceCitation(*state.atlas, ref).c_str());
  }
  ImGui::PopTextWrapPos();

  ImGui::Separator();
  if (button("< Previous", quiz.current > 0)) state.requests.quizGo = quiz.current - 1;
  ImGui::SameLine();
  const bool last = std::size_t(quiz.current) + 1 >= quiz.quiz->questions.size();
  if (button("Next >", !last)) state.requests.quizGo = quiz.current + 1;
  ImGui::SameLine();
  if (!quiz.revealed && quiz.classMode) {  // the teacher may name things while the class thinks
    ImGui::Checkbox("Show names", &quiz.namesShown);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Names on hover, labels, legend and details, before the answer");
  } else if (!quiz.revealed && ImGui::Button("Show the answer")) {  // self-test: giving up scores nothing
    UiRequests::QuizAnswer giveUp;
    giveUp.giveUp = true;
    state.requests.quizAnswer = giveUp;
  }
  if (!quiz.classMode && (last || ImGui::TreeNode("Score so far"))) {
    if (!last) {
      quizSummaryTable(state);
      ImGui::TreePop();
    } else {
      ImGui::Separator();
      quizSummaryTable(state);
    }
  }
  if (ImGui::Button("End quiz")) state.requests.quizEnd = true;
  endPanel(state);
}

}  // namespace myoatlas
