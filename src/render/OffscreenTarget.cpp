#include "render/OffscreenTarget.h"
#include "render/PixelReadback.h"

#include <algorithm>
#include <cstring>
#include <string>

#include <glad/gl.h>

namespace myoatlas {

Result<OffscreenTarget> OffscreenTarget::create(int width, int height, Antialiasing aa) {
  GLint maxSize = 0, maxSamples = 0;
  glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &maxSize);
  glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
  if (width <= 0 || height <= 0 || width > maxSize || height > maxSize)
    return Error{"image size " + std::to_string(width) + "x" + std::to_string(height) +
                 " is outside what this OpenGL allows (1.." + std::to_string(maxSize) + " per side)"};
  OffscreenTarget t;
  t.requested_ = aa;
  int samples = aa.samples, scale = std::clamp(aa.supersample, 1, 2);
  if (scale > 1 && (width > maxSize / scale || height > maxSize / scale)) {
    scale = 1;  // too big to draw at twice the size: multisample instead
    samples = kDefaultSamples;
  }
  samples = std::clamp(samples, 0, int(maxSamples));
  t.width_ = width;
  t.height_ = height;
  t.samples_ = samples;
  t.scale_ = scale;
  glGenFramebuffers(1, &t.msFbo_);
  glGenRenderbuffers(1, &t.msColor_);
  glGenRenderbuffers(1, &t.msDepth_);
  glBindRenderbuffer(GL_RENDERBUFFER, t.msColor_);
  glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_RGBA8, t.drawWidth(), t.drawHeight());
  glBindRenderbuffer(GL_RENDERBUFFER, t.msDepth_);
  glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_DEPTH_COMPONENT24, t.drawWidth(), t.drawHeight());
  glBindFramebuffer(GL_FRAMEBUFFER, t.msFbo_);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, t.msColor_);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, t.msDepth_);
  const GLenum msStatus = glCheckFramebufferStatus(GL_FRAMEBUFFER);

  glGenFramebuffers(1, &t.resolveFbo_);
  glGenRenderbuffers(1, &t.resolveColor_);
  glBindRenderbuffer(GL_RENDERBUFFER, t.resolveColor_);
  glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
  glBindFramebuffer(GL_FRAMEBUFFER, t.resolveFbo_);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, t.resolveColor_);
  const GLenum resolveStatus = glCheckFramebufferStatus(GL_FRAMEBUFFER);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  if (msStatus != GL_FRAMEBUFFER_COMPLETE || resolveStatus != GL_FRAMEBUFFER_COMPLETE)
    return Error{"OpenGL could not create a " + std::to_string(t.drawWidth()) + "x" + std::to_string(t.drawHeight()) +
                 " offscreen framebuffer"};
  return t;
}

OffscreenTarget& OffscreenTarget::operator=(OffscreenTarget&& other) noexcept {
  if (this != &other) {
    release();
    std::memcpy(static_cast<void*>(this), &other, sizeof other);
    other.msFbo_ = other.msColor_ = other.msDepth_ = other.resolveFbo_ = other.resolveColor_ = 0;
  }
  return *this;
}

OffscreenTarget::~OffscreenTarget() { release(); }

void OffscreenTarget::release() {
  if (msFbo_) glDeleteFramebuffers(1, &msFbo_);
  if (resolveFbo_) glDeleteFramebuffers(1, &resolveFbo_);
  const unsigned buffers[] = {msColor_, msDepth_, resolveColor_};
  for (unsigned b : buffers)
    if (b) glDeleteRenderbuffers(1, &b);
  msFbo_ = msColor_ = msDepth_ = resolveFbo_ = resolveColor_ = 0;
}

void OffscreenTarget::bind() const { glBindFramebuffer(GL_FRAMEBUFFER, msFbo_); }

// Halving with linear filtering samples each target pixel's centre, which lies on the corner shared by a 2x2 block
// of the drawn pixels: an exact average of the four.
void OffscreenTarget::resolve() const {
  glBindFramebuffer(GL_READ_FRAMEBUFFER, msFbo_);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolveFbo_);
  glBlitFramebuffer(0, 0, drawWidth(), drawHeight(), 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, scale_ > 1 ? GL_LINEAR : GL_NEAREST);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void OffscreenTarget::bindResolved() const { glBindFramebuffer(GL_FRAMEBUFFER, resolveFbo_); }

void OffscreenTarget::readResolvedInto(Image& image) const {
  glBindFramebuffer(GL_READ_FRAMEBUFFER, resolveFbo_);
  readPixelsTopDown(width_, height_, image);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void OffscreenTarget::readInto(Image& image) const {
  resolve();
  readResolvedInto(image);
}

void OffscreenTarget::presentToWindow(int width, int height) const {
  const bool sameSize = width == drawWidth() && height == drawHeight();
  // Multisampled at the window's size: resolved by the blit itself. Single-sampled: averaged down (supersampled)
  // or stretched (drafts) by the blit. Otherwise resolved first, then stretched.
  const bool direct = sameSize || samples_ == 0;
  if (!direct) resolve();
  glBindFramebuffer(GL_READ_FRAMEBUFFER, direct ? msFbo_ : resolveFbo_);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
  glBlitFramebuffer(0, 0, direct ? drawWidth() : width_, direct ? drawHeight() : height_, 0, 0, width, height, GL_COLOR_BUFFER_BIT,
                    sameSize ? GL_NEAREST : GL_LINEAR);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

Image OffscreenTarget::read() const {
  Image image;
  readInto(image);
  return image;
}

}  // namespace myoatlas
