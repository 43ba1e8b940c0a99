#pragma once
// Which model the app shows: a file given with --model (or File > Open), or the built-in stand-in body.
#include <memory>
#include <string>

#include "core/Model.h"
#include "core/ModelFrame.h"
#include "core/Result.h"

namespace myoatlas {

// The generated default body, built with the project (src/tools/CMakeLists.txt); $MYOATLAS_BODY overrides it.
std::string defaultBodyPath();

struct ModelOptions {
  std::string path;     // empty: the default body
  FrameRequest frame;   // --units / --up overrides for imported files
};

Result<std::shared_ptr<const Model>> loadModel(const ModelOptions& options);

}  // namespace myoatlas
