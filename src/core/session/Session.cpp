#include "core/session/Session.h"

#include <algorithm>
#include <cmath>

#include "core/Materials.h"  // srgbToLinear
#include "core/Pose.h"
#include "core/settings/Options.h"
#include "core/geometry/Geodesic.h"

namespace myoatlas {

Session::Session(const Atlas* atlas) : atlas_(atlas) {}
Session::~Session() = default;

void Session::setModel(std::shared_ptr<const Model> model) {
  IdentifiedModel identified = identifyModel(atlas_, std::move(model));
  anatomy_ = std::move(identified.anatomy);
  model_ = std::move(identified.model);
  surface_.reset();
  painter_.reset();
  finder_.reset();
  skinMesh_.reset();
  drawing_.clear();
  preview_.reset();
  state_.painted.clear();
  state_.selectedMuscle.clear();
  state_.question = {};
  answer_ = {};
  ++answerRevision_;
  hoveredMesh_ = -1;
  hoverLabel_.clear();
  invalidatePaint();
  missingLandmarks_.clear();
  if (!atlas_) {
    painToolsNote_ = "The trigger-point atlas did not load; run 'myoatlas validate'.";
  } else if (auto surface = BodySurface::fromModel(*model_); !surface) {
    painToolsNote_ = surface.error();
  } else {
    surface_ = std::move(surface.value());
    skinMesh_ = model_->meshIndex(surface_->skin().name);
    painter_ = std::make_unique<ReferralPainter>(*atlas_, *surface_);
    painToolsNote_.clear();
    missingLandmarks_ = myoatlas::missingLandmarks(*atlas_, surface_->landmarks());
  }
  updatePose();
  camera_.setPose(camera_.framing(posedBounds_));
}

std::size_t Session::muscleMeshes() const {
  return std::size_t(std::count_if(anatomy_.begin(), anatomy_.end(), [](const MeshAnatomy& a) { return a.tissue == TissueKind::Muscle; }));
}

void Session::updatePose() {
  annotationPoints_.clear();  // placed again in the new pose
  joints_ = std::make_shared<const std::vector<glm::mat4>>(skinningMatrices(*model_, posePreset(state_.pose)));
  seat_ = seatFor(*model_, state_.pose, *joints_);
  posedBounds_ = posedBounds(*model_, *joints_, seat_);
  picker_.reset();
  invalidatePaint();  // markers follow the pose
}

ScenePicker& Session::picker() {
  if (!picker_) picker_ = std::make_unique<ScenePicker>(*model_, *joints_, seat_);
  return *picker_;
}

// ---- Camera ----

void Session::moveCamera(const CameraPose& pose) {
  if (animated_) camera_.animateTo(pose);
  else camera_.setPose(pose);
}

// The framing of `bounds` (from the current direction, or yaw/pitch when given), then shifted and pulled back so
// that they sit in the middle of the free part of the viewport, not behind the panels.
OrbitCamera Session::cameraTurned(float yaw, float pitch) const {
  OrbitCamera c = camera_;
  CameraPose turned = c.pose();
  turned.yaw = yaw;
  turned.pitch = pitch;
  c.setPose(turned);
  return c;
}

CameraPose Session::framingInFreeViewport(const Bounds& bounds, std::optional<glm::vec2> yawPitch) const {
  OrbitCamera oriented = yawPitch ? cameraTurned(yawPitch->x, yawPitch->y) : camera_;
  CameraPose pose = oriented.framing(bounds);
  const float w = float(camera_.viewportWidth()), h = float(camera_.viewportHeight());
  if (!freeViewport_ || bounds.empty() || w <= 0.0f || h <= 0.0f) return pose;
  const glm::vec4 free = *freeViewport_;  // x, y, width, height
  if (free.z < 50.0f || free.w < 50.0f) return pose;
  pose.distance *= std::clamp(std::max(w / free.z, h / free.w), 1.0f, 2.5f);
  oriented.setPose(pose);
  const float worldPerPixel = 2.0f * pose.distance * std::tan(OrbitCamera::kFovY * 0.5f) / h;
  const glm::vec2 offset(free.x + free.z * 0.5f - w * 0.5f, free.y + free.w * 0.5f - h * 0.5f);
  // Moving the target right moves the body left on screen; pixels grow downwards.
  pose.target -= (oriented.right() * offset.x - oriented.up() * offset.y) * worldPerPixel;
  return pose;
}

void Session::frameAll() { moveCamera(camera_.framing(posedBounds_)); }

void Session::frameView(ViewPreset preset) { moveCamera(camera_.framing(posedBounds_, preset)); }

// The whole body from the front, back or a side: whichever faces the pain drawing most (a client's handout).
void Session::frameDrawing() {
  if (!skinMesh_) return;
  const Mesh& skin = model_->meshes[*skinMesh_];
  const auto& posed = picker().posedPositions(*skinMesh_);
  glm::vec3 facing(0.0f);
  Bounds drawn;
  std::vector<std::uint32_t> drawnVertices;
  for (std::uint32_t v = 0; v < drawing_.size() && v < skin.normals.size() && v < posed.size(); ++v)
    if (drawing_[v] > 0.0f) facing += skin.normals[v] * drawing_[v], drawn.add(posed[v]), drawnVertices.push_back(v);
  if (glm::dot(facing, facing) < 1e-12f) return;
  // The view that sees most of the drawing, from eight directions around the body (the obliques too): skin facing
  // the camera and not hidden behind other skin (an inner thigh faces the other leg, so its own side hides it). A
  // sample of the drawn vertices is traced from each view's eye.
  const std::size_t stride = std::max<std::size_t>(1, drawnVertices.size() / 200);
  float bestYaw = 0.0f, bestScore = -1e30f;
  for (int k = 0; k < 8; ++k) {
    const float yaw = float(k) * glm::quarter_pi<float>();
    OrbitCamera c = cameraTurned(yaw, 0.0f);
    c.setPose(c.framing(posedBounds_));
    const glm::vec3 eye = c.eye();
    float seen = 0.0f;
    for (std::size_t i = 0; i < drawnVertices.size(); i += stride) {
      const std::uint32_t v = drawnVertices[i];
      const glm::vec3 towards = posed[v] - eye;
      const float along = glm::length(towards);
      if (along < 1e-6f || glm::dot(skin.normals[v], towards) >= 0.0f) continue;  // facing away
      const auto hit = picker().pick({eye, towards / along}, [this](std::size_t m) { return m == *skinMesh_; });
      if (hit && hit->hit.distance > along - 0.01f) seen += drawing_[v];
    }
    // Ties go to the view facing the drawing most, and then to the four main views over the obliques.
    const float score = seen + 1e-3f * glm::dot(glm::normalize(facing), -c.forward()) - (k % 2 ? 1e-4f : 0.0f);
    if (score > bestScore) bestScore = score, bestYaw = yaw;
  }
  // Close enough to see the drawing, far enough to see where on the body it is (half a metre around it at least).
  const glm::vec3 centre = 0.5f * (drawn.min + drawn.max), half = glm::max(0.5f * (drawn.max - drawn.min), glm::vec3(0.25f));
  Bounds around;
  around.add(centre - half);
  around.add(centre + half);
  moveCamera(cameraTurned(bestYaw, 0.0f).framing(around));
}

Result<Ok> Session::frameFocus(const std::vector<std::string>& ids, SideChoice side) {
  if (!atlas_) return Error{"--focus needs the atlas, which did not load"};
  for (const auto& id : ids)
    if (!atlas_->muscle(id) && !atlas_->region(id)) {
      return Error{"--focus '" + id + "' is neither an atlas muscle nor a body region (regions: " + atlas_->regionIds() +
                   "; muscles: see 'myoatlas search')"};
    }
  Bounds bounds;
  for (std::size_t i = 0; i < model_->meshes.size(); ++i) {
    const Muscle* m = anatomy_[i].muscle;
    if (!m) continue;
    const bool sideMatches = side == SideChoice::Both || !anatomy_[i].side || (*anatomy_[i].side == Side::Left) == (side == SideChoice::Left);
    const bool focused = std::any_of(ids.begin(), ids.end(), [&](const std::string& id) {
      return m->id == id || std::find(m->regions.begin(), m->regions.end(), id) != m->regions.end();
    });
    if (sideMatches && focused) bounds.add(picker().meshBounds(i));
  }
  const char* sideWord = side == SideChoice::Both ? "either" : side == SideChoice::Left ? "the left" : "the right";
  if (bounds.empty()) return Error{std::string("--focus: this model has no mesh of those muscles on ") + sideWord + " side"};
  moveCamera(camera_.framing(bounds, std::nullopt));
  return Ok{};
}

void Session::frameSelection() {
  if (!painter_ || state_.painted.empty() || !skinMesh_) return;
  const Mesh& skin = model_->meshes[*skinMesh_];
  const auto& positions = picker().posedPositions(*skinMesh_);
  const auto levels = painter_->combine(state_.painted);
  Bounds painted;
  glm::vec3 normalSum(0.0f);
  for (std::size_t v = 0; v < levels.size(); ++v)
    if (levels[v].x > 0.0f || levels[v].y > 0.0f) {
      painted.add(positions[v]);
      normalSum += skin.normals[v];
    }
  if (painted.empty()) return;
  const glm::vec3 centre = painted.center();
  painted.add(centre - glm::vec3(0.3f));  // keep the body around the zone in view
  painted.add(centre + glm::vec3(0.3f));
  std::optional<glm::vec2> facing;  // look at the zone from the side it faces
  if (glm::length(glm::vec2(normalSum.x, normalSum.z)) > 0.0f) facing = glm::vec2(std::atan2(normalSum.x, normalSum.z), 0.1f);
  moveCamera(framingInFreeViewport(painted, facing));
}

void Session::frameMesh(std::size_t mesh) {
  Bounds b = picker().meshBounds(mesh);
  const glm::vec3 c = b.center();
  b.add(c - glm::vec3(0.12f));  // a little of the body around a small muscle
  b.add(c + glm::vec3(0.12f));
  moveCamera(framingInFreeViewport(b, std::nullopt));  // keeps looking from the side the user chose
}

// ---- Pose and layers ----

void Session::setPose(PosePreset pose) {
  if (pose == state_.pose && joints_) return;
  state_.pose = pose;
  updatePose();
  if (animated_) frameAll();
}

void Session::nextPose() { setPose(nextPosePreset(state_.pose)); }

void Session::applyOptions(const AppOptions& options) {
  if (const auto pose = parsePosePreset(options.pose)) setPose(*pose);
  LayerSettings layers = layerSettings(options);
  layers.region = state_.layers.region;
  state_.layers = layers;
  if (const auto map = parseColorMap(options.colorMap)) state_.colorMap = *map;
  setCompare(options.compare);
  if (options.split != state_.split) setSplit(options.split);
  state_.showLabels = options.labels;
}

AppOptions viewOptions(const ViewState& state, AppOptions base) {
  base.pose = posePresetName(state.pose);
  base.skinOpacity = state.layers.skinOpacity;
  base.peel = state.layers.peel;
  base.isolate = state.layers.isolateSelection;
  base.showBones = state.layers.showBones;
  base.colorMap = colorMapInfo(state.colorMap).name;
  base.compare = state.compare;
  base.split = state.split;
  base.labels = state.showLabels;
  return base;
}

// X-ray on from opaque or hidden skin, off (opaque) from see-through: what the menu's tick shows.
void Session::toggleXray() {
  state_.layers.skinOpacity = isXray(state_.layers.skinOpacity) ? 1.0f : kSkinXray;
}

// ---- Selection ----

Result<Ok> Session::select(const std::vector<std::string>& ids, SideChoice side) {
  if (!atlas_) return Error{"the atlas does not validate; run 'myoatlas validate'"};
  auto selection = resolveSelection(*atlas_, ids, side);
  if (!selection) return Error{selection.error()};
  state_.selectedMuscle = selectedMuscleOf(*atlas_, ids);
  state_.painted = std::move(selection.value());
  invalidatePaint();
  return Ok{};
}

void Session::selectMuscle(const std::string& muscleId, std::optional<Side> side) {
  state_.selectedMuscle = muscleId;
  const Muscle* m = atlas_ ? atlas_->muscle(muscleId) : nullptr;
  if (!state_.compare) state_.painted.clear();
  if (m)
    for (const auto& t : m->triggerPoints) addPainted({t, side.value_or(Side::Right)}, false);
  invalidatePaint();
}

// Comparing, a pattern joins those shown (the oldest leaves beyond kCompareColours); `toggle` removes one shown.
void Session::addPainted(const std::pair<std::string, Side>& entry, bool toggle) {
  auto& painted = state_.painted;
  if (const auto at = std::find(painted.begin(), painted.end(), entry); at != painted.end()) {
    if (toggle) painted.erase(at);
    return;
  }
  painted.push_back(entry);
  if (state_.compare && painted.size() > std::size_t(kCompareColours)) painted.erase(painted.begin());
}

void Session::setViewport(int width, int height) {
  viewportWidth_ = width, viewportHeight_ = height;
  camera_.setViewport(state_.split ? std::max(1, width / 2) : width, height);
}

void Session::setSplit(bool on) {
  state_.split = on;
  setViewport(viewportWidth_, viewportHeight_);
}

OrbitCamera Session::paneCamera(int pane) const {
  OrbitCamera c = camera_;
  if (pane == 1) {
    CameraPose turned = c.pose();
    turned.yaw += glm::pi<float>();  // the opposite side, about the same target
    c.setPose(turned);
    c.setViewport(std::max(1, viewportWidth_ - viewportWidth_ / 2), viewportHeight_);
  }
  return c;
}

Ray Session::rayAt(glm::vec2 pixel) const {
  const int half = viewportWidth_ / 2;
  if (state_.split && pixel.x >= float(half)) return paneCamera(1).rayThroughPixel(pixel - glm::vec2(float(half), 0.0f));
  return camera_.rayThroughPixel(pixel);
}

void Session::zoomAt(float steps, glm::vec2 pixel) {
  const int half = viewportWidth_ / 2;
  if (state_.split && pixel.x >= float(half)) {  // the right pane: straight in, both panes alike
    camera_.zoomTowards(steps, glm::vec2(0.5f * float(half), 0.5f * float(viewportHeight_)));
    return;
  }
  camera_.zoomTowards(steps, pixel);
}

void Session::setCompare(bool on) {
  if (state_.compare == on) return;
  state_.compare = on;
  if (on && state_.painted.size() > std::size_t(kCompareColours)) state_.painted.resize(std::size_t(kCompareColours));
  invalidatePaint();
}

void Session::selectTriggerPoint(const std::string& id, Side side) {
  const Muscle* m = atlas_ ? atlas_->muscleOf(id) : nullptr;
  state_.selectedMuscle = m ? m->id : std::string();
  if (state_.compare) addPainted({id, side}, true);
  else state_.painted = {{id, side}};
  invalidatePaint();
}

void Session::paintTriggerPoints(const TriggerPointSelection& selection) {
  state_.painted = selection;
  const Muscle* m = atlas_ && !selection.empty() ? atlas_->muscleOf(selection.front().first) : nullptr;
  state_.selectedMuscle = m ? m->id : std::string();
  invalidatePaint();
}

void Session::clearSelection() {
  state_.painted.clear();
  state_.selectedMuscle.clear();
  invalidatePaint();
}

void Session::preview(std::optional<std::pair<std::string, Side>> triggerPoint) {
  if (preview_ == triggerPoint) return;
  preview_ = std::move(triggerPoint);
  invalidatePaint();
}

// ---- Pain finder ----

void Session::setQuestion(PainQuestion question) {
  state_.question = std::move(question);
  answerStale_ = true;
  ++answerRevision_;
}

Result<Ok> Session::chooseArea(const std::string& areaId, Side side) {
  const PainArea* area = atlas_ ? atlas_->painArea(areaId) : nullptr;
  if (!area) return Error{"'" + areaId + "' is not a pain area"};
  if (!painter_) return Error{painToolsNote_};
  // The area asked about becomes the pain drawing: the brush refines it, Clear pain drawing removes both.
  drawing_.assign(surface_->skin().positions.size(), 0.0f);
  const SparseIntensity& zone = painter_->painArea(*area, side);
  for (std::size_t i = 0; i < zone.vertices.size(); ++i) drawing_[zone.vertices[i]] = zone.values[i];
  setQuestion({PainQuestion::Kind::Area, areaId, side, 0});
  invalidatePaint();
  return Ok{};
}

void Session::clickSkin(std::uint32_t vertex) {
  if (!painter_) return;
  drawing_.clear();  // a new question about one point: an old drawing left on the skin would mislead
  invalidatePaint();
  setQuestion({PainQuestion::Kind::Point, "", Side::Right, vertex});
}

std::optional<std::pair<std::uint32_t, float>> Session::nearestSkinVertex(glm::vec3 point) const {
  if (!surface_) return std::nullopt;
  const std::uint32_t v = surface_->nearestVertex(point);
  return std::make_pair(v, glm::distance(surface_->skin().positions[v], point));
}

void Session::brush(std::uint32_t vertex, float radiusMetres, bool erase) {
  if (!painter_) return;
  drawing_.resize(surface_->skin().positions.size(), 0.0f);
  const GeodesicField field = geodesicDistances(surface_->topology(), {{vertex, 0.0f}}, radiusMetres);
  for (std::size_t i = 0; i < field.vertices.size(); ++i) {
    const float v = zoneFalloff(field.distances[i], radiusMetres);
    float& d = drawing_[field.vertices[i]];
    d = erase ? std::min(d, 1.0f - v) : std::max(d, v);
  }
  setQuestion({PainQuestion::Kind::Drawing, "", Side::Right, 0});
  invalidatePaint();
}

void Session::clearDrawing() {
  drawing_.clear();
  if (state_.question.kind != PainQuestion::Kind::None) setQuestion({});
  invalidatePaint();
}

bool Session::hasDrawing() const {
  return std::any_of(drawing_.begin(), drawing_.end(), [](float d) { return d > 0.0f; });
}

const PainAnswer& Session::answer() {
  if (answerStale_) answerQuestion();
  return answer_;
}

void Session::answerQuestion() {
  answerStale_ = false;
  answer_ = {};
  const PainQuestion& q = state_.question;
  if (q.kind == PainQuestion::Kind::None || !painter_) return;
  finder();
  switch (q.kind) {
    case PainQuestion::Kind::Area: {
      const PainArea* area = atlas_->painArea(q.area);
      if (!area) return;
      answer_.sources = finder_->musclesForArea(*area, q.side);
      answer_.query = area->name + (area->bilateral ? std::string(" (") + sideName(q.side) + " side)" : "");
      answer_.guide = area->guide ? &*area->guide : nullptr;
      break;
    }
    case PainQuestion::Kind::Point:
      if (q.vertex < surface_->skin().positions.size()) answer_.sources = finder_->musclesAtVertex(q.vertex);
      answer_.query = "the point you clicked";
      break;
    case PainQuestion::Kind::Drawing: {
      SparseIntensity drawing;
      for (const auto& [v, value] : state().drawing) drawing.vertices.push_back(v), drawing.values.push_back(value);
      // Name the areas the drawing lies in, so the answer says what it explains.
      auto areas = finder_->areasOf(drawing);
      std::stable_sort(areas.begin(), areas.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
      std::string where;
      for (const auto& [area, share] : areas)  // both sides of a bilateral area are named once
        if (share >= 0.15f && where.size() < 80 && where.find(area->name) == std::string::npos)
          where += (where.empty() ? "" : ", ") + area->name;
      answer_.sources = finder_->musclesForDrawing(drawing);
      answer_.query = "your pain drawing" + (where.empty() ? "" : " (" + where + ")");
      break;
    }
    default: break;
  }
}

// ---- Picking ----

std::optional<std::size_t> Session::meshAt(glm::vec2 pixel) {
  const auto hit = pointAt(pixel);
  if (!hit || anatomy_[hit->first].tissue == TissueKind::Skin) return std::nullopt;
  return hit->first;
}

const PainFinder* Session::finder() {
  if (!finder_ && painter_) finder_ = std::make_unique<PainFinder>(*painter_);  // paints every pattern once
  return finder_.get();
}

std::optional<std::pair<std::size_t, glm::vec3>> Session::pointAt(glm::vec2 pixel) {
  // Only what is drawn can be picked, and see-through skin lets the click through to what lies beneath.
  const LayerSettings layers = shownLayers();
  const StyleSelection selection = styleSelection();
  const auto hit = picker().pick(rayAt(pixel), [&](std::size_t i) {
    const MeshStyle look = meshStyle(anatomy_[i], layers, selection);
    return look.visible && look.opacity >= kSkinPickable;
  });
  if (!hit) return std::nullopt;
  return std::make_pair(hit->mesh, hit->hit.point);
}

std::optional<glm::vec3> Session::triggerPointPosition(const std::string& id, Side side) {
  if (!painter_ || !atlas_ || !skinMesh_ || !atlas_->triggerPoint(id)) return std::nullopt;
  const auto placed = placeMarkers(*painter_, *atlas_, {{id, side}}, picker().posedPositions(*skinMesh_), anatomy_, picker());
  if (placed.empty()) return std::nullopt;
  return placed.front().position;
}

// The skin under the cursor, whatever lies in front of it or however see-through it is. Vertex indices of the
// model's skin are those of the pain tools' copy of it.
std::optional<std::uint32_t> Session::skinVertexAt(glm::vec2 pixel) {
  if (!skinMesh_) return std::nullopt;
  const auto hit = picker().pick(rayAt(pixel), [this](std::size_t i) { return i == *skinMesh_; });
  return hit ? std::optional<std::uint32_t>(hit->hit.nearestVertex) : std::nullopt;
}

ClickOutcome Session::click(glm::vec2 pixel, bool skinOnly) {
  if (const auto mesh = skinOnly ? std::nullopt : meshAt(pixel)) {
    const MeshAnatomy& a = anatomy_[*mesh];
    if (a.muscle) {
      selectMuscle(a.muscle->id, a.side);
      return {ClickOutcome::Kind::Muscle, a.label};
    }
    state_.selectedMuscle.clear();
    return {ClickOutcome::Kind::OtherMesh, a.label + (a.tissue == TissueKind::Bone ? "" : " (not in the atlas)")};
  }
  if (!painter_) return {ClickOutcome::Kind::NoPainTools, ""};
  const auto vertex = skinVertexAt(pixel);
  if (!vertex) return {};
  clickSkin(*vertex);
  return {ClickOutcome::Kind::Skin, ""};
}

void Session::hover(std::optional<glm::vec2> pixel) {
  const auto mesh = pixel ? meshAt(*pixel) : std::nullopt;
  hoveredMesh_ = mesh ? int(*mesh) : -1;
  hoverLabel_ = mesh ? anatomy_[*mesh].label : std::string();
}

// ---- State ----

const ViewState& Session::state() const {
  state_.camera = camera_.destination();
  if (sparseDrawingStale_) {
    state_.drawing.clear();
    for (std::uint32_t v = 0; v < drawing_.size(); ++v)
      if (drawing_[v] > 0.0f) state_.drawing.emplace_back(v, drawing_[v]);
    sparseDrawingStale_ = false;
  }
  state_.skinVertices = surface_ ? surface_->skin().positions.size() : 0;
  return state_;
}

std::vector<std::string> unknownIds(const ViewState& view, const Atlas& atlas) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < view.painted.size(); ++i)
    if (!atlas.triggerPoint(view.painted[i].first))
      out.push_back("/view/painted/" + std::to_string(i) + "/id '" + view.painted[i].first + "' is not a trigger point in the atlas");
  if (!view.selectedMuscle.empty() && !atlas.muscle(view.selectedMuscle))
    out.push_back("/view/selected_muscle '" + view.selectedMuscle + "' is not a muscle in the atlas");
  if (!view.layers.region.empty() && !atlas.region(view.layers.region))
    out.push_back("/view/layers/region '" + view.layers.region + "' is not a body region in the atlas");
  if (view.question.kind == PainQuestion::Kind::Area && !atlas.painArea(view.question.area))
    out.push_back("/view/pain_question/area '" + view.question.area + "' is not a pain area in the atlas");
  return out;
}

