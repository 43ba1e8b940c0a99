#pragma once
// The trigger-point atlas in memory: muscles with their trigger points and treatment notes, and the
// vocabularies they refer to (body regions, landmarks, pain areas, sources). Loaded from data/ by
// AtlasLoader; see docs/ATLAS.md for the file format.
//
// Laterality: muscles, trigger points, landmarks and pain areas are written once, for the right side. A
// bilateral landmark id such as "mastoid_process" names both sides ("mastoid_process.r" / ".l" on a body);
// midline landmarks (spinous processes, sternum...) exist once. Offsets are in centimetres in body axes with
// the lateral axis pointing away from the midline, so the same numbers describe both sides.
#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace myoatlas {

enum class Depth { Superficial, Intermediate, Deep };
enum class Frequency { Unknown, Rare, Occasional, Common, VeryCommon };
enum class LandmarkKind { Bony, Surface };

const char* depthName(Depth d);
std::optional<Depth> parseDepth(const std::string& name);  // "superficial", "intermediate", "deep"
const char* frequencyName(Frequency f);
int frequencyRank(Frequency f);  // 0 (unknown) .. 4 (very common), for ranking

struct SourceRef {
  std::string source;  // id in data/sources.json
  std::string where;   // chapter, section or page, e.g. "vol. 1, ch. 6"
  std::string note;    // where evidence is weak or sources disagree
};

struct Source {
  std::string id, citation;
};

struct Atlas;
// "Travell JG, Simons DG. ... 1992. vol. 2, chapter 'Gluteus minimus'.": the source's citation and where in it,
// as every list of sources prints it (handouts, the Details panel, quizzes). The id itself if it is unknown.
std::string sourceCitation(const Atlas& atlas, const SourceRef& ref);

struct Region {
  std::string id, name;
};

struct Landmark {
  std::string id, name;
  LandmarkKind kind = LandmarkKind::Bony;
  bool bilateral = true;
  std::string description;  // where it is, how to find it by touch
};

// A point anchored to a landmark: the landmark plus an offset in cm (lateral, superior, anterior).
struct AnchoredPoint {
  std::string landmark;
  std::array<float, 3> offsetCm{0.0f, 0.0f, 0.0f};
};

// One piece of a zone: a blob (radius around one point) or a stroke (a band of that half-width between two
// points). Zones are unions of primitives.
struct ZonePrimitive {
  AnchoredPoint from;
  std::optional<AnchoredPoint> to;  // set for strokes
  float radiusCm = 2.0f;
  bool isStroke() const { return to.has_value(); }
};
using Zone = std::vector<ZonePrimitive>;

// One muscle of a pain guide's list for an area: the Manual's pain guides (Travell & Simons, vol. 1 and 2) name,
// for each place a patient points at, every muscle that can refer pain there, in order of how often it does,
// in bold where the area lies in the muscle's essential zone and plain where it lies in the spillover zone.
struct GuideEntry {
  std::string muscle;  // atlas muscle id
  bool essential = true;
  std::string group;  // the guide's name when it lists a group as one ("scalenes", "suboccipitals"), else ""
};

// A trigger point whose painted pattern covers the area's core although the guide does not list its muscle
// there (or the reverse), with the reason the atlas keeps it that way.
struct KnownDifference {
  std::string triggerPoint;
  std::string reason;
};

struct PainGuide {
  std::string name;  // the guide's own name for the area, e.g. "Posterior knee pain"
  SourceRef source;  // volume, chapter and figure of the guide
  std::vector<GuideEntry> muscles;  // in the guide's order
  std::vector<KnownDifference> knownDifferences;
  // The entry's position in the guide (muscles of a group share the group's first position), or -1.
  int rankOf(const std::string& muscle) const;
  // How many places the guide has: a group it names as one counts once.
  std::size_t placeCount() const;
  const GuideEntry* entry(const std::string& muscle) const;
};

struct PainArea {
  std::string id, name;
  std::vector<std::string> synonyms;
  std::vector<std::string> regions;
  bool bilateral = true;
  Zone zone;
  std::optional<PainGuide> guide;  // set for the areas of the Manual's pain guides
};

struct SelfRelease {
  std::string tool;      // "fingers", "thumb", "ball", "pincer grip", "tool", "none"
  std::string position;  // body position and how to apply pressure
  std::array<int, 2> pressure{4, 7};  // on a 0-10 scale, from .. to
  std::array<int, 2> holdSeconds{60, 90};
  std::array<int, 2> repetitions{1, 3};
  std::string notes;
};

struct Treatment {
  std::optional<SelfRelease> selfRelease;
  std::string stretch;
  std::vector<std::string> advice;        // movement and ergonomics
  std::vector<std::string> cautions;      // nerves and vessels nearby, dose limits
  std::vector<std::string> differential;  // what else it could be, when to see a professional
};

struct TriggerPoint {
  std::string id;        // "<muscle id>.trp<N>" or another readable suffix
  std::string muscle;    // id of the muscle that holds it (implied by where it is written)
  std::string name;      // "Upper trapezius TrP1"
  AnchoredPoint location;
  std::string palpation;  // how to find it by touch
  std::string referral;   // the pattern in words
  Zone essential, spillover;
  std::vector<std::string> essentialAreas, spilloverAreas;  // pain-area ids the pattern covers
  Frequency frequency = Frequency::Unknown;
  std::vector<std::string> symptoms, activating, perpetuating;
  std::vector<std::string> satellites, related;  // trigger point ids
  std::optional<Treatment> treatment;            // when it differs from the muscle's
  std::vector<SourceRef> sources;
};

struct Muscle {
  std::string id, name, latin;
  std::vector<std::string> synonyms, abbreviations;
  std::optional<int> fmaRight, fmaLeft;
  std::optional<int> fmaWhole;  // a midline muscle's one id (the diaphragm: FMA 13295): no side
  std::vector<std::string> regions;
  Depth depth = Depth::Superficial;
  std::string origin, insertion, action, innervation;
  Treatment treatment;
  std::vector<std::string> triggerPoints;  // ids, in the order of the file
  std::vector<SourceRef> sources;
};

struct GeneralContent {
  std::string method;  // the general self-release method
  std::vector<std::string> dose, mistakes, redFlags;
  std::vector<std::string> perpetuating;  // factors that keep trigger points going, for every muscle
  std::string activeVersusLatent;
  std::vector<SourceRef> sources;
};

struct Atlas {
  std::vector<Source> sources;
  std::vector<Region> regions;
  std::vector<Landmark> landmarks;
  std::vector<PainArea> painAreas;
  std::vector<Muscle> muscles;
  std::vector<TriggerPoint> triggerPoints;
  GeneralContent general;

  const Muscle* muscle(const std::string& id) const;
  // The muscle an id stands for: the muscle itself, or the one holding a trigger point; null for anything else.
  const Muscle* muscleOf(const std::string& muscleOrTriggerPointId) const;
  const TriggerPoint* triggerPoint(const std::string& id) const;
  const PainArea* painArea(const std::string& id) const;
  const Landmark* landmark(const std::string& id) const;
  const Region* region(const std::string& id) const;
  std::string regionIds() const;  // "head_face, neck, ...": what messages about an unknown region list
  std::size_t zoneCount() const;  // essential and spillover zones that are not empty
  void buildIndex();              // call after filling the vectors

 private:
  std::unordered_map<std::string, std::size_t> muscleIndex_, trpIndex_, areaIndex_, landmarkIndex_, regionIndex_;
};

}  // namespace myoatlas
