#include "app/ModelLoading.h"

#include <cstdlib>
#include <filesystem>

#include "io/ModelImporter.h"

namespace myoatlas {

std::string defaultBodyPath() {
  if (const char* env = std::getenv("MYOATLAS_BODY"); env && *env) return env;
  return MYOATLAS_DEFAULT_BODY;
}

Result<std::shared_ptr<const Model>> loadModel(const ModelOptions& options) {
  std::string path = options.path;
  if (path.empty()) {
    path = defaultBodyPath();
    if (!std::filesystem::exists(path))
      return Error{"the default body was not found at '" + path +
                   "': build it with 'cmake --build build --target default_body' (or open a model with --model)"};
  }
  auto imported = importModel(path, options.frame);
  if (!imported) return Error{imported.error()};
  return std::shared_ptr<const Model>(std::make_shared<Model>(std::move(imported->model)));
}

}  // namespace myoatlas