Result<Ok> Session::checkIds(const ViewState& view) const {
  if (!atlas_) return Ok{};
  const auto unknown = unknownIds(view, *atlas_);
  if (!unknown.empty()) return Error{unknown.front()};
  return Ok{};
}

std::vector<std::string> Session::applyState(const ViewState& view, bool smooth) {
  std::vector<std::string> dropped;
  state_.pose = view.pose;
  updatePose();
  if (smooth && animated_) camera_.animateTo(view.camera);
  else camera_.setPose(view.camera);
  state_.layers = view.layers;
  state_.colorMap = view.colorMap;
  state_.compare = view.compare;
  if (view.split != state_.split) setSplit(view.split);
  state_.showLabels = view.showLabels;
  state_.selectedMuscle = view.selectedMuscle;
  state_.painted = view.painted;
  preview_.reset();
  if (!painter_ && !view.painted.empty()) dropped.push_back("the painted referral patterns (this model has no skin to paint: " + painToolsNote_ + ")");
  const std::size_t skinVertices = surface_ ? surface_->skin().positions.size() : 0;
  const bool sameSkin = skinVertices != 0 && skinVertices == view.skinVertices;
  drawing_.clear();
  if (!view.drawing.empty()) {
    if (sameSkin) {
      drawing_.assign(skinVertices, 0.0f);
      for (const auto& [v, value] : view.drawing) drawing_[v] = value;
    } else {
      dropped.push_back("the pain drawing (it was made on a skin of " + std::to_string(view.skinVertices) +
                        " vertices; this model's has " + std::to_string(skinVertices) + ")");
    }
  }
  PainQuestion question = view.question;
  if (question.kind == PainQuestion::Kind::Point && !sameSkin) {
    dropped.push_back("the clicked point (it was on another model's skin)");
    question = {};
  }
  if (question.kind == PainQuestion::Kind::Drawing && drawing_.empty()) question = {};
  if (question.kind != PainQuestion::Kind::None && !painter_) {
    dropped.push_back("the pain finder's question (this model has no pain tools)");
    question = {};
  }
  setQuestion(question);
  invalidatePaint();
  return dropped;
}

