// Panels on an ImGui context with no backend (no window, no GL): typed input reaches them, and they raise the
// requests and report the rectangles the app relies on.
#include "ui/Panels.h"

#include <map>

#include <gtest/gtest.h>
#include <imgui.h>

#include "core/atlas/AtlasLoader.h"
#include "core/atlas/Search.h"
#include "core/notes/UserNotes.h"
#include "ui/TypeAhead.h"
#include "ui/panels/PanelLayout.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

constexpr int kEnter = 13;  // our indices for keys in io.KeysDown
constexpr int kDown = 40;

// One ImGui context at a window's size; frame() runs one frame of the given panels.
class HeadlessUi {
 public:
  HeadlessUi() {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1280.0f, 800.0f);
    io.DeltaTime = 1.0f / 60.0f;
    io.IniFilename = nullptr;
    io.KeyMap[ImGuiKey_Enter] = kEnter;
    io.KeyMap[ImGuiKey_DownArrow] = kDown;
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // builds the font atlas; nothing is drawn
  }
  ~HeadlessUi() { ImGui::DestroyContext(); }
  template <typename Draw>
  void frame(Draw draw) {
    ImGui::NewFrame();
    draw();
    ImGui::Render();
  }
  void type(const char* text) { ImGui::GetIO().AddInputCharactersUTF8(text); }
  void enter(bool down) { ImGui::GetIO().KeysDown[kEnter] = down; }
  void down(bool pressed) { ImGui::GetIO().KeysDown[kDown] = pressed; }
  void mouse(ImVec2 at, bool down) {
    ImGui::GetIO().MousePos = at;
    ImGui::GetIO().MouseDown[0] = down;
  }
};

const AtlasLoad& atlas() {
  static const AtlasLoad load = loadAtlas((test::sourceDir() / "data").string());
  return load;
}

// The search panel on the shipped atlas, with the host's part of typing ahead (what the viewer does each frame).
class SearchField : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(atlas().ok());
    state.atlas = &atlas().atlas;
    state.search = &search;
  }
  void frame(bool withHelp = false) {
    ui.frame([&] {
      state.searchInsert += typeAhead.update();
      panel.draw(state);
      if (withHelp) help.draw(state);
    });
  }
  void pressCtrlF() {
    state.focusSearch = true;
    typeAhead.start();
  }
  const AtlasSearch search{atlas().atlas};
  UiState state;
  SearchPanel panel;
  HelpWindow help;
  TypeAhead typeAhead;
  HeadlessUi ui;
};

TEST_F(SearchField, TakesTypedTextAndEnterChoosesTheFirstResult) {
  pressCtrlF();
  frame();
  EXPECT_FALSE(state.focusSearch) << "the panel took the focus request";
  frame();  // the field is active from the next frame
  ui.type("piriformis");
  frame();
  EXPECT_EQ(panel.text, "piriformis");
  ASSERT_FALSE(panel.results.empty());
  ui.enter(true);
  frame();
  ASSERT_TRUE(state.requests.chosen.has_value()) << "Enter chooses a result";
  EXPECT_EQ(state.requests.chosen->id, "piriformis");
  ASSERT_EQ(state.panelRects.size(), 4u) << "one rectangle per frame drawn";
  EXPECT_LT(state.panelRects.back().max.x, 640.0f) << "top left";
}

TEST_F(SearchField, ArrowsMoveThroughTheResults) {
  pressCtrlF();
  frame();
  frame();
  ui.type("trapezius");
  frame();
  ASSERT_GE(panel.results.size(), 2u);
  EXPECT_EQ(panel.cursor, 0);
  ui.down(true);
  frame();
  EXPECT_EQ(panel.cursor, 1) << "Down moves to the second result (the filters below the field must not swallow it)";
  const std::string second = panel.results[1].id;
  ui.down(false);
  frame();
  ui.enter(true);
  frame();
  ASSERT_TRUE(state.requests.chosen.has_value());
  EXPECT_EQ(state.requests.chosen->id, second) << "Enter chooses the highlighted result";
}

