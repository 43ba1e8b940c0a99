#include "app/ModelLoading.h"

#include <filesystem>

#include "app/AtlasCommands.h"
#include "app/StartupClock.h"
#include "core/scene/BodyFit.h"
#include "io/DataPaths.h"
#include "io/ModelImporter.h"
#include "io/Progress.h"

namespace myoatlas {

std::string defaultBodyPath(Sex body) { return locateBody(body == Sex::Female).path; }

void adoptSceneModel(ModelOptions& options, const SceneFile& scene) {
  if (!options.path.empty() || options.body) return;  // --model or --body overrides the scene's
  options.path = scene.modelPath;
  options.body = scene.body;
}

Result<bool> adaptImport(Model& model, const AtlasLoad* given) {
  std::optional<AtlasLoad> loaded;
  if (!given) loaded = loadDefaultAtlas();
  const AtlasLoad& atlas = given ? *given : *loaded;
  if (!atlas.ok()) return true;  // the session says the atlas did not load; the model is shown as it is
  for (const auto& [mesh, role] : model.nameRoles)
    if (auto why = checkNameRole(atlas.atlas, role))
      return Error{"names file '" + nameSidecarPath(model.source) + "': /names/" + mesh + ": " + *why};
  // Our male body is the template the fit carries landmarks from.
  std::optional<FitTemplate> ours;
  adaptToAtlas(model, atlas.atlas, [&]() -> const FitTemplate* {
    const DataLocation where = locateBody(false);
    if (!where.found) return nullptr;
    // The template the generator wrote beside the body; without it (an older install), measured from the body.
    if (auto t = readFitTemplate(where.path)) ours = std::move(t.value());
    else if (auto body = importModel(where.path, {}, ImportIsolation::InProcess)) ours = fitTemplateOf(atlas.atlas, body->model);
    return ours ? &*ours : nullptr;
  });
  return true;
}

Result<std::shared_ptr<const Model>> loadModel(const ModelOptions& options) {
  std::string path = options.path;
  if (path.empty()) {
    const Sex body = options.body.value_or(Sex::Male);
    const DataLocation where = locateBody(body == Sex::Female);
    if (!where.found)
      return Error{std::string("the generated ") + sexName(body) + " body was not found (" + where.lookedIn() +
                   "): build it with 'cmake --build build --target default_body', or open a model with --model"};
    path = where.path;
  }
  // Our own generated bodies are read in this process: the project's code wrote them, and the child process
  // that contains Assimp's crashes on other files costs the start-up about a tenth of the import
  // (bench BM_ImportDefaultBody).
  const bool ours = options.path.empty();
  const ProgressScope progress("opening " + std::filesystem::path(path).filename().string());
  progressStep("reading the file");
  const ImportIsolation isolation = ours ? ImportIsolation::InProcess
                                    : options.mayStartChildProcess ? ImportIsolation::ChildProcess
                                                                   : ImportIsolation::OwnFileOnly;
  auto imported = importModel(path, options.frame, isolation);
  if (!imported) return Error{imported.error()};
  startupMark("model import");
  auto model = std::make_shared<Model>(std::move(imported->model));
  if (!ours) {
    progressStep("fitting the atlas to the model");
    if (auto adapted = adaptImport(*model, options.atlas); !adapted) return Error{adapted.error()};
    startupMark("model fitted to the atlas");
  }
  return std::shared_ptr<const Model>(std::move(model));
}

}  // namespace myoatlas
