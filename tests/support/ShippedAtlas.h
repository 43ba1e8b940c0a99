#pragma once
// The atlas shipped in data/, loaded once per test program: tests only read it, and whatever refers to it
// (painters, search indexes) may keep referring to it for the whole run.
#include "core/atlas/AtlasLoader.h"
#include "support/TestPaths.h"

namespace myoatlas::test {

inline const AtlasLoad& shippedAtlas() {
  static const AtlasLoad load = loadAtlas((sourceDir() / "data").string());
  return load;
}

}  // namespace myoatlas::test
