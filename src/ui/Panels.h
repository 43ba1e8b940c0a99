#pragma once
// The viewer's ImGui panels: one struct per panel with a draw() that reads and writes UiState and raises
// requests; each is implemented in its own file under ui/panels/. No GL here.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "ui/UiState.h"

namespace myoatlas {

struct MainMenuBar {
  void draw(UiState& state);
};

struct HelpWindow {
  void draw(UiState& state);
};

struct AboutWindow {
  void draw(UiState& state);
};

struct FrameTimeOverlay {
  void draw(UiState& state);
};

// Modal for errors (a model that failed to load, a screenshot that could not be written).
struct ErrorPopup {
  void draw(UiState& state);
};

// The pain finder's answers: click a result to paint its pattern. Also the named pain-area menu.
struct PainFinderWindow {
  void draw(UiState& state);
  // Its own state: the answer shaped into rows (ui/PainRows), rebuilt when the answer changes.
  std::vector<PainSourceRow> rows;
  std::string query, guide;
  std::uint64_t shownRevision = ~std::uint64_t(0);
};

// Shown while a pattern is painted: what solid colour and dots mean, and what is selected.
struct HeatmapLegend {
  void draw(UiState& state);
};

// Type-ahead search over the atlas (names, Latin, abbreviations, symptoms, pain areas); arrows, Enter, Escape.
struct SearchPanel {
  void draw(UiState& state);
  // The panel's own state: what is typed, the results it lists and the highlighted one.
  std::string text;
  std::optional<Depth> depth;  // the depth filter (nullopt all); the region filter is the layers' (UiState)
  std::vector<SearchResult> results;
  int cursor = 0;
};

// Everything about the selected muscle or trigger point: anatomy, its trigger points, the referral, treatment
// with cautions shown prominently, sources, and the user's own note.
struct DetailsWindow {
  void draw(UiState& state);
  // The note being edited, and for which id: read from state.notes when the shown id changes, saved through
  // requests.saveNote.
  std::string noteFor, noteDraft;
};

// Layers: skin opaque / see-through / hidden, bones, peeling muscles from superficial to deep, isolating the
// selection, and the region filter that dims muscles outside it.
struct LayersPanel {
  void draw(UiState& state);
  float height_ = 360.0f;  // pixels, last frame's: to keep clear of the Details panel above it
};

// The name of the muscle under the cursor, beside the cursor.
struct HoverTooltip {
  void draw(UiState& state);
};

// Labels with leader lines for the selected muscle (or the chosen trigger points), placed beside the body on
// the side their anchor is, stacked so they never overlap.
struct LabelsOverlay {
  void draw(UiState& state);
};

// The lesson being prepared: its steps (click to show one), reorder, duplicate, delete, each step's title,
// text and pinned labels, and Present.
struct LessonPanel {
  void draw(UiState& state);
};

// Quizzes: Quiz > New's dialog (region, depth, difficulty, count, seed, kinds, self-test or class), then the
// question under way: its prompt, choices or what to do on the body, the answer marked and explained with its
// sources, previous and next, names shown on demand, and the score per question and per kind.
struct QuizPanel {
  void draw(UiState& state);
};

// Presentation mode: the step's title and text in a caption column on the right, the pen's strokes and a large
// pointer. The host hides every other panel while it is shown.
struct PresentationOverlay {
  void draw(UiState& state);
};

// Slide-ready images (render --title/--caption/--legend): the title and caption on bands at the top and foot,
// the legend above the caption; in the caption fonts, sized for the image.
struct SlideOverlay {
  void draw(UiState& state);
  std::string title, caption;
  bool legend = false;
};

struct StatusToast {
  void draw(UiState& state);
};

// A small file browser for opening a model, opening a view or saving one: type a path or walk the folders; only
// files of the kind asked for are listed.
struct FileDialog {
  void draw(UiState& state);

  std::filesystem::path directory = std::filesystem::current_path();
  std::string pathInput;
  std::vector<std::filesystem::directory_entry> entries;
  std::filesystem::path listed;  // directory the entries were read from
  UiState::FileDialog listedKind = UiState::FileDialog::None;
  std::string listError;
  void refresh();
};

bool isModelFileName(const std::filesystem::path& path);  // by extension, case-insensitive
bool isSceneFileName(const std::filesystem::path& path);  // *.myoscene.json (kSceneExtension), any case

}  // namespace myoatlas
