#include "render/Snapshot.h"

#include <glad/gl.h>

#include "render/OffscreenTarget.h"
#include "render/PixelReadback.h"

namespace myoatlas {

Result<Image> renderToImage(SceneRenderer& renderer, OrbitCamera camera, int width, int height) {
  auto target = OffscreenTarget::create(width, height);
  if (!target) return Error{target.error()};
  camera.setViewport(width, height);
  target->bind();
  renderer.draw(camera, width, height);
  return target->read();
}

Image readDefaultFramebuffer(int width, int height) {
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glReadBuffer(GL_BACK);
  return readPixelsTopDown(width, height);
}

}  // namespace myoatlas
