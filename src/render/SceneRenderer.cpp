#include "render/SceneRenderer.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include <glad/gl.h>
#include <glm/gtc/matrix_transform.hpp>

#include "core/MeshBuilder.h"
#include "core/MeshChecks.h"
#include "core/Pose.h"
#include "core/geometry/Simplify.h"

namespace myoatlas {

namespace {

constexpr int kGradientWidth = 32, kGradientHeight = 256;

// The background: a vertical gradient between kBackgroundBottom and kBackgroundTop mixed in linear light with a
// smoothstep, darkened by a faint vignette, encoded to sRGB. Fine enough that filtering between texels stays
// well under one 8-bit step.
unsigned makeBackgroundTexture() {
  const glm::vec3 top = srgbToLinear(kBackgroundTop), bottom = srgbToLinear(kBackgroundBottom);
  std::vector<std::uint8_t> texels(std::size_t(kGradientWidth) * kGradientHeight * 4);
  for (int j = 0; j < kGradientHeight; ++j)
    for (int i = 0; i < kGradientWidth; ++i) {
      const glm::vec2 uv(float(i) / float(kGradientWidth - 1), float(j) / float(kGradientHeight - 1));
      glm::vec3 c = glm::mix(bottom, top, uv.y * uv.y * (3.0f - 2.0f * uv.y));
      const glm::vec2 d = uv - 0.5f;
      c *= 1.0f - 0.25f * glm::dot(d, d);
      const glm::vec3 encoded = linearToSrgb(c);
      std::uint8_t* texel = &texels[(std::size_t(j) * kGradientWidth + std::size_t(i)) * 4];
      for (int k = 0; k < 3; ++k) texel[k] = std::uint8_t(std::lround(encoded[k] * 255.0f));
      texel[3] = 255;
    }
  unsigned texture = 0;
  glGenTextures(1, &texture);
  glBindTexture(GL_TEXTURE_2D, texture);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, kGradientWidth, kGradientHeight, 0, GL_RGBA, GL_UNSIGNED_BYTE, texels.data());
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glBindTexture(GL_TEXTURE_2D, 0);
  return texture;
}

}  // namespace

Result<std::unique_ptr<SceneRenderer>> SceneRenderer::create() {
  std::unique_ptr<SceneRenderer> r(new SceneRenderer());
  auto mesh = ShaderProgram::fromFiles("mesh.vert", "mesh.frag");
  if (!mesh) return Error{mesh.error()};
  auto background = ShaderProgram::fromFiles("background.vert", "background.frag");
  if (!background) return Error{background.error()};
  r->meshProgram_ = std::move(mesh.value());
  r->backgroundProgram_ = std::move(background.value());
  glGenVertexArrays(1, &r->emptyVao_);
  r->backgroundTexture_ = makeBackgroundTexture();
  const auto* rendererName = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
  const std::string name = rendererName ? rendererName : "";
  r->softwareRasteriser_ = name.find("llvmpipe") != std::string::npos || name.find("softpipe") != std::string::npos ||
                           name.find("SwiftShader") != std::string::npos;
  r->singlePassBackground_ = !r->softwareRasteriser_;
  glGenBuffers(1, &r->skinningUbo_);
  glBindBuffer(GL_UNIFORM_BUFFER, r->skinningUbo_);
  // The Skinning block of shaders/mesh.vert: the joint matrices, then three vec4s per joint (a dual quaternion
  // and its share).
  glBufferData(GL_UNIFORM_BUFFER, GLsizeiptr(kMaxJoints * (sizeof(glm::mat4) + 3 * sizeof(glm::vec4))), nullptr, GL_DYNAMIC_DRAW);
  glBindBuffer(GL_UNIFORM_BUFFER, 0);
  r->meshProgram_.bindUniformBlock("Skinning", 0);
  r->markerMesh_ = std::make_unique<GpuMesh>(makeEllipsoid("marker", glm::vec3(0.0f), glm::vec3(1.0f), 16, 10));
  return r;
}

void SceneRenderer::setModel(std::shared_ptr<const Model> model) {
  model_ = std::move(model);
  dirty_ = true;
}

