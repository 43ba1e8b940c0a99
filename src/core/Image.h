#pragma once
// An 8-bit RGBA image in memory, rows top to bottom, and the comparison used by golden-image tests.
#include <cstdint>
#include <vector>

#include <glm/glm.hpp>

namespace myoatlas {

struct Image {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgba;  // width * height * 4 bytes

  Image() = default;
  Image(int w, int h) : width(w), height(h), rgba(std::size_t(w) * std::size_t(h) * 4, 0) {}
  glm::u8vec4 at(int x, int y) const {
    const std::size_t i = (std::size_t(y) * std::size_t(width) + std::size_t(x)) * 4;
    return {rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]};
  }
  bool empty() const { return rgba.empty(); }
};

struct ImageDifference {
  bool sameSize = false;
  int maxChannelDelta = 0;        // 0..255 over every channel of every pixel
  double meanChannelDelta = 0.0;  // mean absolute difference per channel
  double fractionOver = 0.0;      // share of pixels whose largest channel delta exceeds the threshold
};

// Compares colour channels (alpha ignored); `threshold` decides which pixels count in fractionOver.
ImageDifference compareImages(const Image& a, const Image& b, int threshold = 24);

// Share of pixels whose colour differs from `background` by more than `tolerance` in any channel.
double coverage(const Image& image, glm::u8vec3 background, int tolerance = 12);

}  // namespace myoatlas
