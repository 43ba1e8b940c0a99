#pragma once
#include "core/Image.h"

namespace myoatlas {
// Reads the bound read framebuffer into an Image, flipping OpenGL's bottom-up rows to top-down.
Image readPixelsTopDown(int width, int height);
// The same into an existing image, reusing its storage when the size matches (repeated screenshots and the
// readback benchmark): one glReadPixels straight into the image, then rows swapped in place, no second buffer.
void readPixelsTopDown(int width, int height, Image& into);
}  // namespace myoatlas