SceneFile Session::sceneFile(const std::string& modelPath, Sex body) const {
  SceneFile f;
  f.view = state();
  f.modelPath = modelPath;
  f.body = body;
  f.modelMeshes = model_->meshes.size();
  f.appVersion = MYOATLAS_VERSION;
  return f;
}

Result<Ok> Session::checkScene(const SceneFile& scene, const std::string& path) const {
  if (auto ids = checkIds(scene.view); !ids) return Error{"scene file '" + path + "': " + ids.error()};
  return Ok{};
}

Result<std::vector<std::string>> Session::applyScene(const SceneFile& scene, const std::string& path, bool smooth) {
  if (auto ok = checkScene(scene, path); !ok) return Error{ok.error()};
  std::vector<std::string> dropped;
  if (scene.modelMeshes != 0 && scene.modelMeshes != model_->meshes.size())
    dropped.push_back("it was made on another model (" + std::to_string(scene.modelMeshes) +
                      " meshes; this one has " + std::to_string(model_->meshes.size()) + "), so the camera may not fit it");
  for (auto& d : applyState(scene.view, smooth)) dropped.push_back(std::move(d));
  return dropped;
}

// ---- The frame ----

bool Session::selectionUnderOpaqueSkin() const {
  if (state_.selectedMuscle.empty() || state_.layers.skinOpacity < kSkinOpaque) return false;
  if (painter_ && !state_.painted.empty()) return false;  // its pattern is painted on the skin: that is what shows
  return std::any_of(anatomy_.begin(), anatomy_.end(), [&](const MeshAnatomy& a) { return a.muscle && a.muscle->id == state_.selectedMuscle; });
}

