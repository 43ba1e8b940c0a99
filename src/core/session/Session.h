#pragma once
// The verbs a user performs on the atlas (select, click the skin, brush, choose a pain area, peel layers, pose,
// frame...) and the state they change. Hosts (the window, `render`, later lessons and a browser build) feed it
// input and draw frame(); none of them decides what is shown. No GL, no window, no ImGui.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/Camera.h"
#include "core/Result.h"
#include "core/atlas/Atlas.h"
#include "core/pain/BodySurface.h"
#include "core/pain/PainFinder.h"
#include "core/pain/ReferralPainter.h"
#include "core/pain/Selection.h"
#include "core/scene/ScenePicker.h"
#include "core/session/SceneFrame.h"
#include "core/session/SceneModel.h"
#include "core/session/ViewState.h"

namespace myoatlas {

// The pain finder's answer to the current question.
struct AppOptions;

struct PainAnswer {
  std::string query;                // "Temple (right side)", "the point you clicked", "your pain drawing (Low back)"
  const PainGuide* guide = nullptr;  // the Manual's guide the answer follows (named areas only)
  std::vector<MuscleSources> sources;
};

// What a click on the body did, for the host to report.
struct ClickOutcome {
  enum class Kind { Nothing, Muscle, OtherMesh, Skin, NoPainTools };
  Kind kind = Kind::Nothing;
  std::string label;  // the mesh clicked ("Femur (right)")
};

// The options of the table that `state` describes (pose, layers, colour map, labels), the rest from `base`.
AppOptions viewOptions(const ViewState& state, AppOptions base);
// Atlas ids in a view that the atlas does not know, one line each naming the field
// ("/view/painted/0/id 'x' is not a trigger point in the atlas").
std::vector<std::string> unknownIds(const ViewState& view, const Atlas& atlas);

class Session {
 public:
  explicit Session(const Atlas* atlas);  // null: no atlas (meshes keep their names; no pain tools)
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // A new model: meshes named after the atlas, pain tools prepared, selection and drawing cleared, body framed.
  void setModel(std::shared_ptr<const Model> model);
  const Model& model() const { return *model_; }
  const std::vector<MeshAnatomy>& anatomy() const { return anatomy_; }
  std::size_t muscleMeshes() const;
  bool hasPainTools() const { return painter_ != nullptr; }
  const std::string& painToolsNote() const { return painToolsNote_; }  // why there are none
  // The atlas landmarks this model lacks (an imported model's sidecar that leaves some out): patterns using them
  // are not painted, so answers may miss sources. Empty for the generated bodies.
  const std::vector<std::string>& missingLandmarks() const { return missingLandmarks_; }
  // The painted trigger points whose patterns (or markers) use landmarks this model lacks, each with those
  // landmarks: "Sternocleidomastoid TrP2 (right): vertex, eye.r". Empty when everything paints whole.
  std::vector<std::string> patternGaps() const;
  std::string incompleteAnswerNote() const;
  // A muscle is selected that the model has, nothing is painted for it and the skin is opaque: the frame then
  // draws the skin see-through (shownLayers), so the selection is seen.
  bool selectionUnderOpaqueSkin() const;
  LayerSettings shownLayers() const;  // the layers as drawn
  // The selected muscle and, for isolation, the muscles of the painted trigger points (SceneStyle.h).
  StyleSelection styleSelection() const;
  const Atlas* atlas() const { return atlas_; }
  // The pain tools themselves (null without them): quizzes read true patterns and what the body can show.
  ReferralPainter* painter() { return painter_.get(); }
  const PainFinder* finder();  // made on first use (it paints every pattern once); null without pain tools
  const BodySurface* surface() const { return surface_.get(); }
  // Where a trigger point's marker sits in the current pose (on its muscle when the model has it, else on the
  // skin); nullopt without pain tools or when the body lacks its landmark.
  std::optional<glm::vec3> triggerPointPosition(const std::string& id, Side side);

