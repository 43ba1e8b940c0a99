#include "render/PixelReadback.h"

#include <cstring>
#include <vector>

#include <glad/gl.h>

namespace myoatlas {

Image readPixelsTopDown(int width, int height) {
  Image image(width, height);
  std::vector<std::uint8_t> bottomUp(image.rgba.size());
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, bottomUp.data());
  const std::size_t row = std::size_t(width) * 4;
  for (int y = 0; y < height; ++y)
    std::memcpy(image.rgba.data() + std::size_t(y) * row, bottomUp.data() + std::size_t(height - 1 - y) * row, row);
  return image;
}

}  // namespace myoatlas
