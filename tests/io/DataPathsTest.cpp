// Where the shipped data is found (io/DataPaths.h): the environment first and only, then beside the executable,
// then the build tree; a place that has nothing is reported with every place looked.
#include <cstdlib>
#include <filesystem>

#include <gtest/gtest.h>

#include "io/DataPaths.h"

namespace myoatlas {
namespace {

// Sets an environment variable for one test and restores it afterwards.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old, had_ = true;
    if (value) setenv(name, value, 1);
    else unsetenv(name);
  }
  ~ScopedEnv() {
    if (had_) setenv(name_, old_.c_str(), 1);
    else unsetenv(name_);
  }

 private:
  const char* name_;
  std::string old_;
  bool had_ = false;
};

TEST(DataPaths, TheBuildTreeIsTheLastResortAndHasEverything) {
  ScopedEnv data("MYOATLAS_DATA_DIR", nullptr), male("MYOATLAS_BODY", nullptr), female("MYOATLAS_FEMALE_BODY", nullptr);
  const DataLocation atlas = locateAtlasDir();
  ASSERT_TRUE(atlas.found) << atlas.lookedIn();
  EXPECT_TRUE(std::filesystem::exists(std::filesystem::path(atlas.path) / "general.json"));
  ASSERT_EQ(atlas.tried.size(), 2u) << "beside the executable, then the build tree";
  EXPECT_EQ(atlas.tried.front(), (executableDir() / kInstalledDataDir).lexically_normal().string());
  const DataLocation body = locateBody(true);
  ASSERT_TRUE(body.found) << body.lookedIn();
  EXPECT_EQ(std::filesystem::path(body.path).filename(), "body-female.glb");
}

TEST(DataPaths, AnExplicitPlaceIsTheOnlyOneLookedAndIsNamedWhenMissing) {
  ScopedEnv data("MYOATLAS_DATA_DIR", "/no/such/atlas");
  const DataLocation atlas = locateAtlasDir();
  EXPECT_FALSE(atlas.found);
  EXPECT_EQ(atlas.path, "/no/such/atlas");
  EXPECT_EQ(atlas.lookedIn(), "looked in: /no/such/atlas ($MYOATLAS_DATA_DIR)");
  ScopedEnv body("MYOATLAS_BODY", nullptr);
  const DataLocation male = locateBody(false);
  EXPECT_TRUE(male.found);
  EXPECT_EQ(std::filesystem::path(male.path).filename(), "body.glb");
}

TEST(DataPaths, AFolderIsNotABodyFile) {
  ScopedEnv body("MYOATLAS_BODY", MYOATLAS_SOURCE_DIR);
  EXPECT_FALSE(locateBody(false).found) << "a folder given as the body file is not found";
}

}  // namespace
}  // namespace myoatlas
