#include "core/TaggedJson.h"

#include "core/JsonText.h"

namespace myoatlas {

Result<nlohmann::json> parseTaggedJson(const std::string& text, const std::string& what, const std::string& source,
                                       const std::string& format) {
  nlohmann::json j;
  std::string duplicate;
  try {
    j = parseJsonNoDuplicateKeys(text, duplicate);
  } catch (const nlohmann::json::parse_error& e) {
    return Error{what + " '" + source + "' is not valid JSON (byte " + std::to_string(e.byte) + ")"};
  }
  if (!duplicate.empty())
    return Error{what + " '" + source + "': " + duplicate + " is given twice; each key may appear once"};
  const auto tag = j.is_object() ? j.find("format") : j.end();
  if (tag == j.end() || !tag->is_string() || tag->get<std::string>() != format)  // {"format": 5} is damaged too
    return Error{what + " '" + source + "': /format must be \"" + format + "\""};
  return j;
}

}  // namespace myoatlas
