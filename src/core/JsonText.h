#pragma once
// JSON text in and out, the same way everywhere (issue 18): reading refuses a key given twice in one object
// (nlohmann would silently keep the last: a user's settings or a hand-edited atlas entry losing a value without
// a word), and writing replaces invalid UTF-8 (a Latin-1 mesh name or path) with U+FFFD instead of throwing.
#include <cstdint>
#include <limits>
#include <string>

#include <nlohmann/json.hpp>

namespace myoatlas {

// Parses `text`; throws nlohmann::json::parse_error on a syntax error, as nlohmann::json::parse does, and on a
// number too large for a double (which nlohmann reports as out_of_range). When a key
// appears twice in one object, `duplicate` is set to its JSON pointer ("/muscles/3/name") and the rest is parsed.
nlohmann::json parseJsonNoDuplicateKeys(const std::string& text, std::string& duplicate);

// A whole number that T holds as it is (4294967297 would wrap to 1 in an int): false for anything else.
template <typename T>
bool jsonIntegerFits(const nlohmann::json& v) {
  if (!v.is_number_integer()) return false;
  if (v.is_number_unsigned()) return v.get<std::uint64_t>() <= std::uint64_t(std::numeric_limits<T>::max());
  const std::int64_t i = v.get<std::int64_t>();
  return i >= std::int64_t(std::numeric_limits<T>::min()) && (i < 0 || std::uint64_t(i) <= std::uint64_t(std::numeric_limits<T>::max()));
}

// `j` as text, invalid UTF-8 replaced; indent as nlohmann's dump (-1 compact).
inline std::string jsonText(const nlohmann::json& j, int indent = 2) {
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}
inline std::string jsonText(const nlohmann::ordered_json& j, int indent = 2) {
  return j.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace myoatlas
