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

}  // namespace myoatlas
