#pragma once
// `myoatlas validate` and `myoatlas search`: the atlas from the command line.
#include <string>

namespace myoatlas {

// The atlas folder used when none is given: $MYOATLAS_DATA_DIR, else the data/ folder of this source tree.
std::string defaultAtlasDir();

struct ValidateOptions {
  std::string dir;  // empty: defaultAtlasDir()
  bool json = false;
};
int runValidate(const ValidateOptions& options);

struct SearchOptions {
  std::string query;
  std::string dir;
  int top = 10;
  bool json = false;
};
int runSearch(const SearchOptions& options);

}  // namespace myoatlas