  // Camera. Verbs move it smoothly when animated (the window) and jump otherwise (render, tests).
  OrbitCamera& camera() { return camera_; }
  const OrbitCamera& camera() const { return camera_; }
  void setAnimated(bool animated) { animated_ = animated; }
  bool animated() const { return animated_; }
  // The window's (or image's) size; in the split view each pane has half its width.
  void setViewport(int width, int height);
  glm::ivec2 viewport() const { return {viewportWidth_, viewportHeight_}; }
  // Split view: the body also seen from the opposite side in a right-hand pane whose camera follows the main
  // one (linked rotation), for front and back at once. Pane 0 is camera(); picking and zooming in either pane
  // work through that pane's camera.
  void setSplit(bool on);
  OrbitCamera paneCamera(int pane) const;
  void zoomAt(float steps, glm::vec2 pixel);
  void frameAll();
  void frameView(ViewPreset preset);
  void frameDrawing();  // from the front, back or side the pain drawing faces most
  // Close-up on these muscles or regions on `side`; the error names an unknown id or a model without them.
  Result<Ok> frameFocus(const std::vector<std::string>& ids, SideChoice side);
  void frameSelection();  // the painted pattern, from the side it faces
  void frameMesh(std::size_t mesh);
  // Frames `bounds` within the part of the viewport not covered by panels (window pixels), keeping the view direction.
  void setFreeViewport(glm::vec4 rect) { freeViewport_ = rect; }

  // Pose, layers, look.
  void setPose(PosePreset pose);
  void nextPose();
  void setLayers(const LayerSettings& layers) { state_.layers = layers; }
  void toggleXray();
  void setColorMap(ColorMap map) { state_.colorMap = map; }
  // Comparing patterns: each painted trigger point in its own colour, and choosing a trigger point or a muscle
  // adds its pattern to those shown (up to kCompareColours; choosing a shown one again removes it).
  void setCompare(bool on);
  void setLabels(bool on) { state_.showLabels = on; }
  // The view's options of the table (core/settings/Options.h): pose, layers (the region filter is kept), colour
  // map and labels. Values the table would reject leave the current ones.
  void applyOptions(const AppOptions& options);

  // Selection: painted trigger points and the highlighted muscle.
  Result<Ok> select(const std::vector<std::string>& ids, SideChoice side);  // trigger point or muscle ids
  void selectMuscle(const std::string& muscleId, std::optional<Side> side);  // paints all of its trigger points
  void selectTriggerPoint(const std::string& id, Side side);
  void paintTriggerPoints(const TriggerPointSelection& selection);  // several, as a pain-finder muscle row
  void clearSelection();
  void highlightMuscle(const std::string& muscleId) { state_.selectedMuscle = muscleId; }  // nothing painted
  void preview(std::optional<std::pair<std::string, Side>> triggerPoint);  // shown until cleared; not saved

  // The pain finder.
  Result<Ok> chooseArea(const std::string& areaId, Side side);  // the area becomes the pain drawing
  void clickSkin(std::uint32_t vertex);
  // The skin vertex nearest a model-space point (rest pose, metres) and its distance; nullopt without pain tools.
  std::optional<std::pair<std::uint32_t, float>> nearestSkinVertex(glm::vec3 point) const;
  void brush(std::uint32_t vertex, float radiusMetres, bool erase);
  void clearDrawing();  // the drawing and the answer it gave
  const PainAnswer& answer();  // computed on demand (the finder paints every pattern once, ~1 s)
  std::uint64_t answerRevision() const { return answerRevision_; }
  bool hasDrawing() const;

  // Picking through the camera (window pixels).
  // `skinOnly`: the skin under the cursor asks the pain finder, whatever is drawn in front of it (Ctrl+click:
  // through see-through skin, where a plain click selects the muscle under it).
  ClickOutcome click(glm::vec2 pixel, bool skinOnly = false);
  std::optional<std::uint32_t> skinVertexAt(glm::vec2 pixel);
  std::optional<std::size_t> meshAt(glm::vec2 pixel);  // visible, not see-through, not skin
  // Where a click meets what is drawn (posed model space) and which mesh, see-through skin let through.
  std::optional<std::pair<std::size_t, glm::vec3>> pointAt(glm::vec2 pixel);
  void hover(std::optional<glm::vec2> pixel);  // nullopt: the cursor left the body
  const std::string& hoverLabel() const { return hoverLabel_; }

