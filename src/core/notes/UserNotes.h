#pragma once
// The user's own notes per muscle or trigger point (keyed by atlas id). Plain data and its JSON form; reading
// and writing the file (atomically, under the XDG data folder) is io/UserData.h's job.
#include <map>
#include <string>

#include "core/Result.h"

namespace myoatlas {

class UserNotes {
 public:
  const std::string& get(const std::string& id) const;  // empty when there is no note
  void set(const std::string& id, std::string text);    // empty text removes the note
  const std::map<std::string, std::string>& all() const { return notes_; }

  std::string toJson() const;
  // `source` names the file in error messages.
  static Result<UserNotes> fromJson(const std::string& text, const std::string& source);

 private:
  std::map<std::string, std::string> notes_;
};

}  // namespace myoatlas
