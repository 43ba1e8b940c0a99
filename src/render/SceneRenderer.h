#pragma once
// Draws the body: background, then every mesh with its tissue's material. Reads the model and camera; decides
// nothing. GPU buffers are (re)built lazily when the model given to setModel() changes.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "core/Camera.h"
#include "core/Materials.h"
#include "core/Model.h"
#include "core/Result.h"
#include "core/session/SceneFrame.h"
#include "render/GpuMesh.h"
#include "render/OffscreenTarget.h"
#include "render/ShaderProgram.h"

namespace myoatlas {

// Background colours (sRGB) shared by the window and the headless renders so both look the same.
inline constexpr glm::vec3 kBackgroundTop{0.235f, 0.262f, 0.298f};
inline constexpr glm::vec3 kBackgroundBottom{0.105f, 0.114f, 0.129f};

class SceneRenderer {
 public:
  static Result<std::unique_ptr<SceneRenderer>> create();  // needs a current GL 3.3 core context

  void setModel(std::shared_ptr<const Model> model);
  // Joint matrices of the pose to draw (core/Pose.h); empty draws the rest pose.
  void setPose(const std::vector<glm::mat4>& jointMatrices);
  static constexpr std::size_t kMaxJoints = 128;  // matches shaders/mesh.vert
  // Per-vertex paint for the named mesh: (essential, spillover) referred-pain levels (ReferralPainter::combine) and the
  // patient's pain drawing (0..1), one per vertex; empty clears it.
  void setPaint(const std::string& meshName, std::vector<glm::vec3> paint);
  // Convenience: referred pain only.
  void setReferral(const std::string& meshName, const std::vector<glm::vec2>& levels);
  void setColorMap(ColorMap map) { colorMap_ = map; }
  void setStippleScale(float pixels) { stippleScale_ = pixels; }
  // Framebuffer pixels per picture pixel (a supersampled target: 2), so what is sized in pixels (the spillover
  // dots) keeps its size in the picture.
  void setPixelScale(float scale) { pixelScale_ = scale; }
  // Seated: soft tissue pressed onto the seat, as core/Pose.h's onSeat() does on the CPU (apply() takes the frame's).
  void setSeat(std::optional<Seat> seat);
  // Trigger-point markers: small dark dots like the charts' crosses, at these model-space positions (metres).
  void setMarkers(std::vector<glm::vec3> positions) { markers_ = std::move(positions); }
  // How each mesh is drawn (core/session/SceneStyle.h), one per mesh in model order; meshes beyond the list are
  // drawn normally. See-through meshes are drawn after the opaque ones, front faces only.
  using MeshStyle = myoatlas::MeshStyle;
  void setMeshStyles(std::vector<MeshStyle> styles) { styles_ = std::move(styles); }
  // Takes everything a session frame shows; the model, pose and paint are uploaded again only when their
  // pointers change.
  void apply(const SceneFrame& frame);
  // Draws into the currently bound framebuffer of the given size (pixels).
  void draw(const OrbitCamera& camera, int width, int height) { drawPane(camera, 0, 0, width, height); }
  // Draws into one rectangle of the framebuffer (pixels from the bottom left) and leaves the rest as it is: the
  // split view's two panes. The camera's viewport should be the pane's size.
  void drawPane(const OrbitCamera& camera, int x, int y, int width, int height);
  void drawBackground(int x, int y, int width, int height);  // the gradient alone, in that rectangle
  // Slides for another background: cleared to transparent, no gradient (the PNG keeps the alpha).
  void setTransparentBackground(bool on) { transparent_ = on; }
  // Scaling benchmarks (render --benchmark-copies): every mesh drawn once per offset (metres, model space);
  // empty, the default, draws the model once where it is. Markers are drawn once.
  void setCopies(std::vector<glm::vec3> offsets) { copies_ = std::move(offsets); }
  // How the background resets a pane: one gradient pass that also writes the far depth (GPUs), or a depth clear
  // and then the gradient (software rasterisers). Chosen from GL_RENDERER at creation; tests force either.
  void setSinglePassBackground(bool on) { singlePassBackground_ = on; }
  bool softwareRasteriser() const { return softwareRasteriser_; }  // llvmpipe and kin (GL_RENDERER)
  // A picture's target made ahead (render/Snapshot.h, while another thread reads the model): kept until a picture
  // of its size and smoothing takes it, so the memory a large target needs is only held for one picture.
  void keepPictureTarget(OffscreenTarget target) { keptTarget_ = std::move(target); }
  std::optional<OffscreenTarget> takePictureTarget(int width, int height, Antialiasing aa);
  // Draft frames (the viewer while the view moves on a software rasteriser): large meshes drawn with about a
  // quarter of their triangles, and closed meshes without their back faces. The coarse lists are made by
  // prepareDrafts() or, failing that, at the first draft frame of each model.
  void setDraft(bool on) { draft_ = on; }
  // Makes the coarse lists now (about 0.15 s for the default body), so the first draft frame does not: the viewer
  // calls it once the first full-quality frame of a model is shown.
  void prepareDrafts();
  // Trigger-point dots larger than at the desk (presenting: a class sees them from the back of the room).
  void setMarkerScale(float scale) { markerScale_ = scale; }

