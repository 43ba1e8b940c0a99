#include "core/ModelFrame.h"

#include "core/Text.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <string>

#include <glm/gtc/matrix_transform.hpp>

namespace myoatlas {
namespace {

// A model's extent in file units for messages: whole units when it fits, else in scientific notation (never an
// out-of-range conversion to int).
std::string formatExtent(float extent) {
  if (!std::isfinite(extent)) return "non-finite";
  if (extent < 1e9f) return std::to_string(std::llround(double(extent)));
  char text[32];
  std::snprintf(text, sizeof text, "%.3g", double(extent));
  return text;
}

const char* unitName(float metresPerUnit) {
  if (metresPerUnit == 1.0f) return "m";
  if (metresPerUnit == 0.01f) return "cm";
  if (metresPerUnit == 0.001f) return "mm";
  return "custom";
}

float metresPer(LengthUnit unit) {
  switch (unit) {
    case LengthUnit::Centimetres: return 0.01f;
    case LengthUnit::Millimetres: return 0.001f;
    default: return 1.0f;
  }
}

}  // namespace

std::optional<LengthUnit> parseLengthUnit(std::string_view text) {
  const std::string s = toLower(text);
  if (s == "auto") return LengthUnit::Auto;
  if (s == "m") return LengthUnit::Metres;
  if (s == "cm") return LengthUnit::Centimetres;
  if (s == "mm") return LengthUnit::Millimetres;
  return std::nullopt;
}

std::optional<UpAxis> parseUpAxis(std::string_view text) {
  const std::string s = toLower(text);
  if (s == "auto") return UpAxis::Auto;
  if (s == "y") return UpAxis::Y;
  if (s == "z") return UpAxis::Z;
  return std::nullopt;
}

glm::mat4 FrameDecision::transform() const {
  glm::mat4 m = glm::scale(glm::mat4(1.0f), glm::vec3(metresPerUnit));
  // Z-up files (Blender, CAD, BodyParts3D) face -Y: rotating -90 degrees about X sends +Z to +Y and -Y to +Z,
  // so the body ends up facing +Z as model space wants.
  if (up == UpAxis::Z) m = glm::rotate(glm::mat4(1.0f), -glm::half_pi<float>(), glm::vec3(1, 0, 0)) * m;
  return m;
}

FrameDecision decideFrame(const Bounds& raw, const FrameRequest& request, const FrameHints& hints) {
  FrameDecision d;
  const glm::vec3 size = raw.size();

  if (request.up != UpAxis::Auto) {
    d.up = request.up;
    d.reason = std::string("up axis: ") + (d.up == UpAxis::Z ? "z" : "y") + " (as requested)";
  } else if (hints.up) {
    d.up = *hints.up;
    d.reason = std::string("up axis: ") + (d.up == UpAxis::Z ? "z" : "y") + " (declared by the file)";
  } else {
    // A standing body is much taller than it is deep: a long Z and a short Y mean a Z-up file.
    d.up = size.z > 1.5f * size.y && size.z >= size.x ? UpAxis::Z : UpAxis::Y;
    d.reason = std::string("up axis: ") + (d.up == UpAxis::Z ? "z" : "y") + " (guessed from the model's shape)";
  }

  const float extent = std::max({size.x, size.y, size.z});
  if (request.unit != LengthUnit::Auto) {
    d.metresPerUnit = metresPer(request.unit);
    d.reason += std::string("; units: ") + unitName(d.metresPerUnit) + " (as requested)";
  } else if (hints.metresPerUnit) {
    d.metresPerUnit = *hints.metresPerUnit;
    d.reason += std::string("; units: ") + unitName(d.metresPerUnit) + " (declared by the file)";
  } else {
    // Anatomy spans centimetres to about two metres: read the largest extent in the first unit that fits.
    d.metresPerUnit = extent <= kMaxPlausibleExtent ? 1.0f : extent <= kMaxPlausibleExtent * 100.0f ? 0.01f : 0.001f;
    d.reason += std::string("; units: ") + unitName(d.metresPerUnit) + " (guessed from a largest extent of " +
                formatExtent(extent) + " file units)";
  }
  return d;
}

}  // namespace myoatlas
