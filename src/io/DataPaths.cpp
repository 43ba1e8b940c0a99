#include "io/DataPaths.h"

#include <cstdlib>
#include <system_error>

namespace myoatlas {
namespace fs = std::filesystem;

namespace {

// Build-tree places, compiled in by src/io/CMakeLists.txt: the last resort, for developers.
constexpr const char* kSourceDataDir = MYOATLAS_SOURCE_DATA_DIR;
constexpr const char* kBuildAssetsDir = MYOATLAS_BUILD_ASSETS_DIR;

DataLocation locate(const char* variable, const std::vector<fs::path>& candidates, bool wantDirectory) {
  DataLocation location;
  const auto present = [wantDirectory](const fs::path& p) {
    std::error_code ec;
    return wantDirectory ? fs::is_directory(p, ec) : fs::is_regular_file(p, ec);
  };
  if (const char* env = std::getenv(variable); env && *env) {  // an explicit choice is the only place looked
    location.path = env;
    location.tried.push_back(std::string(env) + " ($" + variable + ")");
    location.found = present(env);
    return location;
  }
  for (const fs::path& candidate : candidates) {
    if (candidate.empty()) continue;
    const fs::path clean = candidate.lexically_normal();
    location.tried.push_back(clean.string());
    if (!location.found && present(clean)) {
      location.path = clean.string();
      location.found = true;
    }
  }
  if (!location.found && !location.tried.empty()) location.path = location.tried.front();
  return location;
}

}  // namespace

std::string DataLocation::lookedIn() const {
  std::string text = "looked in: ";
  for (std::size_t i = 0; i < tried.size(); ++i) {
    if (i > 0) text += i + 1 == tried.size() ? " and " : ", ";
    text += tried[i];
  }
  return text;
}

fs::path executableDir() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : exe.parent_path();
}

DataLocation locateAtlasDir() {
  const fs::path bin = executableDir();
  return locate("MYOATLAS_DATA_DIR", {bin.empty() ? fs::path() : bin / kInstalledDataDir, kSourceDataDir}, true);
}

DataLocation locateBody(bool female) {
  const fs::path bin = executableDir();
  const char* file = female ? "body-female.glb" : "body.glb";
  return locate(female ? "MYOATLAS_FEMALE_BODY" : "MYOATLAS_BODY",
                {bin.empty() ? fs::path() : bin / kInstalledBodyDir / file, fs::path(kBuildAssetsDir) / file}, false);
}

}  // namespace myoatlas
