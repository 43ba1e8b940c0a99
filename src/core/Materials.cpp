#include "core/Materials.h"

#include <algorithm>
#include <cmath>

namespace myoatlas {

Material materialFor(TissueKind tissue, bool vertexColours) {
  if (vertexColours && tissue == TissueKind::Skin) return {{0.95f, 0.93f, 0.90f}, 0.7f, 0.35f, 1.0f};
  switch (tissue) {
    case TissueKind::Skin: return {{0.86f, 0.69f, 0.58f}, 0.7f, 0.35f, 1.0f};
    case TissueKind::Muscle: return {{0.62f, 0.20f, 0.17f}, 0.55f, 0.55f, 0.5f};  // moist but not lacquered: glossier read as balloons
    case TissueKind::Tendon: return {{0.80f, 0.82f, 0.86f}, 0.4f, 0.8f};  // silvery, cooler than bone
    case TissueKind::Bone: return {{0.91f, 0.87f, 0.76f}, 0.60f, 0.5f};
    case TissueKind::Unknown: break;
  }
  return {{0.78f, 0.74f, 0.70f}, 0.55f, 0.6f};  // neutral clay for imported meshes
}

glm::vec3 srgbToLinear(glm::vec3 c) {
  const auto f = [](float v) { return v <= 0.04045f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f); };
  return {f(c.r), f(c.g), f(c.b)};
}

glm::vec3 linearToSrgb(glm::vec3 c) {
  const auto f = [](float v) {
    v = std::clamp(v, 0.0f, 1.0f);
    return v <= 0.0031308f ? v * 12.92f : 1.055f * std::pow(v, 1.0f / 2.4f) - 0.055f;
  };
  return {f(c.r), f(c.g), f(c.b)};
}

}  // namespace myoatlas