TEST_F(SearchField, LettersTypedRightAfterCtrlFReachIt) {
  frame();
  // Ctrl+F and "pi" arrive in one frame, "ri" in the next, before the field has the keyboard.
  pressCtrlF();
  ui.type("pi");
  frame();
  ui.type("ri");
  for (int i = 0; i < 3; ++i) frame();
  EXPECT_EQ(panel.text, "piri") << "nothing typed is lost, and in order";
}

TEST_F(SearchField, LettersTypedRightAfterCtrlFReachItAfterAnotherWindowClosed) {
  state.showHelp = true;  // F1 opens the help, F1 closes it
  for (int i = 0; i < 3; ++i) frame(true);
  state.showHelp = false;
  for (int i = 0; i < 3; ++i) frame(true);
  // A slow frame: Ctrl+F and all of "teres" arrive before it.
  pressCtrlF();
  ui.type("teres");
  for (int i = 0; i < 4; ++i) frame(true);
  EXPECT_EQ(panel.text, "teres");
}

TEST(Panels, SaveViewNamesTheFileAsAScene) {
  UiState state;
  state.fileDialog = UiState::FileDialog::SaveView;
  FileDialog dialog;
  dialog.directory = test::scratchDir();
  HeadlessUi ui;
  ui.frame([&] { dialog.draw(state); });
  ASSERT_NE(dialog.pathInput.find("view.myoscene.json"), std::string::npos) << "a ready name in the folder";
  dialog.pathInput = (test::scratchDir() / "lesson-1").string();
  ui.frame([&] { dialog.draw(state); });  // the path field has the keyboard from the next frame
  ui.enter(true);
  ui.frame([&] { dialog.draw(state); });
  ASSERT_TRUE(state.requests.saveView.has_value());
  EXPECT_EQ(*state.requests.saveView, (test::scratchDir() / "lesson-1.myoscene.json").string());
  EXPECT_EQ(state.fileDialog, UiState::FileDialog::None) << "the dialog closes";
}

TEST(Panels, TheScreenshotDialogOffersAFreshNameAndTheSlideText) {
  UiState state;
  state.fileDialog = UiState::FileDialog::SaveScreenshot;
  state.screenshotPath = (test::scratchDir() / "myoatlas-20261130-101500.png").string();
  FileDialog dialog;
  HeadlessUi ui;
  ui.frame([&] { dialog.draw(state); });
  EXPECT_EQ(dialog.pathInput, state.screenshotPath) << "the name offered, in the folder last saved to";
  EXPECT_EQ(dialog.directory, test::scratchDir());
  state.slide.title = "Piriformis";
  dialog.pathInput = (test::scratchDir() / "slide-3").string();
  ui.frame([&] { dialog.draw(state); });
  ui.enter(true);
  ui.frame([&] { dialog.draw(state); });
  ASSERT_TRUE(state.requests.saveScreenshot.has_value());
  EXPECT_EQ(*state.requests.saveScreenshot, (test::scratchDir() / "slide-3.png").string()) << "a PNG, named so";
}

TEST(Panels, LayersStandBesideTheDetailsNotOnThem) {
  ASSERT_TRUE(atlas().ok());
  UiState state;
  state.atlas = &atlas().atlas;
  state.detailsId = "piriformis";
  state.showDetails = true;
  state.showLayers = true;
  DetailsWindow details;
  LayersPanel layers;
  HeadlessUi ui;
  for (int i = 0; i < 3; ++i) {  // auto-sized windows take their size on the second frame
    state.panelRects.clear();
    ui.frame([&] {
      details.draw(state);
      layers.draw(state);
    });
  }
  ASSERT_EQ(state.panelRects.size(), 2u);
  const auto& d = state.panelRects[0];
  const auto& l = state.panelRects[1];
  const bool overlap = l.min.x < d.max.x && d.min.x < l.max.x && l.min.y < d.max.y && d.min.y < l.max.y;
  EXPECT_FALSE(overlap) << "Layers (" << l.min.x << ".." << l.max.x << ") over Details (" << d.min.x << ".." << d.max.x << ")";
}

