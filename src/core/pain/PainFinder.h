#pragma once
// The reverse question: "it hurts here: which trigger points can cause it?". Every trigger point's pattern is
// painted once (both sides) into an index from skin vertex to the patterns covering it; a point query then
// reads one vertex, and a painted pain drawing or a named pain area is scored by overlap.
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

class PainFinder {
 public:
  explicit PainFinder(ReferralPainter& painter);  // paints every trigger point on both sides

  std::vector<PainSourceCandidate> atVertex(std::uint32_t vertex, std::size_t limit = 20) const;
  // `drawing` is per-vertex pain intensity (a painted drawing, or a pain area's zone).
  std::vector<PainSourceCandidate> forDrawing(const SparseIntensity& drawing, std::size_t limit = 20) const;

 private:
  struct Hit {
    std::uint32_t pattern;  // index into patterns_
    float essential, spillover;
  };
  struct PatternRef {
    const TriggerPoint* trp;
    Side side;
  };
  std::vector<PainSourceCandidate> rank(std::vector<PainSourceCandidate> candidates, std::size_t limit) const;
  float frequencyBonus(const PatternRef& p) const;

  std::vector<PatternRef> patterns_;
  std::vector<std::vector<Hit>> byVertex_;
};

}  // namespace myoatlas
