#pragma once
// Small text helpers shared by the parsers of names typed by users (views, poses, units).
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

namespace myoatlas {

inline std::string toLower(std::string_view text) {
  std::string s(text);
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return s;
}

}  // namespace myoatlas
