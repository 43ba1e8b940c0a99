#include "render/Snapshot.h"

#include <glad/gl.h>

#include "render/OffscreenTarget.h"
#include "render/PixelReadback.h"

namespace myoatlas {

Result<Image> renderToImage(SceneRenderer& renderer, OrbitCamera camera, int width, int height,
                            std::optional<OrbitCamera> second, const std::function<void()>& overlay, bool keepTarget) {
  const Antialiasing aa = Antialiasing::forPictures(renderer.softwareRasteriser());
  // The target warmUpRenderer made at this size, if any: its memory is already touched and its resolve compiled.
  std::optional<OffscreenTarget> kept = renderer.takePictureTarget(width, height, aa);
  auto target = kept ? Result<OffscreenTarget>(std::move(*kept)) : OffscreenTarget::create(width, height, aa);
  if (!target) return Error{target.error()};
  target->bind();
  const int s = target->scale();  // the panes in framebuffer pixels; the cameras keep the picture's
  renderer.setPixelScale(float(s));
  const int left = second ? width / 2 : width;
  camera.setViewport(left, height);
  renderer.drawPane(camera, 0, 0, left * s, height * s);
  if (second) {
    second->setViewport(width - left, height);
    renderer.drawPane(*second, left * s, 0, (width - left) * s, height * s);
  }
  renderer.setPixelScale(1.0f);
  target->resolve();
  if (overlay) {  // over the finished picture, at its own size: text is smoothed by the interface's own drawing
    target->bindResolved();
    glViewport(0, 0, width, height);
    overlay();
  }
  Image image;
  target->readResolvedInto(image);
  if (keepTarget) renderer.keepPictureTarget(std::move(target.value()));
  return image;
}

Image readDefaultFramebuffer(int width, int height) {
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glReadBuffer(GL_BACK);
  return readPixelsTopDown(width, height);
}

}  // namespace myoatlas
