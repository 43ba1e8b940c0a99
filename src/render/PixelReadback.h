#pragma once
#include "core/Image.h"

namespace myoatlas {
// Reads the bound read framebuffer into an Image, flipping OpenGL's bottom-up rows to top-down.
Image readPixelsTopDown(int width, int height);
}  // namespace myoatlas