 private:
  SceneRenderer() = default;
  void uploadIfNeeded();
  void applyPendingPaint();
  void drawMarkers(const glm::vec3& eye);
  void drawMesh(std::size_t index, const MeshStyle& style);

  ShaderProgram meshProgram_;
  ShaderProgram backgroundProgram_;
  unsigned backgroundTexture_ = 0;  // the gradient, baked (shaders/background.frag)
  bool softwareRasteriser_ = false;  // llvmpipe and kin: clears are memsets, and the viewer draws drafts
  bool singlePassBackground_ = true;  // drawBackground: the gradient writes the far depth (not on llvmpipe)
  unsigned emptyVao_ = 0;  // core profile needs a bound VAO even for the buffer-less background
  unsigned skinningUbo_ = 0;
  bool posed_ = false;
  bool dualSkinning_ = false;  // some joints blend by dual quaternions (core/Pose.h)
  std::shared_ptr<const Model> model_;
  bool dirty_ = false;
  std::vector<GpuMesh> gpuMeshes_;
  std::map<std::string, std::vector<glm::vec3>> pendingPaint_;  // applied at the next draw
  std::map<std::string, std::vector<glm::vec3>> pendingCompare_;
  std::shared_ptr<const std::vector<glm::vec3>> appliedCompare_;
  ColorMap colorMap_ = ColorMap::Clinical;
  bool comparing_ = false;
  bool transparent_ = false;
  float markerScale_ = 1.0f;  // each painted pattern in its own colour (the paint's fourth channel picks it)
  std::shared_ptr<const std::vector<glm::mat4>> appliedJoints_;
  std::shared_ptr<const std::vector<glm::vec3>> appliedPaint_;
  std::string appliedPaintMesh_;
  std::vector<glm::vec3> markers_;
  bool markersShowThrough_ = false;
  std::vector<glm::vec3> markerFacing_;  // per marker: the way out to the skin over it
  std::vector<MeshStyle> styles_;
  std::vector<glm::vec3> copies_;
  bool draft_ = false;
  bool draftsBuilt_ = false;
  std::vector<bool> closed_;  // per mesh: closed and facing outwards, so drafts may cull its back faces
  void buildDraftsIfNeeded();
  std::unique_ptr<GpuMesh> markerMesh_;  // a unit sphere, scaled per marker
  float stippleScale_ = 6.0f;
  float pixelScale_ = 1.0f;
  std::optional<Seat> seat_;  // seated: core/Pose.h
  std::unique_ptr<GpuMesh> stool_;  // what the seated body sits on, made for seat_
  std::optional<OffscreenTarget> keptTarget_;
  void drawStool();
};

}  // namespace myoatlas
