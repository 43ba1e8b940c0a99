#include "core/TaggedJson.h"

namespace myoatlas {

Result<nlohmann::json> parseTaggedJson(const std::string& text, const std::string& what, const std::string& source,
                                       const std::string& format) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    return Error{what + " '" + source + "' is not valid JSON (byte " + std::to_string(e.byte) + ")"};
  }
  if (!j.is_object() || j.value("format", "") != format)
    return Error{what + " '" + source + "': /format must be \"" + format + "\""};
  return j;
}

}  // namespace myoatlas
