#pragma once
// Bringing imported models into model space: metres, +Y up (docs/DESIGN.md). Files say their units and up axis
// in different ways or not at all, so the decision combines what the file says, what the user asks for and,
// failing both, what a human body's size and shape imply.
#include <optional>
#include <string>
#include <string_view>

#include <glm/glm.hpp>

#include "core/Model.h"

namespace myoatlas {

enum class LengthUnit { Auto, Metres, Centimetres, Millimetres };
enum class UpAxis { Auto, Y, Z };

std::optional<LengthUnit> parseLengthUnit(std::string_view text);  // "auto", "m", "cm", "mm"
std::optional<UpAxis> parseUpAxis(std::string_view text);          // "auto", "y", "z"

struct FrameRequest {
  LengthUnit unit = LengthUnit::Auto;
  UpAxis up = UpAxis::Auto;
};

struct FrameHints {  // what the file itself declares, when it does
  std::optional<float> metresPerUnit;
  std::optional<UpAxis> up;
};

struct FrameDecision {
  float metresPerUnit = 1.0f;
  UpAxis up = UpAxis::Y;
  std::string reason;  // one line for `myoatlas info` and the log, e.g. "units: mm (guessed from a 1750-unit height)"
  glm::mat4 transform() const;  // file space -> model space
};

// `raw` is the model's bounding box in file units with the file's node transforms applied.
FrameDecision decideFrame(const Bounds& raw, const FrameRequest& request, const FrameHints& hints);

// A model whose largest extent in model space falls outside this range is rejected as implausibly scaled.
inline constexpr float kMinPlausibleExtent = 0.01f;  // metres
inline constexpr float kMaxPlausibleExtent = 3.0f;   // metres: no anatomical model is taller than this

}  // namespace myoatlas
