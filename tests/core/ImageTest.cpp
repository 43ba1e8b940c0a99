#include "core/Image.h"

#include <gtest/gtest.h>

namespace myoatlas {
namespace {

Image filled(int w, int h, glm::u8vec3 c) {
  Image img(w, h);
  for (std::size_t p = 0; p < img.rgba.size() / 4; ++p) {
    img.rgba[p * 4] = c.r;
    img.rgba[p * 4 + 1] = c.g;
    img.rgba[p * 4 + 2] = c.b;
    img.rgba[p * 4 + 3] = 255;
  }
  return img;
}

TEST(Image, IdenticalImagesDoNotDiffer) {
  const Image a = filled(8, 8, {10, 20, 30});
  const ImageDifference d = compareImages(a, a);
  EXPECT_TRUE(d.sameSize);
  EXPECT_EQ(d.maxChannelDelta, 0);
  EXPECT_DOUBLE_EQ(d.fractionOver, 0.0);
}

TEST(Image, ReportsTheLargestAndMeanDifference) {
  const Image a = filled(10, 10, {100, 100, 100});
  Image b = a;
  b.rgba[0] = 200;  // one channel of one pixel
  const ImageDifference d = compareImages(a, b, 24);
  EXPECT_EQ(d.maxChannelDelta, 100);
  EXPECT_NEAR(d.meanChannelDelta, 100.0 / 300.0, 1e-9);
  EXPECT_NEAR(d.fractionOver, 0.01, 1e-9);
}

TEST(Image, DifferentSizesAreReported) {
  EXPECT_FALSE(compareImages(filled(4, 4, {}), filled(4, 5, {})).sameSize);
}

TEST(Image, CoverageCountsPixelsAwayFromTheBackground) {
  Image img = filled(10, 10, {0, 0, 0});
  for (int i = 0; i < 25; ++i) img.rgba[std::size_t(i) * 4 + 1] = 200;
  EXPECT_DOUBLE_EQ(coverage(img, {0, 0, 0}), 0.25);
}

}  // namespace
}  // namespace myoatlas
