#include "app/ModelLoading.h"

#include "core/StandInBody.h"
#include "io/ModelImporter.h"

namespace myoatlas {

Result<std::shared_ptr<const Model>> loadModel(const ModelOptions& options) {
  if (options.path.empty()) return std::shared_ptr<const Model>(std::make_shared<Model>(makeStandInBody()));
  auto imported = importModel(options.path, options.frame);
  if (!imported) return Error{imported.error()};
  return std::shared_ptr<const Model>(std::make_shared<Model>(std::move(imported->model)));
}

}  // namespace myoatlas
