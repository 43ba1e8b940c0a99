#include "core/settings/ViewerSettings.h"

#include <nlohmann/json.hpp>

#include "core/Pose.h"
#include "core/TaggedJson.h"

namespace myoatlas {

std::string ViewerSettings::toJson() const {
  nlohmann::json j = {{"format", "myoatlas-settings"}, {"version", 1}, {"window", {{"width", width}, {"height", height}}},
                      {"ui_scale", uiScale}, {"colour_blind_safe", colourBlindSafe},
                      {"high_contrast", highContrast}, {"pose", pose},
                      {"layers", {{"skin_opacity", skinOpacity}, {"show_bones", showBones}, {"peel", peel}}}};
  if (hasCamera)
    j["camera"] = {{"target", {camera.target.x, camera.target.y, camera.target.z}}, {"yaw", camera.yaw},
                   {"pitch", camera.pitch}, {"distance", camera.distance}};
  return j.dump(2) + "\n";
}

Result<ViewerSettings> ViewerSettings::fromJson(const std::string& text, const std::string& source) {
  const auto bad = [&](const std::string& what) { return Error{"settings file '" + source + "': " + what}; };
  auto parsed = parseTaggedJson(text, "settings file", source, "myoatlas-settings");
  if (!parsed) return Error{parsed.error()};
  const nlohmann::json& j = parsed.value();
  ViewerSettings s;
  try {
    s.width = j.at("window").at("width").get<int>();
    s.height = j.at("window").at("height").get<int>();
    s.uiScale = j.at("ui_scale").get<float>();
    s.colourBlindSafe = j.at("colour_blind_safe").get<bool>();
    s.highContrast = j.value("high_contrast", false);
    s.pose = j.at("pose").get<std::string>();
    if (!parsePosePreset(s.pose)) return bad("/pose '" + s.pose + "' is not a pose; use one of " + kPosePresetNames);
    if (j.contains("layers")) {  // absent in files from before layers existed
      const auto& l = j["layers"];
      s.skinOpacity = l.value("skin_opacity", 1.0f);
      s.showBones = l.value("show_bones", true);
      s.peel = l.value("peel", 0);
      if (s.skinOpacity < 0.0f || s.skinOpacity > 1.0f) return bad("/layers/skin_opacity must be between 0 and 1");
      if (s.peel < 0 || s.peel > 3) return bad("/layers/peel must be 0, 1, 2 or 3");
    }
    if (j.contains("camera")) {
      const auto& c = j["camera"];
      const auto t = c.at("target").get<std::vector<float>>();
      if (t.size() != 3) return bad("/camera/target must have three numbers");
      s.camera = {{t[0], t[1], t[2]}, c.at("yaw").get<float>(), c.at("pitch").get<float>(), c.at("distance").get<float>()};
      s.hasCamera = true;
    }
  } catch (const nlohmann::json::exception& e) {
    return bad(std::string("a field is missing or has the wrong type (") + e.what() + ")");
  }
  if (s.width < 320 || s.height < 240 || s.width > 16384 || s.height > 16384) return bad("/window is out of range");
  return s;
}

}  // namespace myoatlas
