#pragma once
// `myoatlas validate` and `myoatlas search`: the atlas from the command line.
#include <string>

#include "core/atlas/AtlasLoader.h"

namespace myoatlas {

// The atlas folder used when none is given (io/DataPaths.h: $MYOATLAS_DATA_DIR, beside the executable, the
// build tree), and the atlas loaded from it: when no place has it, one problem that names every place looked.
std::string defaultAtlasDir();
AtlasLoad loadDefaultAtlas();

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
