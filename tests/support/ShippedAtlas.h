#pragma once
// The atlas shipped in data/, loaded once per test program: tests only read it, and whatever refers to it
// (painters, search indexes) may keep referring to it for the whole run.
#include <gtest/gtest.h>

#include "core/atlas/AtlasLoader.h"
#include "core/body/MuscleData.h"
#include "support/TestPaths.h"

namespace myoatlas::test {

inline const AtlasLoad& shippedAtlas() {
  static const AtlasLoad load = loadAtlas((sourceDir() / "data").string());
  return load;
}

// The generated body's muscle geometry shipped in data/body/muscles.json.
inline const std::vector<MuscleSpec>& shippedMuscles() {
  static const MuscleGeometryLoad load = loadMuscleGeometry((sourceDir() / "data").string(), shippedAtlas().atlas);
  EXPECT_TRUE(load.ok()) << load.report();
  return load.muscles;
}

}  // namespace myoatlas::test
