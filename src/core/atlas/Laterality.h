#pragma once
// Placing atlas geometry on one side of a body. The atlas is written once for the right side; a bilateral
// landmark "mastoid_process" is "mastoid_process.r" or "mastoid_process.l" on a body, a midline landmark keeps
// its id. Offsets are (lateral, superior, anterior) in centimetres with lateral pointing away from the
// midline, so the same numbers give mirror-image points on the two sides.
#include <optional>
#include <string>
#include <vector>
#include <unordered_map>

#include <glm/glm.hpp>

#include "core/atlas/Atlas.h"

namespace myoatlas {

enum class Side { Right, Left };
const char* sideName(Side side);  // "right" / "left"

// Landmark positions of one body, in model space (metres), keyed by sided id ("acromion.r", "c7_spinous_process").
using LandmarkPositions = std::unordered_map<std::string, glm::vec3>;

std::string sidedLandmarkId(const Landmark& landmark, Side side);

// Model-space position of an anchored point on the given side, or nullopt when the landmark is unknown to
// the atlas or missing from the body.
std::optional<glm::vec3> resolvePoint(const Atlas& atlas, const AnchoredPoint& point, Side side,
                                      const LandmarkPositions& positions);

// The atlas landmarks (each side of a bilateral one) that `positions` lacks, as sided ids ("temple.r"): a model
// whose landmark sidecar leaves some out cannot paint the patterns that use them, and answers must say so rather
// than "no trigger point refers pain there".
std::vector<std::string> missingLandmarks(const Atlas& atlas, const LandmarkPositions& positions);

}  // namespace myoatlas
