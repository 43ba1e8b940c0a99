#include "core/session/SceneStyle.h"

#include <algorithm>

#include "core/Text.h"
#include "core/settings/Options.h"

namespace myoatlas {

bool StyleSelection::contains(const std::string& id) const {
  return !id.empty() && (id == muscle || std::find(group.begin(), group.end(), id) != group.end());
}

MeshStyle meshStyle(const MeshAnatomy& anatomy, const LayerSettings& layers, const StyleSelection& selection) {
  MeshStyle look;
  const bool isSelected = anatomy.muscle && anatomy.muscle->id == selection.muscle;
  const bool isolating = layers.isolateSelection && !selection.empty();
  switch (anatomy.tissue) {
    case TissueKind::Skin:
      // An envelope built over a model's muscles would hide them all when opaque: it stays see-through.
      look.opacity = anatomy.envelope ? std::min(layers.skinOpacity, kSkinXray) : layers.skinOpacity;
      look.visible = layers.skinOpacity > kSkinHidden && !isolating;
      break;
    case TissueKind::Bone:
      look.visible = layers.showBones;
      break;
    default:
      if (isolating) {
        look.visible = anatomy.muscle ? selection.contains(anatomy.muscle->id)
                                      : std::any_of(anatomy.attaches.begin(), anatomy.attaches.end(),
                                                    [&](const std::string& id) { return selection.contains(id); });
        break;
      }
      if (anatomy.muscle && !isSelected) {
        const int depth = int(anatomy.muscle->depth);  // 0 superficial, 1 intermediate, 2 deep
        look.visible = depth >= layers.peel;
      } else if (!anatomy.muscle && anatomy.tissue != TissueKind::Unknown) {
        look.visible = layers.peel == 0;  // unidentified muscle and tendon go with the superficial layer
      }
      if (!layers.region.empty() && anatomy.muscle && !isSelected) {
        bool inside = false;
        for (const auto& r : anatomy.muscle->regions) inside = inside || r == layers.region;
        look.dimmed = !inside;
      }
  }
  return look;
}

std::vector<MeshStyle> meshStyles(const std::vector<MeshAnatomy>& anatomy, const LayerSettings& layers,
                                  const StyleSelection& selection, int hoveredMesh) {
  std::vector<MeshStyle> styles(anatomy.size());
  for (std::size_t i = 0; i < anatomy.size(); ++i) {
    styles[i] = meshStyle(anatomy[i], layers, selection);
    const bool selected = !selection.muscle.empty() && anatomy[i].muscle && anatomy[i].muscle->id == selection.muscle;
    styles[i].highlight = selected ? 1.0f : int(i) == hoveredMesh ? 0.5f : 0.0f;
  }
  // On a software renderer the generated body's 300,000 inner triangles would otherwise cost three times the
  // skin's frame time, for nothing: an opaque skin hides them.
  bool opaqueSkin = false;
  for (std::size_t i = 0; i < anatomy.size(); ++i)
    opaqueSkin = opaqueSkin || (anatomy[i].tissue == TissueKind::Skin && styles[i].visible && styles[i].opacity >= kSkinOpaque);
  if (opaqueSkin)
    for (std::size_t i = 0; i < anatomy.size(); ++i)
      if (anatomy[i].tissue == TissueKind::Muscle || anatomy[i].tissue == TissueKind::Bone || anatomy[i].tissue == TissueKind::Tendon)
        styles[i].visible = false;
  return styles;
}

LayerSettings layerSettings(const AppOptions& options) {
  LayerSettings l;
  l.skinOpacity = options.skinOpacity;
  l.showBones = options.showBones;
  l.peel = options.peel;
  l.isolateSelection = options.isolate;
  return l;
}

const ColorMapInfo& colorMapInfo(ColorMap map) {
  for (const auto& m : kColorMaps)
    if (m.map == map) return m;
  return kColorMaps[0];
}

std::optional<ColorMap> parseColorMap(std::string_view name) {
  const std::string lower = toLower(name);
  for (const auto& m : kColorMaps)
    if (lower == m.name) return m.map;
  return std::nullopt;
}

}  // namespace myoatlas