StyleSelection Session::styleSelection() const {
  StyleSelection selection(state_.selectedMuscle);
  if (atlas_)
    for (const auto& entry : state_.painted)
      if (const Muscle* m = atlas_->muscleOf(entry.first); m && !selection.contains(m->id)) selection.group.push_back(m->id);
  return selection;
}

LayerSettings Session::shownLayers() const {
  LayerSettings layers = state_.layers;
  // A muscle selected with nothing painted for it would be hidden under an opaque skin, a selection that changes
  // nothing on screen: the skin turns see-through until the selection goes.
  if (selectionUnderOpaqueSkin()) layers.skinOpacity = kSkinXray;
  return layers;
}

SceneFrame Session::frame() {
  SceneFrame f;
  f.model = model_;
  f.split = state_.split;
  f.styles = meshStyles(anatomy_, shownLayers(), styleSelection(), hoveredMesh_);
  // A pattern painted on an envelope skin lies over the model's red muscles, red on red: the muscles other than
  // the selected one are drawn pale meanwhile, so the pattern reads as it does on a skin.
  if (painter_ && !state_.painted.empty() && skinMesh_ && anatomy_[*skinMesh_].envelope)
    for (std::size_t i = 0; i < anatomy_.size() && i < f.styles.size(); ++i)
      if (anatomy_[i].tissue == TissueKind::Muscle && !(anatomy_[i].muscle && anatomy_[i].muscle->id == state_.selectedMuscle))
        f.styles[i].dimmed = true;
  f.jointMatrices = joints_;
  f.seat = seat_;
  f.colorMap = state_.colorMap;
  if (painter_ && atlas_) {
    for (const auto& [id, side] : state_.painted)
      if (const TriggerPoint* t = atlas_->triggerPoint(id))
        f.legend.push_back(t->name + " (" + sideName(side) + ")" + (lackingLandmarks(*t, side).empty() ? "" : ", partly: the model lacks landmarks there"));
    if (!paint_) {
      TriggerPointSelection shown = state_.painted;
      if (preview_) shown.push_back(*preview_);
      markers_.clear();
      markerFacing_.clear();
      markerLabels_.clear();
      if (shown.empty() && !hasDrawing()) {
        paint_ = std::make_shared<const std::vector<glm::vec3>>();
        compare_.reset();
      } else {
        const auto place = [&](const TriggerPointSelection& entries) {
          const auto drawn = [&f](std::size_t i) { return i < f.styles.size() && f.styles[i].visible; };
          return skinMesh_ ? placeMarkers(*painter_, *atlas_, entries, picker().posedPositions(*skinMesh_), anatomy_, picker(), drawn)
                           : std::vector<PlacedMarker>{};
        };
        for (const auto& m : place(state_.painted)) {
          markers_.push_back(m.position);
          markerFacing_.push_back(m.facing);
          markerLabels_.emplace_back(m.triggerPoint->name, m.position);  // the hover preview gets no label
        }
        if (preview_)
          for (const auto& m : place({*preview_})) markers_.push_back(m.position), markerFacing_.push_back(m.facing);
        const std::size_t n = surface_->skin().positions.size();
        std::vector<glm::vec4> weights;  // comparing: how strongly each pattern paints each vertex
        const std::vector<glm::vec2> referral = shown.empty() ? std::vector<glm::vec2>(n, glm::vec2(-kZoneFringe))
                                                              : painter_->combine(shown, state_.compare ? &weights : nullptr);
        std::vector<glm::vec3> paint(referral.size());
        for (std::size_t v = 0; v < paint.size(); ++v) paint[v] = glm::vec3(referral[v], v < drawing_.size() ? drawing_[v] : 0.0f);
        compare_.reset();
        if (state_.compare) {  // each vertex the palette's colours blended by the weights: smooth where two meet
          glm::vec3 palette[kCompareColours];
          for (int c = 0; c < kCompareColours; ++c) palette[c] = srgbToLinear(kComparePalette[c]);
          std::vector<glm::vec3> colours(weights.size(), glm::vec3(0.0f));
          for (std::size_t v = 0; v < weights.size(); ++v) {
            // Raised to the fourth power: the stronger pattern keeps its own colour where both paint, and the
            // colours pass from one to the other only where they are about equal.
            glm::vec4 w = weights[v] * weights[v];
            w *= w;
            const float sum = w.x + w.y + w.z + w.w;
            if (sum > 0.0f)
              for (int c = 0; c < kCompareColours; ++c) colours[v] += palette[c] * (w[c] / sum);
          }
          compare_ = std::make_shared<const std::vector<glm::vec3>>(std::move(colours));
        }
        paint_ = std::make_shared<const std::vector<glm::vec3>>(std::move(paint));
      }
    }
    f.comparing = state_.compare;
    f.compareColours = compare_;
    f.paintMesh = surface_->skin().name;
    f.paint = paint_->empty() ? nullptr : paint_;
    f.markers = markers_;
    f.markerFacing = markerFacing_;
    // Markers inside what is drawn (a deep muscle's, under the superficial ones) show faintly through it, unless
    // an opaque skin covers everything: then they sit on the skin.
    f.markersShowThrough = true;
    for (std::size_t i = 0; i < anatomy_.size() && i < f.styles.size(); ++i)
      if (anatomy_[i].tissue == TissueKind::Skin && f.styles[i].visible && f.styles[i].opacity >= kSkinOpaque) f.markersShowThrough = false;
  }
  const auto project = [&](const std::string& text, glm::vec3 point) {
    const glm::vec4 clip = camera_.projection() * camera_.view() * glm::vec4(point, 1.0f);
    if (clip.w > 0.0f) f.labels.push_back({text, camera_.project(point)});  // not behind the camera
  };
  if (state_.showLabels) {
    // The selected muscle's meshes where the model has them, otherwise the chosen trigger points' markers;
    // projected every frame so they follow the camera.
    std::vector<std::pair<std::string, glm::vec3>> anchors;
    // A muscle painted on one side only is named on that side: a label on the other would point at nothing shown.
    // Patterns of other muscles painted too: each trigger point is named at its marker instead.
    std::optional<Side> paintedSide;
    bool oneSide = true, othersPainted = false;
    for (const auto& [id, side] : state_.painted) {
      const Muscle* m = atlas_ ? atlas_->muscleOf(id) : nullptr;
      if (!m || m->id != state_.selectedMuscle) {
        othersPainted = true;
        continue;
      }
      oneSide = oneSide && (!paintedSide || *paintedSide == side);
      paintedSide = side;
    }
    if (!oneSide) paintedSide.reset();
    if (!state_.selectedMuscle.empty() && !othersPainted) {
      const LayerSettings layers = shownLayers();
      const StyleSelection selection = styleSelection();
      for (std::size_t i = 0; i < anatomy_.size(); ++i)
        if (anatomy_[i].muscle && anatomy_[i].muscle->id == state_.selectedMuscle &&
            (!paintedSide || !anatomy_[i].side || *anatomy_[i].side == *paintedSide) &&
            meshStyle(anatomy_[i], layers, selection).visible)  // named even under opaque skin
          anchors.emplace_back(anatomy_[i].label, picker().anchor(i));
    }
    if (anchors.empty()) anchors = markerLabels_;
    for (const auto& [text, point] : anchors) project(text, point);
  }
  if (annotationPoints_.size() != annotations_.size()) placeAnnotations();
  for (std::size_t i = 0; i < annotations_.size(); ++i)
    if (annotationPoints_[i]) project(annotations_[i].text, *annotationPoints_[i]);
  return f;
}

