#pragma once
// Measuring a body against a real one (issue 10, docs/ANATOMY.md). The generated body is aligned to a real
// anatomical model (BodyParts3D) by the similarity transform (scale, rotation, translation) that best maps the
// centroids of corresponding bones, then every muscle present in both is compared: the mean symmetric surface
// distance (area-weighted samples on each surface, nearest point on the other, both ways) and the volume
// ratio. Numbers only: nothing of the real model is kept.
#include <optional>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "core/Model.h"
#include "core/Result.h"
#include "core/atlas/Atlas.h"

namespace myoatlas {

struct Similarity {
  float scale = 1.0f;
  glm::mat3 rotation{1.0f};
  glm::vec3 translation{0.0f};
  glm::vec3 apply(const glm::vec3& p) const { return scale * (rotation * p) + translation; }
  Similarity inverse() const;
};

// The least-squares similarity mapping `from[i]` onto `to[i]` (Umeyama 1991); needs three or more points
// that are not all on a line.
Similarity fitSimilarity(const std::vector<glm::vec3>& from, const std::vector<glm::vec3>& to);

// Volume a closed, outward-facing mesh encloses (cubic metres; divergence theorem). Overlapping pieces count twice.
double enclosedVolume(const Mesh& mesh);

// Deterministic area-weighted samples of a surface (a fixed linear congruential sequence).
std::vector<glm::vec3> sampleSurface(const Mesh& m, int count);

// Area-weighted centroid of a surface.
glm::vec3 surfaceCentroid(const Mesh& mesh);

// Mean symmetric surface distance between two surfaces (metres): `samples` area-weighted points on each,
// deterministic, the distance of each to the nearest point of the other surface, averaged over all.
float meanSymmetricDistance(const Mesh& a, const Mesh& b, int samples = 3000);

struct PartComparison {
  std::string id;     // atlas muscle id, or bone name ("scapula", "pelvis")
  std::string sides;  // "r", "l", "r+l" or "" (midline)
  float distance = 0.0f;        // metres, mean over the sides measured
  double realVolume = 0.0;      // cubic metres, real model
  double generatedVolume = 0.0;  // cubic metres, generated body after alignment (scaled)
  // Bones only: where the real bone's centroid lies from ours, in our body's frame (metres; x toward the
  // body's left, y up, z forward; the right side's, or the mean with x mirrored for a pair).
  glm::vec3 centroidOffset{0.0f};
  float volumeRatio() const { return realVolume > 0.0 ? float(generatedVolume / realVolume) : 0.0f; }
};

struct CalibrationReport {
  Similarity alignment;          // generated body -> real model
  float alignmentResidual = 0.0f;  // RMS distance of the aligned bone centroids, metres
  std::vector<PartComparison> bones;
  std::vector<PartComparison> muscles;  // atlas order
  float medianMuscleDistance() const;
  float medianBoneDistance() const;
  float shareOfMusclesWithin(float metres) const;
  float shareOfVolumesWithin(float low, float high) const;
};

// A muscle's course measured on a surface: `count` slabs across its principal axis, each slab's centroid and
// its extents across (width, the larger, and thickness), plus the two ends (centroids of the outermost 3%
// of the length). Thicknesses are scaled down where elliptical sections of those extents would enclose more
// than the surface does (curved sheets). Ordered from one end of the principal axis to the other; the caller
// orients it.
struct Station {
  glm::vec3 centre;
  float width = 0.0f, thickness = 0.0f;  // metres
};
std::vector<Station> measureStations(const Mesh& mesh, int count);

// `generated` is our body (meshes "<muscle>.r/.l", "scapula_bone.r", "pelvic_girdle", ...); `real` an imported
// anatomical model whose meshes `atlas` identifies (BodyParts3D names). Fails, saying which, when fewer than
// three bones correspond.
Result<CalibrationReport> compareWithRealAnatomy(const Model& generated, const Model& real, const Atlas& atlas);

// The stations of every real muscle mesh on the right side (and midline), in the generated body's frame, as
// JSON for data/body/muscles.json: per atlas muscle id, per real mesh, its volume and its stations as nearest
// landmark plus offset (cm), width and thickness (mm). The real muscle is first brought into our frame by the
// report's alignment (inverse), then moved with the bone it lies on (a limb hangs at another angle in each
// body): the rigid motion that takes that real bone's centroid and long axis onto ours.
std::string measuredStationsJson(const CalibrationReport& report, const Model& generated, const Model& real, const Atlas& atlas,
                                 int count);

// The report as Markdown tables (docs/ANATOMY.md): summary, bones, muscles worst first.
std::string calibrationMarkdown(const CalibrationReport& report);

}  // namespace myoatlas
