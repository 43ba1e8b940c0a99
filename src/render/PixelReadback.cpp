#include "render/PixelReadback.h"

#include <algorithm>

#include <glad/gl.h>

namespace myoatlas {

void readPixelsTopDown(int width, int height, Image& into) {
  const std::size_t row = std::size_t(width) * 4;
  if (into.width != width || into.height != height || into.rgba.size() != row * std::size_t(height)) into = Image(width, height);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, into.rgba.data());
  std::uint8_t* pixels = into.rgba.data();
  for (int y = 0; y < height / 2; ++y)
    std::swap_ranges(pixels + std::size_t(y) * row, pixels + std::size_t(y + 1) * row, pixels + std::size_t(height - 1 - y) * row);
}

Image readPixelsTopDown(int width, int height) {
  Image image;
  readPixelsTopDown(width, height, image);
  return image;
}

}  // namespace myoatlas
