#pragma once
// Where the user's own data lives and how it is read and written: $XDG_DATA_HOME/myoatlas (default
// ~/.local/share/myoatlas), every file written atomically (temporary file, fsync, rename) so a crash or a kill
// never loses or corrupts it.
#include <string>
#include <vector>

#include "core/Result.h"
#include "core/lesson/Lesson.h"
#include "core/notes/UserNotes.h"
#include "core/session/ViewState.h"
#include "core/settings/ViewerSettings.h"

namespace myoatlas {

std::string userDataDir();
std::string defaultNotesPath();  // userDataDir() + "/notes.json"

// A missing file is an empty set of notes (first run); a damaged one is an error naming the file, and it is
// never overwritten silently.
Result<UserNotes> loadNotes(const std::string& path);
Result<Ok> saveNotes(const std::string& path, const UserNotes& notes);  // creates the folder if needed

// Viewer settings live in $XDG_CONFIG_HOME/myoatlas/settings.json (default ~/.config/myoatlas); a missing file
// gives the defaults, a damaged one an error naming it.
std::string defaultSettingsPath();
Result<ViewerSettings> loadSettings(const std::string& path);
Result<Ok> saveSettings(const std::string& path, const ViewerSettings& settings);

// Scene files (*.myoscene.json, core/session/ViewState.h), wherever the user keeps them: a missing one is an error
// here, unlike notes and settings.
Result<SceneFile> loadScene(const std::string& path);
Result<Ok> saveScene(const std::string& path, const SceneFile& scene);

// Lessons (*.myolesson.json, core/lesson/Lesson.h): damaged steps are left out and listed in the load's problems.
Result<LessonLoad> loadLesson(const std::string& path);
Result<Ok> saveLesson(const std::string& path, const Lesson& lesson);

// The lessons in a folder (the shipped ones: <atlas>/lessons), by file name, each with its title; a file that does
// not load is left out here (opening it names the problem).
std::vector<LessonListing> listLessons(const std::string& folder);

}  // namespace myoatlas
