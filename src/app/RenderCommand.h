#pragma once
// `myoatlas render`: draws headlessly (EGL) what the viewer would show and writes a PNG.
#include <string>
#include <vector>

#include "app/ModelLoading.h"
#include "core/scene/MeshAnatomy.h"

namespace myoatlas {

struct RenderOptions {
  std::string out;
  int width = 1280;
  int height = 800;
  ModelOptions model;
  std::string view = "anterior";
  std::string pose = "anatomical";
  std::vector<std::string> select;  // trigger point or muscle ids whose referred pain is painted
  std::string side = "right";
  std::vector<std::string> focus;  // muscle or region ids the camera frames (close-ups); empty: the whole body
  std::string colorMap = "clinical";
  LayerSettings layers;  // skin opacity, peeling, bones, isolate (the muscle of --select is the selection)
  int benchmarkFrames = 0;  // > 0: also draw this many frames and print frame-time statistics as JSON
};

int runRender(const RenderOptions& options);  // returns the process exit code (0, 1 or 2)

}  // namespace myoatlas
