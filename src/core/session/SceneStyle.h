#pragma once
// The one set of rules for how the scene looks: which meshes the layer settings show and how (opacity, pale,
// highlighted), the skin's opacity thresholds, and the heatmap colour maps. The window, `render` and the legend
// all read them from here, so a headless render and the window cannot disagree.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <glm/glm.hpp>

#include "core/scene/MeshAnatomy.h"

namespace myoatlas {

// Skin opacity: at or below kSkinHidden the skin is not drawn, from kSkinOpaque it hides what is inside
// (muscles and bones are then skipped), kSkinXray is the X key's see-through value, and the skin must be at
// least kSkinPickable for a click to stop on it rather than pass through to a muscle.
inline constexpr float kSkinHidden = 0.02f;
inline constexpr float kSkinXray = 0.3f;
inline constexpr float kSkinPickable = 0.5f;
inline constexpr float kSkinOpaque = 0.999f;
// See-through (x-ray) skin: neither hidden nor opaque. The X-ray menu entry is ticked exactly then.
inline bool isXray(float skinOpacity) { return skinOpacity > kSkinHidden && skinOpacity < kSkinOpaque; }

// The layer controls: which meshes are drawn, and how.
struct LayerSettings {
  float skinOpacity = 1.0f;  // 1 opaque, 0 hidden
  bool showBones = true;
  int peel = 0;  // muscles hidden from the surface down: 0 none, 1 superficial, 2 superficial and intermediate, 3 all
  bool isolateSelection = false;  // only the selected muscle (and bones for orientation)
  std::string region;  // region id: muscles outside it are dimmed ("" all)
  bool operator==(const LayerSettings& o) const {
    return skinOpacity == o.skinOpacity && showBones == o.showBones && peel == o.peel &&
           isolateSelection == o.isolateSelection && region == o.region;
  }
  bool operator!=(const LayerSettings& o) const { return !(*this == o); }
};
inline constexpr int kPeelMax = 3;
struct AppOptions;
LayerSettings layerSettings(const AppOptions& options);  // the layer options of the table

// How one mesh is drawn.
struct MeshStyle {
  bool visible = true;
  float opacity = 1.0f;
  bool dimmed = false;     // outside the region filter: drawn pale
  float highlight = 0.0f;  // 0 none, 0.5 hovered, 1 selected
};

// What is selected, as the styles see it: the muscle highlighted, and the other muscles that isolation shows
// with it (those whose trigger points are painted: the three hamstrings selected together stay together).
// Isolation also keeps the fasciae and tendons these muscles attach through (MeshAnatomy::attaches): latissimus
// dorsi with its aponeurosis, gastrocnemius and soleus with the calcaneal tendon.
struct StyleSelection {
  std::string muscle;              // atlas muscle id ("" none)
  std::vector<std::string> group;  // more atlas muscle ids isolation shows
  StyleSelection() = default;
  StyleSelection(std::string selected, std::vector<std::string> others = {}) : muscle(std::move(selected)), group(std::move(others)) {}
  StyleSelection(const char* selected) : muscle(selected) {}
  bool empty() const { return muscle.empty() && group.empty(); }
  bool contains(const std::string& id) const;
};

// The highlight is left at 0 (see meshStyles).
MeshStyle meshStyle(const MeshAnatomy& anatomy, const LayerSettings& layers, const StyleSelection& selection);
// One style per mesh, with the selected muscle highlighted and `hoveredMesh` (-1 none) half-highlighted. An
// opaque skin hides everything inside it, so muscles and bones are not drawn then.
std::vector<MeshStyle> meshStyles(const std::vector<MeshAnatomy>& anatomy, const LayerSettings& layers,
                                  const StyleSelection& selection, int hoveredMesh = -1);

// Heatmap colour maps: one table for the shader (uniforms) and the legend. Colours are sRGB.
enum class ColorMap { Clinical = 0, ColourBlindSafe = 1 };
struct ColorMapInfo {
  ColorMap map;
  const char* name;   // command line and files: "clinical", "colour-blind"
  const char* title;  // menus
  glm::vec3 essential;  // solid essential zone
  glm::vec3 spillover;  // stippled spillover zone
};
inline constexpr ColorMapInfo kColorMaps[] = {
    {ColorMap::Clinical, "clinical", "Clinical red", {0.80f, 0.04f, 0.04f}, {0.85f, 0.10f, 0.08f}},
    {ColorMap::ColourBlindSafe, "colour-blind", "Colour-blind safe", {0.0f, 0.35f, 0.75f}, {0.95f, 0.55f, 0.05f}},
};
const ColorMapInfo& colorMapInfo(ColorMap map);
std::optional<ColorMap> parseColorMap(std::string_view name);
inline constexpr const char* kColorMapNames = "clinical, colour-blind";

// Comparing patterns: each painted trigger point in its own colour (sRGB; Okabe and Ito's palette, told apart
// with every common colour-vision deficiency): vermillion, blue, bluish green, reddish purple. At most
// kCompareColours patterns are compared at once.
inline constexpr int kCompareColours = 4;
inline constexpr glm::vec3 kComparePalette[kCompareColours] = {
    {0.835f, 0.369f, 0.0f}, {0.0f, 0.447f, 0.698f}, {0.0f, 0.620f, 0.451f}, {0.800f, 0.475f, 0.655f}};

}  // namespace myoatlas
