#include "core/Camera.h"

#include "core/Text.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include <glm/gtc/constants.hpp>
#include <glm/gtc/matrix_transform.hpp>

namespace myoatlas {
namespace {

constexpr float kPitchLimit = glm::half_pi<float>() - 1e-3f;  // keeps the basis well defined at the poles
constexpr float kOrbitRadiansPerPixel = 0.008f;
constexpr float kZoomPerStep = 0.85f;  // distance factor per wheel notch
constexpr float kMinDistance = 0.05f;
constexpr float kMaxDistance = 50.0f;

struct PresetAngles {
  ViewPreset preset;
  const char* name;
  float yaw;
  float pitch;
};
constexpr PresetAngles kPresets[] = {
    {ViewPreset::Anterior, "anterior", 0.0f, 0.0f},
    {ViewPreset::Posterior, "posterior", glm::pi<float>(), 0.0f},
    {ViewPreset::Left, "left", glm::half_pi<float>(), 0.0f},
    {ViewPreset::Right, "right", -glm::half_pi<float>(), 0.0f},
    {ViewPreset::Superior, "superior", 0.0f, kPitchLimit},
};

float wrapAngle(float a) {
  const float twoPi = glm::two_pi<float>();
  a = std::fmod(a + glm::pi<float>(), twoPi);
  if (a < 0.0f) a += twoPi;
  return a - glm::pi<float>();
}

float smoothstep01(float t) {
  t = std::clamp(t, 0.0f, 1.0f);
  return t * t * (3.0f - 2.0f * t);
}

}  // namespace

std::optional<ViewPreset> parseViewPreset(std::string_view name) {
  const std::string lower = toLower(name);
  for (const auto& p : kPresets)
    if (lower == p.name) return p.preset;
  return std::nullopt;
}

const char* viewPresetName(ViewPreset preset) {
  for (const auto& p : kPresets)
    if (p.preset == preset) return p.name;
  return "?";
}

CameraPose lerpPose(const CameraPose& a, const CameraPose& b, float t) {
  CameraPose out;
  out.target = glm::mix(a.target, b.target, t);
  out.yaw = wrapAngle(a.yaw + wrapAngle(b.yaw - a.yaw) * t);
  out.pitch = glm::mix(a.pitch, b.pitch, t);
  // Distances interpolate geometrically so zooming in and out feels even.
  out.distance = a.distance * std::pow(b.distance / a.distance, t);
  return out;
}

void OrbitCamera::setViewport(int width, int height) {
  width_ = std::max(width, 1);
  height_ = std::max(height, 1);
}

void OrbitCamera::setPose(const CameraPose& pose) {
  pose_ = pose;
  pose_.pitch = std::clamp(pose_.pitch, -kPitchLimit, kPitchLimit);
  pose_.distance = std::clamp(pose_.distance, kMinDistance, kMaxDistance);
  transition_.reset();
}

void OrbitCamera::animateTo(const CameraPose& pose) {
  CameraPose to = pose;
  to.pitch = std::clamp(to.pitch, -kPitchLimit, kPitchLimit);
  to.distance = std::clamp(to.distance, kMinDistance, kMaxDistance);
  transition_ = Transition{pose_, to, 0.0f};
}

void OrbitCamera::update(float seconds) {
  if (!transition_) return;
  transition_->elapsed += seconds;
  const float t = transition_->elapsed / kTransitionSeconds;
  if (t >= 1.0f) {
    pose_ = transition_->to;
    transition_.reset();
    return;
  }
  pose_ = lerpPose(transition_->from, transition_->to, smoothstep01(t));
}

glm::vec3 OrbitCamera::eye() const { return pose_.target - forward() * pose_.distance; }

glm::vec3 OrbitCamera::forward() const {
  const float cp = std::cos(pose_.pitch);
  return -glm::vec3(std::sin(pose_.yaw) * cp, std::sin(pose_.pitch), std::cos(pose_.yaw) * cp);
}

glm::vec3 OrbitCamera::right() const { return glm::vec3(std::cos(pose_.yaw), 0.0f, -std::sin(pose_.yaw)); }

glm::vec3 OrbitCamera::up() const { return glm::cross(right(), forward()); }

glm::mat4 OrbitCamera::view() const { return glm::lookAt(eye(), pose_.target, up()); }

glm::mat4 OrbitCamera::projection() const {
  // Near and far follow the distance so close-ups of a hand and the whole body both keep depth precision.
  const float nearPlane = std::max(0.005f, pose_.distance * 0.02f);
  const float farPlane = pose_.distance * 4.0f + 10.0f;
  const glm::mat4 shift = glm::translate(glm::mat4(1.0f), glm::vec3(lensShift_, 0.0f, 0.0f));  // in clip space
  return shift * glm::perspective(kFovY, aspect(), nearPlane, farPlane);
}

void OrbitCamera::orbit(float dxPixels, float dyPixels) {
  transition_.reset();
  pose_.yaw = wrapAngle(pose_.yaw - dxPixels * kOrbitRadiansPerPixel);
  pose_.pitch = std::clamp(pose_.pitch + dyPixels * kOrbitRadiansPerPixel, -kPitchLimit, kPitchLimit);
}

float OrbitCamera::worldPerPixelAtTarget() const {
  return 2.0f * pose_.distance * std::tan(kFovY * 0.5f) / float(height_);
}

void OrbitCamera::pan(float dxPixels, float dyPixels) {
  transition_.reset();
  const float s = worldPerPixelAtTarget();
  // The content follows the cursor: dragging right moves the target (and so the eye) to the left.
  pose_.target += (-dxPixels * right() + dyPixels * up()) * s;
}

void OrbitCamera::zoomTowards(float steps, glm::vec2 cursorPixels, std::optional<glm::vec3> anchor) {
  transition_.reset();
  glm::vec3 p;
  if (anchor) {
    p = *anchor;
  } else {
    const Ray r = rayThroughPixel(cursorPixels);
    const float denom = glm::dot(r.direction, forward());
    p = denom > 1e-6f ? r.origin + r.direction * (pose_.distance / denom) : pose_.target;
  }
  float factor = std::pow(kZoomPerStep, steps);
  factor = std::clamp(pose_.distance * factor, kMinDistance, kMaxDistance) / pose_.distance;
  // Scaling the whole camera about p keeps p's projection unchanged: that is what "towards the cursor" means.
  pose_.target = p + (pose_.target - p) * factor;
  pose_.distance *= factor;
}

CameraPose OrbitCamera::framing(const Bounds& bounds, std::optional<ViewPreset> preset) const {
  CameraPose out = pose_;
  if (preset) {
    for (const auto& p : kPresets)
      if (p.preset == *preset) {
        out.yaw = p.yaw;
        out.pitch = p.pitch;
      }
  }
  if (bounds.empty()) return out;
  out.target = bounds.center();
  // Fit the box's eight corners, not its bounding sphere, so a tall body fills a tall view. For a corner at
  // (x right, y up, z towards the viewer) from the centre, the eye must be at least |x| / tan(halfFovX) - z
  // (and likewise for y) away.
  OrbitCamera oriented;
  oriented.pose_ = out;
  const glm::vec3 r = oriented.right(), u = oriented.up(), f = oriented.forward();
  const float tanY = std::tan(kFovY * 0.5f), tanX = tanY * aspect();
  float distance = kMinDistance;
  for (int i = 0; i < 8; ++i) {
    const glm::vec3 corner((i & 1) ? bounds.max.x : bounds.min.x, (i & 2) ? bounds.max.y : bounds.min.y,
                           (i & 4) ? bounds.max.z : bounds.min.z);
    const glm::vec3 c = corner - out.target;
    const float towardsViewer = -glm::dot(c, f);
    distance = std::max({distance, std::abs(glm::dot(c, r)) / tanX + towardsViewer,
                         std::abs(glm::dot(c, u)) / tanY + towardsViewer});
  }
  const float margin = 1.1f;
  out.distance = std::clamp(margin * distance, kMinDistance, kMaxDistance);
  return out;
}

Ray OrbitCamera::rayThroughPixel(glm::vec2 pixel) const {
  const float ndcX = 2.0f * pixel.x / float(width_) - 1.0f - lensShift_;
  const float ndcY = 1.0f - 2.0f * pixel.y / float(height_);
  const float tanHalf = std::tan(kFovY * 0.5f);
  const glm::vec3 dir = forward() + right() * (ndcX * tanHalf * aspect()) + up() * (ndcY * tanHalf);
  return Ray{eye(), glm::normalize(dir)};
}

glm::vec2 OrbitCamera::project(const glm::vec3& point) const {
  const glm::vec4 clip = projection() * view() * glm::vec4(point, 1.0f);
  const glm::vec3 ndc = glm::vec3(clip) / clip.w;
  return {(ndc.x * 0.5f + 0.5f) * float(width_), (0.5f - ndc.y * 0.5f) * float(height_)};
}

const char* viewedFrom(const CameraPose& pose) {
  if (pose.pitch > 0.9f) return "above";
  const float q = std::remainder(pose.yaw, glm::two_pi<float>()) / glm::half_pi<float>();  // 0 front, 1 left, -1 right, 2 behind
  const long quarter = std::lround(q);
  if (quarter == 0) return "the front";
  if (quarter == 1) return "the left";
  if (quarter == -1) return "the right";
  return "behind";
}

}  // namespace myoatlas
