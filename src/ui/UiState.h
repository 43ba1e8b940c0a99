#pragma once
// Plain application state that the ImGui panels read and write. Panels never act directly: they set requests
// here and the app carries them out after the frame (open a model, take a screenshot, change the view...).
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/Camera.h"
#include "core/FrameStats.h"
#include "core/Pose.h"
#include "core/atlas/PainAreaLookup.h"
#include "core/atlas/Search.h"
#include "core/body/BodyParameters.h"
#include "core/lesson/Lesson.h"
#include "core/quiz/Quiz.h"
#include "core/scene/MeshAnatomy.h"
#include "core/session/SceneStyle.h"
#include "core/settings/Options.h"  // kUiScaleMin, kUiScaleMax
#include "ui/Commands.h"

struct ImFont;

namespace myoatlas {

struct PainAnswer;  // core/session/Session.h
class UserNotes;   // core/notes/UserNotes.h
struct Lesson;     // core/lesson/Lesson.h
class Presentation;  // core/lesson/Presentation.h


struct UiRequests {
  std::vector<CommandId> commands;  // menu entries of the command table (ui/Commands.h), in order
  std::optional<std::string> openModel;  // path chosen in the open dialog
  std::optional<Sex> openBody;           // Body > Male / Female: show that generated body
  std::optional<std::string> openView;   // a scene file (*.myoscene.json) to show
  std::optional<std::string> saveView;   // where to save the current view as a scene file
  std::optional<std::string> painArea;  // run the pain finder on this pain area (id)
  std::optional<std::vector<std::pair<std::string, bool>>> select;  // trigger points to paint: (id, left side?)
  bool clearDrawing = false;
  std::optional<SearchResult> chosen;                      // a search result picked by the user
  std::optional<std::string> showDetails;                  // muscle or trigger point id
  std::optional<std::pair<std::string, std::string>> saveNote;  // (id, text)
  // Lessons: files, and what needs the session (the step shown, the view taken into a step).
  std::optional<std::string> openLesson, saveLesson;
  std::optional<std::string> saveScreenshot;  // where to write the screenshot (PNG)
  std::optional<std::string> lessonHandout, clientHandout;  // where to write the handout (PDF)
  std::optional<std::size_t> showStep;  // show this step of the lesson (its scene and labels)
  bool addStep = false;                 // the view shown becomes a new step after the current one
  bool updateStep = false;              // the view shown replaces the current step's scene
  // Quizzes: a new one, an answer given in the Quiz panel, another question, the answer shown, the quiz ended.
  std::optional<QuizSpec> newQuiz;
  struct QuizAnswer {
    std::vector<std::string> picked;  // choice ids
    std::string typed;                // a typed name (name-muscle)
    bool drawing = false;             // draw-referral: the pain drawing on the skin is the answer
    bool giveUp = false;              // self-test: the answer shown without one (no marks)
  };
  std::optional<QuizAnswer> quizAnswer;
  std::optional<int> quizGo;  // show this question (0-based)
  bool quizReveal = false;    // class mode: the teacher shows the answer
  bool quizEnd = false;
};

// The quiz under way (ui/panels/QuizPanel.cpp shows it; the app owns the quiz and marks the answers).
struct QuizUi {
  // Quiz > New: the settings of the next quiz.
  bool showNew = false;
  std::string region;  // region id ("" the whole body)
  int count = 10, seed = 1, difficulty = 1, depth = 2;  // difficulty and depth as Difficulty and Depth values
  std::vector<bool> kinds = std::vector<bool>(std::size(kQuestionKinds), true);
  bool classMode = false;  // one screen, the teacher reveals each answer; else self-test (each answer marked)
  // The quiz shown.
  const Quiz* quiz = nullptr;
  int current = 0;
  bool revealed = false;     // the current question's answer is shown
  bool namesShown = false;   // class mode: names shown on demand before the answer (hover, labels, legend, details)
  std::vector<std::optional<QuizMark>> marks;  // one per question, once answered
  std::vector<std::string> picked;             // the choices ticked for the current question
  std::string typed;                           // the name typed for the current question
  bool active() const { return quiz != nullptr; }
  const Question* question() const {
    return quiz && current >= 0 && std::size_t(current) < quiz->questions.size() ? &quiz->questions[std::size_t(current)] : nullptr;
  }
};

// One answer of the pain finder, ready to show.
// Rows come grouped: a muscle's header row, then its trigger points indented under it.
struct PainSourceRow {
  std::string triggerPoint;  // full id (a header row: the muscle's best trigger point, previewed on hover)
  std::string label;         // "Upper trapezius (right)" / "Upper trapezius TrP1"
  bool left = false;
  bool essential = false;
  float coverage = 0.0f;  // how strongly the pattern covers the point or the drawing, 0..1
  bool header = false;    // a muscle; clicking it paints all of `group`
  bool painted = true;    // false: the guide lists it but its pattern is not painted there on this body
  bool beyondGuide = false;        // painted there, but not in the guide's list for the area
  std::vector<std::string> group;  // header rows: the muscle's trigger points in the answer
  std::string note;                // shown on hover: how common the trigger point is, or the guide's word
};

struct PainAreaItem {
  std::string id, name, region;
};

struct UiState {
  UiRequests requests;
  QuizUi quiz;
  // In a quiz, until the answer is shown (or the user asks to see names), every panel that would name what is
  // asked stays closed or quiet: search, details, the pain finder, the legend, the hover name and the labels.
  bool namesHidden() const { return quiz.active() && !quiz.revealed && !quiz.namesShown; }
  // The search and the pain finder stay closed for the whole quiz: they would answer its questions, and the Quiz
  // panel takes their place at the top left.
  bool quizHidesFinders() const { return quiz.active(); }

