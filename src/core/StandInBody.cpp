#include "core/StandInBody.h"

#include <cmath>

#include <glm/gtc/constants.hpp>

#include "core/MeshBuilder.h"

namespace myoatlas {
namespace {

// Heights as fractions of stature (Drillis and Contini 1966, as tabulated in Winter, Biomechanics and Motor
// Control of Human Movement, 4th ed., fig. 4.1), with half-widths from the same figure.
constexpr float kChin = 0.870f;
constexpr float kShoulder = 0.818f;
constexpr float kChest = 0.720f;
constexpr float kElbow = 0.630f;
constexpr float kWrist = 0.485f;
constexpr float kFingertip = 0.377f;
constexpr float kHip = 0.530f;
constexpr float kKnee = 0.285f;
constexpr float kAnkle = 0.039f;
constexpr float kHalfShoulderWidth = 0.259f / 2.0f;
constexpr float kHalfHipWidth = 0.191f / 2.0f;
constexpr float kFootLength = 0.152f;

// A radius profile that tapers linearly from r0 to r1 and swells by `bulge` in the middle (muscle bellies).
auto taper(float r0, float r1, float bulge = 0.0f) {
  return [=](float t) { return glm::mix(r0, r1, t) + bulge * std::sin(glm::pi<float>() * t); };
}

void addLimbs(Model& model, float h, float side, const char* suffix) {
  const auto named = [&](const char* segment) { return std::string(segment) + suffix; };
  const float sx = side;  // +1 for the subject's left (+X), -1 for the right
  const glm::vec3 shoulder(sx * (kHalfShoulderWidth * h - 0.035f), kShoulder * h - 0.035f, -0.01f);
  const glm::vec3 elbow(sx * (kHalfShoulderWidth * h - 0.015f), kElbow * h, -0.025f);
  const glm::vec3 wrist(sx * (kHalfShoulderWidth * h - 0.005f), kWrist * h, 0.0f);
  model.meshes.push_back(makeEllipsoid(named("shoulder"), shoulder + glm::vec3(sx * 0.004f, -0.012f, 0.0f),
                                       glm::vec3(0.056f, 0.068f, 0.058f) * (h / kDefaultStature)));
  model.meshes.push_back(makeTube(named("upper_arm"), shoulder, elbow, taper(0.047f, 0.036f, 0.006f)));
  model.meshes.push_back(makeTube(named("forearm"), elbow, wrist, taper(0.040f, 0.025f, 0.006f)));
  const float handLength = (kWrist - kFingertip) * h;
  model.meshes.push_back(makeEllipsoid(named("hand"), wrist + glm::vec3(sx * 0.004f, -handLength * 0.48f, 0.006f),
                                       glm::vec3(0.042f, handLength * 0.52f, 0.017f)));

  const glm::vec3 hip(sx * kHalfHipWidth * h * 0.55f, kHip * h - 0.05f, 0.0f);
  const glm::vec3 knee(sx * kHalfHipWidth * h * 0.52f, kKnee * h, 0.005f);
  const glm::vec3 ankle(sx * kHalfHipWidth * h * 0.50f, kAnkle * h + 0.02f, -0.015f);
  model.meshes.push_back(makeTube(named("thigh"), hip, knee, taper(0.085f, 0.050f, 0.008f)));
  model.meshes.push_back(makeTube(named("leg"), knee, ankle, taper(0.050f, 0.030f, 0.014f)));
  const float footLength = kFootLength * h;
  model.meshes.push_back(makeEllipsoid(named("foot"),
                                       glm::vec3(ankle.x + sx * 0.005f, 0.032f, ankle.z + footLength * 0.32f),
                                       glm::vec3(0.042f, 0.032f, footLength * 0.52f)));
}

}  // namespace

Model makeStandInBody(float h) {
  Model model;
  model.source = "built-in stand-in body";
  const float s = h / kDefaultStature;  // girths scale with stature
  const float headHeight = (1.0f - kChin) * h;
  model.meshes.push_back(makeEllipsoid("head", glm::vec3(0.0f, h - headHeight * 0.50f, 0.005f),
                                       glm::vec3(0.077f * s, headHeight * 0.55f, 0.098f * s)));
  model.meshes.push_back(makeTube("neck", glm::vec3(0.0f, kShoulder * h - 0.02f, -0.015f),
                                  glm::vec3(0.0f, kChin * h + 0.02f, -0.005f), taper(0.058f * s, 0.050f * s)));
  model.meshes.push_back(makeEllipsoid("chest", glm::vec3(0.0f, kChest * h + 0.01f, -0.005f),
                                       glm::vec3(0.172f, 0.150f, 0.105f) * s));
  model.meshes.push_back(makeEllipsoid("abdomen", glm::vec3(0.0f, 0.615f * h, 0.0f),
                                       glm::vec3(0.140f, 0.115f, 0.095f) * s));
  model.meshes.push_back(makeEllipsoid("pelvis", glm::vec3(0.0f, kHip * h + 0.005f, -0.01f),
                                       glm::vec3(0.165f, 0.095f, 0.105f) * s));
  addLimbs(model, h, +1.0f, ".l");
  addLimbs(model, h, -1.0f, ".r");
  for (auto& mesh : model.meshes) mesh.tissue = TissueKind::Skin;
  return model;
}

}  // namespace myoatlas
