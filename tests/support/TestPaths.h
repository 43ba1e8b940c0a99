#pragma once
// Where tests find the project's files, the real third-party data (optional) and a scratch folder.
#include <filesystem>
#include <string>

namespace myoatlas::test {

inline std::filesystem::path sourceDir() { return MYOATLAS_SOURCE_DIR; }
inline std::filesystem::path realDataDir() { return MYOATLAS_REALDATA_DIR; }

// A fresh folder under the system temp dir, unique to the running test.
std::filesystem::path scratchDir();

}  // namespace myoatlas::test
