#include "core/body/BodyGenerator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include "core/atlas/Laterality.h"
#include "core/body/BodyLandmarks.h"
#include "core/body/BodyProportions.h"
#include "core/body/BodyShape.h"
#include "core/body/Bones.h"
#include "core/body/MuscleGeometry.h"
#include "core/body/Skeleton.h"
#include "core/MeshChecks.h"
#include "core/geometry/Polygonize.h"
#include "core/geometry/Simplify.h"

namespace myoatlas {
namespace {

constexpr float kWeightFalloff = 0.008f;  // metres: how fast a part's influence fades away from its surface
constexpr float kWeightReach = 0.025f;    // metres: parts farther than this beyond the nearest one get no weight
constexpr int kSmoothingIterations = 8;
constexpr float kSkinSimplifyError = 0.001f;  // relative to the body's extent: under two millimetres
constexpr float kSkinMaxEdge = 0.02f;  // metres on the reference body: no longer skin edge
constexpr float kFaceMaxEdge = 0.006f;  // ... on the face and ears

// Up to four joints per vertex from the shape parts that make up the skin there, normalised.
void assignWeights(Mesh& skin, const std::vector<ShapePart>& parts, const std::vector<Joint>& joints) {
  std::vector<int> partJoint;
  for (const auto& p : parts) partJoint.push_back(findJoint(joints, p.joint));
  skin.joints.resize(skin.positions.size());
  skin.weights.resize(skin.positions.size());
  std::vector<float> perJoint(joints.size());
  for (std::size_t v = 0; v < skin.positions.size(); ++v) {
    std::fill(perJoint.begin(), perJoint.end(), 0.0f);
    std::vector<float> distance(parts.size());
    float nearest = std::numeric_limits<float>::max();
    for (std::size_t i = 0; i < parts.size(); ++i) {
      // A carving part (the orbits, the mouth's line) takes skin away: nothing belongs to it.
      distance[i] = parts[i].primitive.carve ? std::numeric_limits<float>::max() : evaluate(parts[i].primitive, skin.positions[v]);
      nearest = std::min(nearest, distance[i]);
    }
    // Only parts that actually make up the skin here count: a hand hanging 4 cm from the thigh must not drag
    // the thigh's skin along when the arm moves.
    for (std::size_t i = 0; i < parts.size(); ++i)
      // Relative to the nearest part, so points inside the body (muscles) weigh like the skin above them.
      if (distance[i] - nearest < kWeightReach) perJoint[std::size_t(partJoint[i])] += std::exp(-(distance[i] - nearest) / kWeightFalloff);
    std::array<std::pair<float, int>, kMaxInfluences> best{};
    for (std::size_t j = 0; j < perJoint.size(); ++j) {
      const float w = perJoint[j];
      auto slot = std::min_element(best.begin(), best.end());
      if (w > slot->first) *slot = {w, int(j)};
    }
    std::sort(best.begin(), best.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    float sum = 0.0f;
    for (const auto& b : best) sum += b.first;
    for (int k = 0; k < kMaxInfluences; ++k) {
      skin.joints[v][std::size_t(k)] = std::uint16_t(std::max(best[std::size_t(k)].second, 0));
      skin.weights[v][k] = sum > 0.0f ? best[std::size_t(k)].first / sum : (k == 0 ? 1.0f : 0.0f);
    }
  }
}

}  // namespace

Result<Model> generateBody(const BodyParameters& params, const std::vector<Landmark>& landmarks,
                           const std::vector<MuscleSpec>& muscles) {
  // Every landmark must be placeable before anything is built: a missing one fails at once, naming it.
  for (const auto& l : landmarks)
    if (!referenceLandmark(l.id))
      return Error{"the generated body does not know where landmark '" + l.id + "' is (add it to core/body/BodyLandmarks.cpp)"};
  const float scale = params.stature / kReferenceStature;
  Model model;
  model.source = std::string("generated ") + sexName(params.sex) + " body (stature " + std::to_string(params.stature).substr(0, 4) + " m)";
  model.joints = buildSkeleton(params);
  // Muscles and bones fill the envelope; the skin may lie further out (the female breasts and hips).
  const std::vector<ShapePart> parts = buildBodyShape(params);
  const std::vector<ShapePart> skinParts = buildSkinShape(params);
  for (const auto& p : skinParts)
    if (findJoint(model.joints, p.joint) < 0) return Error{"body shape part refers to unknown joint '" + p.joint + "'"};
  const SdfUnion field = shapeField(parts);
  const SdfUnion skinField = shapeField(skinParts);

  // The grid is symmetric about the median plane (which is one of its planes), so both sides are sampled alike.
  Bounds box = skinField.bounds(3.0f * params.gridCell);
  const float halfWidth = std::ceil(std::max(-box.min.x, box.max.x) / params.gridCell) * params.gridCell;
  box.min.x = -halfWidth;
  box.max.x = halfWidth;
  Mesh skin = polygonize(skinField, box, params.gridCell);
  taubinSmooth(skin, kSmoothingIterations);
  // Marching tetrahedra makes many thin triangles; simplification keeps the shape within two millimetres with a
  // few of them (and removes the pleats meshoptimizer can fold, core/geometry/Simplify.cpp). Unsimplified, the
  // surface is always a closed 2-manifold; simplified, it must still be one.
  if (params.skinTriangleRatio < 1.0f) simplifyMesh(skin, params.skinTriangleRatio, kSkinSimplifyError);
  if (!isClosedManifold(skin))
    return Error{"the simplified skin is not a closed 2-manifold (a pinch the simplifier left); try another --cell"};
  // The simplifier leaves flat parts (the sole, the back, the thigh) in triangles of up to 13 cm, which sample a
  // pattern painted there, and the pain guides' areas, too coarsely for their edges to be stable.
  // Face, hands and feet, where patterns and areas are small, are sampled twice as finely (issue 12).
  const float coarse = std::max(kSkinMaxEdge * scale, 1.5f * params.gridCell), fine = std::max(0.5f * coarse, params.gridCell);
  splitLongEdges(
      skin,
      [&](const glm::vec3& p) {
        const glm::vec3 r = p / scale;  // reference body
        // The face and ears finest of all: their features (lids, lips, the helix) are a few millimetres across,
        // and vertices put back on the form there recover what the grid could not sample.
        if (r.y > 1.50f && r.y < 1.70f && (r.z > 0.02f || std::abs(r.x) > 0.065f)) return kFaceMaxEdge * scale;
        const bool small = r.y > 1.50f || r.y < 0.12f || (std::abs(r.x) > 0.22f && r.y < 0.88f);
        return small ? fine : coarse;
      },
      [&](const glm::vec3& p) { return projectToLevel(skinField, p); });
  // Smoothing and simplifying left vertices up to two millimetres off the form, inside it where it is convex,
  // where muscles 3.5 mm beneath would show through: every vertex goes back onto it.
  for (auto& p : skin.positions) p = projectToLevel(skinField, p);
  computeSmoothNormals(skin);
  skin.name = "skin";
  skin.tissue = TissueKind::Skin;
  assignWeights(skin, skinParts, model.joints);
  model.meshes.push_back(std::move(skin));

  if (params.anatomy) {
    for (Mesh& bone : buildBones(params, model.joints, field)) model.meshes.push_back(std::move(bone));

    // One mesh per muscle and side; the left is the right mirrored, so the two sides match exactly.
    for (const auto& spec : muscles) {
      Mesh right = buildMuscleMesh(spec, field, params.stature / kReferenceStature);
      for (const auto& p : right.positions)
        if (!std::isfinite(p.x) || !std::isfinite(p.y) || !std::isfinite(p.z))
          return Error{"the geometry of '" + spec.id + "' (data/body/muscles.json) gives points that are not numbers"};
      assignWeights(right, parts, model.joints);
      Mesh left = mirrorMesh(right, spec.id + ".l");
      assignWeights(left, parts, model.joints);
      model.meshes.push_back(std::move(right));
      model.meshes.push_back(std::move(left));
    }
  }

  for (const auto& l : landmarks) {
    const auto reference = params.sex == Sex::Female ? femaleReferenceLandmark(l.id) : referenceLandmark(l.id);  // known: checked above
    for (Side side : {Side::Right, Side::Left}) {
      if (!l.bilateral && side == Side::Left) break;
      glm::vec3 p = *reference * scale;
      if (side == Side::Left) p.x = -p.x;
      p = projectToLevel(skinField, p);
      if (l.kind == LandmarkKind::Bony) p -= glm::normalize(gradient(skinField, p)) * (kBonyLandmarkDepth * scale);
      model.landmarks.push_back({sidedLandmarkId(l, side), p});
    }
  }
  if (params.sex == Sex::Female) {
    // Landmarks move as the skin around them does: weighted by the same parts.
    Mesh points;
    for (const auto& l : model.landmarks) points.positions.push_back(l.position);
    assignWeights(points, skinParts, model.joints);
    applyFemaleProportions(model, scale, points.joints, points.weights);
  }
  return model;
}

}  // namespace myoatlas
