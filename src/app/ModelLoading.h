#pragma once
// Which model the app shows: a file given with --model (or File > Open), or the built-in stand-in body.
#include <memory>
#include <optional>
#include <string>

#include "core/Model.h"
#include "core/ModelFrame.h"
#include "core/Result.h"
#include "core/body/BodyParameters.h"
#include "core/session/ViewState.h"

namespace myoatlas {

// The generated bodies, built with the project (src/tools/CMakeLists.txt) and installed beside the atlas; found
// by io/DataPaths.h ($MYOATLAS_BODY and $MYOATLAS_FEMALE_BODY first).
std::string defaultBodyPath(Sex body = Sex::Male);

struct ModelOptions {
  std::string path;         // empty: a generated body
  std::optional<Sex> body;  // which generated body (--body); unset: the male, or the scene's
  FrameRequest frame;       // --units / --up overrides for imported files
};

// A scene's model where the command line named none: its file, or its generated body.
void adoptSceneModel(ModelOptions& options, const SceneFile& scene);

Result<std::shared_ptr<const Model>> loadModel(const ModelOptions& options);

}  // namespace myoatlas
