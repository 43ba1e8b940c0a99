#include "app/InfoCommand.h"

#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "app/AtlasCommands.h"
#include "core/JsonText.h"
#include "core/Text.h"
#include "core/scene/MeshAnatomy.h"
#include "io/ModelImporter.h"

namespace myoatlas {
namespace {

std::string cm(float metres) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f cm", double(metres) * 100.0);
  return buf;
}

// One line of the fit's table: the region left-aligned, the numbers right-aligned.
std::string row(const std::string& region, const std::string& parts, const std::string& before, const std::string& after) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "  %-22s %10s %14s %13s", region.c_str(), parts.c_str(), before.c_str(), after.c_str());
  return buf;
}

// What each mesh was recognised as: "muscle infraspinatus (right)", "bone femur (left)", "skin", or "".
std::string recognisedAs(const MeshAnatomy& a) {
  std::string what = a.muscle ? "muscle " + a.muscle->id : !a.bone.empty() ? "bone " + a.bone : std::string(tissueName(a.tissue));
  if (!what.empty() && a.side) what += std::string(" (") + sideName(*a.side) + ")";
  return what;
}

}  // namespace

int runInfo(const InfoOptions& options) {
  const bool ours = options.model.path.empty();
  const std::string path = ours ? defaultBodyPath(options.model.body.value_or(Sex::Male)) : options.model.path;
  auto result = importModel(path, options.model.frame);
  if (!result) {
    std::cerr << "myoatlas info: " << result.error() << "\n";
    return 2;
  }
  ImportedModel& imported = result.value();
  Model& m = imported.model;
  if (!ours) {
    if (auto adapted = adaptImport(m); !adapted) {
      std::cerr << "myoatlas info: " << adapted.error() << "\n";
      return 2;
    }
  }
  const AtlasLoad atlas = loadDefaultAtlas();
  std::vector<MeshAnatomy> anatomy;
  if (atlas.ok()) anatomy = identifyMeshes(atlas.atlas, m);
  const Bounds b = m.bounds();
  std::size_t skinned = 0;
  for (const auto& mesh : m.meshes) skinned += mesh.skinned() ? 1 : 0;
  int muscles = 0, bones = 0;
  std::vector<std::string> unrecognised;
  for (std::size_t i = 0; i < anatomy.size(); ++i) {
    muscles += anatomy[i].muscle ? 1 : 0;
    bones += anatomy[i].tissue == TissueKind::Bone ? 1 : 0;
    if (anatomy[i].tissue == TissueKind::Unknown) unrecognised.push_back(m.meshes[i].name);
  }
  const auto skin = skinMeshIndex(m);

  nlohmann::ordered_json j;
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
  j["skin_mesh"] = skin ? nlohmann::json(m.meshes[*skin].name) : nlohmann::json(nullptr);
  j["recognition"] = nlohmann::json::array();
  for (std::size_t i = 0; i < anatomy.size(); ++i) {
    const MeshAnatomy& a = anatomy[i];
    nlohmann::ordered_json e;
    e["mesh"] = m.meshes[i].name;
    e["tissue"] = tissueName(a.tissue);
    e["muscle"] = a.muscle ? nlohmann::json(a.muscle->id) : nlohmann::json(nullptr);
    e["bone"] = a.bone.empty() ? nlohmann::json(nullptr) : nlohmann::json(a.bone);
    e["side"] = a.side ? nlohmann::json(sideName(*a.side)) : nlohmann::json(nullptr);
    e["label"] = a.label;
    j["recognition"].push_back(e);
  }
  j["unrecognised"] = unrecognised;
  if (m.adaptation) {
    const ModelAdaptation& a = *m.adaptation;
    nlohmann::ordered_json f;
    f["envelope_skin"] = a.envelopeSkin;
    f["carried_landmarks"] = a.carriedLandmarks;
    f["dropped_landmarks"] = a.droppedLandmarks;
    f["method"] = a.method;
    f["regions"] = nlohmann::json::array();
    for (const auto& r : a.regions)
      f["regions"].push_back({{"region", r.region}, {"structures", r.parts}, {"global_miss_m", r.globalMiss},
                              {"final_miss_m", r.finalMiss}, {"verdict", r.verdict}});
    f["warnings"] = a.warnings;
    j["fit"] = f;
  }

  if (options.json) {
    std::cout << jsonText(nlohmann::json(j), 2) << "\n";
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
  if (!atlas.ok()) {
    std::cout << "Recognised: (the atlas did not load; run 'myoatlas validate')\n";
    return 0;
  }
  std::cout << "Skin:      " << (skin ? m.meshes[*skin].name : std::string("none")) << "\n"
            << "Recognised: " << muscles << " muscle meshes, " << bones << " bone meshes, " << unrecognised.size()
            << " not recognised\n";
  if (m.adaptation && !ours) {
    const ModelAdaptation& a = *m.adaptation;
    if (a.envelopeSkin) std::cout << "Envelope:  the model has no skin, so one was built over its muscles and bones (see-through, for painting and the pain finder)\n";
    if (a.carriedLandmarks > 0 || !a.method.empty())
      std::cout << "Fit:       " << a.carriedLandmarks << " landmarks fitted from the generated body " << a.method << "\n";
    if (!a.regions.empty()) {
      std::cout << row("region", "structures", "before local", "after local") << "  fit\n";
      for (const auto& r : a.regions)
        std::cout << row(r.region, std::to_string(r.parts), r.parts ? cm(r.globalMiss) : "-", r.parts ? cm(r.finalMiss) : "-")
                  << "  " << r.verdict << "\n";
    }
    for (const auto& w : a.warnings) std::cout << "Warning:   " << w << "\n";
  }
  std::cout << "Meshes recognised as:\n";
  for (std::size_t i = 0; i < anatomy.size(); ++i) {
    const std::string what = recognisedAs(anatomy[i]);
    std::cout << "  " << m.meshes[i].name << "  ->  " << (what.empty() ? "not recognised" : what) << "\n";
  }
  return 0;
}

}  // namespace myoatlas
