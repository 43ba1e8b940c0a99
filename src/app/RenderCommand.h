#pragma once
// `myoatlas render`: draws headlessly (EGL) what the viewer would show and writes a PNG. It is a host of the same
// Session as the window: options (or a scene file) become session verbs, and the session's frame is drawn.
#include <string>
#include <vector>

#include "app/ModelLoading.h"
#include "core/settings/Options.h"

namespace myoatlas {

struct RenderOptions {
  std::string out;
  int width = 1280;
  int height = 800;
  ModelOptions model;
  AppOptions options;  // view, pose, layers, colour map (core/settings/Options.h)
  std::vector<std::string> select;  // trigger point or muscle ids whose referred pain is painted
  std::string side = "right";
  std::vector<std::string> focus;  // muscle or region ids the camera frames (close-ups); empty: the whole body
  std::string scene;      // a scene file to draw exactly, instead of the view options
  std::string saveScene;  // also write the scene these options describe
  std::string lesson;     // a lesson file: draw its step `step` (1-based) exactly, like a scene file
  int step = 1;
  // Slide-ready images: text burned into the picture, and a background left transparent.
  std::string title, caption;
  bool legend = false;       // what is painted, and what solid and dots mean
  bool labels = false;       // the leader-line labels the viewer shows (and a lesson step's pinned labels)
  bool transparent = false;  // no background: the PNG keeps the alpha
  int benchmarkFrames = 0;  // > 0: also draw this many frames and print CPU, GPU, frame and readback times as JSON
  // The benchmark's smoothing; -1 and 0: as pictures on this renderer (docs/PERFORMANCE.md). Given one, the other
  // is none: --benchmark-msaa 4 alone measures 4x multisampling without supersampling, and the reverse.
  int benchmarkSamples = -1;     // multisampling samples per pixel (0 none)
  int benchmarkSupersample = 0;  // 1 or 2 (drawn at twice the size and averaged)
  int benchmarkCopies = 1;  // the benchmark draws this many copies of the model (how cost grows with the scene)
};

int runRender(const RenderOptions& options);  // returns the process exit code (0, 1 or 2)

}  // namespace myoatlas
