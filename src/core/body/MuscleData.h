#pragma once
// The muscle geometry of the generated body as data: data/body/muscles.json (issue 10). Every atlas muscle is a
// list of bundles; every point of a bundle's sections is a landmark plus an offset in cm [lateral, superior,
// anterior], the vocabulary of the trigger-point zones, resolved against the landmarks' reference positions
// (core/body/BodyLandmarks.cpp) on the 1.75 m reference body, right side. Validated like the atlas: every
// problem names the file and the JSON path of the field.
#include <string>
#include <vector>

#include "core/atlas/AtlasLoader.h"
#include "core/body/MuscleGeometry.h"

namespace myoatlas {

struct MuscleGeometryLoad {
  std::vector<MuscleSpec> muscles;  // in file order: the atlas muscles, the fasciae (tissue Tendon), the others
  std::vector<AtlasProblem> problems;
  bool ok() const { return problems.empty(); }
  std::string report() const;  // every problem, one per line
};

inline constexpr const char* kMuscleGeometryFile = "body/muscles.json";  // relative to the data folder

// Reads `dataDir`/body/muscles.json: "muscles" (atlas muscles), "fasciae" (fasciae, aponeuroses and tendon
// sheets the muscles attach through: an id and a name each, the same bundles, built as tendon) and
// "other_muscles" (muscles the atlas has no trigger points for, drawn so the écorché has no holes: an id and a
// name each, built as muscle). Each of the atlas's muscles must have exactly one entry under "muscles".
MuscleGeometryLoad loadMuscleGeometry(const std::string& dataDir, const Atlas& atlas);

// The depths a bundle may name, in metres beneath the body envelope (docs/BODY-GENERATOR.md).
inline constexpr float kSuperficialDepth = 0.004f;
inline constexpr float kIntermediateDepth = 0.014f;
inline constexpr float kDeepDepth = 0.026f;

}  // namespace myoatlas
