#include "render/FrameBenchmark.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <vector>

#include <glad/gl.h>

#include "render/GpuTimer.h"
#include "render/OffscreenTarget.h"

namespace myoatlas {
namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); }

TimingSummary summarise(std::vector<double> samples) {
  TimingSummary s;
  if (samples.empty()) return s;
  std::sort(samples.begin(), samples.end());
  double sum = 0.0;
  for (double v : samples) sum += v;
  s.mean = sum / double(samples.size());
  s.median = samples[samples.size() / 2];
  s.p95 = samples[std::min(samples.size() - 1, std::size_t(std::ceil(0.95 * double(samples.size()))) - 1)];
  s.max = samples.back();
  return s;
}

// A grid of `count` places on the floor (x across, z in depth), centred on the model, spaced by its footprint.
std::vector<glm::vec3> copyOffsets(const Bounds& bounds, int count) {
  std::vector<glm::vec3> offsets;
  if (count <= 1) return offsets;
  const int columns = int(std::ceil(std::sqrt(double(count))));
  const int rows = (count + columns - 1) / columns;
  const glm::vec3 size = bounds.size();
  const float dx = std::max(size.x, 0.1f) * 1.25f, dz = std::max(size.z, 0.1f) * 2.0f;
  for (int i = 0; i < count; ++i) {
    const int c = i % columns, r = i / columns;
    offsets.push_back({(float(c) - 0.5f * float(columns - 1)) * dx, 0.0f, -(float(r) - 0.5f * float(rows - 1)) * dz});
  }
  return offsets;
}

}  // namespace

Result<FrameBenchmarkResult> benchmarkFrames(SceneRenderer& renderer, OrbitCamera camera, const Bounds& modelBounds,
                                             int width, int height, int frames, int copies, Antialiasing aa) {
  auto target = OffscreenTarget::create(width, height, aa);
  if (!target) return Error{target.error()};
  FrameBenchmarkResult result;
  result.frames = frames;
  result.width = width;
  result.height = height;
  result.copies = std::max(copies, 1);
  result.samples = target->samples();
  result.supersample = target->scale();
  if (const auto* name = glGetString(GL_RENDERER)) result.renderer = reinterpret_cast<const char*>(name);

  const std::vector<glm::vec3> offsets = copyOffsets(modelBounds, result.copies);
  renderer.setCopies(offsets);
  camera.setViewport(width, height);
  if (!offsets.empty()) {
    Bounds all;
    for (const glm::vec3& o : offsets) {
      all.add(modelBounds.min + o);
      all.add(modelBounds.max + o);
    }
    camera.setPose(camera.framing(all));
  }

  GpuTimer drawTimer, resolveTimer;  // one after the other: GL_TIME_ELAPSED queries cannot nest
  std::vector<double> cpu, gpu, gpuResolve, wall;
  // One frame first, untimed: the first draw uploads buffers and compiles shader variants.
  const int drawWidth = target->drawWidth(), drawHeight = target->drawHeight();
  renderer.setPixelScale(float(target->scale()));
  target->bind();
  renderer.draw(camera, drawWidth, drawHeight);
  target->resolve();
  glFinish();
  for (int i = 0; i < frames; ++i) {
    const auto start = Clock::now();
    drawTimer.begin();
    target->bind();
    renderer.draw(camera, drawWidth, drawHeight);
    drawTimer.end();
    resolveTimer.begin();
    target->resolve();
    resolveTimer.end();
    cpu.push_back(msSince(start));
    glFinish();  // what presenting the frame waits for
    wall.push_back(msSince(start));
    const double resolveMs = resolveTimer.milliseconds();
    gpu.push_back(drawTimer.milliseconds() + resolveMs);
    gpuResolve.push_back(resolveMs);
    camera.orbit(4.0f, 0.0f);
  }
  renderer.setCopies({});
  renderer.setPixelScale(1.0f);

  // Readback on its own, into one reused image as repeated screenshots do.
  Image image;
  target->readInto(image);  // the first read allocates the image
  std::vector<double> readback;
  const int reads = std::clamp(frames, 1, 20);
  for (int i = 0; i < reads; ++i) {
    const auto start = Clock::now();
    target->readInto(image);
    readback.push_back(msSince(start));
  }
  result.cpu = summarise(cpu);
  const TimingSummary none{-1.0, -1.0, -1.0, -1.0};
  result.gpu = drawTimer.available() ? summarise(gpu) : none;
  result.gpuResolve = drawTimer.available() ? summarise(gpuResolve) : none;
  result.wall = summarise(wall);
  result.readback = summarise(readback);
  return result;
}

}  // namespace myoatlas
