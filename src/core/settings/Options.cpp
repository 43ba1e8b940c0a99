#include "core/settings/Options.h"

#include <sstream>

#include "core/Camera.h"
#include "core/Pose.h"
#include "core/Text.h"
#include "core/session/SceneStyle.h"

namespace myoatlas {

const std::vector<OptionSpec>& optionTable() {
  using K = OptionKind;
  static const std::vector<OptionSpec> table = {
      {"", "--view", K::Choice, 0, 0, kViewPresetNames, "View: anterior, posterior, left, right or superior", "View", false, true, &AppOptions::view},
      {"pose", "--pose", K::Choice, 0, 0, kPosePresetNames, "Pose: anatomical, t-pose, arms-raised or seated", "View > Pose", false, true, &AppOptions::pose,
       "Anatomical position, T-pose, Arms raised, Seated"},
      {"layers/skin_opacity", "--skin-opacity", K::Number, 0.0, 1.0, "", "Skin: 1 opaque, 0.3 x-ray, 0 hidden", "Layers > Skin", false, true, &AppOptions::skinOpacity},
      {"layers/peel", "--peel", K::Integer, 0, 3, "",
       "Hide muscles from the surface down: 0 none, 1 superficial, 2 also intermediate, 3 all (the skeleton)", "Layers > Muscles", false, true, &AppOptions::peel,
       "All layers, Peel the superficial layer, Deep layer only, None (skeleton)"},
      {"", "--isolate", K::Flag, 0, 0, "", "Show only the selected muscles (with --select), the fasciae they attach through, and the bones", "Layers > Isolate the selected muscle", false, true, &AppOptions::isolate},
      {"layers/show_bones", "--no-bones", K::Flag, 0, 0, "", "Hide the bones", "Layers > Bones", true, true, &AppOptions::showBones},
      {"color_map", "--color-map", K::Choice, 0, 0, kColorMapNames, "Heatmap colours: clinical or colour-blind", "Pain > Heatmap colours", false, true, &AppOptions::colorMap,
       "Clinical red, Colour-blind safe"},
      {"", "--compare", K::Flag, 0, 0, "", "Compare patterns: each painted trigger point in its own colour (up to four)",
       "Pain > Compare patterns in colours", false, true, &AppOptions::compare},
      {"", "--split", K::Flag, 0, 0, "", "Split view: the body also from the opposite side (front and back at once), turning together",
       "View > Split view: front and back", false, true, &AppOptions::split},
      {"labels", "--no-labels", K::Flag, 0, 0, "", "No leader-line labels for the selection", "Layers > Labels for the selection", true, false, &AppOptions::labels},
      {"ui_scale", "--ui-scale", K::Number, kUiScaleMin, kUiScaleMax, "", "Interface scale (1 = normal, 2 or more for projectors)", "View > Interface size", false, false, &AppOptions::uiScale},
      {"high_contrast", "--high-contrast", K::Flag, 0, 0, "", "Projector-friendly interface: black panels, white text", "View > High contrast (projectors)", false, false, &AppOptions::highContrast},
      {"window/width", "--width", K::Integer, 320, 16384, "", "Window width in screen pixels", "", false, false, &AppOptions::width},
      {"window/height", "--height", K::Integer, 240, 16384, "", "Window height in screen pixels", "", false, false, &AppOptions::height},
  };
  return table;
}

const OptionSpec* findOption(const std::string& keyOrFlag) {
  for (const auto& o : optionTable())
    if (keyOrFlag == o.flag || (o.key[0] && keyOrFlag == o.key)) return &o;
  return nullptr;
}

std::string optionLabel(const char* flag) {
  const OptionSpec* spec = findOption(flag);
  if (!spec) return flag;
  const std::string menu = spec->menu;
  const auto cut = menu.rfind(" > ");
  return cut == std::string::npos ? menu : menu.substr(cut + 3);
}

namespace {

std::vector<std::string> splitList(const char* list) {
  std::vector<std::string> out;
  std::stringstream ss(list);
  std::string item;
  while (std::getline(ss, item, ','))
    if (const auto b = item.find_first_not_of(' '); b != std::string::npos) out.push_back(item.substr(b));
  return out;
}

}  // namespace

std::vector<std::string> optionChoices(const OptionSpec& spec) { return splitList(spec.choices); }

std::vector<std::string> optionChoiceLabels(const OptionSpec& spec) {
  if (spec.choiceLabels[0]) return splitList(spec.choiceLabels);
  if (spec.kind != OptionKind::Integer) return optionChoices(spec);
  std::vector<std::string> out;
  for (int v = int(spec.min); v <= int(spec.max); ++v) out.push_back(std::to_string(v));
  return out;
}

std::string optionText(const AppOptions& options, const OptionSpec& spec) {
  return std::visit(
      [&](auto member) -> std::string {
        const auto& v = options.*member;
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::string>) return v;
        else if constexpr (std::is_same_v<T, bool>) return v ? "true" : "false";
        else {
          std::ostringstream out;
          out << v;
          return out.str();
        }
      },
      spec.member);
}

Result<Ok> checkOption(const AppOptions& options, const OptionSpec& spec) {
  const std::string text = optionText(options, spec);
  switch (spec.kind) {
    case OptionKind::Number:
    case OptionKind::Integer: {
      const double v = std::stod(text);
      const bool automatic = std::string(spec.key) == "ui_scale" && v == 0.0;  // 0: from the monitor
      if (!automatic && !(v >= spec.min && v <= spec.max)) {  // written so that NaN is out of range too
        std::ostringstream range;
        range << spec.min << " to " << spec.max;
        return Error{std::string(spec.flag) + " " + text + " is out of range (" + range.str() + ")"};
      }
      break;
    }
    case OptionKind::Choice: {
      const auto choices = optionChoices(spec);
      bool known = false;
      for (const auto& c : choices) known = known || toLower(text) == c;
      if (!known) return Error{std::string(spec.flag) + " '" + text + "' is not one of " + spec.choices};
      break;
    }
    case OptionKind::Flag: break;
  }
  return Ok{};
}

Result<Ok> checkOptions(const AppOptions& options) {
  for (const auto& spec : optionTable())
    if (auto ok = checkOption(options, spec); !ok) return ok;
  return Ok{};
}

void copyOptions(AppOptions& to, const AppOptions& from, const std::set<std::string>& keys) {
  for (const auto& spec : optionTable())
    if (keys.count(spec.flag) || (spec.key[0] && keys.count(spec.key)))
      std::visit([&](auto member) { to.*member = from.*member; }, spec.member);
}

}  // namespace myoatlas
