#pragma once
// What the session knows of a loaded model's meshes: each named after the atlas (with the tissue the name tells),
// the muscle a selection highlights, and where the chosen trigger points' markers sit.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/Model.h"
#include "core/atlas/Atlas.h"
#include "core/pain/ReferralPainter.h"
#include "core/pain/Selection.h"
#include "core/scene/MeshAnatomy.h"
#include "core/scene/ScenePicker.h"

namespace myoatlas {

struct IdentifiedModel {
  std::shared_ptr<const Model> model;  // the same model, or a copy whose unknown tissues were filled in
  std::vector<MeshAnatomy> anatomy;    // one per mesh
};

// `atlas` may be null (the atlas did not load): meshes then stay as they are, named after themselves.
IdentifiedModel identifyModel(const Atlas* atlas, std::shared_ptr<const Model> model);

// The muscle to highlight for `--select ID...`: the last id that is a muscle or a trigger point ("" none).
std::string selectedMuscleOf(const Atlas& atlas, const std::vector<std::string>& ids);

// Trigger-point markers of a selection: over the trigger point on the skin, then moved onto its muscle's
// surface when the model has that muscle as a mesh (seen through x-ray skin, as in issue 5).
struct PlacedMarker {
  const TriggerPoint* triggerPoint;
  glm::vec3 position;  // posed model space
  glm::vec3 facing{0.0f};  // unit, from the marker out to the skin over it; zero when it is on the skin
};
// `shown`, when given, says which meshes are drawn: a marker goes onto its muscle only when that is, so with an
// opaque skin (or the muscle peeled away) it stays on the skin where it can be seen.
std::vector<PlacedMarker> placeMarkers(const ReferralPainter& painter, const Atlas& atlas,
                                       const TriggerPointSelection& selection, const std::vector<glm::vec3>& posedSkin,
                                       const std::vector<MeshAnatomy>& anatomy, const ScenePicker& picker,
                                       const std::function<bool(std::size_t)>& shown = {});
std::vector<glm::vec3> markerPoints(const std::vector<PlacedMarker>& markers);

}  // namespace myoatlas