void SceneRenderer::setPaint(const std::string& meshName, std::vector<glm::vec3> paint) {
  pendingPaint_[meshName] = std::move(paint);
}

void SceneRenderer::setReferral(const std::string& meshName, const std::vector<glm::vec2>& levels) {
  std::vector<glm::vec3> paint;
  paint.reserve(levels.size());
  for (const auto& l : levels) paint.emplace_back(l, 0.0f);
  setPaint(meshName, std::move(paint));
}

void SceneRenderer::drawMarkers(const glm::vec3& eye) {
  if (markers_.empty()) return;
  constexpr float kMarkerRadius = 0.007f;  // metres: a visible dot at whole-body zoom, small at close range
  meshProgram_.set("u_skinned", 0);
  meshProgram_.set("u_baseColor", srgbToLinear(glm::vec3(0.08f, 0.06f, 0.06f)));
  meshProgram_.set("u_roughness", 0.4f);
  meshProgram_.set("u_specular", 1.0f);
  meshProgram_.set("u_subsurface", 0.0f);
  meshProgram_.set("u_opacity", 1.0f);
  const auto drawAll = [&](bool hiddenOnes) {
    for (std::size_t i = 0; i < markers_.size(); ++i) {
      const glm::vec3 p = markers_[i];
      // Shown through what covers it only on the side of the body facing the viewer: a trigger point on the
      // back seen through the whole body from the front would read as one in front.
      if (hiddenOnes && (i >= markerFacing_.size() || glm::dot(markerFacing_[i], eye - p) <= 0.0f)) continue;
      meshProgram_.set("u_model", glm::scale(glm::translate(glm::mat4(1.0f), p), glm::vec3(kMarkerRadius * markerScale_)));
      markerMesh_->draw();
    }
  };
  drawAll(false);
  if (!markersShowThrough_) return;
  // Where something drawn hides a marker (a deep muscle's trigger point under the superficial layer), the marker
  // shows faintly through it: only the hidden parts, blended, without touching depth.
  glEnable(GL_BLEND);
  glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
  glDepthMask(GL_FALSE);
  glDepthFunc(GL_GREATER);
  meshProgram_.set("u_opacity", 0.99f);  // see-through: about half in the middle, denser towards the outline
  drawAll(true);
  glDepthFunc(GL_LESS);
  glDepthMask(GL_TRUE);
  glDisable(GL_BLEND);
  meshProgram_.set("u_opacity", 1.0f);
}

void SceneRenderer::setPose(const std::vector<glm::mat4>& jointMatrices) {
  // Models with more joints than the shader holds stay in their rest pose rather than deform wrongly.
  posed_ = !jointMatrices.empty() && jointMatrices.size() <= kMaxJoints;
  if (!posed_) return;
  glBindBuffer(GL_UNIFORM_BUFFER, skinningUbo_);
  glBufferSubData(GL_UNIFORM_BUFFER, 0, GLsizeiptr(jointMatrices.size() * sizeof(glm::mat4)), jointMatrices.data());
  // Dual quaternions and their share per joint (core/Pose.h), three vec4s a joint as the shader reads them.
  const std::vector<DualQuat> dual = dualQuaternions(jointMatrices);
  const std::vector<float> shares = model_ ? dualQuaternionShares(model_->joints) : std::vector<float>{};
  dualSkinning_ = !dual.empty() && shares.size() == dual.size() && std::any_of(shares.begin(), shares.end(), [](float s) { return s > 0.0f; });
  if (dualSkinning_) {
    std::vector<glm::vec4> packed;
    packed.reserve(3 * dual.size());
    for (std::size_t j = 0; j < dual.size(); ++j) {
      packed.emplace_back(dual[j].real.x, dual[j].real.y, dual[j].real.z, dual[j].real.w);
      packed.emplace_back(dual[j].dual.x, dual[j].dual.y, dual[j].dual.z, dual[j].dual.w);
      packed.emplace_back(shares[j], 0.0f, 0.0f, 0.0f);
    }
    glBufferSubData(GL_UNIFORM_BUFFER, GLintptr(kMaxJoints * sizeof(glm::mat4)), GLsizeiptr(packed.size() * sizeof(glm::vec4)), packed.data());
  }
  glBindBuffer(GL_UNIFORM_BUFFER, 0);
}

