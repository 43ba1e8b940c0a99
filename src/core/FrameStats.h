#pragma once
// Rolling frame-time statistics for the overlay and the end-to-end benchmark mode. Times in milliseconds.
#include <array>
#include <cstddef>

namespace myoatlas {

class FrameStats {
 public:
  static constexpr std::size_t kWindow = 240;  // frames kept, about four seconds at 60 Hz

  void add(double milliseconds);
  std::size_t count() const { return count_; }
  double mean() const;
  double max() const;
  double percentile(double p) const;  // p in [0, 100] over the kept frames
  double last() const { return count_ ? samples_[(next_ + kWindow - 1) % kWindow] : 0.0; }
  // The kept samples in insertion order (oldest first), for plotting.
  std::size_t copyOrdered(float* out, std::size_t capacity) const;

 private:
  std::array<double, kWindow> samples_{};
  std::size_t next_ = 0;
  std::size_t count_ = 0;
};

}  // namespace myoatlas
