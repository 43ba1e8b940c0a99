#pragma once
// GPU time of a stretch of GL commands, measured on the GPU itself with a GL_TIME_ELAPSED query (core since
// OpenGL 3.3), so a frame benchmark can tell the GPU's work apart from the CPU's submission and the readback.
namespace myoatlas {

class GpuTimer {
 public:
  GpuTimer();
  ~GpuTimer();
  GpuTimer(const GpuTimer&) = delete;
  GpuTimer& operator=(const GpuTimer&) = delete;

  void begin();
  void end();
  // Milliseconds between begin() and end() on the GPU; waits for the GPU to get there. Negative when the
  // driver offers no timer (query bits 0).
  double milliseconds() const;
  bool available() const { return available_; }

 private:
  unsigned query_ = 0;
  bool available_ = false;
};

}  // namespace myoatlas