std::optional<OffscreenTarget> SceneRenderer::takePictureTarget(int width, int height, Antialiasing aa) {
  std::optional<OffscreenTarget> taken;
  if (keptTarget_ && keptTarget_->width() == width && keptTarget_->height() == height && keptTarget_->antialiasing() == aa)
    taken = std::move(keptTarget_);
  keptTarget_.reset();
  return taken;
}

void SceneRenderer::uploadIfNeeded() {
  if (!dirty_) return;
  gpuMeshes_.clear();
  if (model_) {
    gpuMeshes_.reserve(model_->meshes.size());
    for (const auto& m : model_->meshes) gpuMeshes_.emplace_back(m);
  }
  dirty_ = false;
  draftsBuilt_ = false;
}

void SceneRenderer::buildDraftsIfNeeded() {
  if (draft_) prepareDrafts();
}

void SceneRenderer::prepareDrafts() {
  uploadIfNeeded();
  if (draftsBuilt_ || !model_) return;
  // Small meshes cost little: drafts keep them whole. Above that, about a quarter of the triangles within 0.2% of
  // the mesh's size, so a fascia or aponeurosis lying on its muscle is not pierced by the coarser muscle below.
  constexpr std::size_t kDraftMinTriangles = 500;
  closed_.assign(gpuMeshes_.size(), false);
  for (std::size_t i = 0; i < gpuMeshes_.size(); ++i) {
    const Mesh& mesh = model_->meshes[i];
    if (mesh.triangleCount() > kDraftMinTriangles)
      gpuMeshes_[i].setDraftIndices(mesh, simplifiedIndices(mesh, 0.25f, 0.002f));
    closed_[i] = isClosedManifold(mesh) && signedVolume(mesh) > 0.0;
  }
  draftsBuilt_ = true;
}

void SceneRenderer::applyPendingPaint() {
  if (!model_) return;
  for (auto& [name, values] : pendingPaint_)
    for (std::size_t i = 0; i < gpuMeshes_.size(); ++i)
      if (model_->meshes[i].name == name) gpuMeshes_[i].setPaint(values);
  pendingPaint_.clear();
  for (auto& [name, values] : pendingCompare_)
    for (std::size_t i = 0; i < gpuMeshes_.size(); ++i)
      if (model_->meshes[i].name == name) gpuMeshes_[i].setCompareColours(values);
  pendingCompare_.clear();
}

void SceneRenderer::drawBackground(int x, int y, int width, int height) {
  glViewport(x, y, width, height);
  // Slides for another background are cleared to transparent, with no gradient. Otherwise there is no colour
  // clear: the gradient covers the whole rectangle. On a GPU it also writes the far depth as it goes, so one
  // full-screen pass does the work of three: with few raster units each pass is expensive (the H200 at 3840x2160
  // with 4x multisampling: 2.35 ms for a colour clear, 1.8 ms for a depth clear). A software rasteriser clears
  // depth with a memset, cheaper than writing it from a pass.
  const GLbitfield clear = transparent_ ? GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT : singlePassBackground_ ? 0 : GL_DEPTH_BUFFER_BIT;
  glDepthMask(GL_TRUE);
  if (clear) {
    glEnable(GL_SCISSOR_TEST);  // the clear stays inside the rectangle
    glScissor(x, y, width, height);
    glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
    glClear(clear);
    glDisable(GL_SCISSOR_TEST);
  }
  if (transparent_) return;
  if (singlePassBackground_) {
    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_ALWAYS);
  } else {
    glDisable(GL_DEPTH_TEST);
  }
  glDisable(GL_CULL_FACE);
  glDisable(GL_BLEND);
  backgroundProgram_.use();
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, backgroundTexture_);
  backgroundProgram_.set("u_gradient", 0);
  backgroundProgram_.set("u_texelScale", glm::vec2(float(kGradientWidth - 1) / float(kGradientWidth),
                                                   float(kGradientHeight - 1) / float(kGradientHeight)));
  glBindVertexArray(emptyVao_);
  glDrawArrays(GL_TRIANGLES, 0, 3);
  glBindVertexArray(0);
  glBindTexture(GL_TEXTURE_2D, 0);
  glDepthFunc(GL_LESS);
  glDisable(GL_DEPTH_TEST);
}

