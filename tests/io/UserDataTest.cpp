// The user's notes: back after a restart, never lost to a crash, never silently replaced when damaged.
#include "io/UserData.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <functional>

#include <gtest/gtest.h>

#include "support/TestPaths.h"

namespace myoatlas {
namespace {

TEST(UserNotes, SetGetAndRemove) {
  UserNotes n;
  EXPECT_EQ(n.get("piriformis"), "");
  n.set("piriformis", "Worse after long drives. Ball, 5/10, 60 s.");
  EXPECT_EQ(n.get("piriformis"), "Worse after long drives. Ball, 5/10, 60 s.");
  n.set("piriformis", "");
  EXPECT_TRUE(n.all().empty());
}

TEST(UserData, NotesComeBackAfterARestart) {
  const auto path = (test::scratchDir() / "data" / "notes.json").string();  // folder created on save
  UserNotes notes;
  notes.set("upper_trapezius.trp1", "Headache on the right after screen work — try the pincer grip.");
  notes.set("soleus", "Heel pain in the morning");
  ASSERT_TRUE(saveNotes(path, notes).ok());
  auto back = loadNotes(path);  // a new process would do exactly this
  ASSERT_TRUE(back.ok()) << back.error();
  EXPECT_EQ(back->all(), notes.all());
}

TEST(UserData, FirstRunHasNoNotes) {
  auto none = loadNotes((test::scratchDir() / "absent.json").string());
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->all().empty());
}

TEST(UserData, AnInterruptedSaveLeavesThePreviousFileIntact) {
  const auto dir = test::scratchDir();
  const auto path = (dir / "notes.json").string();
  UserNotes before;
  before.set("masseter", "Clenching at night");
  ASSERT_TRUE(saveNotes(path, before).ok());
  // A save killed half-way leaves only a partial temporary file beside the target; the target is untouched
  // because the atomic protocol renames only a complete, flushed file.
  std::ofstream(path + ".tmp-99999") << R"({"format": "myoatlas-notes", "version": 1, "notes": {"masseter": "Cl)";
  auto after = loadNotes(path);
  ASSERT_TRUE(after.ok()) << after.error();
  EXPECT_EQ(after->get("masseter"), "Clenching at night");
  // A save that fails outright (the target is now a folder) reports it and keeps nothing half-written.
  std::filesystem::remove(path);
  std::filesystem::create_directory(path);
  UserNotes changed;
  changed.set("masseter", "new");
  EXPECT_FALSE(saveNotes(path, changed).ok());
}

TEST(UserData, DamagedFileIsAnErrorThatNamesIt) {
  const auto path = (test::scratchDir() / "notes.json").string();
  std::ofstream(path) << "{ this is not json";
  auto r = loadNotes(path);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().find(path), std::string::npos);
  std::ofstream(path) << R"({"format": "myoatlas-notes", "notes": {"soleus": 3}})";
  auto wrongType = loadNotes(path);
  ASSERT_FALSE(wrongType.ok());
  EXPECT_NE(wrongType.error().find("/notes/soleus"), std::string::npos);
}

TEST(UserData, FollowsXdgDataHome) {
  const char* old = std::getenv("XDG_DATA_HOME");
  const std::string saved = old ? old : "";
  setenv("XDG_DATA_HOME", "/tmp/xdg-test", 1);
  EXPECT_EQ(userDataDir(), "/tmp/xdg-test/myoatlas");
  setenv("XDG_DATA_HOME", "relative/path", 1);  // the spec says relative values are ignored
  EXPECT_NE(userDataDir(), "relative/path/myoatlas");
  if (old) setenv("XDG_DATA_HOME", saved.c_str(), 1);
  else unsetenv("XDG_DATA_HOME");
}

}  // namespace
}  // namespace myoatlas

