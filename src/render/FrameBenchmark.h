#pragma once
// The end-to-end frame benchmark behind `myoatlas render --benchmark-frames`: what one frame costs the CPU
// (issuing the draw calls), the GPU (a GL_TIME_ELAPSED query around the frame and its multisample resolve) and
// the wall clock (until glFinish returns), with the screenshot readback timed on its own so a slow readback
// path is never mistaken for a slow GPU.
#include <string>

#include "core/Camera.h"
#include "core/Model.h"
#include "core/Result.h"
#include "render/OffscreenTarget.h"
#include "render/SceneRenderer.h"

namespace myoatlas {

struct TimingSummary {
  double mean = 0.0, median = 0.0, p95 = 0.0, max = 0.0;  // milliseconds
};

struct FrameBenchmarkResult {
  int frames = 0, width = 0, height = 0, copies = 1, samples = 4, supersample = 1;
  std::string renderer;  // GL_RENDERER
  TimingSummary cpu;       // issuing the frame's GL calls (no waiting)
  TimingSummary gpu;       // the GPU's own time for the frame and the resolve; all negative without timer queries
  TimingSummary gpuResolve;  // of which the multisample resolve (or the supersampled picture averaged down)
  TimingSummary wall;      // issue to glFinish
  TimingSummary readback;  // resolve + glReadPixels + row flip into a reused image (a screenshot's extra cost)
};

// Draws `frames` frames into an offscreen target of the given size, turning the camera 4 pixels' worth a frame
// like a user turning the body. `copies` > 1 draws that many copies of the model in a grid (framed whole) to
// show how the cost grows with the scene. `aa` is the smoothing (pictures: Antialiasing::forPictures). The
// renderer's copies are reset afterwards.
Result<FrameBenchmarkResult> benchmarkFrames(SceneRenderer& renderer, OrbitCamera camera, const Bounds& modelBounds,
                                             int width, int height, int frames, int copies = 1,
                                             Antialiasing aa = Antialiasing{});

}  // namespace myoatlas