void SceneRenderer::setSeat(std::optional<Seat> seat) {
  if (seat == seat_) return;
  seat_ = seat;
  stool_.reset();
  if (!seat || seat->floor >= seat->height - 0.1f) return;
  // A padded stool, as in a treatment room: a top 8 cm deep, 52 cm across, under the whole seat, on a narrower
  // base down to the floor. The body no longer floats (a reviewer), and the buttocks' pressed undersides rest on it.
  const Stool boxes = stoolOf(*seat);
  Mesh stool = makeRoundedBox("stool", boxes.top.min, boxes.top.max, 0.025f);
  Mesh base = makeRoundedBox("base", boxes.base.min, boxes.base.max, 0.015f);
  const glm::vec3 padding = srgbToLinear(glm::vec3(0.26f, 0.31f, 0.38f)), frame = srgbToLinear(glm::vec3(0.17f, 0.18f, 0.2f));
  stool.colours.assign(stool.positions.size(), padding);
  const auto offset = std::uint32_t(stool.positions.size());
  stool.positions.insert(stool.positions.end(), base.positions.begin(), base.positions.end());
  stool.normals.insert(stool.normals.end(), base.normals.begin(), base.normals.end());
  stool.colours.insert(stool.colours.end(), base.positions.size(), frame);
  for (const auto i : base.indices) stool.indices.push_back(offset + i);
  stool_ = std::make_unique<GpuMesh>(stool);
}

void SceneRenderer::drawStool() {
  if (!stool_) return;
  meshProgram_.set("u_typicalLuminance", stool_->typicalLuminance());
  meshProgram_.set("u_baseColor", glm::vec3(1.0f));  // the vertex colours are the stool's
  meshProgram_.set("u_roughness", 0.75f);
  meshProgram_.set("u_specular", 0.25f);
  meshProgram_.set("u_subsurface", 0.0f);
  meshProgram_.set("u_skinned", 0);
  meshProgram_.set("u_opacity", 1.0f);
  meshProgram_.set("u_model", glm::mat4(1.0f));
  stool_->draw();
}

void SceneRenderer::drawPane(const OrbitCamera& camera, int x, int y, int width, int height) {
  uploadIfNeeded();
  buildDraftsIfNeeded();
  applyPendingPaint();
  glDisable(GL_FRAMEBUFFER_SRGB);  // shaders encode sRGB themselves
  drawBackground(x, y, width, height);  // also resets the pane's depth, and only the pane's
  if (!model_) return;
  glEnable(GL_DEPTH_TEST);
  glDepthFunc(GL_LESS);
  glEnable(GL_MULTISAMPLE);
  meshProgram_.use();
  meshProgram_.set("u_view", camera.view());
  meshProgram_.set("u_projection", camera.projection());
  glBindBufferBase(GL_UNIFORM_BUFFER, 0, skinningUbo_);
  const ColorMapInfo& colours = colorMapInfo(colorMap_);
  // Converted to linear light here, once, rather than per fragment (pow() per pixel costs llvmpipe ~10%).
  meshProgram_.set("u_essentialColour", srgbToLinear(colours.essential));
  meshProgram_.set("u_spilloverColour", srgbToLinear(colours.spillover));
  meshProgram_.set("u_comparing", comparing_ ? 1 : 0);
  meshProgram_.set("u_stippleScale", stippleScale_ * pixelScale_);
  meshProgram_.set("u_seat", seat_ ? glm::vec4(seat_->height, seat_->softness, seat_->front, 1.0f) : glm::vec4(0.0f));
  const auto styleOf = [this](std::size_t i) { return i < styles_.size() ? styles_[i] : MeshStyle{}; };
  for (std::size_t i = 0; i < gpuMeshes_.size(); ++i)
    if (const MeshStyle s = styleOf(i); s.visible && s.opacity >= 0.999f) drawMesh(i, s);
  drawStool();
  drawMarkers(camera.eye());
  // See-through meshes (x-ray skin) over what is inside them: blended, without writing depth, front faces
  // only so a closed skin is not seen twice.
  glEnable(GL_BLEND);
  glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
  glDepthMask(GL_FALSE);
  glEnable(GL_CULL_FACE);
  glCullFace(GL_BACK);
  for (std::size_t i = 0; i < gpuMeshes_.size(); ++i)
    if (const MeshStyle s = styleOf(i); s.visible && s.opacity < 0.999f) drawMesh(i, s);
  glDisable(GL_CULL_FACE);
  glDepthMask(GL_TRUE);
  glDisable(GL_BLEND);
  meshProgram_.set("u_opacity", 1.0f);
  glBindVertexArray(0);
}

