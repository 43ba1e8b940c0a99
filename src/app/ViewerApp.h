#pragma once
// The viewer's window host (private to app/): Viewer.cpp runs the loop and turns input into session verbs,
// ViewerFiles.cpp saves and opens what the user keeps (views, notes, screenshots, settings), ViewerMain.cpp
// checks the command line and opens the window.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include <imgui.h>

#include "app/Viewer.h"
#include "core/FrameStats.h"
#include "core/atlas/AtlasLoader.h"
#include "core/atlas/PainAreaLookup.h"
#include "core/atlas/Search.h"
#include "core/lesson/Lesson.h"
#include "core/lesson/Presentation.h"
#include "core/notes/UserNotes.h"
#include "core/session/Session.h"
#include "core/settings/ViewerSettings.h"
#include "render/OffscreenTarget.h"
#include "render/SceneRenderer.h"
#include "ui/Commands.h"
#include "ui/Panels.h"
#include "ui/TypeAhead.h"

struct GLFWwindow;

namespace myoatlas {

// The window host: GLFW input and ImGui panels in front of a Session; each loop iteration turns input into
// session verbs, draws the session's frame and the panels, and carries out what the panels asked for.
class ViewerApp {
 public:
  ViewerApp(GLFWwindow* window, const ViewerOptions& options, std::optional<ViewerSettings> settings, std::string settingsError)
      : window_(window), options_(options), settings_(std::move(settings)), settingsError_(std::move(settingsError)) {}
  int run(std::shared_ptr<const Model> model, ViewPreset preset, PosePreset pose, const std::optional<SceneFile>& scene);

 private:
  void applyUiScale();
  void setModel(std::shared_ptr<const Model> model, const std::string& path, Sex body = Sex::Male);
  bool switchModel(const std::string& path, Sex body);
  void startWith(ViewPreset preset, PosePreset pose, const std::optional<SceneFile>& scene);
  // Input: mouse on the body, then keyboard shortcuts.
  void handleMouse();
  void handleKeys();
  void runCommand(CommandId id);
  // Session <-> panels: the session's state shown, the panels' edits applied, their requests carried out.
  void showSessionInPanels(const SceneFrame& frame);
  void applyPanelEdits();
  void carryOutRequests();
  void afterSelecting(const std::string& detailsId, bool frame);
  void openView(const std::string& path);
  std::optional<std::vector<std::string>> showScene(const SceneFile& scene, const std::string& path, bool smooth);
  Result<std::shared_ptr<const Model>> loadModelFile(const std::string& path, Sex body = Sex::Male) const;  // "" a generated body
  void reportScene(const std::string& path, const std::vector<std::string>& dropped);
  void saveView(const std::string& path);
  void openDetails(const std::string& id);
  void saveNote(const std::string& id, const std::string& text);
  void saveScreenshot(const std::string& path);
  void exportHandout(const std::string& path, bool lesson);
  void status(const std::string& message, double seconds);
  void loadAtlasTools();
  void rememberSettings();
  // Lessons and presentation mode (ViewerLesson.cpp).
  bool mayReplaceLesson();
  void adoptLesson(Lesson lesson, const std::string& path);
  void newLesson();
  bool openLesson(const std::string& path);
  void saveLessonTo(const std::string& path);
  void keepUnsavedLesson();
  void showStep(std::size_t index, bool smooth);
  void addStep();
  void updateStep();
  void syncAnnotations();
  void pinAnnotation(glm::vec2 pixel);
  void startPresenting(std::size_t step);
  void stopPresenting();
  void handlePresentationKeys(const std::vector<ShortcutKeys::Press>& presses);
  void handlePresentationMouse();
  // Quizzes (ViewerQuiz.cpp).
  void startQuiz(const QuizSpec& spec);
  void showQuestion(int index);
  void stageCurrentQuestion();
  void answerQuiz(const UiRequests::QuizAnswer& answer);
  void markQuizAnswer(QuizMark mark);
  bool quizClick(glm::vec2 pixel);  // true: the quiz took the click
  void endQuiz(bool restoreView = true);
  void revealQuiz();
  void carryOutQuizRequests(UiRequests& requests);
  const QuizBody& quizBody();                       // what the loaded body can be asked about (kept per model)
  void beginQuiz(Quiz quiz, bool classMode);
  void askStepQuestion(std::size_t step);           // a lesson step's own question, asked in class mode

