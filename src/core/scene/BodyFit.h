#pragma once
// Our generated body fitted onto an imported anatomical model, so that the atlas' landmarks, and with them every
// referred-pain pattern and the pain finder, carry across with no hand-written landmark file (issue 16).
//
// 1. Correspondences: every muscle (atlas id and side) and bone (core/scene/MeshAnatomy.h) both models have gives
//    its surface centroid, and a bone those of its six extremes that are one place, not a ridge. A structure one model
//    has as a single mesh and the other as a left and right one (pelvis, hip bones) is split at its middle.
// 2. A global affine map from ours to theirs, least squares with bones weighted thrice, held towards the best
//    similarity (scale, rotation, shift) in directions the correspondences do not span; structures that still
//    miss by far (misnamed meshes) are set aside and the fit repeated.
// 3. A smooth local correction: what each structure still misses by, spread around it with a Gaussian falloff
//    (reach 7 cm), fading to the global map away from the model's structures.
// 4. When both models have a skin: non-rigid steps of our skin onto theirs (samples pulled to the nearest point
//    within 5, then 3 cm), each spread the same way. A skin-only model (a scan) starts from its bounding box.
// Landmarks then go through the fit and onto the model's skin (nearest point); one with no skin near it (a head
// landmark on a model without a head) is left out of the landmarks, so the patterns needing it say so rather than
// paint wrongly, and kept apart (ModelAdaptation::beyondSkin) for strokes that run towards it.
// docs/OWN-MODELS.md tells the whole, with what was measured.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "core/Model.h"
#include "core/Result.h"
#include "core/atlas/Atlas.h"
#include "core/scene/MeshAnatomy.h"

namespace myoatlas {

struct FitPair {
  std::string part;     // "infraspinatus.r", "femur.l", "femur.l/+y" (its highest point)
  std::string region;   // atlas region id
  glm::vec3 ours{0.0f}, theirs{0.0f};
  float weight = 1.0f;
  bool used = true;        // false: set aside as an outlier
  float globalMiss = 0.0f;  // metres, after the global map
  float finalMiss = 0.0f;   // metres, after the local correction
};

class BodyFit {
 public:
  glm::vec3 apply(glm::vec3 ours) const;

  glm::mat4 global{1.0f};  // ours -> theirs
  struct Stage {
    std::vector<glm::vec3> anchors, corrections;  // theirs' space
    float reach = 0.07f;
  };
  std::vector<Stage> stages;
  std::vector<FitPair> pairs;
  bool fromSkinOnly = false;
  float skinMiss = 0.0f;  // RMS metres of our fitted skin samples to theirs (both skins), else 0
};

// What the fit needs of our body, measured once: each muscle's and bone's fit points (centroid; a bone's
// well-defined extremes, "" where an extreme is a ridge, not a point), the halves of a whole one, samples of the
// skin, the landmarks. myoatlas-genbody writes it beside each body ("<body>.fit.json"), so fitting a model does
// not read the whole body.
struct FitPoints {
  glm::vec3 centroid{0.0f};
  std::vector<std::pair<std::string, glm::vec3>> extremes;  // "-x", "+x", "-y", "+y", "-z", "+z"
};
struct FitTemplate {
  struct Part {
    std::string id;  // atlas muscle id or bone id (MeshAnatomy::bone)
    char side = 0;   // 'r', 'l', 0 for one mesh of both sides
    bool bone = false;
    std::string region;
    FitPoints points;
    std::optional<FitPoints> right, left;  // a whole one's halves
  };
  std::vector<Part> parts;
  std::vector<glm::vec3> skinSamples;  // area-weighted, deterministic
  Bounds skinBounds;
  std::vector<ModelLandmark> landmarks;
};
FitTemplate fitTemplateOf(const Atlas& atlas, const Model& ours);
std::string fitTemplateJson(const FitTemplate& t);  // {"format": "myoatlas-fit-template", ...}
Result<FitTemplate> parseFitTemplate(const std::string& text, const std::string& path);
inline std::string fitTemplatePath(const std::string& bodyPath) { return bodyPath + ".fit.json"; }

// `theirsAnatomy`: identifyMeshes of theirs. `theirSkin`: the mesh landmarks will be put on (their
// skin, or an envelope built for them), used for the skin steps only when `theirSkinIsReal`. Fails, saying why,
// when nothing corresponds and there is no skin to go by.
Result<BodyFit> fitBody(const FitTemplate& ours, const Model& theirs, const std::vector<MeshAnatomy>& theirsAnatomy,
                        const Mesh* theirSkin, bool theirSkinIsReal);

// How far from the model's skin a fitted landmark may land before it is left out.
inline constexpr float kMaxCarryGap = 0.04f;  // metres

// Our landmarks through the fit and onto `theirSkin`; those further than `maxGap` from it afterwards are left
// out and listed in `dropped`, where the fit put them.
std::vector<ModelLandmark> carryLandmarks(const BodyFit& fit, const std::vector<ModelLandmark>& ours, const Mesh& theirSkin,
                                          float maxGap, std::vector<ModelLandmark>* dropped = nullptr);

// How well each region fitted, for `info` and the viewer: the structures matched there and the RMS of what they
// missed by after the global map and after the local correction; regions with no structure are extrapolated.
std::vector<FitRegion> fitRegions(const Atlas& atlas, const BodyFit& fit);

// How the model was made ready, in a few lines for the viewer: what was built and fitted, the regions fitted
// poorly or not at all, then the warnings. Empty for a model that needed nothing.
std::vector<std::string> adaptationSummary(const ModelAdaptation& a, const Atlas& atlas);
std::string regionName(const Atlas& atlas, const std::string& id);  // "shoulder and upper back"

// Whether a model's skin alone can be fitted: a standing body is at least 3.5 times as tall as it is deep
// (whatever its arms do). A box or a bust is not fitted.
bool looksLikeStandingBody(const Mesh& skin);

// Makes an imported model ready for the atlas, recording what was done in `theirs.adaptation`: an envelope skin
// (core/geometry/Envelope.h) when it has none, and the atlas landmarks it lacks carried from our generated body,
// whose fit template `ours` loads only when a fit can be made (three muscles or bones recognised, or a standing body's skin);
// it returns null when it cannot: the model is then left without them, and a warning says so. Landmarks the
// model brought (its landmark file) are kept: they correct the fit.
void adaptToAtlas(Model& theirs, const Atlas& atlas, const std::function<const FitTemplate*()>& ours);

}  // namespace myoatlas
