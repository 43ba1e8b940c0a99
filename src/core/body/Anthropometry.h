#pragma once
// Standard body measurements taken on a model's skin and landmarks, and the published means they are checked
// against (issue 12: both generated bodies within 5% of the means of their sex).
#include <optional>
#include <string>
#include <vector>

#include "core/Model.h"
#include "core/body/BodyParameters.h"

namespace myoatlas {

// One measurement as ANSUR II defines it, taken on the model. Metres.
struct BodyMeasurement {
  std::string name;        // ANSUR II's name ("biacromial breadth")
  float measured = 0.0f;   // on the model
  float reference = 0.0f;  // the survey's mean for that sex, scaled to the model's stature (stature: the mean itself)
};

// Horizontal section of a mesh at height y: each closed loop's extent across (x) and its centre.
struct SectionLoop {
  float minX = 0.0f, maxX = 0.0f;
  glm::vec3 centre{0.0f};
  float perimeter = 0.0f;
};
std::vector<SectionLoop> horizontalSection(const Mesh& mesh, float y);

// Stature, biacromial, chest, waist and hip breadths, acromial, trochanterion and crotch heights, arm length
// (acromion-radiale plus radiale-stylion), tragion to top of head and head circumference, measured on the
// model's skin mesh and landmarks as the survey takes them on a standing subject. References are ANSUR II's
// means for `sex` scaled by the ratio of the model's stature to the survey's mean stature, so a tall or short
// body is checked for its proportions. Fails (nullopt) when the model has no skin or lacks a landmark used.
std::optional<std::vector<BodyMeasurement>> measureBody(const Model& model, Sex sex);

// The survey's mean stature for a sex (metres).
float meanStature(Sex sex);

// The generator's default stature: 1.75 m for the male body (the reference all positions are written for,
// within 0.4% of the survey's mean) and the survey's mean, rounded to the centimetre, for the female.
float defaultStature(Sex sex);

// The measurements as a Markdown table: measured, survey mean at this stature, difference.
std::string anthropometryMarkdown(const std::vector<BodyMeasurement>& measurements, Sex sex);

}  // namespace myoatlas