  const ViewState& state() const;  // the camera is its destination while animating
  // Applies a saved view. Returns what did not apply to this model (a drawing on another skin...), one line each.
  // `smooth`: the camera glides there (when animated), as between the steps of a lesson; else it jumps.
  std::vector<std::string> applyState(const ViewState& view, bool smooth = false);
  // Unknown atlas ids in a view, as an error naming the field ("/view/painted/0/id 'x' is not ...").
  Result<Ok> checkIds(const ViewState& view) const;

  // Scene files: this session's view, and a saved view applied (errors name `path` and the field; the list
  // says what did not apply to this model, one line each).
  SceneFile sceneFile(const std::string& modelPath, Sex body = Sex::Male) const;
  Result<std::vector<std::string>> applyScene(const SceneFile& scene, const std::string& path, bool smooth = false);
  // What applyScene refuses (unknown atlas ids), checked alone: it does not depend on the model.
  Result<Ok> checkScene(const SceneFile& scene, const std::string& path) const;

  // A lesson step's pinned labels, shown with the frame's labels; annotationAt makes one where a click meets the
  // visible body (the skin when it is opaque, else the muscle or bone under it).
  void setAnnotations(std::vector<Annotation> annotations);
  const std::vector<Annotation>& annotations() const { return annotations_; }
  std::optional<Annotation> annotationAt(glm::vec2 pixel, const std::string& text);

  SceneFrame frame();

 private:
  void updatePose();
  ScenePicker& picker();
  void setQuestion(PainQuestion question);
  void answerQuestion();
  void placeAnnotations();
  Ray rayAt(glm::vec2 pixel) const;  // through the pane under the pixel
  void addPainted(const std::pair<std::string, Side>& entry, bool toggle);
  void invalidatePaint() { paint_.reset(), sparseDrawingStale_ = true; }
  void moveCamera(const CameraPose& pose);
  CameraPose framingInFreeViewport(const Bounds& bounds, std::optional<glm::vec2> yawPitch) const;
  OrbitCamera cameraTurned(float yaw, float pitch) const;  // the camera where it is, looking from yaw and pitch

  const Atlas* atlas_;
  std::shared_ptr<const Model> model_;
  std::vector<MeshAnatomy> anatomy_;
  std::unique_ptr<BodySurface> surface_;
  std::unique_ptr<ReferralPainter> painter_;
  std::unique_ptr<PainFinder> finder_;
  std::optional<std::size_t> skinMesh_;
  std::string painToolsNote_;
  std::vector<std::string> missingLandmarks_;
  std::vector<std::string> lackingLandmarks(const TriggerPoint& t, Side side) const;  // sided ids its pattern needs
  std::unique_ptr<ScenePicker> picker_;
  std::shared_ptr<const std::vector<glm::mat4>> joints_;
  std::optional<Seat> seat_;  // seated: what the body sits on (core/Pose.h)
  Bounds posedBounds_;

  OrbitCamera camera_;
  bool animated_ = false;
  std::optional<glm::vec4> freeViewport_;
  mutable ViewState state_;
  std::vector<float> drawing_;  // dense, per skin vertex
  mutable bool sparseDrawingStale_ = true;  // state_.drawing is rebuilt from drawing_ only after a change
  std::optional<std::pair<std::string, Side>> preview_;
  PainAnswer answer_;
  bool answerStale_ = false;
  std::uint64_t answerRevision_ = 0;
  int hoveredMesh_ = -1;
  std::string hoverLabel_;
  std::shared_ptr<const std::vector<glm::vec3>> paint_;
  std::shared_ptr<const std::vector<glm::vec3>> compare_;  // comparing: per skin vertex colours (with paint_)  // null: recompute at the next frame
  std::vector<glm::vec3> markers_;
  std::vector<glm::vec3> markerFacing_;  // per marker, PlacedMarker::facing
  std::vector<std::pair<std::string, glm::vec3>> markerLabels_;
  std::vector<Annotation> annotations_;
  int viewportWidth_ = 1280, viewportHeight_ = 800;
  std::vector<std::optional<glm::vec3>> annotationPoints_;  // posed; empty: to be placed (new labels, pose, model)
};

}  // namespace myoatlas
