#include "core/settings/ViewerSettings.h"

#include <cmath>
#include <limits>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "core/JsonText.h"
#include "core/TaggedJson.h"

namespace myoatlas {
namespace {

using nlohmann::json;

// "layers/skin_opacity" as a JSON pointer.
json::json_pointer pointerOf(const char* key) { return json::json_pointer(std::string("/") + key); }

}  // namespace

std::string ViewerSettings::toJson() const {
  json j = {{"format", "myoatlas-settings"}, {"version", 2}};
  for (const auto& spec : optionTable()) {
    if (!spec.key[0]) continue;
    std::visit([&](auto member) { j[pointerOf(spec.key)] = options.*member; }, spec.member);
  }
  if (!screenshotFolder.empty()) j["screenshot_folder"] = screenshotFolder;
  if (hasCamera)
    j["camera"] = {{"target", {camera.target.x, camera.target.y, camera.target.z}}, {"yaw", camera.yaw},
                   {"pitch", camera.pitch}, {"distance", camera.distance}};
  return jsonText(j, 2) + "\n";
}

Result<ViewerSettings> ViewerSettings::fromJson(const std::string& text, const std::string& source) {
  const auto bad = [&](const std::string& what) { return Error{"settings file '" + source + "': " + what}; };
  auto parsed = parseTaggedJson(text, "settings file", source, "myoatlas-settings");
  if (!parsed) return Error{parsed.error()};
  const json& j = parsed.value();
  ViewerSettings s;
  for (const auto& spec : optionTable()) {
    if (!spec.key[0] || !j.contains(pointerOf(spec.key))) continue;
    const json& value = j.at(pointerOf(spec.key));
    const bool read = std::visit(
        [&](auto member) {
          using T = std::decay_t<decltype(s.options.*member)>;
          const bool fits = std::is_same_v<T, bool> ? value.is_boolean()
                            : std::is_same_v<T, std::string> ? value.is_string()
                            : std::is_same_v<T, int> ? jsonIntegerFits<int>(value) : value.is_number();
          if (fits) s.options.*member = value.get<T>();
          return fits;
        },
        spec.member);
    if (!read) return bad(std::string("/") + spec.key + " has the wrong type");
    if (auto ok = checkOption(s.options, spec); !ok) {
      const std::string message = ok.error();  // names the flag; the file names the key
      return bad(std::string("/") + spec.key + message.substr(std::string(spec.flag).size()));
    }
    s.present.insert(spec.key);
  }
  // Version 1 files said colour_blind_safe: true for the colour-blind map.
  if (!j.contains("color_map") && j.value("colour_blind_safe", false)) {
    s.options.colorMap = "colour-blind";
    s.present.insert("color_map");
  }
  if (j.contains("screenshot_folder")) {
    if (!j["screenshot_folder"].is_string()) return bad("/screenshot_folder must be a folder's path");
    s.screenshotFolder = j["screenshot_folder"].get<std::string>();
  }
  if (j.contains("camera")) {
    try {
      const auto& c = j["camera"];
      // Numbers a float holds, read as doubles first: 1e116 would become infinity, which is then written back
      // as null and the file refused at every start after (found by the settings fuzz target).
      const auto number = [&](const json& v, const char* where) {
        const double d = v.get<double>();
        if (!(std::abs(d) <= double(std::numeric_limits<float>::max())))
          throw std::out_of_range(std::string("/camera/") + where + " is not a number the camera can take");
        return float(d);
      };
      const auto& target = c.at("target");
      if (!target.is_array() || target.size() != 3) return bad("/camera/target must have three numbers");
      s.camera = {{number(target[0], "target"), number(target[1], "target"), number(target[2], "target")},
                  number(c.at("yaw"), "yaw"), number(c.at("pitch"), "pitch"), number(c.at("distance"), "distance")};
      if (!(s.camera.distance > 0.0f)) return bad("/camera/distance must be more than 0");
      s.hasCamera = true;
    } catch (const std::out_of_range& e) {
      return bad(e.what());
    } catch (const json::exception& e) {
      return bad(std::string("/camera is incomplete or has the wrong type (") + e.what() + ")");
    }
  }
  return s;
}

}  // namespace myoatlas