void Session::setAnnotations(std::vector<Annotation> annotations) {
  if (annotations == annotations_) return;  // the viewer sets them every frame
  annotations_ = std::move(annotations);
  annotationPoints_.clear();
}

// Where each label points in the pose shown; nullopt for a mesh or trigger point this model does not have.
void Session::placeAnnotations() {
  annotationPoints_.assign(annotations_.size(), std::nullopt);
  for (std::size_t a = 0; a < annotations_.size(); ++a) {
    const Annotation& note = annotations_[a];
    if (!note.triggerPoint.empty()) {
      if (!painter_ || !atlas_ || !skinMesh_) continue;
      const auto placed = placeMarkers(*painter_, *atlas_, {{note.triggerPoint, note.side}}, picker().posedPositions(*skinMesh_),
                                       anatomy_, picker());
      if (!placed.empty()) annotationPoints_[a] = placed.front().position;
      continue;
    }
    for (std::size_t i = 0; i < model_->meshes.size(); ++i)
      if (model_->meshes[i].name == note.mesh) {
        const auto& positions = picker().posedPositions(i);
        if (note.vertex < positions.size()) annotationPoints_[a] = positions[note.vertex];
        break;
      }
  }
}

std::optional<Annotation> Session::annotationAt(glm::vec2 pixel, const std::string& text) {
  const auto styles = meshStyles(anatomy_, shownLayers(), styleSelection());
  const auto hit = picker().pick(rayAt(pixel),
                                 [&](std::size_t i) { return styles[i].visible && styles[i].opacity >= kSkinPickable; });
  if (!hit) return std::nullopt;
  Annotation note;
  note.text = text;
  note.mesh = model_->meshes[hit->mesh].name;
  note.vertex = hit->hit.nearestVertex;
  return note;
}

