#pragma once
// A multisampled framebuffer for headless rendering and screenshots, resolved and read back as an Image.
#include "core/Image.h"
#include "core/Result.h"

namespace myoatlas {

class OffscreenTarget {
 public:
  static constexpr int kDefaultSamples = 4;
  static Result<OffscreenTarget> create(int width, int height, int samples = kDefaultSamples);

  OffscreenTarget() = default;
  OffscreenTarget(OffscreenTarget&& other) noexcept { *this = std::move(other); }
  OffscreenTarget& operator=(OffscreenTarget&& other) noexcept;
  OffscreenTarget(const OffscreenTarget&) = delete;
  OffscreenTarget& operator=(const OffscreenTarget&) = delete;
  ~OffscreenTarget();

  void bind() const;  // subsequent draws go here
  Image read() const;  // resolves the samples and returns the pixels, top row first
  void resolve() const;  // the multisample resolve alone (GPU work; the frame benchmark times it with the frame)
  void readInto(Image& image) const;  // resolve and read into an image whose storage is reused
  // Copies the picture onto the window's framebuffer (0), filling width x height: a multisample resolve at the same
  // size, or a filtered stretch of a smaller single-sample target (the viewer's draft frames while moving).
  void presentToWindow(int width, int height) const;
  int samples() const { return samples_; }
  int width() const { return width_; }
  int height() const { return height_; }

 private:
  void release();
  unsigned msFbo_ = 0, msColor_ = 0, msDepth_ = 0;
  unsigned resolveFbo_ = 0, resolveColor_ = 0;
  int width_ = 0, height_ = 0, samples_ = 0;
};

}  // namespace myoatlas
