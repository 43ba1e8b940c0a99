#include "render/Snapshot.h"

#include <glad/gl.h>

#include "render/OffscreenTarget.h"
#include "render/PixelReadback.h"

namespace myoatlas {

Result<Image> renderToImage(SceneRenderer& renderer, OrbitCamera camera, int width, int height,
                            std::optional<OrbitCamera> second, const std::function<void()>& overlay) {
  auto target = OffscreenTarget::create(width, height);
  if (!target) return Error{target.error()};
  target->bind();
  const int left = second ? width / 2 : width;
  camera.setViewport(left, height);
  renderer.drawPane(camera, 0, 0, left, height);
  if (second) {
    second->setViewport(width - left, height);
    renderer.drawPane(*second, left, 0, width - left, height);
  }
  if (overlay) {
    glViewport(0, 0, width, height);
    overlay();
  }
  return target->read();
}

Image readDefaultFramebuffer(int width, int height) {
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glReadBuffer(GL_BACK);
  return readPixelsTopDown(width, height);
}

}  // namespace myoatlas
