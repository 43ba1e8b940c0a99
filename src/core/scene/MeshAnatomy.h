#pragma once
// What each mesh of a loaded model is, anatomically: which atlas muscle (and side) it shows, or that it is skin
// or bone. Our own body names its meshes `<muscle id>.r` / `.l`; anatomical models name them in many ways
// (BodyParts3D: "FJ441_BP62721_FMA32547_Right infraspinatus"), so we try, in order: an FMA id in the name, the
// atlas id, the English name, a synonym and the Latin name, with side words ("right", ".l", "_left") and
// part prefixes ("long head of", "ascending part of") set aside. Used for hover names, selection and layers.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/Model.h"
#include "core/atlas/Atlas.h"
#include "core/atlas/Laterality.h"

namespace myoatlas {

struct MeshAnatomy {
  TissueKind tissue = TissueKind::Unknown;
  const Muscle* muscle = nullptr;  // set when the mesh is an atlas muscle
  std::optional<Side> side;        // when the name says
  std::string label;               // what to show: "Piriformis (right)", "Femur (right)", or the mesh name
  std::string bone;                // set when the name says which bone: "femur", "scapula", "pelvis" (isBoneId)
  bool envelope = false;           // the skin the app built for a model without one: never drawn opaque
  std::vector<std::string> attaches;  // a fascia's atlas muscles (Mesh::attaches): shown with them in isolation
};

// A mesh's role in a model's names file overrides its name (Model::nameRoles).
MeshAnatomy identifyMesh(const Atlas& atlas, const Mesh& mesh);
std::vector<MeshAnatomy> identifyMeshes(const Atlas& atlas, const Model& model);

// The bones the recogniser names ("skull", "scapula", "pelvis", "femur"...).
bool isBoneId(const std::string& id);
// A names-file role: "infraspinatus.r" -> ("infraspinatus", right); "skin" -> ("skin", none).
struct RoleParts {
  std::string id;
  std::optional<Side> side;
};
RoleParts splitRole(const std::string& role);
// Why a role is not one the recogniser knows (an atlas muscle id with an optional ".r"/".l", a bone id, "skin",
// "bone" or "other"), or nullopt when it is.
std::optional<std::string> checkNameRole(const Atlas& atlas, const std::string& role);
// Meshes whose material said nothing (imports) take the tissue their name tells, so muscles look like muscle.
void applyIdentifiedTissues(Model& model, const std::vector<MeshAnatomy>& anatomy);

class ScenePicker;
// Where a trigger point's marker goes: onto the surface of its muscle's mesh (the vertex nearest the marker's
// place on the skin, same side) when the model has that muscle (and `shown` says the mesh is drawn, when given),
// inside it for a deep muscle (halfway through, at most 1.5 cm); else it stays on the skin at `skinPoint`.
glm::vec3 markerOnMuscle(const std::vector<MeshAnatomy>& anatomy, const ScenePicker& picker,
                         const std::string& muscleId, Side side, glm::vec3 skinPoint,
                         const std::function<bool(std::size_t)>& shown = {});

}  // namespace myoatlas
