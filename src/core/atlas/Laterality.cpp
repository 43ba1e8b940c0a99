#include "core/atlas/Laterality.h"

namespace myoatlas {

const char* sideName(Side side) { return side == Side::Right ? "right" : "left"; }

std::string sidedLandmarkId(const Landmark& landmark, Side side) {
  if (!landmark.bilateral) return landmark.id;
  return landmark.id + (side == Side::Right ? ".r" : ".l");
}

std::optional<glm::vec3> resolvePoint(const Atlas& atlas, const AnchoredPoint& point, Side side,
                                      const LandmarkPositions& positions) {
  const Landmark* landmark = atlas.landmark(point.landmark);
  if (!landmark) return std::nullopt;
  const auto it = positions.find(sidedLandmarkId(*landmark, side));
  if (it == positions.end()) return std::nullopt;
  // Model space: +X is the subject's left, so "away from the midline" is +X on the left and -X on the right.
  const float lateral = side == Side::Left ? 1.0f : -1.0f;
  const glm::vec3 offsetMetres = glm::vec3(point.offsetCm[0] * lateral, point.offsetCm[1], point.offsetCm[2]) * 0.01f;
  return it->second + offsetMetres;
}

std::vector<std::string> missingLandmarks(const Atlas& atlas, const LandmarkPositions& positions) {
  std::vector<std::string> missing;
  for (const Landmark& landmark : atlas.landmarks)
    for (Side side : {Side::Right, Side::Left}) {
      if (side == Side::Left && !landmark.bilateral) continue;
      const std::string id = sidedLandmarkId(landmark, side);
      if (!positions.count(id)) missing.push_back(id);
    }
  return missing;
}

}  // namespace myoatlas
