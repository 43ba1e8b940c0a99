#pragma once
// The interactive viewer: a GLFW window (OpenGL 3.3 core), the scene renderer and the ImGui panels.
#include <string>
#include <vector>

#include "app/ModelLoading.h"
#include "core/session/SceneStyle.h"

namespace myoatlas {

struct ViewerOptions {
  ModelOptions model;
  std::string view = "anterior";
  std::string pose = "anatomical";
  std::vector<std::string> select;  // trigger points or muscles to paint at start
  std::string side = "right";
  std::string painArea;  // open the pain finder on this area (id, name or everyday words)
  int width = 1280;   // window size in screen coordinates
  int height = 800;
  float uiScale = 0;  // 0: from the monitor's content scale
  bool highContrast = false;  // projector-friendly panels
  LayerSettings layers;       // skin, peeling, bones, isolate (used when layersGiven, else remembered settings)
  // For automated runs and the end-to-end benchmark: quit after this many frames (0: run until closed),
  // print frame-time statistics as JSON on exit, and save the last frame (with the interface) as a PNG.
  int exitAfterFrames = 0;
  bool printFrameStats = false;
  std::string windowScreenshot;
  std::string scene;      // a scene file (*.myoscene.json) to open at start
  std::string saveScene;  // on quitting, save the view to this scene file (scripts, tests)
  // Settings remembered between runs (window size, interface scale, colours, pose, camera) fill in what the
  // command line did not set; automated --frames runs neither read nor write them.
  bool sizeGiven = false, uiScaleGiven = false, viewGiven = false, poseGiven = false, layersGiven = false;
};

int runViewer(const ViewerOptions& options);  // returns the process exit code

// Where a screenshot taken now goes: $XDG_PICTURES_DIR, else ~/Pictures, else the current folder.
std::string defaultScreenshotPath();

}  // namespace myoatlas
