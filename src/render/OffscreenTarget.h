#pragma once
// A framebuffer for headless rendering, screenshots and the viewer's scene, smoothed and read back as an Image.
#include "core/Image.h"
#include "core/Result.h"

namespace myoatlas {

// How a target smooths edges: multisampling, or drawing at `supersample` times the size per side and averaging
// each block down (2: four samples a pixel, shading included). GPUs multisample cheaply; llvmpipe does not: its
// 4x multisampling triples the frame (BodyParts3D at 800x1000: 450 ms against 145 single-sampled), while the same
// picture drawn at twice the size single-sampled and averaged takes 217 ms (docs/PERFORMANCE.md).
struct Antialiasing {
  int samples = 4;      // multisampling samples per pixel (0 none)
  int supersample = 1;  // 1, or 2: drawn at twice the width and height and averaged 2x2
  // What pictures and the viewer at rest use: 4x multisampling on GPUs, 2x2 supersampling on software rasterisers.
  static Antialiasing forPictures(bool softwareRasteriser) { return softwareRasteriser ? Antialiasing{0, 2} : Antialiasing{4, 1}; }
  bool operator==(const Antialiasing& o) const { return samples == o.samples && supersample == o.supersample; }
  bool operator!=(const Antialiasing& o) const { return !(*this == o); }
};

class OffscreenTarget {
 public:
  static constexpr int kDefaultSamples = 4;
  // `width` x `height` is the picture's size; with supersampling the target draws at a multiple of it (drawWidth(),
  // drawHeight()), falling back to multisampling where that size is beyond what OpenGL allows.
  static Result<OffscreenTarget> create(int width, int height, Antialiasing aa);
  static Result<OffscreenTarget> create(int width, int height, int samples = kDefaultSamples) {
    return create(width, height, Antialiasing{samples, 1});
  }

  OffscreenTarget() = default;
  OffscreenTarget(OffscreenTarget&& other) noexcept { *this = std::move(other); }
  OffscreenTarget& operator=(OffscreenTarget&& other) noexcept;
  OffscreenTarget(const OffscreenTarget&) = delete;
  OffscreenTarget& operator=(const OffscreenTarget&) = delete;
  ~OffscreenTarget();

  void bind() const;  // subsequent draws go here, into drawWidth() x drawHeight() pixels
  Image read() const;  // resolves the samples and returns the pixels, top row first
  // The multisample resolve, or the supersampled picture averaged down, into the picture-sized buffer (GPU work;
  // the frame benchmark times it with the frame).
  void resolve() const;
  void readInto(Image& image) const;  // resolve and read into an image whose storage is reused
  // After resolve(): draws go to the picture-sized buffer (text burned in at 1:1), and readResolved() reads it as
  // it is, without resolving again.
  void bindResolved() const;
  void readResolvedInto(Image& image) const;
  // Copies the picture onto the window's framebuffer (0), filling width x height: a multisample resolve at the same
  // size, a supersampled picture averaged down, or a filtered stretch of a smaller single-sample target (the
  // viewer's draft frames while moving).
  void presentToWindow(int width, int height) const;
  int samples() const { return samples_; }
  Antialiasing antialiasing() const { return requested_; }  // as asked for (create may have fallen back)
  int scale() const { return scale_; }  // pixels drawn per picture pixel, per side
  int width() const { return width_; }
  int height() const { return height_; }
  int drawWidth() const { return width_ * scale_; }
  int drawHeight() const { return height_ * scale_; }

 private:
  void release();
  unsigned msFbo_ = 0, msColor_ = 0, msDepth_ = 0;
  unsigned resolveFbo_ = 0, resolveColor_ = 0;
  int width_ = 0, height_ = 0, samples_ = 0, scale_ = 1;
  Antialiasing requested_;
};

}  // namespace myoatlas
