#pragma once
// Where Myoatlas' shipped data is: the atlas folder (data/) and the two generated bodies. Each is looked for in
// order, and the first place that has it wins:
//   1. the environment: $MYOATLAS_DATA_DIR, $MYOATLAS_BODY, $MYOATLAS_FEMALE_BODY (when set, only there);
//   2. beside the executable: <bin>/../share/myoatlas/{data,bodies} (an installed, unpacked or moved copy);
//   3. the build tree this binary was built in (developers: the source tree's data/, build/assets/).
// Nothing is compiled in as the only answer, so a copied or installed binary keeps its data.
#include <filesystem>
#include <string>
#include <vector>

namespace myoatlas {

struct DataLocation {
  std::string path;                // the place found, or the first place looked when none has it
  std::vector<std::string> tried;  // every place looked, in order
  bool found = false;
  std::string lookedIn() const;    // "looked in: A, B and C"
};

DataLocation locateAtlasDir();
DataLocation locateBody(bool female);

// The folder holding the running executable (/proc/self/exe); empty if it cannot be read.
std::filesystem::path executableDir();

// Where an installed copy keeps its data, relative to the executable's folder (for install rules and tests).
inline constexpr const char* kInstalledDataDir = "../share/myoatlas/data";
inline constexpr const char* kInstalledBodyDir = "../share/myoatlas/bodies";

}  // namespace myoatlas
