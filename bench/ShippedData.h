#pragma once
// The atlas and the body's muscle geometry shipped in data/, loaded once per benchmark program.
#include <string>
#include <vector>

#include "core/atlas/AtlasLoader.h"
#include "core/body/MuscleData.h"

namespace myoatlas::bench {

inline const AtlasLoad& shippedAtlas() {
  static const AtlasLoad a = loadAtlas(std::string(MYOATLAS_SOURCE_DIR) + "/data");
  return a;
}

inline const std::vector<MuscleSpec>& shippedMuscles() {
  static const MuscleGeometryLoad load = loadMuscleGeometry(std::string(MYOATLAS_SOURCE_DIR) + "/data", shippedAtlas().atlas);
  return load.muscles;
}

}  // namespace myoatlas::bench