  // The option table's values (core/settings/Options.h), edited by the widgets made from it. The host fills
  // the view's options (pose, layers, colour map, labels) from the session each frame and applies the panels'
  // edits after it. uiScale multiplies font size and spacing (2 or more for a classroom projector).
  AppOptions options;
  bool showFrameTime = false;  // the frame-time overlay (F3)
  std::optional<Sex> body;     // the generated body shown; unset when a model file is open
  int screenshotWidth = 0, screenshotHeight = 0;  // 0: the window's size
  // Slide-ready screenshots: text burned in, transparency; asked for in the screenshot's save dialog.
  struct Slide {
    std::string title, caption;
    bool legend = true, labels = true, transparent = false;
  } slide;
  std::string screenshotPath;  // the name the save dialog offers (in the folder last saved to)
  bool showHelp = false;
  bool showAbout = false;
  enum class FileDialog { None, OpenModel, OpenView, SaveView, OpenLesson, SaveLesson, SaveScreenshot, LessonHandout, ClientHandout };
  std::string paper = "a4";  // handouts: "a4" or "letter"
  FileDialog fileDialog = FileDialog::None;

  // Referred pain: what is painted, and the pain finder's latest answer.
  std::vector<std::string> selectionLabels;  // names of the painted trigger points, for the legend
  const PainAnswer* painAnswer = nullptr;     // the session's latest answer; the pain finder window shows it
  std::uint64_t painAnswerRevision = 0;       // changes with the answer
  bool showPainFinder = false;
  std::vector<PainAreaItem> painAreas;        // for the area menu
  std::vector<LessonListing> shippedLessons;  // Lesson > Shipped lessons: those that come with Myoatlas
  std::string painFinderNote;                 // why the finder is unavailable, if it is
  std::string painFinderCaveat;               // why its answers may be incomplete (landmarks the model lacks)
  std::vector<std::string> modelFit;          // how an imported model was made ready (core/scene/BodyFit.h)
  // The pain finder row under the mouse this frame, (trigger point, left side?): its pattern is previewed. The
  // host clears it before the panels draw.
  std::optional<std::pair<std::string, bool>> preview;
  // Atlas browsing: the app owns the atlas and its search index; panels read them.
  const Atlas* atlas = nullptr;
  const AtlasSearch* search = nullptr;
  const PainAreaLookup* areaLookup = nullptr;  // the Pain menu's "type where it hurts" box
  const UserNotes* notes = nullptr;            // the user's notes; the Details window edits a copy of one
  std::string areaFilter;
  std::string searchRegion;  // region id the search is limited to ("" all)
  bool focusSearch = false;        // Ctrl+F puts the cursor in the search box
  std::string searchInsert;        // typed before the box had the keyboard: inserted at its cursor (TypeAhead)
  std::string detailsId;           // the muscle or trigger point shown in the Details window ("" none)
  bool showDetails = false;
  // Meshes and layers.
  bool showLayers = false;     // the Layers window (L)
  std::size_t modelMuscles = 0;  // muscle meshes in the loaded model
  std::string hoverLabel;      // name of the mesh under the cursor ("" none), shown as a tooltip
  std::string selectedMuscle;  // atlas muscle id, highlighted on the body ("" none)
  struct Label {
    std::string text;
    glm::vec2 anchor;  // window pixels, top-left origin
  };
  std::vector<Label> labels;   // leader-line labels for the selection, projected this frame
  float searchBottom = 0.0f;   // bottom edge of the search panel (top left) this frame
  struct Rect {
    glm::vec2 min, max;  // window pixels
  };
  std::vector<Rect> panelRects;  // every panel drawn this frame adds its own (cleared by the host each frame)
  bool paintMode = false;                     // left drag paints the patient's pain drawing (Shift erases)
  float brushRadiusCm = 3.0f;

  // What is loaded, for titles and the About box.
  std::string modelSource;
  std::size_t meshCount = 0;
  std::size_t triangleCount = 0;
  std::string glDescription;

  // Lessons (core/lesson): the app owns the lesson being prepared; the Lesson panel edits its titles, texts,
  // order and labels in place (setting lessonChanged) and raises requests for what needs the session.
  Lesson* lesson = nullptr;
  std::string lessonPath;      // "" not saved yet
  bool lessonChanged = false;  // edits since it was opened or saved
  int lessonStep = -1;         // the step shown or edited (-1 none)
  bool showLesson = false;
  std::string pinText;         // the label to pin
  bool pinning = false;        // the next click on the body pins pinText to the step
  // Presentation mode: the host draws only the presentation overlay (caption column, pen, pointer).
  const Presentation* presentation = nullptr;
  float captionFraction = 0.36f;  // of the window's width, on the right
  std::string viewedFrom;          // "behind", "the left"...: the caption says where the body is seen from
  // The split view: where the right-hand pane starts (window pixels; 0 not split) and where each pane sees the
  // body from, named at the top of each pane.
  float splitX = 0.0f;
  std::string paneViews[2];
  std::string paintedSides;        // "right side", "left side", "both sides" or "" (nothing painted)
  ImFont* captionFont = nullptr;  // large fonts for the caption, sized for the screen (null: the default font)
  ImFont* captionTitleFont = nullptr;

  FrameStats frameStats;
  std::string errorMessage;   // non-empty: shown in a modal until dismissed
  std::string statusMessage;  // a short notice at the bottom (screenshot saved...)
  double statusUntil = 0.0;   // seconds, ImGui time
};

}  // namespace myoatlas
