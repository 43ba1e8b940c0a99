#include "app/InfoCommand.h"

#include <iostream>

#include <nlohmann/json.hpp>

#include "core/JsonText.h"
#include "io/ModelImporter.h"

namespace myoatlas {

int runInfo(const InfoOptions& options) {
  const std::string path = options.model.path.empty() ? defaultBodyPath(options.model.body.value_or(Sex::Male)) : options.model.path;
  auto result = importModel(path, options.model.frame);
  if (!result) {
    std::cerr << "myoatlas info: " << result.error() << "\n";
    return 2;
  }
  const ImportedModel& imported = result.value();
  const Model& m = imported.model;
  const Bounds b = m.bounds();
  std::size_t skinned = 0;
  for (const auto& mesh : m.meshes) skinned += mesh.skinned() ? 1 : 0;

  nlohmann::json j;
  j["source"] = m.source;
  j["meshes"] = m.meshes.size();
  j["skinned_meshes"] = skinned;
  j["vertices"] = m.vertexCount();
  j["triangles"] = m.triangleCount();
  j["joints"] = m.joints.size();
  j["bounds_min_m"] = {b.min.x, b.min.y, b.min.z};
  j["bounds_max_m"] = {b.max.x, b.max.y, b.max.z};
  j["frame"] = imported.frame.reason;
  j["dropped_non_triangle_meshes"] = imported.droppedNonTriangleMeshes;
  j["landmarks"] = nlohmann::json::array();
  for (const auto& l : m.landmarks) j["landmarks"].push_back({{"id", l.id}, {"position_m", {l.position.x, l.position.y, l.position.z}}});
  for (const auto& mesh : m.meshes) j["mesh_names"].push_back(mesh.name);

  if (options.json) {
    std::cout << jsonText(j, 2) << "\n";
    return 0;
  }
  const glm::vec3 size = b.size();
  std::cout << "Model:     " << m.source << "\n"
            << "Meshes:    " << m.meshes.size() << " (" << skinned << " skinned), " << m.vertexCount()
            << " vertices, " << m.triangleCount() << " triangles\n"
            << "Skeleton:  " << m.joints.size() << " joints\n"
            << "Landmarks: " << m.landmarks.size() << "\n"
            << "Size:      " << size.x << " x " << size.y << " x " << size.z << " m (width x height x depth)\n"
            << "Frame:     " << imported.frame.reason << "\n";
  if (imported.droppedNonTriangleMeshes > 0)
    std::cout << "Ignored:   " << imported.droppedNonTriangleMeshes << " point or line meshes\n";
  return 0;
}

}  // namespace myoatlas
