#pragma once
// Golden images: pictures a user would see, compared with committed baselines in tests/golden/ within a
// tolerance. Needs no GL itself, so command-line and window tests use it too.
#include <string>

#include <gtest/gtest.h>

#include "core/Image.h"

namespace myoatlas::test {

// Compares `image` with tests/golden/<name>.png. A missing baseline, or MYOATLAS_UPDATE_GOLDEN=1, writes the
// image as the new baseline (the former fails the test, so new baselines are always looked at and committed
// on purpose). Also writes <build>/golden-actual/<name>.png for inspection when the comparison fails.
void expectMatchesGolden(const Image& image, const std::string& name, double maxMeanDelta = 1.5,
                         double maxFractionOver = 0.01);

}  // namespace myoatlas::test
