#include "core/session/SceneModel.h"

#include <cmath>

namespace myoatlas {

IdentifiedModel identifyModel(const Atlas* atlas, std::shared_ptr<const Model> model) {
  IdentifiedModel out;
  if (!atlas) {
    for (const Mesh& m : model->meshes) {
      MeshAnatomy a;
      a.tissue = m.tissue;
      a.label = m.name;
      out.anatomy.push_back(std::move(a));
    }
    out.model = std::move(model);
    return out;
  }
  out.anatomy = identifyMeshes(*atlas, *model);
  bool retissue = false;
  for (std::size_t i = 0; i < out.anatomy.size(); ++i)
    retissue = retissue || (model->meshes[i].tissue == TissueKind::Unknown && out.anatomy[i].tissue != TissueKind::Unknown);
  if (retissue) {
    auto copy = std::make_shared<Model>(*model);
    applyIdentifiedTissues(*copy, out.anatomy);
    model = std::move(copy);
  }
  out.model = std::move(model);
  return out;
}

std::string selectedMuscleOf(const Atlas& atlas, const std::vector<std::string>& ids) {
  std::string selected;
  for (const auto& id : ids)
    if (const Muscle* m = atlas.muscleOf(id)) selected = m->id;
  return selected;
}

std::vector<PlacedMarker> placeMarkers(const ReferralPainter& painter, const Atlas& atlas,
                                       const TriggerPointSelection& selection, const std::vector<glm::vec3>& posedSkin,
                                       const std::vector<MeshAnatomy>& anatomy, const ScenePicker& picker,
                                       const std::function<bool(std::size_t)>& shown) {
  std::vector<PlacedMarker> out;
  for (const auto& entry : selection) {
    const TriggerPoint* t = atlas.triggerPoint(entry.first);
    if (!t) continue;
    for (const auto& p : painter.markerPositions({entry}, posedSkin))
    {
      const glm::vec3 at = markerOnMuscle(anatomy, picker, t->muscle, entry.second, p, shown);
      const float out2 = glm::dot(p - at, p - at);
      out.push_back({t, at, out2 > 1e-8f ? (p - at) / std::sqrt(out2) : glm::vec3(0.0f)});
    }
  }
  return out;
}

std::vector<glm::vec3> markerPoints(const std::vector<PlacedMarker>& markers) {
  std::vector<glm::vec3> out;
  for (const auto& m : markers) out.push_back(m.position);
  return out;
}

}  // namespace myoatlas
