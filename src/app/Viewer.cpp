#include "app/Viewer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
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
#include "app/SceneStyles.h"
#include "app/StartupClock.h"
#include "core/atlas/AtlasLoader.h"
#include "core/geometry/Bvh.h"
#include "core/atlas/PainAreaLookup.h"
#include "core/pain/PainFinder.h"
#include "core/pain/Selection.h"
#include "core/scene/MeshAnatomy.h"
#include "core/scene/ScenePicker.h"
#include "io/UserData.h"
#include "core/settings/ViewerSettings.h"
#include "io/Png.h"
#include "render/GlLoader.h"
#include "render/SceneRenderer.h"
#include "render/Snapshot.h"
#include "ui/Panels.h"

namespace myoatlas {
namespace {

std::string g_glfwError;
void onGlfwError(int code, const char* description) {
  g_glfwError = "GLFW error " + std::to_string(code) + ": " + (description ? description : "?");
}

constexpr const char* kFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
constexpr float kBaseFontPixels = 17.0f;

bool hasDisplay() {
  const char* x11 = std::getenv("DISPLAY");
  const char* wayland = std::getenv("WAYLAND_DISPLAY");
  return (x11 && *x11) || (wayland && *wayland);
}

void printNoDisplayHelp(const std::string& detail) {
  std::cerr << "myoatlas: cannot open the viewer: " << detail << "\n"
            << "To draw the body without a display, render it to a PNG instead:\n"
            << "  myoatlas render --out body.png --view anterior\n"
            << "(or run the viewer under a virtual display: xvfb-run -a myoatlas)\n";
}

// Keyboard input goes through our GLFW callback, which forwards to ImGui's. ImGui 1.86 keeps only a per-frame
// "key down" state, so a press and release that both arrive between two frames (a quick tap while the loop
// sleeps, or a scripted one) would be lost: Enter in a text field, or a shortcut. So the callback queues
// presses for our shortcuts, and holds back a release that follows a press in the same frame until the frame
// has seen the key down.
struct KeyEvent {
  int key, scancode, action, mods;
};
std::vector<KeyEvent> g_keyPresses;        // for our shortcuts, consumed each frame
std::vector<KeyEvent> g_deferredReleases;  // replayed to ImGui after the next frame
std::vector<int> g_pressedThisFrame;

void onKey(GLFWwindow* window, int key, int scancode, int action, int mods) {
  if (action == GLFW_RELEASE &&
      std::find(g_pressedThisFrame.begin(), g_pressedThisFrame.end(), key) != g_pressedThisFrame.end()) {
    g_deferredReleases.push_back({key, scancode, action, mods});
    return;
  }
  if (action == GLFW_PRESS || action == GLFW_REPEAT) {
    g_keyPresses.push_back({key, scancode, action, mods});
    g_pressedThisFrame.push_back(key);
  }
  ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
}

// Called after each frame: the frame has seen this frame's presses, so their releases can go through now.
void releaseDeferredKeys(GLFWwindow* window) {
  g_pressedThisFrame.clear();
  for (const auto& e : std::exchange(g_deferredReleases, {}))
    ImGui_ImplGlfw_KeyCallback(window, e.key, e.scancode, e.action, e.mods);
}

// Everything the window needs; lives for the duration of runViewer.
class ViewerApp {
 public:
  ViewerApp(GLFWwindow* window, const ViewerOptions& options, std::optional<ViewerSettings> settings, std::string settingsError)
      : window_(window), options_(options), settings_(std::move(settings)), settingsError_(std::move(settingsError)) {}
  int run(std::shared_ptr<const Model> model, ViewPreset preset, PosePreset pose);

 private:
  void applyUiScale();
  void handleInput();
  void handleShortcuts();
  void handleKey(int key, bool ctrl);
  void carryOutRequests();
  void setModel(std::shared_ptr<const Model> model);
  void applyPose(PosePreset pose, bool animate);
  // Referred pain: painting the selection, answering clicks and areas with the pain finder.
  void preparePainTools();
  void paintSelection(TriggerPointSelection selection);
  void showSources(const std::vector<MuscleSources>& found, const std::string& query, const PainGuide* guide = nullptr);
  void pickAt(glm::vec2 pixel);
  // Meshes: what each one is, which one the cursor is over, which muscle is selected, how layers show them.
  std::optional<MeshHit> meshAt(glm::vec2 pixel);
  void hoverAt(glm::vec2 pixel);
  void selectMuscle(const std::string& muscleId, std::optional<Side> side, bool paint);
  void selectTriggerPoint(const std::string& id, Side side);
  void frameMesh(std::size_t mesh);
  void updateMeshStyles();
  std::vector<MeshAnatomy> anatomy_;
  std::vector<std::pair<std::string, glm::vec3>> markerLabels_;  // (name, posed model-space point)
  void updateLabels();
  std::unique_ptr<ScenePicker> picker_;  // every mesh in the current pose, built on first use; see picker()
  ScenePicker& picker();
  int hoveredMesh_ = -1;
  glm::vec2 lastHover_{-1.0f};
  std::optional<RayHit> hitSkin(glm::vec2 pixel);
  void brushAt(glm::vec2 pixel, bool erase);
  void updateSurfacePaint();
  TriggerPointSelection selection_;       // what is painted
  std::optional<std::pair<std::string, Side>> preview_;  // a hovered result, painted until the mouse leaves it
  int previewRow_ = -1;
  std::vector<float> drawing_;            // the patient's pain drawing, per skin vertex
  glm::vec2 lastBrush_{-1.0f};
  // Browsing the atlas: search, details, the user's notes.
  void choose(const SearchResult& result);
  void openDetails(const std::string& id);
  void frameSelection();
  void saveNote(const std::string& id, const std::string& text);
  std::unique_ptr<AtlasSearch> search_;
  std::unique_ptr<PainAreaLookup> areaLookup_;
  UserNotes notes_;
  bool notesDamaged_ = false;
  PainFinder* finder();
  AtlasLoad atlas_;
  std::unique_ptr<BodySurface> surface_;
  std::unique_ptr<ReferralPainter> painter_;
  std::unique_ptr<PainFinder> finder_;
  std::optional<std::size_t> skinMesh_;  // index in model_->meshes of the skin the pain tools paint on
  std::vector<glm::mat4> poseMatrices_;
  glm::vec2 pressPosition_{0.0f};
  Bounds posedBounds_;  // bounds of the model in the current pose, for framing
  void saveScreenshot();
  void drawFrame();

