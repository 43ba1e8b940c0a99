#pragma once
// Orbit camera: state and maths only (no GL, no window). The viewer feeds it mouse deltas in pixels; the
// renderer reads its matrices. Frames: model space (metres, +Y up, +Z anterior, +X the subject's left).
#include <optional>
#include <string>
#include <string_view>

#include <glm/glm.hpp>

#include "core/Model.h"

namespace myoatlas {

// Named views of the body. "Left" looks at the subject's left side (the camera sits on +X).
enum class ViewPreset { Anterior, Posterior, Left, Right, Superior };

std::optional<ViewPreset> parseViewPreset(std::string_view name);
struct CameraPose;
// Where the camera looks at the body from, in words for a caption: "the front", "behind", "the left", "the
// right" (the subject's) or "above".
const char* viewedFrom(const CameraPose& pose);  // case-insensitive; nullopt if unknown
const char* viewPresetName(ViewPreset preset);
inline constexpr const char* kViewPresetNames = "anterior, posterior, left, right, superior";

// Where the camera looks from. yaw 0 and pitch 0 put the eye on the +Z side looking at the body's front;
// yaw turns about +Y (positive towards +X), pitch lifts the eye above the target (radians).
struct CameraPose {
  glm::vec3 target{0.0f};
  float yaw = 0.0f;
  float pitch = 0.0f;
  float distance = 3.0f;  // metres from the target to the eye
};

CameraPose lerpPose(const CameraPose& a, const CameraPose& b, float t);  // yaw along the shorter arc

struct Ray {
  glm::vec3 origin;
  glm::vec3 direction;  // unit length
};

class OrbitCamera {
 public:
  static constexpr float kFovY = glm::radians(30.0f);
  static constexpr float kTransitionSeconds = 0.35f;

  void setViewport(int width, int height);
  int viewportWidth() const { return width_; }
  int viewportHeight() const { return height_; }

  const CameraPose& pose() const { return pose_; }
  void setPose(const CameraPose& pose);  // jumps, cancelling any transition
  void animateTo(const CameraPose& pose);  // smooth transition, advanced by update()
  void update(float seconds);
  bool animating() const { return transition_.has_value(); }
  const CameraPose& destination() const { return transition_ ? transition_->to : pose_; }  // where it is going

  glm::vec3 eye() const;
  glm::vec3 forward() const;  // unit, from eye towards target
  glm::vec3 right() const;    // unit, screen right
  glm::vec3 up() const;       // unit, screen up
  glm::mat4 view() const;
  glm::mat4 projection() const;

  // Mouse interaction; deltas are in pixels (x to the right, y downwards as windows report them).
  void orbit(float dxPixels, float dyPixels);
  void pan(float dxPixels, float dyPixels);
  // Zooms by `steps` wheel notches (positive = closer) keeping `anchor` fixed on screen; without an anchor the
  // point where the cursor ray meets the plane through the target is used.
  void zoomTowards(float steps, glm::vec2 cursorPixels, std::optional<glm::vec3> anchor = std::nullopt);

  // The pose that fits `bounds` in view from the given direction (keeps the current direction when none).
  CameraPose framing(const Bounds& bounds, std::optional<ViewPreset> preset = std::nullopt) const;

  // Moves the whole image sideways by `ndc` (2 = the viewport's width) without changing the perspective: the
  // body of a lesson step stands left of the presentation's caption column. Picking and projection follow it.
  void setLensShift(float ndc) { lensShift_ = ndc; }
  float lensShift() const { return lensShift_; }

  Ray rayThroughPixel(glm::vec2 pixel) const;  // pixel (0,0) is the top-left corner
  glm::vec2 project(const glm::vec3& point) const;  // to pixels, top-left origin

 private:
  struct Transition {
    CameraPose from, to;
    float elapsed = 0.0f;
  };
  float aspect() const { return height_ > 0 ? float(width_) / float(height_) : 1.0f; }
  float worldPerPixelAtTarget() const;

  CameraPose pose_;
  std::optional<Transition> transition_;
  int width_ = 1280;
  int height_ = 800;
  float lensShift_ = 0.0f;
};

}  // namespace myoatlas
