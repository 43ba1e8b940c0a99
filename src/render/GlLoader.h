#pragma once
// Loads OpenGL function pointers (glad) for the context current on this thread and checks the version.
#include <string>

#include "core/Result.h"

namespace myoatlas {

using GlProcLoader = void (*(*)(const char*))();  // matches glfwGetProcAddress and eglGetProcAddress

Result<Ok> loadGlFunctions(GlProcLoader loader);

struct GlInfo {
  std::string vendor, renderer, version;
};
GlInfo currentGlInfo();

// For window hosts, which make no GL calls themselves: draw into the window's own framebuffer, and wait until
// the GPU has finished (start-up timing).
void bindWindowFramebuffer();
void finishGl();

}  // namespace myoatlas
