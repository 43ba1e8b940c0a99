#include "io/UserData.h"

#include <algorithm>
#include <cerrno>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <signal.h>
#include <unistd.h>

#include "core/Text.h"
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

namespace {

// Temporary files an interrupted save left beside `path` (path.tmp-PID, io/AtomicFile.h) whose process is gone.
void removeLeftoverTemporaries(const std::string& path) {
  std::error_code ec;
  const fs::path file(path);
  const std::string prefix = file.filename().string() + ".tmp-";
  const fs::path folder = file.has_parent_path() ? file.parent_path() : fs::path(".");
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    const std::string digits = name.substr(prefix.size());
    if (digits.empty() || digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string::npos) continue;
    const pid_t pid = pid_t(std::stol(digits));
    if (pid == ::getpid() || (::kill(pid, 0) != 0 && errno == ESRCH)) {
      std::error_code ignored;
      fs::remove(it->path(), ignored);
    }
  }
}

// Reads a user file with `parse`; a missing file gives the type's defaults (first run).
template <class T, class Parse>
Result<T> readUserFile(const std::string& path, const char* what, Parse parse) {
  std::error_code ec;
  removeLeftoverTemporaries(path);
  const fs::file_status link = fs::symlink_status(path, ec);
  if (ec || !fs::exists(link)) return T{};  // first run
  const fs::file_status target = fs::status(path, ec);
  if (fs::is_symlink(link) && (ec || !fs::exists(target)))  // dangling, or a loop: never read as "no notes"
    return Error{std::string(what) + " file '" + path + "' is a link that leads nowhere (" +
                 (ec ? ec.message() : std::string("its target does not exist")) + "); fix or remove the link"};
  if (!fs::is_regular_file(target))
    return Error{std::string(what) + " file '" + path + "' is not a regular file (a folder, pipe or device)"};
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{std::string(what) + " file '" + path + "' cannot be read"};
  std::stringstream ss;
  ss << in.rdbuf();
  return parse(ss.str(), path);
}

Result<Ok> writeUserFile(const std::string& path, const std::string& text) {
  std::error_code ec;
  if (fs::path(path).has_parent_path()) fs::create_directories(fs::path(path).parent_path(), ec);
  if (ec) return Error{"cannot create the folder for '" + path + "': " + ec.message()};
  return writeFileAtomically(path, text);
}

}  // namespace

Result<UserNotes> loadNotes(const std::string& path) { return readUserFile<UserNotes>(path, "notes", UserNotes::fromJson); }

Result<Ok> saveNotes(const std::string& path, const UserNotes& notes) { return writeUserFile(path, notes.toJson()); }

std::string defaultSettingsPath() {
  fs::path base;
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg && fs::path(xdg).is_absolute()) {
    base = xdg;
  } else {
    const char* home = std::getenv("HOME");
    base = fs::path(home && *home ? home : ".") / ".config";
  }
  return (base / "myoatlas" / "settings.json").string();
}

Result<ViewerSettings> loadSettings(const std::string& path) {
  return readUserFile<ViewerSettings>(path, "settings", ViewerSettings::fromJson);
}

Result<Ok> saveSettings(const std::string& path, const ViewerSettings& settings) { return writeUserFile(path, settings.toJson()); }

namespace {

// A file the user names (a scene, a lesson): missing or oversized is an error, not the defaults.
template <class T, class Parse>
Result<T> readNamedFile(const std::string& path, const char* what, Parse parse) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return Error{std::string(what) + " file '" + path + "' does not exist"};
  if (fs::file_size(path, ec) > (64u << 20))
    return Error{std::string(what) + " file '" + path + "' is larger than 64 MB; it is not a " + what};
  return readUserFile<T>(path, what, parse);
}

}  // namespace

Result<SceneFile> loadScene(const std::string& path) { return readNamedFile<SceneFile>(path, "scene", SceneFile::fromJson); }

Result<Ok> saveScene(const std::string& path, const SceneFile& scene) { return writeUserFile(path, scene.toJson()); }

Result<LessonLoad> loadLesson(const std::string& path) { return readNamedFile<LessonLoad>(path, "lesson", parseLesson); }

Result<Ok> saveLesson(const std::string& path, const Lesson& lesson) { return writeUserFile(path, lesson.toJson()); }

std::vector<LessonListing> listLessons(const std::string& folder) {
  std::vector<LessonListing> lessons;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    if (!hasDoubleExtension(it->path(), kLessonExtension)) continue;
    auto loaded = loadLesson(it->path().string());
    if (!loaded) continue;
    lessons.push_back({loaded->lesson.title.empty() ? it->path().filename().string() : loaded->lesson.title, it->path().string()});
  }
  std::sort(lessons.begin(), lessons.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
  return lessons;
}

}  // namespace myoatlas
