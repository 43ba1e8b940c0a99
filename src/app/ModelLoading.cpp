#include "app/ModelLoading.h"

#include <cstdlib>
#include <filesystem>

#include "io/ModelImporter.h"

namespace myoatlas {

std::string defaultBodyPath(Sex body) {
  const char* env = std::getenv(body == Sex::Female ? "MYOATLAS_FEMALE_BODY" : "MYOATLAS_BODY");
  if (env && *env) return env;
  return body == Sex::Female ? MYOATLAS_FEMALE_BODY : MYOATLAS_DEFAULT_BODY;
}

void adoptSceneModel(ModelOptions& options, const SceneFile& scene) {
  if (!options.path.empty() || options.body) return;  // --model or --body overrides the scene's
  options.path = scene.modelPath;
  options.body = scene.body;
}

Result<std::shared_ptr<const Model>> loadModel(const ModelOptions& options) {
  std::string path = options.path;
  if (path.empty()) {
    const Sex body = options.body.value_or(Sex::Male);
    path = defaultBodyPath(body);
    if (!std::filesystem::exists(path))
      return Error{std::string("the generated ") + sexName(body) + " body was not found at '" + path +
                   "': build it with 'cmake --build build --target default_body' (or open a model with --model)"};
  }
  auto imported = importModel(path, options.frame);
  if (!imported) return Error{imported.error()};
  return std::shared_ptr<const Model>(std::make_shared<Model>(std::move(imported->model)));
}

}  // namespace myoatlas