  GLFWwindow* window_;
  const ViewerOptions& options_;
  std::optional<ViewerSettings> settings_;  // remembered settings; nullopt for automated runs or a damaged file
  std::string settingsError_;
  void rememberSettings();
  std::unique_ptr<SceneRenderer> renderer_;
  std::shared_ptr<const Model> model_;
  OrbitCamera camera_;
  UiState ui_;
  float appliedUiScale_ = 0.0f;
  bool appliedHighContrast_ = false;
  bool dragButton_[3] = {false, false, false};  // left, right, middle: a drag that started in the viewport
  ImGuiStyle baseStyle_;

  MainMenuBar menu_;
  HelpWindow help_;
  AboutWindow about_;
  FrameTimeOverlay overlay_;
  ErrorPopup errors_;
  StatusToast toast_;
  OpenModelDialog openDialog_;
  PainFinderWindow painFinder_;
  SearchPanel searchPanel_;
  LayersPanel layersPanel_;
  HoverTooltip hoverTip_;
  LabelsOverlay labels_;
  DetailsWindow details_;
  HeatmapLegend legend_;
};

void ViewerApp::applyUiScale() {
  if (ui_.uiScale == appliedUiScale_ && ui_.highContrast == appliedHighContrast_) return;
  appliedHighContrast_ = ui_.highContrast;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  const float pixels = std::round(kBaseFontPixels * ui_.uiScale);
  if (std::filesystem::exists(kFontPath)) {
    // Latin text plus the square used in the heatmap legend.
    static const ImWchar ranges[] = {0x0020, 0x00FF, 0x2022, 0x2022, 0x25A0, 0x25A0, 0};
    io.Fonts->AddFontFromFileTTF(kFontPath, pixels, nullptr, ranges);
  } else {
    ImFontConfig config;
    config.SizePixels = pixels;  // ImGui's built-in font, scaled: readable though less crisp than DejaVu Sans
    io.Fonts->AddFontDefault(&config);
  }
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  ImGui::GetStyle() = baseStyle_;
  if (ui_.highContrast) {  // projectors wash out greys: black panels, white text, visible borders
    ImGuiStyle& st = ImGui::GetStyle();
    st.Colors[ImGuiCol_WindowBg] = ImVec4(0.0f, 0.0f, 0.0f, 1.0f);
    st.Colors[ImGuiCol_PopupBg] = ImVec4(0.0f, 0.0f, 0.0f, 1.0f);
    st.Colors[ImGuiCol_Text] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    st.Colors[ImGuiCol_TextDisabled] = ImVec4(0.85f, 0.85f, 0.85f, 1.0f);
    st.Colors[ImGuiCol_Border] = ImVec4(1.0f, 1.0f, 1.0f, 0.9f);
    st.Colors[ImGuiCol_Header] = ImVec4(0.0f, 0.35f, 0.8f, 1.0f);
    st.WindowBorderSize = st.FrameBorderSize = st.PopupBorderSize = 2.0f;
  }
  ImGui::GetStyle().ScaleAllSizes(ui_.uiScale);
  appliedUiScale_ = ui_.uiScale;
}

void ViewerApp::setModel(std::shared_ptr<const Model> model) {
  // Name every mesh after the atlas (hover labels, selection, layers); imported meshes whose material said
  // nothing take the tissue their name tells, so muscles look like muscle and bones like bone.
  IdentifiedModel identified = identifyModel(atlas_.ok() ? &atlas_.atlas : nullptr, std::move(model));
  anatomy_ = std::move(identified.anatomy);
  model = std::move(identified.model);
  ui_.modelMuscles = 0;
  for (const auto& a : anatomy_) ui_.modelMuscles += a.tissue == TissueKind::Muscle ? 1 : 0;
  picker_.reset();
  hoveredMesh_ = -1;
  ui_.hoverLabel.clear();
  model_ = std::move(model);
  renderer_->setModel(model_);
  ui_.modelSource = model_->source;
  ui_.meshCount = model_->meshes.size();
  ui_.triangleCount = model_->triangleCount();
  glfwSetWindowTitle(window_, ("Myoatlas - " + std::filesystem::path(model_->source).filename().string()).c_str());
}

void ViewerApp::applyPose(PosePreset pose, bool animate) {
  ui_.pose = pose;
  const auto matrices = skinningMatrices(*model_, posePreset(pose));
  renderer_->setPose(matrices);
  posedBounds_ = posedBounds(*model_, matrices);
  poseMatrices_ = matrices;
  picker_.reset();
  if (painter_) updateSurfacePaint();  // trigger-point markers follow the pose
  if (animate) camera_.animateTo(camera_.framing(posedBounds_));
}

void ViewerApp::preparePainTools() {
  surface_.reset();
  painter_.reset();
  drawing_.clear();
  selection_.clear();
  preview_.reset();
  finder_.reset();
  skinMesh_.reset();
  ui_.painResults.clear();
  ui_.painQuery.clear();
  ui_.selectionLabels.clear();
  if (!atlas_.ok()) {
    ui_.painFinderNote = "The trigger-point atlas did not load; run 'myoatlas validate'.";
    return;
  }
  auto surface = BodySurface::fromModel(*model_);
  if (!surface) {
    ui_.painFinderNote = surface.error();
    return;
  }
  surface_ = std::move(surface.value());
  skinMesh_ = model_->meshIndex(surface_->skin().name);
  painter_ = std::make_unique<ReferralPainter>(atlas_.atlas, *surface_);
  ui_.painFinderNote.clear();
}

PainFinder* ViewerApp::finder() {
  if (!finder_ && painter_) finder_ = std::make_unique<PainFinder>(*painter_);  // paints every pattern once
  return finder_.get();
}

void ViewerApp::paintSelection(TriggerPointSelection selection) {
  ui_.selectionLabels.clear();
  selection_ = std::move(selection);
  if (!painter_) return;
  for (const auto& [id, side] : selection_)
    if (const TriggerPoint* t = atlas_.atlas.triggerPoint(id)) ui_.selectionLabels.push_back(t->name + " (" + sideName(side) + ")");
  updateSurfacePaint();
}

// Referred pain of the selection (and of a previewed result) plus the pain drawing, as one per-vertex paint.
void ViewerApp::openDetails(const std::string& id) {
  ui_.detailsId = id;
  ui_.noteFor = id;
  ui_.noteDraft = notes_.get(id);
  ui_.showDetails = true;
}

void ViewerApp::saveNote(const std::string& id, const std::string& text) {
  if (notesDamaged_) {
    ui_.errorMessage = "Your notes file '" + defaultNotesPath() +
                       "' could not be read, so it is not overwritten. Move or repair it, then restart Myoatlas.";
    return;
  }
  if (notes_.get(id) == text) return;
  UserNotes next = notes_;
  next.set(id, text);
  if (auto saved = saveNotes(defaultNotesPath(), next); !saved) {
    ui_.errorMessage = "The note was not saved: " + saved.error();
    return;
  }
  notes_ = std::move(next);
  ui_.statusMessage = "Note saved";
  ui_.statusUntil = ImGui::GetTime() + 2.0;
}

// Turns the camera to the painted pattern so a chosen trigger point is in view.
void ViewerApp::frameSelection() {
  if (!painter_ || selection_.empty() || !skinMesh_) return;
  const Mesh* skin = &model_->meshes[*skinMesh_];
  const auto& positions = picker().posedPositions(*skinMesh_);
  const auto paint = painter_->combine(selection_);
  Bounds painted;
  glm::vec3 normalSum(0.0f);
  for (std::size_t v = 0; v < paint.size(); ++v)
    if (paint[v].x > 0.0f || paint[v].y > 0.0f) {
      painted.add(positions[v]);
      normalSum += skin->normals[v];
    }
  if (painted.empty()) return;
  const glm::vec3 centre = painted.center();
  painted.add(centre - glm::vec3(0.3f));  // keep the body around the zone in view
  painted.add(centre + glm::vec3(0.3f));
  CameraPose pose = camera_.framing(painted);
  // Look at the zone from the side it faces.
  if (glm::length(normalSum) > 0.0f) {
    const glm::vec3 n = glm::normalize(glm::vec3(normalSum.x, 0.0f, normalSum.z));
    pose.yaw = std::atan2(n.x, n.z);
    pose.pitch = 0.1f;
  }
  camera_.animateTo(pose);
}

void ViewerApp::choose(const SearchResult& result) {
  switch (result.kind) {
    case SearchKind::Muscle:
      selectMuscle(result.id, Side::Right, true);
      frameSelection();
      break;
    case SearchKind::TriggerPoint:
      selectTriggerPoint(result.id, Side::Right);
      frameSelection();
      break;
    case SearchKind::PainArea:
      ui_.requests.painArea = result.id;
      break;
  }
}

void ViewerApp::updateSurfacePaint() {
  if (!painter_) return;
  TriggerPointSelection shown = selection_;
  if (preview_) shown.push_back(*preview_);
  const bool drawn = std::any_of(drawing_.begin(), drawing_.end(), [](float d) { return d > 0.0f; });
  if (shown.empty() && !drawn) {
    renderer_->setPaint(surface_->skin().name, {});
    renderer_->setMarkers({});
    return;
  }
  const auto place = [&](const TriggerPointSelection& entries) {
    return skinMesh_ ? placeMarkers(*painter_, atlas_.atlas, entries, picker().posedPositions(*skinMesh_), anatomy_, picker())
                     : std::vector<PlacedMarker>{};
  };
  const auto chosen = place(selection_);
  auto points = markerPoints(chosen);
  if (preview_)
    for (const auto& m : place({*preview_})) points.push_back(m.position);
  renderer_->setMarkers(std::move(points));
  markerLabels_.clear();  // leader-line labels for the chosen trigger points (not the hover preview)
  for (const auto& m : chosen) markerLabels_.push_back({m.triggerPoint->name, m.position});
  const std::vector<glm::vec2> referral = shown.empty() ? std::vector<glm::vec2>(surface_->skin().positions.size(), glm::vec2(-kZoneFringe)) : painter_->combine(shown);
  std::vector<glm::vec3> paint(referral.size());
  for (std::size_t v = 0; v < paint.size(); ++v) paint[v] = glm::vec3(referral[v], v < drawing_.size() ? drawing_[v] : 0.0f);
  renderer_->setPaint(surface_->skin().name, std::move(paint));
}

void ViewerApp::brushAt(glm::vec2 pixel, bool erase) {
  const auto hit = hitSkin(pixel);
  if (!hit) return;
  const float radius = ui_.brushRadiusCm * 0.01f;
  drawing_.resize(surface_->skin().positions.size(), 0.0f);
  const GeodesicField field = geodesicDistances(surface_->topology(), {{hit->nearestVertex, 0.0f}}, radius);
  for (std::size_t i = 0; i < field.vertices.size(); ++i) {
    const float v = zoneFalloff(field.distances[i], radius);
    float& d = drawing_[field.vertices[i]];
    d = erase ? std::min(d, 1.0f - v) : std::max(d, v);
  }
  updateSurfacePaint();
  // Rank by overlap with the whole drawing so far.
  SparseIntensity drawing;
  for (std::uint32_t v = 0; v < drawing_.size(); ++v)
    if (drawing_[v] > 0.0f) drawing.vertices.push_back(v), drawing.values.push_back(drawing_[v]);
  if (PainFinder* f = finder()) {
    // Name the areas the drawing lies in, so the answer says what it explains ("your pain drawing (Low back, Buttock)").
    auto areas = f->areasOf(drawing);
    std::stable_sort(areas.begin(), areas.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    std::string where;
    for (const auto& [area, share] : areas)  // both sides of a bilateral area are named once
      if (share >= 0.15f && where.size() < 80 && where.find(area->name) == std::string::npos)
        where += (where.empty() ? "" : ", ") + area->name;
    showSources(f->musclesForDrawing(drawing), "your pain drawing" + (where.empty() ? "" : " (" + where + ")"));
  }
}

namespace {

PainSourceRow row(const std::string& triggerPoint, const std::string& label, Side side, bool essential, float coverage) {
  PainSourceRow r;
  r.triggerPoint = triggerPoint;
  r.label = label;
  r.left = side == Side::Left;
  r.essential = essential;
  r.coverage = coverage;
  return r;
}

}  // namespace

void ViewerApp::showSources(const std::vector<MuscleSources>& found, const std::string& query, const PainGuide* guide) {
  ui_.painQuery = query;
  ui_.painGuide = guide ? "The Manual's pain guide, '" + guide->name + "' (" + guide->source.where + "): essential first, in the guide's order." : "";
  ui_.painResults.clear();
  for (const auto& m : found) {
    PainSourceRow header = row(m.triggerPoints.front().triggerPoint, musclesLabel(atlas_.atlas, m) + (m.side == Side::Left ? " (left)" : ""),
                               m.side, m.essential, m.coverage);
    header.header = true;
    header.painted = m.painted;
    header.beyondGuide = guide && m.guideRank < 0;
    header.note = guide ? (header.beyondGuide ? std::string("Not in the guide's list; its pattern covers this area on this body")
                                              : std::string("The guide lists it as ") + (m.essential ? "essential (bold)" : "spillover (plain)"))
                        : std::string();
    for (const auto& c : m.triggerPoints) header.group.push_back(c.triggerPoint);
    ui_.painResults.push_back(header);
    for (const auto& c : m.triggerPoints) {
      const TriggerPoint* t = atlas_.atlas.triggerPoint(c.triggerPoint);
      PainSourceRow trp = row(c.triggerPoint, t->name, c.side, c.essential, c.coverage);
      trp.painted = m.painted;
      trp.note = std::string(frequencyName(t->frequency)) + " (how often the sources find it)";
      trp.beyondGuide = header.beyondGuide;
      ui_.painResults.push_back(trp);
    }
  }
  ui_.showPainFinder = true;
}

ScenePicker& ViewerApp::picker() {
  if (!picker_) picker_ = std::make_unique<ScenePicker>(*model_, poseMatrices_);
  return *picker_;
}

// The skin under the cursor, whatever lies in front of it or however see-through it is (brush, pain finder).
// Vertex indices of the model's skin are those of surface_->skin(), a copy of it.
std::optional<RayHit> ViewerApp::hitSkin(glm::vec2 pixel) {
  if (!skinMesh_) return std::nullopt;
  const auto hit = picker().pick(camera_.rayThroughPixel(pixel), [this](std::size_t i) { return i == *skinMesh_; });
  return hit ? std::optional<RayHit>(hit->hit) : std::nullopt;
}

std::optional<MeshHit> ViewerApp::meshAt(glm::vec2 pixel) {
  if (!model_) return std::nullopt;
  // Only what is drawn can be picked, and see-through skin lets the click through to what lies beneath.
  return picker().pick(camera_.rayThroughPixel(pixel), [this](std::size_t i) {
    const MeshLook look = lookFor(anatomy_[i], ui_.layers, ui_.selectedMuscle);
    return look.visible && look.opacity >= 0.5f;
  });
}

void ViewerApp::hoverAt(glm::vec2 pixel) {
  if (pixel == lastHover_) return;
  lastHover_ = pixel;
  const auto hit = meshAt(pixel);
  hoveredMesh_ = hit && anatomy_[hit->mesh].tissue != TissueKind::Skin ? int(hit->mesh) : -1;
  ui_.hoverLabel = hoveredMesh_ >= 0 ? anatomy_[std::size_t(hoveredMesh_)].label : std::string();
}

void ViewerApp::selectMuscle(const std::string& muscleId, std::optional<Side> side, bool paint) {
  ui_.selectedMuscle = muscleId;
  const Muscle* m = atlas_.atlas.muscle(muscleId);
  if (!m) return;
  if (paint) {
    TriggerPointSelection selection;
    for (const auto& t : m->triggerPoints) selection.emplace_back(t, side.value_or(Side::Right));
    paintSelection(selection);
  }
  openDetails(muscleId);
}

// One trigger point chosen (search, pain finder): its pattern painted, its muscle highlighted, its details shown.
void ViewerApp::selectTriggerPoint(const std::string& id, Side side) {
  const Muscle* m = atlas_.atlas.muscleOf(id);
  ui_.selectedMuscle = m ? m->id : std::string();
  paintSelection({{id, side}});
  openDetails(id);
}

void ViewerApp::frameMesh(std::size_t mesh) {
  Bounds b = picker().meshBounds(mesh);
  const glm::vec3 c = b.center();
  b.add(c - glm::vec3(0.12f));  // a little of the body around a small muscle
  b.add(c + glm::vec3(0.12f));
  CameraPose pose = camera_.framing(b);
  pose.yaw = camera_.pose().yaw;  // keep looking from the side the user chose
  pose.pitch = camera_.pose().pitch;
  camera_.animateTo(pose);
}

// Labels with leader lines: the selected muscle's meshes where the model has them, otherwise the chosen
// trigger points' markers. Anchors are projected to the window every frame, so they follow the camera.
void ViewerApp::updateLabels() {
  ui_.labels.clear();
  if (!ui_.showLabels) return;
  std::vector<std::pair<std::string, glm::vec3>> anchors;
  if (!ui_.selectedMuscle.empty()) {
    for (std::size_t i = 0; i < anatomy_.size(); ++i)
      if (anatomy_[i].muscle && anatomy_[i].muscle->id == ui_.selectedMuscle &&
          lookFor(anatomy_[i], ui_.layers, ui_.selectedMuscle).visible)
        anchors.emplace_back(anatomy_[i].label, picker().anchor(i));
  }
  if (anchors.empty()) anchors = markerLabels_;
  for (const auto& [text, point] : anchors) {
    const glm::vec4 clip = camera_.projection() * camera_.view() * glm::vec4(point, 1.0f);
    if (clip.w <= 0.0f) continue;  // behind the camera
    ui_.labels.push_back({text, camera_.project(point)});
  }
}

void ViewerApp::updateMeshStyles() {
  LayerSettings layers = ui_.layers;
  layers.region = ui_.searchRegion;  // one region filter for the lists and the body
  renderer_->setMeshStyles(meshStyles(anatomy_, layers, ui_.selectedMuscle, hoveredMesh_));
}

void ViewerApp::pickAt(glm::vec2 pixel) {
  const auto hit = meshAt(pixel);
  if (hit && anatomy_[hit->mesh].tissue != TissueKind::Skin) {
    const MeshAnatomy& a = anatomy_[hit->mesh];
    if (a.muscle) selectMuscle(a.muscle->id, a.side, true);
    else {
      ui_.selectedMuscle.clear();
      ui_.statusMessage = a.label + (a.tissue == TissueKind::Bone ? "" : " (not in the atlas)");
      ui_.statusUntil = ImGui::GetTime() + 3.0;
    }
    return;
  }
  if (!surface_) {
    ui_.showPainFinder = true;
    return;
  }
  // The skin was the first thing hit, unless it is see-through: then look for it behind the ray's other meshes.
  const auto onSkin = hit && hit->mesh == skinMesh_ ? std::optional<RayHit>(hit->hit) : hitSkin(pixel);
  if (!onSkin) return;
  if (PainFinder* f = finder()) showSources(f->musclesAtVertex(onSkin->nearestVertex), "the point you clicked");
}

void ViewerApp::handleInput() {
  const ImGuiIO& io = ImGui::GetIO();
  // A click without a drag on the body asks the pain finder about that point.
  if (ImGui::IsMouseClicked(0) && !io.WantCaptureMouse) pressPosition_ = {io.MousePos.x, io.MousePos.y};
  if (ImGui::IsMouseReleased(0) && dragButton_[0] && !io.KeyShift && !ui_.paintMode &&
      glm::distance(pressPosition_, glm::vec2(io.MousePos.x, io.MousePos.y)) < 4.0f)
    pickAt(pressPosition_);
  if (ImGui::IsMouseDoubleClicked(0) && !io.WantCaptureMouse && !ui_.paintMode)
    if (const auto hit = meshAt({io.MousePos.x, io.MousePos.y}); hit && anatomy_[hit->mesh].tissue != TissueKind::Skin)
      frameMesh(hit->mesh);
  // Hovering names the muscle under the cursor (not while dragging, not over a panel).
  const bool dragging = dragButton_[0] || dragButton_[1] || dragButton_[2];
  if (!io.WantCaptureMouse && !dragging && !ui_.paintMode) hoverAt({io.MousePos.x, io.MousePos.y});
  else if (io.WantCaptureMouse) hoveredMesh_ = -1, ui_.hoverLabel.clear(), lastHover_ = glm::vec2(-1.0f);
  // A drag belongs to the viewport only if it started there, and moves the camera from the next frame on:
  // the first frame's delta may include pointer travel from before the button went down.
  for (int b = 0; b < 3; ++b) {
    if (ImGui::IsMouseClicked(b) && !io.WantCaptureMouse) dragButton_[b] = true;
    else if (!io.MouseDown[b]) dragButton_[b] = false;
  }
  if (ui_.paintMode && dragButton_[0]) {  // the brush: left drag paints (Shift erases) instead of orbiting
    if (lastBrush_ != glm::vec2(io.MousePos.x, io.MousePos.y) || ImGui::IsMouseClicked(0)) brushAt({io.MousePos.x, io.MousePos.y}, io.KeyShift);
    lastBrush_ = {io.MousePos.x, io.MousePos.y};
    if (!io.WantCaptureMouse && io.MouseWheel != 0.0f) camera_.zoomTowards(io.MouseWheel, {io.MousePos.x, io.MousePos.y});
    return;
  }
  const ImVec2 d = io.MouseDelta;
  const bool panning = dragButton_[1] || dragButton_[2] || (dragButton_[0] && io.KeyShift);
  const bool heldSinceLastFrame = [&] {
    for (int b = 0; b < 3; ++b)
      if (dragButton_[b] && io.MouseDownDuration[b] > 0.0f) return true;
    return false;
  }();
  if (heldSinceLastFrame && (d.x != 0.0f || d.y != 0.0f)) {
    if (panning) camera_.pan(d.x, d.y);
    else if (dragButton_[0]) camera_.orbit(d.x, d.y);
  }
  if (!io.WantCaptureMouse && io.MouseWheel != 0.0f) camera_.zoomTowards(io.MouseWheel, {io.MousePos.x, io.MousePos.y});
  if (io.WantCaptureKeyboard) g_keyPresses.clear();  // typing into a text field is not a shortcut
  else handleShortcuts();
}

void ViewerApp::handleShortcuts() {
  const auto presses = std::exchange(g_keyPresses, {});
  for (const auto& e : presses) handleKey(e.key, (e.mods & GLFW_MOD_CONTROL) != 0);
}

void ViewerApp::handleKey(int key, bool ctrl) {
  const auto pressed = [key](int k) { return key == k; };
  const ViewPreset presets[] = {ViewPreset::Anterior, ViewPreset::Posterior, ViewPreset::Left, ViewPreset::Right,
                                ViewPreset::Superior};
  for (int i = 0; i < 5; ++i)
    if (pressed(GLFW_KEY_1 + i) || pressed(GLFW_KEY_KP_1 + i)) ui_.requests.view = presets[i];
  if ((pressed(GLFW_KEY_F) && !ctrl) || pressed(GLFW_KEY_HOME)) ui_.requests.frameAll = true;
  if (pressed(GLFW_KEY_ESCAPE)) ui_.requests.clearSelection = true;
  if (pressed(GLFW_KEY_B)) ui_.paintMode = !ui_.paintMode;
  if (pressed(GLFW_KEY_L) && !ctrl) ui_.showLayers = !ui_.showLayers;
  if (pressed(GLFW_KEY_X) && !ctrl) ui_.layers.skinOpacity = ui_.layers.skinOpacity >= 0.999f ? 0.3f : 1.0f;
  if (pressed(GLFW_KEY_P)) ui_.requests.pose = PosePreset((int(ui_.pose) + 1) % 4);
  if (pressed(GLFW_KEY_F1)) ui_.showHelp = !ui_.showHelp;
  if (pressed(GLFW_KEY_F3)) ui_.showFrameTime = !ui_.showFrameTime;
  if (pressed(GLFW_KEY_F12)) ui_.requests.screenshot = true;
  if (ctrl && pressed(GLFW_KEY_O)) ui_.showOpenDialog = true;
  if (ctrl && pressed(GLFW_KEY_F)) ui_.focusSearch = true;
  if (ctrl && pressed(GLFW_KEY_Q)) ui_.requests.quit = true;
  if (ctrl && (pressed(GLFW_KEY_EQUAL) || pressed(GLFW_KEY_KP_ADD)))
    ui_.uiScale = std::min(kUiScaleMax, ui_.uiScale + 0.25f);
  if (ctrl && (pressed(GLFW_KEY_MINUS) || pressed(GLFW_KEY_KP_SUBTRACT)))
    ui_.uiScale = std::max(kUiScaleMin, ui_.uiScale - 0.25f);
}

void ViewerApp::carryOutRequests() {
  UiRequests r = std::exchange(ui_.requests, {});
  if (r.quit) glfwSetWindowShouldClose(window_, GLFW_TRUE);
  if (r.pose) applyPose(*r.pose, true);
  if (r.view) camera_.animateTo(camera_.framing(posedBounds_, *r.view));
  if (r.frameAll) camera_.animateTo(camera_.framing(posedBounds_));
  if (r.openModel) {
    ModelOptions next = options_.model;
    next.path = *r.openModel;
    auto loaded = loadModel(next);
    if (loaded) {
      setModel(loaded.value());
      preparePainTools();
      applyPose(ui_.pose, false);
      camera_.animateTo(camera_.framing(posedBounds_));
    } else {
      ui_.errorMessage = loaded.error() + "\n\nThe previous model is still shown.";
    }
  }
  if (r.screenshot) saveScreenshot();
  if (r.chosen) choose(*r.chosen);
  if (r.showDetails) openDetails(*r.showDetails);
  if (r.saveNote) saveNote(r.saveNote->first, r.saveNote->second);
  if (r.clearSelection) paintSelection({}), ui_.selectedMuscle.clear();
  if (r.clearDrawing) {
    drawing_.clear();
    updateSurfacePaint();
  }
  // Hovering a result previews its pattern; leaving the list restores the selection.
  if (ui_.hoveredResult != previewRow_) {
    previewRow_ = ui_.hoveredResult;
    preview_.reset();
    if (previewRow_ >= 0 && std::size_t(previewRow_) < ui_.painResults.size()) {
      const PainSourceRow& row = ui_.painResults[std::size_t(previewRow_)];
      preview_ = std::make_pair(row.triggerPoint, row.left ? Side::Left : Side::Right);
    }
    updateSurfacePaint();
  }
  if (r.select) {
    TriggerPointSelection selection;
    for (const auto& [id, left] : *r.select) selection.emplace_back(id, left ? Side::Left : Side::Right);
    if (selection.size() == 1) selectTriggerPoint(selection[0].first, selection[0].second);  // a pain-finder result
    else paintSelection(selection);
  }
  if (r.painArea && painter_) {
    if (const PainArea* area = atlas_.atlas.painArea(*r.painArea))
      if (PainFinder* f = finder()) {
        showSources(f->musclesForArea(*area, Side::Right), area->name + (area->bilateral ? " (right side)" : ""),
                    area->guide ? &*area->guide : nullptr);
        // Show the area asked about as the pain drawing (the brush refines it; Pain > Clear pain drawing).
        drawing_.assign(surface_->skin().positions.size(), 0.0f);
        const SparseIntensity& zone = painter_->painArea(*area, Side::Right);
        for (std::size_t i = 0; i < zone.vertices.size(); ++i) drawing_[zone.vertices[i]] = zone.values[i];
        updateSurfacePaint();
      }
  }
}

void ViewerApp::saveScreenshot() {
  int w = ui_.screenshotWidth, h = ui_.screenshotHeight;
  if (w <= 0 || h <= 0) glfwGetFramebufferSize(window_, &w, &h);
  auto image = renderToImage(*renderer_, camera_, w, h);
  const std::string path = defaultScreenshotPath();
  auto written = image ? writePng(path, image.value()) : Result<Ok>(Error{image.error()});
  if (!written) {
    ui_.errorMessage = "The screenshot was not saved: " + written.error();
    return;
  }
  ui_.statusMessage = "Screenshot saved to " + path;
  ui_.statusUntil = ImGui::GetTime() + 4.0;
}

void ViewerApp::drawFrame() {
  int fbWidth = 0, fbHeight = 0, winWidth = 0, winHeight = 0;
  glfwGetFramebufferSize(window_, &fbWidth, &fbHeight);
  glfwGetWindowSize(window_, &winWidth, &winHeight);
  camera_.setViewport(winWidth, winHeight);  // interaction works in window coordinates
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  renderer_->draw(camera_, fbWidth, fbHeight);
}

int ViewerApp::run(std::shared_ptr<const Model> model, ViewPreset preset, PosePreset pose) {
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
  ui_.uiScale = options_.uiScale > 0 ? options_.uiScale : std::clamp(contentScale, kUiScaleMin, kUiScaleMax);
  if (settings_ && !options_.uiScaleGiven && settings_->uiScale > 0) ui_.uiScale = std::clamp(settings_->uiScale, kUiScaleMin, kUiScaleMax);
  if (settings_) ui_.colourBlindSafe = settings_->colourBlindSafe, ui_.highContrast = settings_->highContrast;
  if (settings_) ui_.layers.skinOpacity = settings_->skinOpacity, ui_.layers.showBones = settings_->showBones, ui_.layers.peel = settings_->peel;
  if (options_.layersGiven) ui_.layers = options_.layers;
  if (options_.highContrast) ui_.highContrast = true;
  if (!settingsError_.empty()) ui_.errorMessage = settingsError_ + "\n\nDefault settings are used; the file is left as it is.";
  baseStyle_ = ImGui::GetStyle();

  atlas_ = loadAtlas(defaultAtlasDir());
  setModel(std::move(model));
  if (atlas_.ok()) {
    search_ = std::make_unique<AtlasSearch>(atlas_.atlas);
    ui_.atlas = &atlas_.atlas;
    ui_.search = search_.get();
    areaLookup_ = std::make_unique<PainAreaLookup>(atlas_.atlas);
    ui_.areaLookup = areaLookup_.get();
  }
  if (auto notes = loadNotes(defaultNotesPath()); notes) {
    notes_ = std::move(notes.value());
  } else {
    notesDamaged_ = true;
    ui_.errorMessage = notes.error() + "\n\nYour notes are left as they are; new notes will not be saved until the file is fixed or moved.";
  }
  for (const auto& a : atlas_.atlas.painAreas) {
    const Region* region = a.regions.empty() ? nullptr : atlas_.atlas.region(a.regions[0]);
    ui_.painAreas.push_back({a.id, a.name, region ? region->name : ""});
  }
  std::stable_sort(ui_.painAreas.begin(), ui_.painAreas.end(), [](const auto& x, const auto& y) { return x.region < y.region; });
  preparePainTools();
  ui_.selectedMuscle = selectedMuscleOf(atlas_.atlas, options_.select);  // highlighted on the body
  if (options_.select.size() == 1 && atlas_.atlas.muscleOf(options_.select[0]))
    openDetails(options_.select[0]);  // one muscle or trigger point: show what it is, as choosing it in search does
  if (!options_.select.empty() && painter_) {
    auto selection = resolveSelection(atlas_.atlas, options_.select, parseSideChoice(options_.side).value_or(SideChoice::Right));
    if (selection) paintSelection(selection.value());
    else ui_.errorMessage = selection.error();
  }
  if (!options_.painArea.empty()) ui_.requests.painArea = options_.painArea;  // answered after the first frame
  applyPose(pose, false);
  int winWidth = 0, winHeight = 0;
  glfwGetWindowSize(window_, &winWidth, &winHeight);
  camera_.setViewport(winWidth, winHeight);
  camera_.setPose(camera_.framing(posedBounds_, preset));
  if (settings_ && settings_->hasCamera && !options_.viewGiven) camera_.setPose(settings_->camera);

  int frame = 0;
  auto last = std::chrono::steady_clock::now();
  double firstFrameMs = 0.0;
  while (!glfwWindowShouldClose(window_)) {
    // Redraw continuously only while something moves; otherwise sleep until input arrives.
    const bool busy = camera_.animating() || ui_.showFrameTime || options_.exitAfterFrames > 0 ||
                      ImGui::GetTime() < ui_.statusUntil;
    if (busy) glfwPollEvents();
    else glfwWaitEventsTimeout(0.25);

    applyUiScale();
    renderer_->setColorMap(ui_.colourBlindSafe ? SceneRenderer::ColorMap::ColourBlindSafe : SceneRenderer::ColorMap::ClinicalRed);
    renderer_->setStippleScale(6.0f * ui_.uiScale);  // dots stay legible on a projector
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    handleInput();
    const auto now = std::chrono::steady_clock::now();
    const double dt = std::chrono::duration<double>(now - last).count();
    last = now;
    camera_.update(float(dt));
    updateMeshStyles();
    updateLabels();  // before the panels draw them, so labels never lag the camera
    menu_.draw(ui_);
    help_.draw(ui_);
    about_.draw(ui_);
    openDialog_.draw(ui_);
    overlay_.draw(ui_);
    toast_.draw(ui_);
    searchPanel_.draw(ui_);
    details_.draw(ui_);
    layersPanel_.draw(ui_);
    hoverTip_.draw(ui_);
    painFinder_.draw(ui_);
    legend_.draw(ui_);
    labels_.draw(ui_);  // last: it keeps clear of every panel placed this frame
    errors_.draw(ui_);
    ImGui::Render();
    drawFrame();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    carryOutRequests();
    releaseDeferredKeys(window_);

    ++frame;
    const bool lastFrame = options_.exitAfterFrames > 0 && frame >= options_.exitAfterFrames;
    if (lastFrame && !options_.windowScreenshot.empty()) {
      int w = 0, h = 0;
      glfwGetFramebufferSize(window_, &w, &h);
      if (auto written = writePng(options_.windowScreenshot, readDefaultFramebuffer(w, h)); !written)
        std::cerr << "myoatlas: " << written.error() << "\n";
    }
    glfwSwapBuffers(window_);
    if (frame == 1) {
      glFinish();
      firstFrameMs = millisecondsSinceStartup();
    } else {
      ui_.frameStats.add(dt * 1000.0);
    }
    if (lastFrame) glfwSetWindowShouldClose(window_, GLFW_TRUE);
  }
  rememberSettings();
  if (options_.printFrameStats) {
    const FrameStats& s = ui_.frameStats;
    std::printf("{\"frames\": %d, \"first_frame_ms\": %.1f, \"mean_ms\": %.3f, \"p95_ms\": %.3f, \"max_ms\": %.3f, "
                "\"renderer\": \"%s\"}\n",
                frame, firstFrameMs, s.mean(), s.percentile(95.0), s.max(), ui_.glDescription.c_str());
  }
  return 0;
}

void ViewerApp::rememberSettings() {
  if (!settings_) return;
  ViewerSettings s;
  glfwGetWindowSize(window_, &s.width, &s.height);
  s.uiScale = ui_.uiScale;
  s.colourBlindSafe = ui_.colourBlindSafe;
  s.highContrast = ui_.highContrast;
  s.skinOpacity = ui_.layers.skinOpacity;
  s.showBones = ui_.layers.showBones;
  s.peel = ui_.layers.peel;
  s.pose = posePresetName(ui_.pose);
  s.hasCamera = true;
  s.camera = camera_.pose();
  if (auto saved = saveSettings(defaultSettingsPath(), s); !saved) std::cerr << "myoatlas: " << saved.error() << "\n";
}

}  // namespace

std::string defaultScreenshotPath() {
  namespace fs = std::filesystem;
  fs::path dir = fs::current_path();
  if (const char* xdg = std::getenv("XDG_PICTURES_DIR"); xdg && fs::is_directory(xdg)) {
    dir = xdg;
  } else if (const char* home = std::getenv("HOME"); home && fs::is_directory(fs::path(home) / "Pictures")) {
    dir = fs::path(home) / "Pictures";
  }
  const std::time_t now = std::time(nullptr);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", std::localtime(&now));
  fs::path path = dir / ("myoatlas-" + std::string(stamp) + ".png");
  for (int i = 2; fs::exists(path); ++i) path = dir / ("myoatlas-" + std::string(stamp) + "-" + std::to_string(i) + ".png");
  return path.string();
}

int runViewer(const ViewerOptions& options) {
  const auto preset = parseViewPreset(options.view);
  if (!preset) {
    std::cerr << "myoatlas: --view '" << options.view << "' is not a view; use one of " << kViewPresetNames << "\n";
    return 2;
  }
  // Remembered settings fill in what the command line left unset.
  std::optional<ViewerSettings> settings;
  std::string settingsError;
  ViewerOptions effective = options;
  if (options.exitAfterFrames == 0) {
    if (auto loaded = loadSettings(defaultSettingsPath()); loaded) {
      settings = loaded.value();
      if (!options.sizeGiven) effective.width = settings->width, effective.height = settings->height;
      if (!options.poseGiven) effective.pose = settings->pose;
    } else {
      settingsError = loaded.error();
    }
  }
  const auto pose = parsePosePreset(effective.pose);
  if (!pose) {
    std::cerr << "myoatlas: --pose '" << options.pose << "' is not a pose; use one of " << kPosePresetNames << "\n";
    return 2;
  }
  if (!options.painArea.empty()) {  // checked before any window opens, as a bad --view is
    const AtlasLoad atlas = loadAtlas(defaultAtlasDir());
    const auto area = atlas.ok() ? PainAreaLookup(atlas.atlas).resolve(options.painArea)
                                  : Result<const PainArea*>(Error{"cannot be looked up: the atlas does not validate"});
    if (!area) {
      std::cerr << "myoatlas: --pain-area '" << options.painArea << "' " << area.error()
                << ". 'myoatlas sources --list-areas' lists them all\n";
      return 2;
    }
    effective.painArea = area.value()->id;
  }
  auto model = loadModel(options.model);
  if (!model) {
    std::cerr << "myoatlas: " << model.error() << "\n";
    return 2;
  }
  if (!hasDisplay()) {
    printNoDisplayHelp("no display found (neither DISPLAY nor WAYLAND_DISPLAY is set)");
    return 1;
  }
  glfwSetErrorCallback(onGlfwError);
  if (!glfwInit()) {
    printNoDisplayHelp("the window system could not be initialised (" + g_glfwError + ")");
    return 1;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_SAMPLES, 4);
  GLFWwindow* window = glfwCreateWindow(effective.width, effective.height, "Myoatlas", nullptr, nullptr);
  if (!window) {
    std::cerr << "myoatlas: no OpenGL 3.3 core context could be created for the window (" << g_glfwError << ")\n"
              << "  The headless renderer may still work: myoatlas render --out body.png\n";
    glfwTerminate();
    return 1;
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(options.exitAfterFrames > 0 ? 0 : 1);  // benchmark runs measure work, not the refresh rate
  int code = 1;
  if (auto loaded = loadGlFunctions(glfwGetProcAddress); !loaded) {
    std::cerr << "myoatlas: " << loaded.error() << "\n";
  } else {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // window layout is not persisted yet (issue "viewer")
    ImGui::StyleColorsDark();
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    glfwSetKeyCallback(window, onKey);  // replaces ImGui's key callback and forwards to it
    ImGui_ImplOpenGL3_Init("#version 330 core");
    {
      ViewerApp app(window, effective, settings, settingsError);
      code = app.run(std::move(model.value()), *preset, *pose);
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
  }
  glfwDestroyWindow(window);
  glfwTerminate();
  return code;
}

}  // namespace myoatlas
