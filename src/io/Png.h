#pragma once
// PNG files for screenshots, headless renders and golden images.
#include <string>

#include "core/Image.h"
#include "core/Result.h"

namespace myoatlas {

Result<Ok> writePng(const std::string& path, const Image& image);  // atomic: never a half-written file
Result<Image> readPng(const std::string& path);                   // always RGBA
std::string encodePng(const Image& image);                        // the file's bytes ("" for an empty image)

}  // namespace myoatlas
