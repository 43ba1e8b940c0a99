#pragma once
// Which model the app shows: a file given with --model (or File > Open), or the built-in stand-in body.
#include <memory>
#include <optional>
#include <string>

#include "core/Model.h"
#include "core/ModelFrame.h"
#include "core/atlas/AtlasLoader.h"
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
  // False on a thread beside others: only a file Myoatlas wrote is read, anything else fails with kNotAnOwnFile
  // (io/ModelImporter.h) to be read once the other threads are done, since Assimp's child process must not be
  // forked beside them.
  bool mayStartChildProcess = true;
  // The atlas an imported model is fitted to, when the caller has loaded it already; null: loaded for the fit.
  const AtlasLoad* atlas = nullptr;
};

// A scene's model where the command line named none: its file, or its generated body.
void adoptSceneModel(ModelOptions& options, const SceneFile& scene);

// An imported file is then made ready for the atlas (core/scene/BodyFit.h: adaptToAtlas): its names file's roles
// checked, an envelope skin built when it has none, the landmarks it lacks fitted from the generated body.
Result<std::shared_ptr<const Model>> loadModel(const ModelOptions& options);
// That step alone (the model's `source` names its file). An error only for a names file that names no anatomy.
Result<bool> adaptImport(Model& model, const AtlasLoad* atlas = nullptr);

}  // namespace myoatlas
