#include "ui/panels/PanelLayout.h"

namespace myoatlas {

using namespace panel;

namespace {

constexpr float kUiScalePresets[] = {1.0f, 1.25f, 1.5f, 2.0f, 2.5f};

void viewMenu(UiState& state) {
  for (CommandId id : {CommandId::ViewAnterior, CommandId::ViewPosterior, CommandId::ViewLeft, CommandId::ViewRight,
                       CommandId::ViewSuperior, CommandId::FrameAll})
    commandItem(state, id);
  optionMenuItem(state.options, "--pose", "P: next pose");
  optionMenuItem(state.options, "--split");
  ImGui::Separator();
  if (ImGui::BeginMenu(optionLabel("--ui-scale").c_str())) {
    for (float s : kUiScalePresets) {
      char label[32];
      std::snprintf(label, sizeof label, "%d%%%s", int(s * 100.0f + 0.5f), s >= 2.0f ? " (projector)" : "");
      if (ImGui::MenuItem(label, nullptr, std::abs(state.options.uiScale - s) < 0.01f)) state.options.uiScale = s;
    }
    optionControl(state.options, "--ui-scale", 160.0f * state.options.uiScale);
    ImGui::EndMenu();
  }
  ImGui::Separator();
  commandItem(state, CommandId::Layers, state.showLayers);
  // Ticked only while the skin is see-through: a hidden skin is not x-ray.
  commandItem(state, CommandId::Xray, isXray(state.options.skinOpacity));
  ImGui::Separator();
  optionMenuItem(state.options, "--high-contrast");
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
  if (ImGui::BeginMenu("Body")) {
    // The generated bodies: the same muscles, trigger points and patterns in male and female proportions.
    for (Sex sex : {Sex::Male, Sex::Female})
      if (ImGui::MenuItem(sex == Sex::Male ? "Male" : "Female", nullptr, state.body == sex)) state.requests.openBody = sex;
    if (!state.body) ImGui::TextDisabled("A model file is open; choose a body to return to the atlas' own");
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Pain")) {
    ImGui::MenuItem("Pain finder window", nullptr, &state.showPainFinder);
    ImGui::TextDisabled("Click the skin: which trigger points refer there?");
    ImGui::TextDisabled("Ctrl+click: the same through see-through skin");
    ImGui::Separator();
    if (ImGui::BeginMenu("Where does it hurt?")) {
      // Type it ("back of the knee", "plantar midfoot", "toothache"): the best matches replace the long list.
      ImGui::SetNextItemWidth(260.0f * state.options.uiScale);
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
    ImGui::SetNextItemWidth(160.0f * state.options.uiScale);
    ImGui::SliderFloat("Brush size", &state.brushRadiusCm, 1.0f, 8.0f, "%.1f cm");
    if (ImGui::MenuItem("Clear pain drawing")) state.requests.clearDrawing = true;
    commandItem(state, CommandId::ClientHandout);
    ImGui::Separator();
    optionMenuItem(state.options, "--color-map");
    optionMenuItem(state.options, "--compare");
    commandItem(state, CommandId::ClearSelection, false, !state.selectionLabels.empty());
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Lesson")) {
    commandItem(state, CommandId::NewLesson);
    commandItem(state, CommandId::OpenLesson);
    // The lessons that come with Myoatlas, wherever it is installed (the file dialog starts in the current folder).
    if (ImGui::BeginMenu("Shipped lessons", !state.shippedLessons.empty())) {
      for (const auto& lesson : state.shippedLessons)
        if (ImGui::MenuItem(lesson.title.c_str())) state.requests.openLesson = lesson.path;
      ImGui::EndMenu();
    }
    commandItem(state, CommandId::SaveLesson, false, state.lesson != nullptr);
    commandItem(state, CommandId::SaveLessonAs, false, state.lesson != nullptr);
    ImGui::Separator();
    commandItem(state, CommandId::AddStep);
    commandItem(state, CommandId::LessonPanel, state.showLesson);
    ImGui::Separator();
    commandItem(state, CommandId::Present, false, state.lesson && !state.lesson->steps.empty());
    commandItem(state, CommandId::LessonHandout, false, state.lesson && !state.lesson->steps.empty());
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Quiz")) {
    if (ImGui::MenuItem("New quiz...")) state.quiz.showNew = true;
    if (ImGui::MenuItem("End quiz", nullptr, false, state.quiz.active())) state.requests.quizEnd = true;
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Help")) {
    commandItem(state, CommandId::Help, state.showHelp);
    ImGui::MenuItem("About Myoatlas", nullptr, &state.showAbout);
    ImGui::EndMenu();
  }
  ImGui::EndMainMenuBar();
}

}  // namespace myoatlas
