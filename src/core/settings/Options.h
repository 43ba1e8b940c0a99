#pragma once
// The viewer's options, each once: its type, default, range or choices, command-line flag, settings key and menu
// entry. The command line (app/CommandLine.cpp), the settings file (ViewerSettings) and the menus' labels are
// made from this table, so an option cannot be spelled four ways. Values live in AppOptions.
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "core/Result.h"

namespace myoatlas {

inline constexpr float kUiScaleMin = 0.75f;  // the interface scale's range (--ui-scale, View > Interface size)
inline constexpr float kUiScaleMax = 3.0f;

struct AppOptions {
  std::string view = "anterior";
  std::string pose = "anatomical";
  float skinOpacity = 1.0f;
  int peel = 0;
  bool isolate = false;
  bool showBones = true;
  std::string colorMap = "clinical";
  bool compare = false;
  bool split = false;
  bool labels = true;
  float uiScale = 0.0f;  // 0: from the monitor
  bool highContrast = false;
  int width = 1280, height = 800;  // window, screen coordinates
};

enum class OptionKind { Number, Integer, Flag, Choice };

struct OptionSpec {
  const char* key;   // settings file path ("layers/skin_opacity"); "" not remembered between runs
  const char* flag;  // command line ("--skin-opacity")
  OptionKind kind;
  double min, max;      // Number and Integer
  const char* choices;  // Choice: "anterior, posterior, ..."
  const char* help;
  const char* menu;     // the menu entry that sets it ("" none)
  bool negatedFlag;     // Flag: the flag sets false (--no-bones)
  bool render;          // `render` takes it too
  std::variant<float AppOptions::*, int AppOptions::*, bool AppOptions::*, std::string AppOptions::*> member;
  const char* choiceLabels = "";  // what menus and panels show for each choice (Choice) or value (Integer), if not the names
};

const std::vector<OptionSpec>& optionTable();
// The label of an option's menu entry or control: the last part of its menu path ("Bones" for "Layers > Bones").
std::string optionLabel(const char* flag);
const OptionSpec* findOption(const std::string& keyOrFlag);  // by settings key or flag
std::vector<std::string> optionChoices(const OptionSpec& spec);
// What a menu or panel shows for each choice: choiceLabels where given, else the choices (an Integer's values
// from min to max).
std::vector<std::string> optionChoiceLabels(const OptionSpec& spec);
// The value as text ("0.3", "true", "t-pose"), for messages and tests.
std::string optionText(const AppOptions& options, const OptionSpec& spec);
// Range and choice check; the message names the flag: "--pose 'dab' is not one of anatomical, t-pose, ...".
Result<Ok> checkOption(const AppOptions& options, const OptionSpec& spec);
Result<Ok> checkOptions(const AppOptions& options);
// Copies the options named in `keys` (flags or settings keys) from `from` into `to`.
void copyOptions(AppOptions& to, const AppOptions& from, const std::set<std::string>& keys);

}  // namespace myoatlas
