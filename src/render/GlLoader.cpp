#include "render/GlLoader.h"

#include <glad/gl.h>

namespace myoatlas {

Result<Ok> loadGlFunctions(GlProcLoader loader) {
  const int version = gladLoadGL(reinterpret_cast<GLADloadfunc>(loader));
  if (version == 0) return Error{"OpenGL: the function loader found no usable OpenGL context"};
  if (GLAD_VERSION_MAJOR(version) < 3 || (GLAD_VERSION_MAJOR(version) == 3 && GLAD_VERSION_MINOR(version) < 3))
    return Error{"OpenGL: version " + std::to_string(GLAD_VERSION_MAJOR(version)) + "." +
                 std::to_string(GLAD_VERSION_MINOR(version)) + " found, 3.3 core or newer is required"};
  return Ok{};
}

GlInfo currentGlInfo() {
  const auto str = [](GLenum name) {
    const auto* s = reinterpret_cast<const char*>(glGetString(name));
    return std::string(s ? s : "?");
  };
  return {str(GL_VENDOR), str(GL_RENDERER), str(GL_VERSION)};
}

void bindWindowFramebuffer() { glBindFramebuffer(GL_FRAMEBUFFER, 0); }
void finishGl() { glFinish(); }

}  // namespace myoatlas
