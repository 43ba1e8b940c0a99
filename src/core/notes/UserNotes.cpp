#include "core/notes/UserNotes.h"

#include <nlohmann/json.hpp>

namespace myoatlas {

const std::string& UserNotes::get(const std::string& id) const {
  static const std::string none;
  const auto it = notes_.find(id);
  return it == notes_.end() ? none : it->second;
}

void UserNotes::set(const std::string& id, std::string text) {
  if (text.empty()) notes_.erase(id);
  else notes_[id] = std::move(text);
}

std::string UserNotes::toJson() const {
  nlohmann::json j = {{"format", "myoatlas-notes"}, {"version", 1}, {"notes", notes_}};
  return j.dump(2) + "\n";
}

Result<UserNotes> UserNotes::fromJson(const std::string& text, const std::string& source) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    return Error{"notes file '" + source + "' is not valid JSON (byte " + std::to_string(e.byte) + ")"};
  }
  if (!j.is_object() || j.value("format", "") != "myoatlas-notes")
    return Error{"notes file '" + source + "': /format must be \"myoatlas-notes\""};
  if (!j.contains("notes") || !j["notes"].is_object()) return Error{"notes file '" + source + "': /notes must be an object"};
  UserNotes notes;
  for (const auto& [id, value] : j["notes"].items()) {
    if (!value.is_string()) return Error{"notes file '" + source + "': /notes/" + id + " must be a string"};
    notes.set(id, value.get<std::string>());
  }
  return notes;
}

}  // namespace myoatlas
