#pragma once
// One headless EGL context shared by every GL test in the process. Without EGL the tests skip, unless
// MYOATLAS_REQUIRE_GL=1 (set by CI) makes a missing context a failure: CI must really render.
#include <string>

#include <gtest/gtest.h>

#include "core/Image.h"

namespace myoatlas::test {

bool glAvailable(std::string& why);  // creates the context on first use

#define MYOATLAS_REQUIRE_GL_CONTEXT()                                                    \
  do {                                                                                   \
    std::string why_;                                                                    \
    if (!::myoatlas::test::glAvailable(why_)) {                                          \
      if (::myoatlas::test::glRequired()) FAIL() << "OpenGL required but missing: " << why_; \
      GTEST_SKIP() << "no OpenGL: " << why_;                                             \
    }                                                                                    \
  } while (0)

bool glRequired();

// Compares `image` with tests/golden/<name>.png. A missing baseline, or MYOATLAS_UPDATE_GOLDEN=1, writes the
// image as the new baseline (the former fails the test, so new baselines are always looked at and committed
// on purpose). Also writes <build>/golden-actual/<name>.png for inspection when the comparison fails.
void expectMatchesGolden(const Image& image, const std::string& name, double maxMeanDelta = 1.5,
                         double maxFractionOver = 0.01);

}  // namespace myoatlas::test
