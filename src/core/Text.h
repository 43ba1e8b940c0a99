#pragma once
// Small text helpers shared by the parsers of names typed by users (views, poses, units) and file-name checks.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>

namespace myoatlas {

// "Upper trapezius" from "upper trapezius": the first letter in upper case (names, list entries).
inline std::string capitalised(std::string s) {
  if (!s.empty()) s[0] = char(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

inline std::string toLower(std::string_view text) {
  std::string s(text);
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return s;
}

// A distance for messages: whole centimetres under 10 m, metres (3 digits) beyond, "too far" when not finite;
// never an out-of-range conversion to int ("-2147483648 cm").
inline std::string formatDistance(float metres) {
  if (!std::isfinite(metres)) return "too far";
  char text[48];
  if (metres < 10.0f) std::snprintf(text, sizeof text, "%.0f cm", double(metres) * 100.0);
  else std::snprintf(text, sizeof text, "%.3g m", double(metres));
  return text;
}

// For an output file whose folder does not exist, what to tell the user ("--out 'a/b.png': folder 'a' does not
// exist"); "" when the folder exists or the path names none (the current folder). `flag` names the option.
inline std::string missingOutputFolder(std::string_view flag, const std::string& path) {
  const std::filesystem::path p(path);
  if (path.empty() || !p.has_parent_path() || std::filesystem::is_directory(p.parent_path())) return "";
  return std::string(flag) + " '" + path + "': folder '" + p.parent_path().string() + "' does not exist";
}

// Whether a file's name is a name followed by `extension` (lower case, e.g. ".myolesson.json"), in any case: how
// Myoatlas' own files (scenes, lessons) are told apart from other JSON.
inline bool hasDoubleExtension(const std::filesystem::path& path, std::string_view extension) {
  const std::string name = path.filename().string();
  return name.size() > extension.size() && toLower(std::string_view(name).substr(name.size() - extension.size())) == extension;
}

}  // namespace myoatlas
