#include "io/Png.h"

#include <stb/stb_image.h>
#include <stb/stb_image_write.h>

#include "io/AtomicFile.h"

namespace myoatlas {

std::string encodePng(const Image& image) {
  std::string encoded;
  if (image.empty()) return encoded;
  const auto append = [](void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data), std::size_t(size));
  };
  if (!stbi_write_png_to_func(append, &encoded, image.width, image.height, 4, image.rgba.data(), image.width * 4)) return {};
  return encoded;
}

Result<Ok> writePng(const std::string& path, const Image& image) {
  if (image.empty()) return Error{"cannot write '" + path + "': the image is empty"};
  const std::string encoded = encodePng(image);
  if (encoded.empty()) return Error{"cannot write '" + path + "': PNG encoding failed"};
  return writeFileAtomically(path, encoded);
}

Result<Image> readPng(const std::string& path) {
  int w = 0, h = 0, channels = 0;
  stbi_uc* pixels = stbi_load(path.c_str(), &w, &h, &channels, 4);
  if (!pixels) return Error{"cannot read image '" + path + "': " + stbi_failure_reason()};
  Image image(w, h);
  std::copy(pixels, pixels + image.rgba.size(), image.rgba.begin());
  stbi_image_free(pixels);
  return image;
}

}  // namespace myoatlas
