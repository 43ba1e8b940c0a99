#pragma once
// What the viewer remembers between runs: the options of the table (core/settings/Options.h) that have a settings
// key (window size, interface scale, colours, pose, layers, labels) and the camera. Plain data and its JSON form;
// io/UserData.h reads and writes the file atomically under the XDG config folder.
#include <set>
#include <string>

#include "core/Camera.h"
#include "core/Result.h"
#include "core/settings/Options.h"

namespace myoatlas {

struct ViewerSettings {
  AppOptions options;
  std::set<std::string> present;  // settings keys the file had (only those override the defaults)
  bool hasCamera = false;
  CameraPose camera;
  std::string screenshotFolder;  // where the last screenshot went ("" none yet): the save dialog starts there

  std::string toJson() const;
  // Errors name the file and the key ("settings file 'x': /layers/peel 7 is out of range (0 to 3)").
  static Result<ViewerSettings> fromJson(const std::string& text, const std::string& source);
};

}  // namespace myoatlas