void SceneRenderer::drawMesh(std::size_t i, const MeshStyle& style) {
  const Mesh& mesh = model_->meshes[i];
  const Material m = materialFor(mesh.tissue, mesh.hasColours());
  meshProgram_.set("u_baseColor", srgbToLinear(m.baseColor));  // linear: no pow() per fragment
  meshProgram_.set("u_roughness", m.roughness);
  meshProgram_.set("u_specular", m.specular);
  meshProgram_.set("u_subsurface", m.subsurface);
  meshProgram_.set("u_skinned", posed_ && gpuMeshes_[i].skinned() ? (dualSkinning_ ? 2 : 1) : 0);
  meshProgram_.set("u_opacity", style.opacity);
  meshProgram_.set("u_typicalLuminance", gpuMeshes_[i].typicalLuminance());
  meshProgram_.set("u_dim", style.dimmed ? 1.0f : 0.0f);
  meshProgram_.set("u_highlight", style.highlight);
  // Drafts skip the back faces of closed meshes (the depth test would hide them, after shading their vertices
  // and testing their pixels); see-through meshes are culled anyway.
  const bool cull = draft_ && i < closed_.size() && closed_[i] && style.opacity >= 0.999f;
  if (cull) {
    glEnable(GL_CULL_FACE);
    glCullFace(GL_BACK);
  }
  if (copies_.empty()) {
    meshProgram_.set("u_model", glm::mat4(1.0f));
    gpuMeshes_[i].draw(draft_);
  }
  for (const glm::vec3& offset : copies_) {
    meshProgram_.set("u_model", glm::translate(glm::mat4(1.0f), offset));
    gpuMeshes_[i].draw(draft_);
  }
  if (cull) glDisable(GL_CULL_FACE);
  meshProgram_.set("u_highlight", 0.0f);
  meshProgram_.set("u_dim", 0.0f);
}

void SceneRenderer::apply(const SceneFrame& frame) {
  if (frame.model != model_) {
    setModel(frame.model);
    appliedJoints_.reset();
    appliedPaint_.reset();
    appliedCompare_.reset();
  }
  if (frame.jointMatrices != appliedJoints_) {
    setPose(frame.jointMatrices ? *frame.jointMatrices : std::vector<glm::mat4>{});
    appliedJoints_ = frame.jointMatrices;
  }
  if (frame.paint != appliedPaint_ || frame.paintMesh != appliedPaintMesh_) {
    if (!appliedPaintMesh_.empty() && appliedPaintMesh_ != frame.paintMesh) setPaint(appliedPaintMesh_, {});
    if (!frame.paintMesh.empty()) setPaint(frame.paintMesh, frame.paint ? *frame.paint : std::vector<glm::vec3>{});
    appliedPaint_ = frame.paint;
    appliedPaintMesh_ = frame.paintMesh;
    appliedCompare_.reset();  // a new paint: its colours too
  }
  if (frame.compareColours != appliedCompare_ && !frame.paintMesh.empty()) {
    pendingCompare_[frame.paintMesh] = frame.compareColours ? *frame.compareColours : std::vector<glm::vec3>{};
    appliedCompare_ = frame.compareColours;
  }
  setSeat(frame.seat);
  styles_ = frame.styles;
  markers_ = frame.markers;
  markersShowThrough_ = frame.markersShowThrough;
  markerFacing_ = frame.markerFacing;
  colorMap_ = frame.colorMap;
  comparing_ = frame.comparing;
}

}  // namespace myoatlas
