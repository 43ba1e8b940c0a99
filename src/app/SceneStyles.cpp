#include "app/SceneStyles.h"

namespace myoatlas {

IdentifiedModel identifyModel(const Atlas* atlas, std::shared_ptr<const Model> model) {
  IdentifiedModel out;
  if (!atlas) {
    for (const Mesh& m : model->meshes) out.anatomy.push_back({m.tissue, nullptr, std::nullopt, m.name});
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

std::vector<SceneRenderer::MeshStyle> meshStyles(const std::vector<MeshAnatomy>& anatomy, const LayerSettings& layers,
                                                 const std::string& selectedMuscle, int hoveredMesh) {
  std::vector<SceneRenderer::MeshStyle> styles(anatomy.size());
  for (std::size_t i = 0; i < anatomy.size(); ++i) {
    const MeshLook look = lookFor(anatomy[i], layers, selectedMuscle);
    auto& st = styles[i];
    st.visible = look.visible;
    st.opacity = look.opacity;
    st.dimmed = look.dimmed;
    const bool selected = !selectedMuscle.empty() && anatomy[i].muscle && anatomy[i].muscle->id == selectedMuscle;
    st.highlight = selected ? 1.0f : int(i) == hoveredMesh ? 0.5f : 0.0f;
  }
  // An opaque skin hides everything inside it: skip drawing muscles and bones then (on a software renderer
  // the generated body's 300,000 inner triangles would otherwise cost three times the skin's frame time).
  bool opaqueSkin = false;
  for (std::size_t i = 0; i < anatomy.size(); ++i)
    opaqueSkin = opaqueSkin || (anatomy[i].tissue == TissueKind::Skin && styles[i].visible && styles[i].opacity >= 0.999f);
  if (opaqueSkin)
    for (std::size_t i = 0; i < anatomy.size(); ++i)
      if (anatomy[i].tissue == TissueKind::Muscle || anatomy[i].tissue == TissueKind::Bone || anatomy[i].tissue == TissueKind::Tendon)
        styles[i].visible = false;
  return styles;
}

std::string selectedMuscleOf(const Atlas& atlas, const std::vector<std::string>& ids) {
  std::string selected;
  for (const auto& id : ids)
    if (const Muscle* m = atlas.muscleOf(id)) selected = m->id;
  return selected;
}

std::vector<PlacedMarker> placeMarkers(const ReferralPainter& painter, const Atlas& atlas,
                                       const TriggerPointSelection& selection, const std::vector<glm::vec3>& posedSkin,
                                       const std::vector<MeshAnatomy>& anatomy, const ScenePicker& picker) {
  std::vector<PlacedMarker> out;
  for (const auto& entry : selection) {
    const TriggerPoint* t = atlas.triggerPoint(entry.first);
    if (!t) continue;
    for (const auto& p : painter.markerPositions({entry}, posedSkin))
      out.push_back({t, markerOnMuscle(anatomy, picker, t->muscle, entry.second, p)});
  }
  return out;
}

std::vector<glm::vec3> markerPoints(const std::vector<PlacedMarker>& markers) {
  std::vector<glm::vec3> out;
  for (const auto& m : markers) out.push_back(m.position);
  return out;
}

}  // namespace myoatlas
