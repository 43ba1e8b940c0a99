#pragma once
// Plain application state that the ImGui panels read and write. Panels never act directly: they set requests
// here and the app carries them out after the frame (open a model, take a screenshot, change the view...).
#include <optional>
#include <string>

#include "core/Camera.h"
#include "core/FrameStats.h"
#include "core/Pose.h"

namespace myoatlas {

inline constexpr float kUiScaleMin = 0.75f;
inline constexpr float kUiScaleMax = 3.0f;

struct UiRequests {
  bool quit = false;
  bool frameAll = false;
  bool screenshot = false;
  std::optional<ViewPreset> view;
  std::optional<std::string> openModel;  // path chosen in the open dialog
  std::optional<PosePreset> pose;
};

struct UiState {
  UiRequests requests;

  // Display settings.
  float uiScale = 1.0f;        // multiplies font size and spacing; 2 or more for a classroom projector
  bool showFrameTime = false;  // the frame-time overlay (F3)
  bool showHelp = false;
  bool showAbout = false;
  bool showOpenDialog = false;

  PosePreset pose = PosePreset::Anatomical;  // the pose shown (the app applies changes requested above)

  // What is loaded, for titles and the About box.
  std::string modelSource;
  std::size_t meshCount = 0;
  std::size_t triangleCount = 0;
  std::string glDescription;

  FrameStats frameStats;
  std::string errorMessage;   // non-empty: shown in a modal until dismissed
  std::string statusMessage;  // a short notice at the bottom (screenshot saved...)
  double statusUntil = 0.0;   // seconds, ImGui time
};

}  // namespace myoatlas
