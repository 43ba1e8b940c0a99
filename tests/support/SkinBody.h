#pragma once
// The generated body without bones or muscles, at a 1 cm grid: quick, and fine enough for zones of centimetres.
// Generated once per test process and shared by every test that paints on the skin (under the sanitizers a
// generation takes half a minute, so each test file making its own would slow CI).
#include <memory>

#include "core/body/BodyGenerator.h"
#include "support/ShippedAtlas.h"

namespace myoatlas::test {

inline std::shared_ptr<const Model> skinOnlyBody() {
  static const std::shared_ptr<const Model> body = [] {
    BodyParameters p;
    p.gridCell = 0.01f;
    p.anatomy = false;
    p.occlusionRays = 4;
    return std::make_shared<const Model>(generateBody(p, shippedAtlas().atlas.landmarks, shippedMuscles()).value());
  }();
  return body;
}

}  // namespace myoatlas::test