std::vector<std::string> Session::lackingLandmarks(const TriggerPoint& t, Side side) const {
  std::vector<std::string> lacking;
  if (!atlas_ || !surface_ || missingLandmarks_.empty()) return lacking;
  const auto check = [&](const AnchoredPoint& p) {
    const Landmark* l = atlas_->landmark(p.landmark);
    if (!l) return;
    const std::string sided = sidedLandmarkId(*l, side);
    if (!surface_->landmarks().count(sided) && std::find(lacking.begin(), lacking.end(), sided) == lacking.end()) lacking.push_back(sided);
  };
  check(t.location);
  for (const Zone* zone : {&t.essential, &t.spillover})
    for (const auto& primitive : *zone) {
      check(primitive.from);
      if (primitive.to) check(*primitive.to);
    }
  return lacking;
}

std::vector<std::string> Session::patternGaps() const {
  std::vector<std::string> gaps;
  for (const auto& [id, side] : state_.painted) {
    const TriggerPoint* t = atlas_ ? atlas_->triggerPoint(id) : nullptr;
    if (!t) continue;
    const auto lacking = lackingLandmarks(*t, side);
    if (lacking.empty()) continue;
    std::string line = t->name + " (" + sideName(side) + "): ";
    for (std::size_t i = 0; i < lacking.size(); ++i) line += (i ? ", " : "") + lacking[i];
    gaps.push_back(line);
  }
  return gaps;
}

std::string Session::incompleteAnswerNote() const {
  if (missingLandmarks_.empty()) return "";
  std::string listed;
  for (std::size_t i = 0; i < missingLandmarks_.size() && i < 6; ++i) listed += (i ? ", " : "") + missingLandmarks_[i];
  if (missingLandmarks_.size() > 6) listed += ", ...";
  const bool fitted = model_->adaptation && !model_->adaptation->droppedLandmarks.empty();
  return "this model lacks " + std::to_string(missingLandmarks_.size()) + " of the atlas's landmarks (" + listed + ")" +
         (fitted ? ", where the fit of the generated body found none of the model's skin (the model does not reach there)" : "") +
         ": the patterns that use them are not painted, so answers may be incomplete; add them to the model's "
         "landmark file";
}

}  // namespace myoatlas
