#include "core/Image.h"

#include <algorithm>
#include <cstdlib>

namespace myoatlas {

ImageDifference compareImages(const Image& a, const Image& b, int threshold) {
  ImageDifference d;
  d.sameSize = a.width == b.width && a.height == b.height && a.rgba.size() == b.rgba.size();
  if (!d.sameSize || a.rgba.empty()) return d;
  long long sum = 0;
  std::size_t over = 0;
  const std::size_t pixels = a.rgba.size() / 4;
  for (std::size_t p = 0; p < pixels; ++p) {
    int pixelMax = 0;
    for (int c = 0; c < 3; ++c) {
      const int delta = std::abs(int(a.rgba[p * 4 + c]) - int(b.rgba[p * 4 + c]));
      pixelMax = std::max(pixelMax, delta);
      sum += delta;
    }
    d.maxChannelDelta = std::max(d.maxChannelDelta, pixelMax);
    if (pixelMax > threshold) ++over;
  }
  d.meanChannelDelta = double(sum) / double(pixels * 3);
  d.fractionOver = double(over) / double(pixels);
  return d;
}

double coverage(const Image& image, glm::u8vec3 background, int tolerance) {
  if (image.rgba.empty()) return 0.0;
  std::size_t count = 0;
  const std::size_t pixels = image.rgba.size() / 4;
  for (std::size_t p = 0; p < pixels; ++p) {
    for (int c = 0; c < 3; ++c)
      if (std::abs(int(image.rgba[p * 4 + c]) - int(background[c])) > tolerance) {
        ++count;
        break;
      }
  }
  return double(count) / double(pixels);
}

}  // namespace myoatlas
