#pragma once
// Do the pain guides and the painted patterns agree? For every pain area with a guide list (data/pain_areas.json)
// two checks on a body: every muscle the guide lists has a trigger point whose pattern covers the area, and every
// pattern that covers the area's core with its essential zone belongs to a listed muscle, unless the area records
// it as a known difference with a reason. `myoatlas sources --audit` prints the findings; a test keeps them at
// zero on the default body.
#include <string>
#include <vector>

#include "core/pain/ReferralPainter.h"

namespace myoatlas {

// How much of an area (its painted zone, weighted by intensity) a pattern covers, counting the essential and the
// spillover zone alike: 0..1.
float areaCoverage(const BodySurface& body, const ReferralPattern& pattern, const SparseIntensity& area);
// How much of the area's core (where the area's own intensity is full) lies in the pattern's essential zone.
float coreCoverage(const BodySurface& body, const ReferralPattern& pattern, const SparseIntensity& area);

inline constexpr float kGuideCoversArea = 0.1f;  // a listed muscle's best pattern covers at least this much
inline constexpr float kPatternOwnsCore = 0.5f;  // an unlisted essential zone over this much of the core

struct GuideFinding {
  enum class Kind { ListedNotPainted, PaintedNotListed };
  Kind kind;
  std::string area;          // pain area id
  std::string muscle;        // atlas muscle id
  std::string triggerPoint;  // the best trigger point of that muscle there ("" when none paints the area)
  float coverage = 0.0f;     // areaCoverage (listed) or coreCoverage (not listed)
  std::string describe() const;
};

// Right side (areas and patterns are mirrored, so the left agrees by construction).
std::vector<GuideFinding> auditPainGuides(ReferralPainter& painter);

}  // namespace myoatlas
