#pragma once
// Turns the atlas's landmark-anchored zones into per-vertex intensities on a body's skin, with distances
// measured along the skin (geodesic), so a zone never bleeds across a gap. Results are sparse (only the
// vertices a zone touches) and cached per trigger point and side.
#include <map>
#include <optional>
#include <unordered_map>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "core/atlas/Atlas.h"
#include "core/atlas/Laterality.h"
#include "core/pain/BodySurface.h"

namespace myoatlas {

struct SparseIntensity {
  std::vector<std::uint32_t> vertices;
  std::vector<float> values;  // intensities in (0, 1] (levels(): shifted levels, see there)
  float at(std::uint32_t vertex) const;
};

// The fraction of a zone primitive's radius kept at full intensity; beyond it intensity eases to zero at the
// radius (smoothstep), which gives the charts' soft edges.
inline constexpr float kZoneCore = 0.6f;
float zoneFalloff(float distance, float radius);  // 1 inside the core, smooth to 0 at the radius
// The same falloff from a zone's level (1 - distance / radius): what the shader does per fragment, so a zone's
// edge is drawn smooth across the skin's triangles instead of following them.
float levelIntensity(float level);
// How far beyond a zone's radius levels are kept for drawing (a fraction of the radius): vertices just outside
// carry a negative level, so the edge falls inside the triangles that straddle it.
inline constexpr float kZoneFringe = 0.5f;

struct ReferralPattern {
  SparseIntensity essential;  // 1 in the essential zone's core
  SparseIntensity spillover;
};

class ReferralPainter {
 public:
  ReferralPainter(const Atlas& atlas, const BodySurface& body) : atlas_(atlas), body_(body) {}

  SparseIntensity paintZone(const Zone& zone, Side side) const;
  const ReferralPattern& pattern(const TriggerPoint& trp, Side side);  // cached
  const SparseIntensity& painArea(const PainArea& area, Side side);   // cached

  // The skin vertex over the trigger point itself (where the charts put their cross), if its landmark exists.
  std::optional<std::uint32_t> markerVertex(const TriggerPoint& trp, Side side) const;
  // Marker positions for a selection on a (possibly posed) skin: `positions` are the skin's vertex positions.
  std::vector<glm::vec3> markerPositions(const std::vector<std::pair<std::string, Side>>& selection,
                                         const std::vector<glm::vec3>& positions) const;

  // Levels for drawing: per vertex 1 - distance / radius + kZoneFringe (shifted to stay positive; cached).
  // Intensity is levelIntensity(value - kZoneFringe); the finder works on pattern()'s intensities.
  const ReferralPattern& levels(const TriggerPoint& trp, Side side);
  // Several trigger points combined for drawing: per vertex (essential, spillover) levels, each the maximum over
  // the selection, -kZoneFringe where nothing is painted.
  // `weights`, when given, gets per vertex how strongly each of the first four trigger points of `selection`
  // paints it (essential counting double, the fringe included), for comparing patterns in colours.
  std::vector<glm::vec2> combine(const std::vector<std::pair<std::string, Side>>& selection,
                                 std::vector<glm::vec4>* weights = nullptr);

  const BodySurface& body() const { return body_; }
  const Atlas& atlas() const { return atlas_; }

 private:
  const Atlas& atlas_;
  const BodySurface& body_;
  std::unordered_map<std::uint32_t, float> zoneLevels(const Zone& zone, Side side, float reach) const;

  std::map<std::pair<std::string, Side>, ReferralPattern> patterns_, levels_;
  std::map<std::pair<std::string, Side>, SparseIntensity> areas_;
};

}  // namespace myoatlas