  GLFWwindow* window_;
  const ViewerOptions& options_;
  std::optional<ViewerSettings> settings_;  // remembered settings; nullopt for automated runs or a damaged file
  std::string settingsError_;
  AtlasLoad atlas_;
  std::unique_ptr<Session> session_;
  std::string modelPath_;  // "" a generated body
  Sex body_ = Sex::Male;   // which, when modelPath_ is ""
  std::unique_ptr<SceneRenderer> renderer_;
  // The scene is drawn here and copied to the window under the interface (drawScene): full size with 4x
  // multisampling, or a draft while the view moves on a software rasteriser.
  std::optional<OffscreenTarget> sceneTarget_;
  glm::mat4 lastSceneView_{0.0f};
  bool lastFrameDraft_ = false;
  bool drewFirstFrame_ = false;  // drawScene() has drawn a frame (the first is a quick draft)
  FrameStats movingFrameStats_;  // frames drawn as drafts, for --frame-stats
  void drawScene(const SceneFrame& shown, int fbWidth, int fbHeight, int pictureWidth, int winWidth);
  std::unique_ptr<AtlasSearch> search_;
  std::unique_ptr<PainAreaLookup> areaLookup_;
  UserNotes notes_;
  bool notesDamaged_ = false;
  UiState ui_;
  std::uint64_t shownAnswer_ = ~std::uint64_t(0);
  float appliedUiScale_ = 0.0f;
  bool appliedHighContrast_ = false;
  ImGuiStyle baseStyle_;
  // Mouse: a drag belongs to the viewport only if it started there.
  bool dragButton_[3] = {false, false, false};  // left, right, middle
  glm::vec2 pressPosition_{0.0f};
  bool pressCtrl_ = false;  // Ctrl was down when the left button went down
  glm::vec2 lastBrush_{-1.0f}, lastHover_{-1.0f};
  bool popupWasOpen_ = false;  // a menu or popup was open last frame (ShortcutKeys)
  ShortcutKeys shortcuts_;
  Lesson lesson_;
  Presentation presentation_;
  bool discardArmed_ = false;
  std::string screenshotFolder_;  // where the last screenshot went ("" the pictures folder)  // New/Open lesson asked once with unsaved changes: the next one discards them
  int windowed_[4] = {0, 0, 1280, 800};  // the window's place and size before presenting full screen
  TypeAhead typeAhead_;  // what is typed right after Ctrl+F goes into the search field

  MainMenuBar menu_;
  HelpWindow help_;
  AboutWindow about_;
  FrameTimeOverlay overlay_;
  ErrorPopup errors_;
  StatusToast toast_;
  FileDialog fileDialog_;
  PainFinderWindow painFinder_;
  SearchPanel searchPanel_;
  LayersPanel layersPanel_;
  HoverTooltip hoverTip_;
  LabelsOverlay labels_;
  DetailsWindow details_;
  HeatmapLegend legend_;
  LessonPanel lessonPanel_;
  PresentationOverlay presentationOverlay_;
  QuizPanel quizPanel_;
  std::optional<Quiz> quiz_;
  std::vector<std::vector<std::pair<std::uint32_t, float>>> quizDrawings_;  // the student's drawing per question
  std::optional<std::size_t> lessonQuestionStep_;  // the quiz is this lesson step's question
  std::optional<QuizBody> quizBody_;  // made on first use, dropped when another model is set
};

}  // namespace myoatlas
