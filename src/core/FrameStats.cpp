#include "core/FrameStats.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace myoatlas {

void FrameStats::add(double milliseconds) {
  samples_[next_] = milliseconds;
  next_ = (next_ + 1) % kWindow;
  count_ = std::min(count_ + 1, kWindow);
}

double FrameStats::mean() const {
  if (!count_) return 0.0;
  double sum = 0.0;
  for (std::size_t i = 0; i < count_; ++i) sum += samples_[i];
  return sum / double(count_);
}

double FrameStats::max() const {
  return count_ ? *std::max_element(samples_.begin(), samples_.begin() + std::ptrdiff_t(count_)) : 0.0;
}

double FrameStats::percentile(double p) const {
  if (!count_) return 0.0;
  std::vector<double> sorted(samples_.begin(), samples_.begin() + std::ptrdiff_t(count_));
  std::sort(sorted.begin(), sorted.end());
  const double rank = std::clamp(p, 0.0, 100.0) / 100.0 * double(count_ - 1);
  return sorted[std::size_t(std::lround(rank))];
}

std::size_t FrameStats::copyOrdered(float* out, std::size_t capacity) const {
  const std::size_t n = std::min(count_, capacity);
  const std::size_t start = (next_ + kWindow - count_) % kWindow;
  for (std::size_t i = 0; i < n; ++i) out[i] = float(samples_[(start + count_ - n + i) % kWindow]);
  return n;
}

}  // namespace myoatlas
