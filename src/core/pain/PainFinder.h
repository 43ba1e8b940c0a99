#pragma once
// The reverse question: "it hurts here: which trigger points can cause it?". Every trigger point's pattern is
// painted once (both sides) into an index from skin vertex to the patterns covering it; a point query then
// reads one vertex, and a painted pain drawing or a named pain area is scored by overlap.
//
// Answers come grouped by muscle, as a clinician reads them (the Manual's pain guides list muscles, and a
// muscle's trigger points are examined together): each muscle with its trigger points nested, essential before
// spillover. A named area that has a pain-guide list answers in the guide's order.
#include <map>
#include <string>
#include <vector>

#include "core/pain/ReferralPainter.h"

namespace myoatlas {

struct PainSourceCandidate {
  std::string triggerPoint;  // full id, e.g. "upper_trapezius.trp1"
  Side side = Side::Right;
  bool essential = false;  // the pain falls in the essential zone (else the spillover zone)
  float coverage = 0.0f;   // intensity at the point, or overlap with the drawing, in [0, 1]
  float score = 0.0f;      // ranking: essential above spillover, then coverage, then how common the TrP is
};

// One muscle (one side) in an answer, with the trigger points of it that explain the pain.
struct MuscleSources {
  std::string muscle;  // atlas muscle id
  Side side = Side::Right;
  bool essential = false;  // essential zone (for a guide area: bold in the guide)
  float coverage = 0.0f;   // how much of the point or drawing its trigger points together explain, 0..1
  float score = 0.0f;
  int guideRank = -1;    // position in the area's pain-guide list, -1 when the guide does not list it
  bool painted = false;  // one of its patterns covers the point, drawing or area on this body
  std::vector<PainSourceCandidate> triggerPoints;  // best first
  std::string group;                 // a group the guide lists as one ("scalenes"): `muscle` is its first member
  std::vector<std::string> members;  // the group's muscles in this answer (empty for a single muscle)
};

// "Gastrocnemius", or for a group the guide names as one, "Scalenes (anterior scalene, middle scalene)".
std::string musclesLabel(const Atlas& atlas, const MuscleSources& m);

class PainFinder {
 public:
  explicit PainFinder(ReferralPainter& painter);  // paints every trigger point and pain area on both sides

  // Trigger points one by one. `limit` 0: all of them.
  std::vector<PainSourceCandidate> atVertex(std::uint32_t vertex, std::size_t limit = 0) const;
  // `drawing` is per-vertex pain intensity (a painted drawing, or a pain area's zone).
  std::vector<PainSourceCandidate> forDrawing(const SparseIntensity& drawing, std::size_t limit = 0) const;

  // Grouped by muscle. A drawing ranks first the muscles whose trigger points together explain most of it, with
  // a lift for muscles the pain guides list for the areas it covers.
  std::vector<MuscleSources> musclesAtVertex(std::uint32_t vertex) const;
  std::vector<MuscleSources> musclesForDrawing(const SparseIntensity& drawing) const;
  // A named area: with a guide, every muscle (or group, as one answer) of the guide in its order, essential
  // first, then any other muscle whose patterns cover at least a tenth of the area; without a guide, as a
  // drawing of the area's zone.
  std::vector<MuscleSources> musclesForArea(const PainArea& area, Side side) const;

  // How much of each pain area a drawing lies in (fractions of the drawing's weight), areas with none left out.
  std::vector<std::pair<const PainArea*, float>> areasOf(const SparseIntensity& drawing) const;

 private:
  struct Hit {
    std::uint32_t pattern;  // index into patterns_
    float essential, spillover;
  };
  struct PatternRef {
    const TriggerPoint* trp;
    Side side;
  };
  struct AreaZone {      // a pain area painted on one side
    std::uint32_t area;  // index into the atlas's painAreas
    Side side;
    SparseIntensity zone;
  };
  struct AreaHit {
    std::uint32_t zone;  // index into areaZones_
    float intensity;
  };
  std::vector<PainSourceCandidate> rank(std::vector<PainSourceCandidate> candidates, std::size_t limit) const;
  std::vector<MuscleSources> group(const std::vector<PainSourceCandidate>& candidates) const;
  float frequencyBonus(const PatternRef& p) const;

  const Atlas& atlas_;
  const BodySurface& body_;  // vertex areas: a drawing's overlap is a share of skin area
  std::vector<PatternRef> patterns_;
  std::map<std::pair<std::string, Side>, std::uint32_t> slots_;  // a muscle on one side -> slot, for per-muscle sums
  std::vector<std::uint32_t> slotOf_;                            // pattern -> its muscle's slot
  std::vector<std::vector<Hit>> byVertex_;
  std::vector<AreaZone> areaZones_;
  std::vector<std::vector<AreaHit>> areasByVertex_;
};

}  // namespace myoatlas
