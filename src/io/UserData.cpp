#include "io/UserData.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/AtomicFile.h"

namespace myoatlas {

namespace fs = std::filesystem;

std::string userDataDir() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg && fs::path(xdg).is_absolute())
    return (fs::path(xdg) / "myoatlas").string();
  const char* home = std::getenv("HOME");
  return (fs::path(home && *home ? home : ".") / ".local" / "share" / "myoatlas").string();
}

std::string defaultNotesPath() { return (fs::path(userDataDir()) / "notes.json").string(); }

Result<UserNotes> loadNotes(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return UserNotes{};
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"notes file '" + path + "' cannot be read"};
  std::stringstream ss;
  ss << in.rdbuf();
  return UserNotes::fromJson(ss.str(), path);
}

Result<Ok> saveNotes(const std::string& path, const UserNotes& notes) {
  std::error_code ec;
  fs::create_directories(fs::path(path).parent_path(), ec);
  if (ec) return Error{"cannot create the folder for '" + path + "': " + ec.message()};
  return writeFileAtomically(path, notes.toJson());
}

}  // namespace myoatlas
