#pragma once
// What the viewer remembers between runs: window size, interface scale, colours, pose and camera. Plain data
// and its JSON form; io/UserData.h reads and writes the file atomically under the XDG config folder.
#include <string>

#include "core/Camera.h"
#include "core/Result.h"

namespace myoatlas {

struct ViewerSettings {
  int width = 1280, height = 800;  // window size in screen coordinates
  float uiScale = 0.0f;            // 0: from the monitor
  bool colourBlindSafe = false;
  bool highContrast = false;
  // Layers (core/scene/MeshAnatomy.h LayerSettings).
  float skinOpacity = 1.0f;
  bool showBones = true;
  int peel = 0;
  std::string pose = "anatomical";
  bool hasCamera = false;
  CameraPose camera;

  std::string toJson() const;
  static Result<ViewerSettings> fromJson(const std::string& text, const std::string& source);
};

}  // namespace myoatlas
