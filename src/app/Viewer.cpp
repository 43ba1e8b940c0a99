// The viewer's frame loop: input becomes session verbs and commands, the session's frame is drawn with the panels
// in front, and what the panels ask for is carried out.
#include "app/Fonts.h"
#include "app/ViewerApp.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <utility>
#include <vector>

#include <glad/gl.h>  // must precede GLFW so GLFW does not pull in the system GL header
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include "app/AtlasCommands.h"
#include "app/StartupClock.h"
#include "app/WindowInput.h"
#include "core/scene/BodyFit.h"
#include "io/Png.h"
#include "io/UserData.h"
#include "render/GlLoader.h"
#include "render/Snapshot.h"

namespace myoatlas {
namespace {

constexpr float kBaseFontPixels = 17.0f;

// The part of the window a selection should be framed in: left of a tall panel on the right (Details) and right
// of a tall one on the left (the pain finder), below the menu bar. Window pixels: x, y, width, height.
glm::vec4 freeViewport(const UiState& ui, int width, int height) {
  float left = 0.0f, right = float(width), top = ImGui::GetFrameHeight(), bottom = float(height);
  for (const auto& r : ui.panelRects) {
    if (r.max.y - r.min.y < 0.4f * float(height)) continue;  // small panels leave the body in view
    if ((r.min.x + r.max.x) * 0.5f > float(width) * 0.5f) right = std::min(right, r.min.x);
    else left = std::max(left, r.max.x);
  }
  if (right - left < 0.3f * float(width)) left = 0.0f, right = float(width);  // panels everywhere: use it all
  return {left, top, right - left, bottom - top};
}

}  // namespace

void ViewerApp::applyUiScale() {
  if (ui_.options.uiScale == appliedUiScale_ && ui_.options.highContrast == appliedHighContrast_) return;
  appliedHighContrast_ = ui_.options.highContrast;
  ImGuiIO& io = ImGui::GetIO();
  int screenHeight = 1080;  // presentation captions are sized for the screen they are shown on full screen
  if (GLFWmonitor* monitor = glfwGetPrimaryMonitor())
    if (const GLFWvidmode* mode = glfwGetVideoMode(monitor)) screenHeight = mode->height;
  loadFonts(*io.Fonts, std::round(kBaseFontPixels * ui_.options.uiScale), screenHeight, ui_);
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  ImGui::GetStyle() = baseStyle_;
  if (ui_.options.highContrast) {  // projectors wash out greys: black panels, white text, visible borders
    ImGuiStyle& st = ImGui::GetStyle();
    st.Colors[ImGuiCol_WindowBg] = ImVec4(0.0f, 0.0f, 0.0f, 1.0f);
    st.Colors[ImGuiCol_PopupBg] = ImVec4(0.0f, 0.0f, 0.0f, 1.0f);
    st.Colors[ImGuiCol_Text] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    st.Colors[ImGuiCol_TextDisabled] = ImVec4(0.85f, 0.85f, 0.85f, 1.0f);
    st.Colors[ImGuiCol_Border] = ImVec4(1.0f, 1.0f, 1.0f, 0.9f);
    st.Colors[ImGuiCol_Header] = ImVec4(0.0f, 0.35f, 0.8f, 1.0f);
    st.WindowBorderSize = st.FrameBorderSize = st.PopupBorderSize = 2.0f;
  }
  ImGui::GetStyle().ScaleAllSizes(ui_.options.uiScale);
  appliedUiScale_ = ui_.options.uiScale;
}

void ViewerApp::setModel(std::shared_ptr<const Model> model, const std::string& path, Sex body) {
  if (quiz_) endQuiz(false);  // its questions were about the model put away
  quizBody_.reset();
  session_->setModel(std::move(model));
  modelPath_ = path;
  body_ = body;
  ui_.body = path.empty() ? std::optional<Sex>(body) : std::nullopt;
  const Model& m = session_->model();
  ui_.modelMuscles = session_->muscleMeshes();
  ui_.modelSource = m.source;
  ui_.meshCount = m.meshes.size();
  ui_.triangleCount = m.triangleCount();
  ui_.painFinderNote = session_->painToolsNote();
  ui_.painFinderCaveat = session_->incompleteAnswerNote();
  ui_.modelFit = m.adaptation && atlas_.ok() ? adaptationSummary(*m.adaptation, atlas_.atlas) : std::vector<std::string>{};
  if (m.adaptation && m.adaptation->carriedLandmarks > 0)
    status(std::to_string(m.adaptation->carriedLandmarks) + " landmarks fitted onto this model: Pain finder > How this model was fitted", 6.0);
  lastHover_ = glm::vec2(-1.0f);
  glfwSetWindowTitle(window_, ("Myoatlas - " + std::filesystem::path(m.source).filename().string()).c_str());
}

void ViewerApp::loadAtlasTools() {
  atlas_ = loadDefaultAtlas();
  session_ = std::make_unique<Session>(atlas_.ok() ? &atlas_.atlas : nullptr);
  if (!atlas_.ok()) return;
  ui_.shippedLessons = listLessons((std::filesystem::path(defaultAtlasDir()) / "lessons").string());
  search_ = std::make_unique<AtlasSearch>(atlas_.atlas);
  areaLookup_ = std::make_unique<PainAreaLookup>(atlas_.atlas);
  ui_.atlas = &atlas_.atlas;
  ui_.search = search_.get();
  ui_.areaLookup = areaLookup_.get();
  for (const auto& a : atlas_.atlas.painAreas) {
    const Region* region = a.regions.empty() ? nullptr : atlas_.atlas.region(a.regions[0]);
    ui_.painAreas.push_back({a.id, a.name, region ? region->name : ""});
  }
  std::stable_sort(ui_.painAreas.begin(), ui_.painAreas.end(), [](const auto& x, const auto& y) { return x.region < y.region; });
}

void ViewerApp::openDetails(const std::string& id) {
  ui_.detailsId = id;
  ui_.showDetails = true;
}

// A muscle or trigger point chosen (search, a click, the pain finder): its details shown, and the camera turned
// to its pattern when asked.
void ViewerApp::afterSelecting(const std::string& detailsId, bool frame) {
  if (!detailsId.empty()) openDetails(detailsId);
  if (frame) session_->frameSelection();
}

// ---- Input ----

void ViewerApp::handleMouse() {
  if (presentation_.active()) {
    handlePresentationMouse();
    return;
  }
  const ImGuiIO& io = ImGui::GetIO();
  const glm::vec2 mouse(io.MousePos.x, io.MousePos.y);
  // A click without a drag on the body asks what is there: a muscle is selected, the skin asks the pain finder.
  if (ImGui::IsMouseClicked(0) && !io.WantCaptureMouse) pressPosition_ = mouse, pressCtrl_ = io.KeyCtrl;
  const bool clicked = ImGui::IsMouseReleased(0) && dragButton_[0] && !io.KeyShift && !ui_.paintMode &&
                       glm::distance(pressPosition_, mouse) < 4.0f;
  if (clicked && ui_.quiz.active() && quizClick(pressPosition_)) {
    // the quiz took the click: an answer on the body, or nothing before the answer is shown
  } else if (clicked && ui_.pinning) {
    pinAnnotation(pressPosition_);  // the click pins the lesson step's label; it selects nothing
  } else if (clicked) {
    // Ctrl as the button went down: a quick click can bring the button's and the key's release in one frame.
    const ClickOutcome outcome = session_->click(pressPosition_, pressCtrl_ || io.KeyCtrl);
    if (outcome.kind == ClickOutcome::Kind::Muscle) afterSelecting(session_->state().selectedMuscle, false);
    if (outcome.kind == ClickOutcome::Kind::OtherMesh) status(outcome.label, 3.0);
    if (outcome.kind == ClickOutcome::Kind::Skin || outcome.kind == ClickOutcome::Kind::NoPainTools) ui_.showPainFinder = true;
  }
  if (ImGui::IsMouseDoubleClicked(0) && !io.WantCaptureMouse && !ui_.paintMode)
    if (const auto mesh = session_->meshAt(mouse)) session_->frameMesh(*mesh);
  // Hovering names the muscle under the cursor (not while dragging, not over a panel).
  const bool dragging = dragButton_[0] || dragButton_[1] || dragButton_[2];
  if (io.WantCaptureMouse || ui_.paintMode) {
    session_->hover(std::nullopt);
    lastHover_ = glm::vec2(-1.0f);
  } else if (!dragging && mouse != lastHover_) {
    session_->hover(mouse);
    lastHover_ = mouse;
  }
  // A drag moves the camera from the next frame on: the first frame's delta may include pointer travel from
  // before the button went down.
  for (int b = 0; b < 3; ++b) {
    if (ImGui::IsMouseClicked(b) && !io.WantCaptureMouse) dragButton_[b] = true;
    else if (!io.MouseDown[b]) dragButton_[b] = false;
  }
  OrbitCamera& camera = session_->camera();
  if (!io.WantCaptureMouse && io.MouseWheel != 0.0f) session_->zoomAt(io.MouseWheel, mouse);
  if (ui_.paintMode && dragButton_[0]) {  // the brush: left drag paints (Shift erases) instead of orbiting
    if (lastBrush_ != mouse || ImGui::IsMouseClicked(0))
      if (const auto vertex = session_->skinVertexAt(mouse)) {
        session_->brush(*vertex, ui_.brushRadiusCm * 0.01f, io.KeyShift);
        ui_.showPainFinder = !ui_.quiz.active();  // a quiz's drawing is an answer, not a question for the finder
      }
    lastBrush_ = mouse;
    return;
  }
  const ImVec2 d = io.MouseDelta;
  const bool panning = dragButton_[1] || dragButton_[2] || (dragButton_[0] && io.KeyShift);
  bool heldSinceLastFrame = false;
  for (int b = 0; b < 3; ++b) heldSinceLastFrame = heldSinceLastFrame || (dragButton_[b] && io.MouseDownDuration[b] > 0.0f);
  if (heldSinceLastFrame && (d.x != 0.0f || d.y != 0.0f)) {
    if (panning) camera.pan(d.x, d.y);
    else if (dragButton_[0]) camera.orbit(d.x, d.y);
  }
}

void ViewerApp::handleKeys() {
  const auto presses = window::takeKeyPresses();
  if (presentation_.active()) {  // the clicker's keys only; the atlas's shortcuts are off
    handlePresentationKeys(presses);
    return;
  }
  for (CommandId id : shortcuts_.commands(presses, ImGui::GetIO().WantCaptureKeyboard, popupWasOpen_)) runCommand(id);
  ui_.searchInsert += typeAhead_.update();  // after the commands: Ctrl+F and the first letters may share a frame
}

// Every command of the table, from a key or a menu.
void ViewerApp::runCommand(CommandId id) {
  switch (id) {
    case CommandId::ViewAnterior: session_->frameView(ViewPreset::Anterior); break;
    case CommandId::ViewPosterior: session_->frameView(ViewPreset::Posterior); break;
    case CommandId::ViewLeft: session_->frameView(ViewPreset::Left); break;
    case CommandId::ViewRight: session_->frameView(ViewPreset::Right); break;
    case CommandId::ViewSuperior: session_->frameView(ViewPreset::Superior); break;
    case CommandId::FrameAll: session_->frameAll(); break;
    case CommandId::NextPose: session_->nextPose(); break;
    case CommandId::ClearSelection: session_->clearSelection(); break;
    case CommandId::Brush: ui_.paintMode = !ui_.paintMode; break;
    case CommandId::Layers: ui_.showLayers = !ui_.showLayers; break;
    case CommandId::Xray: session_->toggleXray(); break;
    case CommandId::Search:
      ui_.focusSearch = true;
      typeAhead_.start();
      break;
    case CommandId::OpenModel: ui_.fileDialog = UiState::FileDialog::OpenModel; break;
    case CommandId::OpenView: ui_.fileDialog = UiState::FileDialog::OpenView; break;
    case CommandId::SaveView: ui_.fileDialog = UiState::FileDialog::SaveView; break;
    case CommandId::Screenshot:
      ui_.screenshotPath = nextScreenshotPath(screenshotFolder_);
      ui_.fileDialog = UiState::FileDialog::SaveScreenshot;
      break;
    case CommandId::LargerInterface: ui_.options.uiScale = std::min(kUiScaleMax, ui_.options.uiScale + 0.25f); break;
    case CommandId::SmallerInterface: ui_.options.uiScale = std::max(kUiScaleMin, ui_.options.uiScale - 0.25f); break;
    case CommandId::FrameTime: ui_.showFrameTime = !ui_.showFrameTime; break;
    case CommandId::Help: ui_.showHelp = !ui_.showHelp; break;
    case CommandId::Quit: glfwSetWindowShouldClose(window_, GLFW_TRUE); break;
    case CommandId::NewLesson: newLesson(); break;
    case CommandId::OpenLesson: ui_.fileDialog = UiState::FileDialog::OpenLesson; break;
    case CommandId::SaveLesson:
      if (ui_.lessonPath.empty()) ui_.fileDialog = UiState::FileDialog::SaveLesson;
      else saveLessonTo(ui_.lessonPath);
      break;
    case CommandId::SaveLessonAs: ui_.fileDialog = UiState::FileDialog::SaveLesson; break;
    case CommandId::AddStep: addStep(); break;
    case CommandId::LessonPanel: ui_.showLesson = !ui_.showLesson; break;
    case CommandId::Present: startPresenting(ui_.lessonStep < 0 ? 0 : std::size_t(ui_.lessonStep)); break;
    case CommandId::LessonHandout: ui_.fileDialog = UiState::FileDialog::LessonHandout; break;
    case CommandId::ClientHandout: ui_.fileDialog = UiState::FileDialog::ClientHandout; break;
  }
}

// ---- Session and panels ----

void ViewerApp::showSessionInPanels(const SceneFrame& frame) {
  ui_.panelRects.clear();  // each panel adds its own as it draws
  ui_.preview.reset();     // and the pain finder names the row under the mouse
  const ViewState& s = session_->state();
  ui_.options = viewOptions(s, ui_.options);
  ui_.searchRegion = s.layers.region;  // one region filter for the lists and the body
  ui_.selectedMuscle = s.selectedMuscle;
  ui_.viewedFrom = viewedFrom(session_->camera().pose());
  ui_.splitX = 0.0f;
  if (s.split) {
    int w = 0, h = 0;
    glfwGetWindowSize(window_, &w, &h);
    const float picture = float(w) * (presentation_.active() ? 1.0f - ui_.captionFraction : 1.0f);
    ui_.splitX = std::floor(picture / 2.0f);
    for (int pane = 0; pane < 2; ++pane) ui_.paneViews[pane] = std::string("From ") + viewedFrom(session_->paneCamera(pane).pose());
  }
  bool right = false, left = false;
  for (const auto& [id, side] : s.painted) (side == Side::Left ? left : right) = true;
  ui_.paintedSides = right && left ? "both sides" : right ? "the right side" : left ? "the left side" : "";
  ui_.selectionLabels = frame.legend;
  ui_.hoverLabel = session_->hoverLabel();
  ui_.labels.clear();
  for (const auto& l : frame.labels) ui_.labels.push_back({l.text, l.anchor});
  if (session_->answerRevision() != shownAnswer_) {
    shownAnswer_ = session_->answerRevision();
    const PainAnswer& answer = session_->answer();
    ui_.painAnswer = &answer;
    ui_.painAnswerRevision = shownAnswer_;
    if (!answer.query.empty()) ui_.showPainFinder = true;
  }
}

void ViewerApp::applyPanelEdits() {
  // The panels edited copies of the session's state (showSessionInPanels); writing them back applies the edits.
  session_->applyOptions(ui_.options);
  LayerSettings layers = session_->state().layers;
  layers.region = ui_.searchRegion;
  session_->setLayers(layers);
  // Hovering a result previews its pattern; leaving the list restores the selection.
  if (ui_.preview) session_->preview(std::make_pair(ui_.preview->first, ui_.preview->second ? Side::Left : Side::Right));
  else session_->preview(std::nullopt);
}

// Another model chosen in the window (a file, or a generated body): shown in the same pose, framed whole. A model
// that cannot be loaded leaves the one shown, and says why.
bool ViewerApp::switchModel(const std::string& path, Sex body) {
  auto loaded = loadModelFile(path, body);
  if (!loaded) {
    ui_.errorMessage = loaded.error() + "\n\nThe previous model is still shown.";
    return false;
  }
  const PosePreset pose = session_->state().pose;
  setModel(loaded.value(), path, body);
  session_->setPose(pose);
  session_->frameAll();
  return true;
}

void ViewerApp::carryOutRequests() {
  UiRequests r = std::exchange(ui_.requests, {});
  for (CommandId id : r.commands) runCommand(id);
  if (r.openModel) switchModel(*r.openModel, Sex::Male);
  if (r.openBody && (!modelPath_.empty() || *r.openBody != body_) && switchModel("", *r.openBody))  // Body > Male / Female
    status(std::string("The ") + sexName(*r.openBody) + " body", 2.0);
  if (r.openView) openView(*r.openView);
  if (r.saveView) saveView(*r.saveView);
  if (r.chosen) {
    switch (r.chosen->kind) {
      case SearchKind::Muscle:
        session_->selectMuscle(r.chosen->id, Side::Right);
        afterSelecting(r.chosen->id, true);
        break;
      case SearchKind::TriggerPoint:
        session_->selectTriggerPoint(r.chosen->id, Side::Right);
        afterSelecting(r.chosen->id, true);
        break;
      case SearchKind::PainArea: r.painArea = r.chosen->id; break;
    }
  }
  if (r.showDetails) openDetails(*r.showDetails);
  if (r.saveNote) saveNote(r.saveNote->first, r.saveNote->second);
  if (r.clearDrawing) session_->clearDrawing();
  if (r.select) {
    TriggerPointSelection selection;
    for (const auto& [id, left] : *r.select) selection.emplace_back(id, left ? Side::Left : Side::Right);
    if (selection.size() == 1) {  // a pain-finder trigger point
      session_->selectTriggerPoint(selection[0].first, selection[0].second);
      afterSelecting(selection[0].first, false);
    } else {
      session_->paintTriggerPoints(selection);
    }
  }
  if (r.saveScreenshot) saveScreenshot(*r.saveScreenshot);
  if (r.lessonHandout) exportHandout(*r.lessonHandout, true);
  if (r.clientHandout) exportHandout(*r.clientHandout, false);
  carryOutQuizRequests(r);
  if (r.openLesson) openLesson(*r.openLesson);
  if (r.saveLesson) saveLessonTo(*r.saveLesson);
  if (r.addStep) addStep();
  if (r.updateStep) updateStep();
  if (r.showStep) showStep(*r.showStep, true);
  if (r.painArea) {
    if (auto chosen = session_->chooseArea(*r.painArea, Side::Right); !chosen) ui_.errorMessage = chosen.error();
    else ui_.showPainFinder = true;
  }
}

// ---- Start and loop ----

void ViewerApp::startWith(ViewPreset preset, PosePreset pose, const std::optional<SceneFile>& scene) {
  session_->applyOptions(options_.options);  // the command line, with remembered settings filled in
  session_->setPose(pose);
  session_->frameView(preset);
  if (settings_ && settings_->hasCamera && !options_.given.count("--view")) session_->camera().setPose(settings_->camera);
  if (scene) {
    auto applied = session_->applyScene(*scene, options_.scene);
    if (!applied) ui_.errorMessage = applied.error();
    else reportScene(options_.scene, applied.value());
  }
  if (!options_.select.empty()) {
    // One muscle or trigger point: show what it is, as choosing it in search does.
    if (auto selected = session_->select(options_.select, parseSideChoice(options_.side).value_or(SideChoice::Right)); !selected)
      ui_.errorMessage = selected.error();
    else if (options_.select.size() == 1 && atlas_.atlas.muscleOf(options_.select[0]))
      openDetails(options_.select[0]);
  }
  if (!options_.painArea.empty()) ui_.requests.painArea = options_.painArea;  // answered after the first frame
  if (!options_.quiz.empty()) {
    QuizSpec spec;
    spec.region = options_.quiz == "all" ? "" : options_.quiz;
    spec.count = options_.quizCount;
    spec.seed = options_.quizSeed;
    spec.difficulty = parseDifficulty(options_.quizDifficulty).value_or(Difficulty::Medium);
    for (const auto& name : options_.quizKinds)
      if (const auto kind = parseQuestionKind(name)) spec.kinds.push_back(*kind);
    ui_.quiz.classMode = options_.quizClass;
    startQuiz(spec);
  }
  if (!options_.lesson.empty() && openLesson(options_.lesson)) {
    const std::size_t step = std::size_t(std::max(options_.step, 1) - 1);
    if (options_.present) startPresenting(step);
    else showStep(step, false);
  }
}

// The scene into an offscreen target, then onto the window. At rest: full size, smoothed as pictures are (4x
// multisampled on GPUs, drawn at twice the size and averaged on software rasterisers). While the view
// moves (the camera changed since the last frame, or is turning by itself) on a software rasteriser, a draft: no
// multisampling at a reduced size with coarser meshes, stretched onto the window, so turning the body stays fluid without a GPU (issue
// 17); the first frame at rest is full quality again. GPUs always draw the full-quality frame.
void ViewerApp::drawScene(const SceneFrame& shown, int fbWidth, int fbHeight, int pictureWidth, int winWidth) {
  constexpr float kDraftScale = 0.6f;  // 36% of the pixels
  const glm::mat4 view = session_->camera().view();
  const bool moving = view != lastSceneView_ || session_->camera().animating();
  lastSceneView_ = view;
  // The very first frame is a draft too (its full meshes, smaller and without multisampling): the body shows at
  // once, and the next frame, at full quality, follows straight after (start-up, issue 17).
  const bool first = !drewFirstFrame_;
  drewFirstFrame_ = true;
  // Never a draft in a frame that a screenshot may keep (automated runs that save the window).
  const bool draft = (moving || first) && renderer_->softwareRasteriser() && options_.windowScreenshot.empty();
  lastFrameDraft_ = draft;
  const int width = draft ? std::max(1, int(float(fbWidth) * kDraftScale)) : fbWidth;
  const int height = draft ? std::max(1, int(float(fbHeight) * kDraftScale)) : fbHeight;
  const Antialiasing aa = draft ? Antialiasing{0, 1} : Antialiasing::forPictures(renderer_->softwareRasteriser());
  if (!sceneTarget_ || sceneTarget_->width() != width || sceneTarget_->height() != height || sceneTarget_->antialiasing() != aa) {
    sceneTarget_.reset();
    auto target = OffscreenTarget::create(width, height, aa);
    if (!target) {  // cannot happen below the window's own size; draw straight to the window rather than nothing
      bindWindowFramebuffer();
      renderer_->apply(shown);
      renderer_->draw(session_->camera(), fbWidth, fbHeight);
      return;
    }
    sceneTarget_ = std::move(target.value());
  }
  sceneTarget_->bind();
  renderer_->apply(shown);
  renderer_->setDraft(draft && !first);  // about a quarter of the triangles of the large meshes too (made at the first use)
  renderer_->setPixelScale(float(sceneTarget_->scale()));
  const int drawWidth = sceneTarget_->drawWidth(), drawHeight = sceneTarget_->drawHeight();
  if (shown.split) {  // two panes sharing the picture area; the right one sees the body from the other side
    const int picture = drawWidth * pictureWidth / std::max(1, winWidth), half = picture / 2;
    if (picture < drawWidth) renderer_->drawBackground(0, 0, drawWidth, drawHeight);  // under the caption column
    renderer_->drawPane(session_->paneCamera(0), 0, 0, half, drawHeight);
    renderer_->drawPane(session_->paneCamera(1), half, 0, picture - half, drawHeight);
  } else {
    renderer_->draw(session_->camera(), drawWidth, drawHeight);
  }
  renderer_->setPixelScale(1.0f);
  sceneTarget_->presentToWindow(fbWidth, fbHeight);
}

int ViewerApp::run(std::shared_ptr<const Model> model, ViewPreset preset, PosePreset pose, const std::optional<SceneFile>& scene) {
  auto renderer = SceneRenderer::create();
  if (!renderer) {
    std::cerr << "myoatlas: " << renderer.error() << "\n";
    return 1;
  }
  renderer_ = std::move(renderer.value());
  const GlInfo gl = currentGlInfo();
  ui_.glDescription = gl.renderer + ", OpenGL " + gl.version;

  float contentScale = 1.0f;
  glfwGetWindowContentScale(window_, &contentScale, nullptr);
  ui_.options = options_.options;
  ui_.options.uiScale = std::clamp(ui_.options.uiScale > 0 ? ui_.options.uiScale : contentScale, kUiScaleMin, kUiScaleMax);
  if (settings_) screenshotFolder_ = settings_->screenshotFolder;  // F12's dialog starts where the last one went
  if (!settingsError_.empty()) ui_.errorMessage = settingsError_ + "\n\nDefault settings are used; the file is left as it is.";
  baseStyle_ = ImGui::GetStyle();

  loadAtlasTools();
  int winWidth = 0, winHeight = 0;
  glfwGetWindowSize(window_, &winWidth, &winHeight);
  session_->setViewport(winWidth, winHeight);  // interaction works in window coordinates
  startupMark("renderer and atlas");
  setModel(std::move(model), options_.model.path, options_.model.body.value_or(Sex::Male));
  startupMark("session (anatomy, pain surface)");
  ui_.notes = &notes_;
  ui_.lesson = &lesson_;
  ui_.presentation = &presentation_;
  if (auto notes = loadNotes(defaultNotesPath()); notes) {
    notes_ = std::move(notes.value());
  } else {
    notesDamaged_ = true;
    ui_.errorMessage = notes.error() + "\n\nYour notes are left as they are; new notes will not be saved until the file is fixed or moved.";
  }
  startWith(preset, pose, scene);
  session_->setAnimated(true);

  int frame = 0, settleFrames = 2, seenEvents = -1;
  std::string shownError = ui_.errorMessage;
  auto last = std::chrono::steady_clock::now();
  double firstFrameMs = 0.0;
  while (!glfwWindowShouldClose(window_)) {
    // Redraw only while something moves or input just arrived; otherwise sleep until the next event.
    const bool busy = session_->camera().animating() || ui_.showFrameTime || options_.exitAfterFrames > 0 ||
                      ImGui::GetTime() < ui_.statusUntil || settleFrames > 0 || lastFrameDraft_;
    if (busy) glfwPollEvents();
    else glfwWaitEvents();
    if (window::eventCount() != seenEvents || window::pendingKeys()) settleFrames = 3;  // ImGui settles in a frame or two
    seenEvents = window::eventCount();
    --settleFrames;

    applyUiScale();
    if (frame == 0) startupMark("fonts");
    renderer_->setStippleScale(6.0f * ui_.options.uiScale);  // dots stay legible on a projector
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    glfwGetWindowSize(window_, &winWidth, &winHeight);
    // Presenting, the body stands left of the caption column: one view shifted there (a lens shift keeps its
    // perspective), or the split view's two panes sharing the picture area.
    const bool presenting = presentation_.active(), split = session_->state().split;
    const float caption = presenting ? ui_.captionFraction : 0.0f;
    const int pictureWidth = split ? int(float(winWidth) * (1.0f - caption)) : winWidth;
    session_->setViewport(pictureWidth, winHeight);
    session_->camera().setLensShift(split ? 0.0f : -caption);
    renderer_->setMarkerScale(presenting ? 1.8f : 1.0f);
    handleMouse();
    handleKeys();
    const auto now = std::chrono::steady_clock::now();
    const double dt = std::chrono::duration<double>(now - last).count();  // the previous frame's time
    const bool previousFrameDraft = lastFrameDraft_;
    last = now;
    session_->camera().update(float(dt));
    syncAnnotations();
    const SceneFrame shown = session_->frame();  // labels projected now, so they never lag the camera
    showSessionInPanels(shown);
    if (presentation_.active()) {  // full screen: the step's caption, pen and pointer; no panels
      presentationOverlay_.draw(ui_);
    } else {
      menu_.draw(ui_);
      help_.draw(ui_);
      about_.draw(ui_);
      fileDialog_.draw(ui_);
      overlay_.draw(ui_);
      searchPanel_.draw(ui_);
      details_.draw(ui_);
      lessonPanel_.draw(ui_);
      quizPanel_.draw(ui_);
      layersPanel_.draw(ui_);
      hoverTip_.draw(ui_);
      painFinder_.draw(ui_);
      legend_.draw(ui_);
      toast_.draw(ui_);
    }
    labels_.draw(ui_);  // last: it keeps clear of every panel placed this frame
    errors_.draw(ui_);
    popupWasOpen_ = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
    session_->setFreeViewport(freeViewport(ui_, winWidth, winHeight));
    ImGui::Render();
    if (frame == 0) startupMark("interface laid out");
    int fbWidth = 0, fbHeight = 0;
    glfwGetFramebufferSize(window_, &fbWidth, &fbHeight);
    drawScene(shown, fbWidth, fbHeight, pictureWidth, winWidth);
    bindWindowFramebuffer();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    applyPanelEdits();
    carryOutRequests();
    window::releaseDeferredKeys(window_);
    // A new error (a model that failed to open, a save that failed) must reach the screen now, not at the next
    // mouse move: its popup takes two frames to appear (opened, then sized), which the settle frames left after
    // the click that caused it may not cover.
    if (ui_.errorMessage != shownError) {
      shownError = ui_.errorMessage;
      settleFrames = std::max(settleFrames, 3);
    }

    ++frame;
    const bool lastFrame = options_.exitAfterFrames > 0 && frame >= options_.exitAfterFrames;
    if (lastFrame && !options_.windowScreenshot.empty())
      if (auto written = writePng(options_.windowScreenshot, readDefaultFramebuffer(fbWidth, fbHeight)); !written)
        std::cerr << "myoatlas: " << written.error() << "\n";
    glfwSwapBuffers(window_);
    // On a software rasteriser, the coarse meshes of the drafts are made once a full-quality frame of the model is
    // on screen, not in the first frame the user turns it (0.15 s for the default body).
    if (!lastFrameDraft_ && renderer_->softwareRasteriser() && options_.windowScreenshot.empty()) renderer_->prepareDrafts();
    if (frame == 1) {
      finishGl();
      firstFrameMs = millisecondsSinceStartup();
      startupMark("first frame drawn and shown");
    } else {
      ui_.frameStats.add(dt * 1000.0);
      if (previousFrameDraft) movingFrameStats_.add(dt * 1000.0);
    }
    if (lastFrame) glfwSetWindowShouldClose(window_, GLFW_TRUE);
  }
  keepUnsavedLesson();
  if (!options_.saveScene.empty())
    if (auto saved = saveScene(options_.saveScene, session_->sceneFile(modelPath_, body_)); !saved) std::cerr << "myoatlas: " << saved.error() << "\n";
  rememberSettings();
  if (options_.printFrameStats) {
    const FrameStats& s = ui_.frameStats;
    const FrameStats& m = movingFrameStats_;  // draft frames while the view moved (software rasterisers)
    std::printf("{\"frames\": %d, \"first_frame_ms\": %.1f, \"mean_ms\": %.3f, \"p95_ms\": %.3f, \"max_ms\": %.3f, "
                "\"moving_frames\": %zu, \"moving_mean_ms\": %.3f, \"moving_p95_ms\": %.3f, \"renderer\": \"%s\"}\n",
                frame, firstFrameMs, s.mean(), s.percentile(95.0), s.max(), m.count(), m.mean(), m.percentile(95.0),
                ui_.glDescription.c_str());
  }
  return 0;
}

}  // namespace myoatlas