TEST(Panels, DetailsShowTheNoteOfWhatIsShownAndSaveTheEditedText) {
  ASSERT_TRUE(atlas().ok());
  UserNotes notes;
  notes.set("piriformis", "Tight after long drives");
  UiState state;
  state.atlas = &atlas().atlas;
  state.notes = &notes;
  state.showDetails = true;
  state.detailsId = "piriformis";
  DetailsWindow details;
  HeadlessUi ui;
  ui.frame([&] { details.draw(state); });
  EXPECT_EQ(details.noteDraft, "Tight after long drives");
  details.noteDraft += "; better after stretching";  // what the user typed
  ui.frame([&] { details.draw(state); });
  EXPECT_EQ(details.noteDraft, "Tight after long drives; better after stretching") << "a redraw keeps the edit";

  state.detailsId = "gluteus_medius";  // another muscle chosen: its own (empty) note
  ui.frame([&] { details.draw(state); });
  EXPECT_EQ(details.noteDraft, "");
  EXPECT_FALSE(state.requests.saveNote.has_value()) << "nothing saved without the user asking";
}

// The text the last frame drew, read back from its draw lists: each glyph is a quad whose first corner carries
// the glyph's texture corner, so the characters come back in drawing order (spaces draw nothing and are lost).
std::string drawnText() {
  const ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
  std::map<std::pair<float, float>, char> glyphs;
  for (const ImFontGlyph& g : font->Glyphs)
    if (g.Visible && g.Codepoint < 128) glyphs[{g.U0, g.V0}] = char(g.Codepoint);
  std::string text;
  const ImDrawData* data = ImGui::GetDrawData();
  for (int l = 0; data && l < data->CmdListsCount; ++l) {
    const ImDrawList* list = data->CmdLists[l];
    for (int v = 0; v + 3 < list->VtxBuffer.Size; ++v) {
      const auto it = glyphs.find({list->VtxBuffer[v].uv.x, list->VtxBuffer[v].uv.y});
      if (it != glyphs.end()) text += it->second, v += 3;
    }
  }
  return text;
}

