#include "core/body/BodyParameters.h"

#include <algorithm>
#include <cctype>

namespace myoatlas {

const char* sexName(Sex sex) { return sex == Sex::Female ? "female" : "male"; }

std::optional<Sex> parseSex(const std::string& name) {
  std::string lower = name;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  if (lower == "male") return Sex::Male;
  if (lower == "female") return Sex::Female;
  return std::nullopt;
}

}  // namespace myoatlas
