#include "core/notes/UserNotes.h"

#include <nlohmann/json.hpp>

#include "core/JsonText.h"
#include "core/TaggedJson.h"

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
  return jsonText(j, 2) + "\n";
}

Result<UserNotes> UserNotes::fromJson(const std::string& text, const std::string& source) {
  auto parsed = parseTaggedJson(text, "notes file", source, "myoatlas-notes");
  if (!parsed) return Error{parsed.error()};
  nlohmann::json& j = parsed.value();
  if (!j.contains("notes") || !j["notes"].is_object()) return Error{"notes file '" + source + "': /notes must be an object"};
  UserNotes notes;
  for (const auto& [id, value] : j["notes"].items()) {
    if (!value.is_string()) return Error{"notes file '" + source + "': /notes/" + id + " must be a string"};
    notes.set(id, value.get<std::string>());
  }
  return notes;
}

}  // namespace myoatlas