std::string lowerNoSpaces(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c != ' ') out += char(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// In a quiz, before the answer, no panel names the muscle asked about: not the search, the details, the hover
// name, the labels, the legend or the pain finder; after the answer (or with names shown on demand) they do.
TEST(QuizMode, NoPanelNamesWhatIsAskedUntilTheAnswerIsShown) {
  ASSERT_TRUE(atlas().ok());
  const AtlasSearch search(atlas().atlas);
  QuizSpec spec;
  spec.region = "shoulder_upper_back";
  spec.kinds = {QuestionKind::NameMuscle};
  QuizBody body;
  for (const auto& m : atlas().atlas.muscles) body.muscles.insert(m.id);
  const auto quiz = generateQuiz(atlas().atlas, body, spec);
  ASSERT_TRUE(quiz.ok()) << quiz.error();
  const Question& q = quiz->questions.front();
  const std::string name = atlas().atlas.muscle(q.muscle)->name;
  // What the host shows of the session while the question is up: the muscle is highlighted, so each panel that
  // names what is selected or hovered has the name to show.
  UiState state;
  state.atlas = &atlas().atlas;
  state.search = &search;
  state.quiz.quiz = &quiz.value();
  state.quiz.marks.assign(quiz->questions.size(), std::nullopt);
  state.hoverLabel = name + " (right)";
  state.labels = {{name + " (right)", glm::vec2(640.0f, 400.0f)}};
  state.selectionLabels = {name + " TrP1 (right)"};
  state.detailsId = q.muscle;
  state.showDetails = true;
  state.showPainFinder = true;
  SearchPanel searchPanel;
  searchPanel.text = name;
  DetailsWindow details;
  HoverTooltip hover;
  LabelsOverlay labels;
  HeatmapLegend legend;
  PainFinderWindow finder;
  QuizPanel panel;
  HeadlessUi ui;
  const auto frame = [&] {
    ui.frame([&] {
      searchPanel.draw(state);
      details.draw(state);
      hover.draw(state);
      labels.draw(state);
      legend.draw(state);
      finder.draw(state);
      panel.draw(state);
    });
    return lowerNoSpaces(drawnText());
  };
  frame();
  const std::string hidden = frame();
  EXPECT_NE(hidden.find(lowerNoSpaces(q.prompt)), std::string::npos) << "the question is shown: " << hidden;
  for (const auto& c : q.choices) EXPECT_NE(hidden.find(lowerNoSpaces(c.label)), std::string::npos) << c.label << " among the choices";
  // The right answer appears once, as one choice among the others, and nowhere else.
  std::size_t count = 0;
  for (std::size_t at = hidden.find(lowerNoSpaces(name)); at != std::string::npos; at = hidden.find(lowerNoSpaces(name), at + 1)) ++count;
  EXPECT_EQ(count, 1u) << "named outside the choices: " << hidden;
  state.quiz.quiz = nullptr;  // the same panels without a quiz name it many times: the check can fail
  frame();
  const std::string plain = frame();
  std::size_t shown = 0;
  for (std::size_t at = plain.find(lowerNoSpaces(name)); at != std::string::npos; at = plain.find(lowerNoSpaces(name), at + 1)) ++shown;
  EXPECT_GE(shown, 3u) << plain;
  // After the answer, the panel says what it was, with the explanation and its source.
  state.quiz.quiz = &quiz.value();
  state.quiz.revealed = true;
  state.quiz.marks[0] = markChoices(q, {q.muscle});
  frame();
  const std::string revealed = frame();
  EXPECT_NE(revealed.find(lowerNoSpaces("Correct: it is the")), std::string::npos) << revealed;
  EXPECT_NE(revealed.find("source:"), std::string::npos) << revealed;
}

// The menus and the Layers panel are made from the option table: every option's widget, clicked, changes that
// option to another valid value and leaves the others alone.
// An imported model's fit is told in the pain finder, its warnings open at first so they are not missed.
TEST(Panels, ThePainFinderTellsHowAnImportedModelWasFitted) {
  UiState state;
  state.showPainFinder = true;
  state.painFinderNote = "";
  state.modelFit = {"120 landmarks fitted from the generated body by 82 points.", "Warning: the fit is poor in the region 'chest_abdomen'."};
  PainFinderWindow finder;
  HeadlessUi ui;
  for (int i = 0; i < 2; ++i) ui.frame([&] { finder.draw(state); });  // a new window shows from its second frame
  const std::string shown = lowerNoSpaces(drawnText());
  EXPECT_NE(shown.find("howthismodelwasfitted"), std::string::npos) << shown;
  EXPECT_NE(shown.find("thefitispoorintheregion"), std::string::npos) << shown;
  state.modelFit = {};
  ui.frame([&] { finder.draw(state); });
  EXPECT_EQ(lowerNoSpaces(drawnText()).find("howthismodelwasfitted"), std::string::npos) << "our own body needs no fit";
}

TEST(OptionWidgets, ClickingAnOptionsControlChangesThatOptionOnly) {
  HeadlessUi ui;
  constexpr float kWidth = 300.0f;
  for (const OptionSpec& spec : optionTable()) {
    SCOPED_TRACE(spec.flag);
    const AppOptions before;
    AppOptions options;
    ImVec2 target;
    const auto draw = [&] {
      ImGui::SetNextWindowPos(ImVec2(0.0f, 0.0f));
      ImGui::SetNextWindowSize(ImVec2(700.0f, 700.0f));
      ImGui::Begin("Options", nullptr, ImGuiWindowFlags_NoSavedSettings);
      panel::optionControl(options, spec.flag, kWidth);
      // The last widget drawn: the last choice or the tick (their label's end), or the middle of a slider.
      const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
      const bool slider = (spec.kind == OptionKind::Number || spec.kind == OptionKind::Integer) && !spec.choiceLabels[0];
      target = ImVec2(slider ? lo.x + 0.5f * kWidth : hi.x - 3.0f, 0.5f * (lo.y + hi.y));
      ImGui::End();
    };
    ui.frame(draw);
    ui.frame(draw);
    ui.mouse(target, false);
    ui.frame(draw);
    ui.mouse(target, true);
    ui.frame(draw);
    ui.mouse(target, false);
    ui.frame(draw);
    for (const OptionSpec& other : optionTable()) {
      if (&other == &spec) EXPECT_NE(optionText(options, other), optionText(before, other)) << "the option did not change";
      else EXPECT_EQ(optionText(options, other), optionText(before, other)) << other.flag << " changed too";
    }
    EXPECT_TRUE(checkOption(options, spec)) << optionText(options, spec);
  }
}

}  // namespace
}  // namespace myoatlas
