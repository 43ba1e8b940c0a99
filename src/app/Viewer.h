#pragma once
// The interactive viewer: a GLFW window (OpenGL 3.3 core), the scene renderer and the ImGui panels.
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "app/ModelLoading.h"
#include "core/settings/Options.h"

namespace myoatlas {

struct ViewerOptions {
  ModelOptions model;
  AppOptions options;           // the option table's values (core/settings/Options.h)
  std::set<std::string> given;  // flags typed on the command line: remembered settings fill in the others
  std::vector<std::string> select;  // trigger points or muscles to paint at start
  std::string side = "right";
  std::string painArea;  // open the pain finder on this area (id, name or everyday words)
  // For automated runs and the end-to-end benchmark: quit after this many frames (0: run until closed),
  // print frame-time statistics as JSON on exit, and save the last frame (with the interface) as a PNG.
  // Automated --frames runs neither read nor write the remembered settings.
  int exitAfterFrames = 0;
  bool printFrameStats = false;
  std::string windowScreenshot;
  std::string scene;      // a scene file (*.myoscene.json) to open at start
  std::string saveScene;  // on quitting, save the view to this scene file (scripts, tests)
  std::string lesson;     // a lesson (*.myolesson.json) to open in the Lesson panel
  bool present = false;   // with lesson: present it full screen from the start
  int step = 1;           // with lesson: the step shown first (1 = the first)
  // A quiz started at once (as Quiz > New does): on a region ("all" the whole body), for a class or a self-test.
  std::string quiz;
  int quizCount = 10;
  std::uint64_t quizSeed = 1;
  std::string quizDifficulty = "medium";
  std::vector<std::string> quizKinds;  // question kind names; empty: all
  bool quizClass = false;
};

int runViewer(const ViewerOptions& options);  // returns the process exit code

// A fresh name for a screenshot taken now ("myoatlas-20261130-112233.png") in `folder`, or when that is empty in
// $XDG_PICTURES_DIR, else ~/Pictures, else the current folder.
std::string nextScreenshotPath(const std::string& folder = "");

}  // namespace myoatlas