namespace myoatlas {
namespace {

TEST(ViewerSettingsFile, RoundTripsAndRejectsDamage) {
  const auto path = (test::scratchDir() / "cfg" / "settings.json").string();
  auto defaults = loadSettings(path);
  ASSERT_TRUE(defaults.ok());
  EXPECT_EQ(defaults->options.width, 1280);
  EXPECT_TRUE(defaults->present.empty()) << "a missing file: nothing remembered";
  EXPECT_FALSE(defaults->hasCamera);
  ViewerSettings s;
  s.options.width = 1600;
  s.options.height = 1000;
  s.options.uiScale = 2.0f;
  s.options.colorMap = "colour-blind";
  s.options.highContrast = true;
  s.options.skinOpacity = 0.3f;
  s.options.peel = 1;
  s.options.pose = "t-pose";
  s.hasCamera = true;
  s.camera = {{0.1f, 1.2f, 0.0f}, 0.5f, 0.1f, 2.5f};
  s.screenshotFolder = "/home/teacher/Slides";
  ASSERT_TRUE(saveSettings(path, s).ok());
  auto back = loadSettings(path);
  ASSERT_TRUE(back.ok()) << back.error();
  EXPECT_EQ(back->options.width, 1600);
  EXPECT_FLOAT_EQ(back->options.uiScale, 2.0f);
  EXPECT_EQ(back->options.colorMap, "colour-blind");
  EXPECT_TRUE(back->options.highContrast);
  EXPECT_FLOAT_EQ(back->options.skinOpacity, 0.3f);
  EXPECT_EQ(back->options.peel, 1);
  EXPECT_EQ(back->options.pose, "t-pose");
  EXPECT_TRUE(back->present.count("layers/peel"));
  ASSERT_TRUE(back->hasCamera);
  EXPECT_FLOAT_EQ(back->camera.distance, 2.5f);
  EXPECT_EQ(back->screenshotFolder, "/home/teacher/Slides") << "F12's dialog starts where the last screenshot went";
  std::ofstream(path) << R"({"format": "myoatlas-settings", "window": {"width": "wide"}})";
  auto damaged = loadSettings(path);
  ASSERT_FALSE(damaged.ok());
  EXPECT_NE(damaged.error().find(path), std::string::npos);
  std::ofstream(path) << R"({"format": "myoatlas-settings", "window": {"width": 900, "height": 700}, "ui_scale": 1,
    "colour_blind_safe": false, "pose": "anatomical", "layers": {"peel": 7}})";
  auto badPeel = loadSettings(path);
  ASSERT_FALSE(badPeel.ok());
  EXPECT_NE(badPeel.error().find("/layers/peel 7 is out of range"), std::string::npos) << badPeel.error();
  // A file from before the option table said colour_blind_safe.
  std::ofstream(path) << R"({"format": "myoatlas-settings", "version": 1, "colour_blind_safe": true})";
  auto legacy = loadSettings(path);
  ASSERT_TRUE(legacy.ok()) << legacy.error();
  EXPECT_EQ(legacy->options.colorMap, "colour-blind");
}

// Lesson > Shipped lessons: the lessons that come with Myoatlas, listed by title; other files and a damaged
// lesson are left out of the menu.
TEST(UserData, ShippedLessonsAreListedByTitle) {
  const auto shipped = listLessons(std::string(MYOATLAS_SOURCE_DIR) + "/data/lessons");
  ASSERT_EQ(shipped.size(), 4u);
  for (const auto& lesson : shipped) {
    EXPECT_FALSE(lesson.title.empty());
    EXPECT_EQ(lesson.title.find(".json"), std::string::npos) << "a title, not a file name: " << lesson.title;
    EXPECT_TRUE(std::filesystem::exists(lesson.path));
  }
  EXPECT_EQ(shipped.front().title, "Headache and neck pain");
  const auto dir = test::scratchDir();
  std::filesystem::copy_file(shipped.front().path, dir / "a.myolesson.json", std::filesystem::copy_options::overwrite_existing);
  std::ofstream(dir / "b.myolesson.json") << "{ not json";
  std::ofstream(dir / "notes.json") << "{}";
  const auto listed = listLessons(dir.string());
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(std::filesystem::path(listed.front().path).filename(), "a.myolesson.json");
  EXPECT_TRUE(listLessons((dir / "missing").string()).empty());
}

// Links and special files in the user's data (issue 18): a linked notes.json is written through and stays a link;
// a dangling or looping link, or a pipe, is an error naming the file, never "no notes"; the temporary file of a
// save that was killed is cleaned up on the next start.
TEST(UserData, LinksAreFollowedAndBrokenOnesReported) {
  namespace fs = std::filesystem;
  const auto dir = test::scratchDir();
  UserNotes notes;
  notes.set("infraspinatus", "worse at night");
  ASSERT_TRUE(saveNotes((dir / "synced.json").string(), notes).ok());
  fs::create_symlink(dir / "synced.json", dir / "notes.json");
  notes.set("infraspinatus", "better after stretching");
  ASSERT_TRUE(saveNotes((dir / "notes.json").string(), notes).ok());
  EXPECT_TRUE(fs::is_symlink(dir / "notes.json")) << "the link is still a link";
  auto back = loadNotes((dir / "synced.json").string());
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->get("infraspinatus"), "better after stretching") << "written through the link";

  fs::create_symlink(dir / "nowhere.json", dir / "dangling.json");
  auto dangling = loadNotes((dir / "dangling.json").string());
  ASSERT_FALSE(dangling.ok());
  EXPECT_NE(dangling.error().find("leads nowhere"), std::string::npos) << dangling.error();
  fs::create_symlink(dir / "loop-b.json", dir / "loop-a.json");
  fs::create_symlink(dir / "loop-a.json", dir / "loop-b.json");
  EXPECT_FALSE(loadNotes((dir / "loop-a.json").string()).ok());
  EXPECT_FALSE(saveNotes((dir / "loop-a.json").string(), notes).ok()) << "a loop is not replaced by a file";
  ASSERT_EQ(mkfifo((dir / "pipe.json").c_str(), 0600), 0);
  auto piped = loadSettings((dir / "pipe.json").string());
  ASSERT_FALSE(piped.ok()) << "read, it would block forever";
  EXPECT_NE(piped.error().find("not a regular file"), std::string::npos) << piped.error();
}

TEST(UserData, LeftoversOfAKilledSaveAreRemovedOnTheNextStart) {
  namespace fs = std::filesystem;
  const auto dir = test::scratchDir();
  const auto path = (dir / "notes.json").string();
  std::ofstream(path + ".tmp-4194305") << "{half a file";  // above Linux's largest process id: nobody's
  std::ofstream(path + ".tmp-" + std::to_string(::getppid())) << "{";  // a live process may still be saving
  std::ofstream(dir / "notes.json.tmp-notapid") << "{";
  ASSERT_TRUE(loadNotes(path).ok());
  EXPECT_FALSE(fs::exists(path + ".tmp-4194305"));
  EXPECT_TRUE(fs::exists(path + ".tmp-" + std::to_string(::getppid())));
  EXPECT_TRUE(fs::exists(dir / "notes.json.tmp-notapid")) << "only our own pattern is touched";
}

// kill -9 in the middle of saving a scene, a lesson or the settings (issue 18, as the notes' test does for notes):
// a child saves two versions in turn as fast as it can and is killed at random moments; every time, the file
// reads back as one whole version or the other, never torn.
TEST(UserData, KillNineDuringSavesNeverLeavesATornFile) {
  const auto dir = test::scratchDir();
  struct Kind {
    std::string file;
    std::function<bool(const std::string&, int)> save;         // version 0 or 1
    std::function<int(const std::string&)> load;              // which version it reads, -1 if damaged
  };
  const std::string longText(20000, 'x');  // version 1 is much longer: a torn write would show
  Lesson small, large;
  small.title = "v0";
  large.title = "v1";
  large.description = longText;
  const std::vector<Kind> kinds = {
      {"view.myoscene.json",
       [](const std::string& p, int v) {
         SceneFile f;
         f.modelPath.assign(v ? 4000 : 1, v ? 'm' : 'a');
         f.modelPath.append(".glb");
         return saveScene(p, f).ok();
       },
       [](const std::string& p) {
         auto f = loadScene(p);
         return !f ? -1 : f->modelPath == "a.glb" ? 0 : f->modelPath.size() == 4004 ? 1 : -1;
       }},
      {"lesson.myolesson.json", [&](const std::string& p, int v) { return saveLesson(p, v ? large : small).ok(); },
       [&](const std::string& p) {
         auto l = loadLesson(p);
         return !l ? -1 : l->lesson.title == "v0" ? 0 : l->lesson.description == longText ? 1 : -1;
       }},
      {"settings.json",
       [](const std::string& p, int v) {
         ViewerSettings s;
         s.screenshotFolder = v ? std::string(5000, 's') : "pictures";
         return saveSettings(p, s).ok();
       },
       [](const std::string& p) {
         auto s = loadSettings(p);
         return !s ? -1 : s->screenshotFolder == "pictures" ? 0 : s->screenshotFolder.size() == 5000 ? 1 : -1;
       }},
  };
  std::srand(12345);
  for (const Kind& kind : kinds) {
    const std::string path = (dir / kind.file).string();
    ASSERT_TRUE(kind.save(path, 0));
    int seen[2] = {0, 0};
    for (int round = 0; round < 15; ++round) {
      const pid_t child = ::fork();
      ASSERT_GE(child, 0);
      if (child == 0) {
        for (int v = 0;; v ^= 1) kind.save(path, v);
      }
      ::usleep(useconds_t(2000 + std::rand() % 8000));
      ::kill(child, SIGKILL);
      ::waitpid(child, nullptr, 0);
      const int version = kind.load(path);
      ASSERT_NE(version, -1) << kind.file << " torn after kill -9 in round " << round;
      ++seen[version];
    }
    EXPECT_GT(seen[0] + seen[1], 0);
  }
}

}  // namespace
}  // namespace myoatlas
