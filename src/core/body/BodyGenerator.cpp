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
#include "core/body/SkinColours.h"
#include "core/MeshChecks.h"
#include "core/geometry/Geodesic.h"
#include "core/geometry/Occlusion.h"
#include "core/geometry/Polygonize.h"
#include "core/geometry/Simplify.h"

namespace myoatlas {
namespace {

constexpr float kWeightFalloff = 0.008f;  // metres: how fast a part's influence fades away from its surface
constexpr float kWeightReach = 0.025f;    // metres: parts farther than this beyond the nearest one get no weight
constexpr int kSmoothingIterations = 8;
// Rounds of spreading the skin's weights along its surface (spreadWeights): about 4 cm on the trunk. Chosen by
// `myoatlas-genbody --poses` (docs/BODY-GENERATOR.md): fewer leave the seated hip and knee folding into
// themselves, more fold the top of the shoulder in the T-pose.
constexpr int kWeightSpreadRounds = 30;
constexpr int kRelaxRounds = 20;  // at most, to untangle the projected skin (relaxSelfIntersections)
constexpr float kRelaxMaxCell = 0.006f;  // metres on the reference body: the coarsest cell whose skin relaxing untangles
constexpr float kSkinSimplifyError = 0.001f;  // relative to the body's extent: under two millimetres
constexpr float kSkinMaxEdge = 0.02f;  // metres on the reference body: no longer skin edge
constexpr float kFaceMaxEdge = 0.006f;  // ... on the face and ears
constexpr float kEyeMouthMaxEdge = 0.003f;  // ... around the eyes and the mouth
constexpr float kEarMaxEdge = 0.004f;  // ... over the auricles
constexpr float kCreaseMaxEdge = 0.0025f;  // ... along the creases of the palms and fingers
constexpr float kEyeballMaxEdge = 0.0015f;  // ... over the front of the eyeballs, where the iris and pupil are painted

// Up to four joints per vertex from the shape parts that make up the skin there, normalised.
void assignWeights(Mesh& skin, const std::vector<ShapePart>& parts, const std::vector<Joint>& joints) {
  std::vector<int> partJoint, partJointAtB;
  for (const auto& p : parts) {
    partJoint.push_back(findJoint(joints, p.joint));
    partJointAtB.push_back(p.jointAtB.empty() ? -1 : findJoint(joints, p.jointAtB));
  }
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
      if (distance[i] - nearest < kWeightReach) {
        const float w = std::exp(-(distance[i] - nearest) / kWeightFalloff);
        // Between a part's two joints (at a and b), the skin follows each in proportion.
        const SdfPrimitive& p = parts[i].primitive;
        const glm::vec3 axis = p.b - p.a;
        const float t = partJointAtB[i] < 0 ? 0.0f : glm::clamp(glm::dot(skin.positions[v] - p.a, axis) / glm::dot(axis, axis), 0.0f, 1.0f);
        perJoint[std::size_t(partJoint[i])] += w * (1.0f - t);
        if (partJointAtB[i] >= 0) perJoint[std::size_t(partJointAtB[i])] += w * t;
      }
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

// Spreads the skin's weights along its surface: `iterations` rounds in which each vertex's weights move halfway to
// the mean of its neighbours', then the four largest kept. Weights from the shape parts change from one joint to
// the next within a centimetre, so a bent shoulder or hip creased the skin along that line and folded it into
// itself; spread over several centimetres, the bend is shared by the skin around the joint, as a real skin's is.
void spreadWeights(Mesh& skin, int iterations) {
  const std::size_t n = skin.positions.size();
  const MeshTopology topology(skin);
  using Sparse = std::vector<std::pair<std::uint16_t, float>>;
  std::vector<Sparse> w(n);
  for (std::size_t v = 0; v < n; ++v)
    for (int k = 0; k < kMaxInfluences; ++k)
      if (skin.weights[v][k] > 0.0f) w[v].emplace_back(skin.joints[v][std::size_t(k)], skin.weights[v][k]);
  const auto add = [](Sparse& into, std::uint16_t joint, float weight) {
    for (auto& [j, x] : into)
      if (j == joint) {
        x += weight;
        return;
      }
    into.emplace_back(joint, weight);
  };
  // Two buffers swapped each round, their lists cleared but kept: no allocation once the lists have grown
  // (under the sanitizers CI builds with, allocating them afresh each round cost a minute per run).
  std::vector<Sparse> next(n);
  for (int round = 0; round < iterations; ++round) {
    for (std::size_t v = 0; v < n; ++v) {
      next[v].clear();
      for (const auto& [j, x] : w[v]) add(next[v], j, 0.5f * x);
      const auto& around = topology.neighbours(std::uint32_t(v));
      if (around.empty()) continue;
      const float share = 0.5f / float(around.size());
      for (const std::uint32_t u : around)
        for (const auto& [j, x] : w[u]) add(next[v], j, share * x);
    }
    std::swap(w, next);
  }
  for (std::size_t v = 0; v < n; ++v) {
    auto& list = w[v];
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    list.resize(std::min<std::size_t>(list.size(), kMaxInfluences));
    float sum = 0.0f;
    for (const auto& e : list) sum += e.second;
    for (int k = 0; k < kMaxInfluences; ++k) {
      const bool present = std::size_t(k) < list.size() && sum > 0.0f;
      skin.joints[v][std::size_t(k)] = present ? list[std::size_t(k)].first : std::uint16_t(0);
      skin.weights[v][k] = present ? list[std::size_t(k)].second / sum : 0.0f;
    }
  }
}

// Ambient occlusion baked into the vertex colours (core/geometry/Occlusion.h): the skin darkens in its own folds
// (the armpits, between the fingers, the ears, the eyes' corners), muscles in the gaps between them and where
// they meet the bones. `layer` per mesh: -1 the skin, 0-2 a muscle's peeling layer, kBoneLayer a bone. A muscle is
// shaded only by its own layer, the deeper ones and the bones, so a muscle that peeling lays bare is not dark with
// the layer above it, which is then hidden.
constexpr int kBoneLayer = 3;
void bakeOcclusion(Model& model, const std::vector<int>& layer, float scale, int rays) {
  if (rays <= 0) return;
  constexpr float kSkinReach = 0.08f, kSkinStrength = 1.1f, kTissueReach = 0.05f, kTissueStrength = 1.4f;
  // The darkest a fold may be: on the skin, darker read as an open mouth and as holes (reviewers); between muscles,
  // as the gap it is.
  constexpr float kSkinDarkest = 0.45f, kTissueDarkest = 0.2f;
  for (int from = -1; from <= kBoneLayer; ++from) {
    // The skin is shaded by itself; the rest by their own layer and those below it. All the meshes of a layer at
    // once, so the work splits across the cores however small each mesh is.
    Mesh blockers, receivers;
    std::vector<std::size_t> shaded;
    for (std::size_t i = 0; i < model.meshes.size(); ++i) {
      const Mesh& m = model.meshes[i];
      if (from < 0 ? layer[i] < 0 : layer[i] >= from) appendTriangles(blockers, m);
      if (layer[i] != from) continue;
      shaded.push_back(i);
      appendTriangles(receivers, m);
      receivers.normals.insert(receivers.normals.end(), m.normals.begin(), m.normals.end());
    }
    if (shaded.empty()) continue;
    const Bvh bvh(blockers);
    const std::vector<float> open = ambientOcclusion(receivers, bvh, {(from < 0 ? kSkinReach : kTissueReach) * scale, rays});
    std::size_t first = 0;
    for (const std::size_t i : shaded) {
      Mesh& mesh = model.meshes[i];
      applyOcclusion(mesh, {open.begin() + std::ptrdiff_t(first), open.begin() + std::ptrdiff_t(first + mesh.positions.size())},
                     from < 0 ? kSkinStrength : kTissueStrength, from < 0 ? kSkinDarkest : kTissueDarkest);
      first += mesh.positions.size();
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
    for (const std::string& joint : {p.joint, p.jointAtB})
      if (!joint.empty() && findJoint(model.joints, joint) < 0) return Error{"body shape part refers to unknown joint '" + joint + "'"};
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
  const std::vector<PaintedLine> creases = handCreaseLines(skinField, scale);
  splitLongEdges(
      skin,
      [&](const glm::vec3& p) {
        const glm::vec3 r = p / scale;  // reference body
        // The face and ears finest of all: their features (lids, lips, the helix) are a few millimetres across,
        // and vertices put back on the form there recover what the grid could not sample.
        // The lids and the lips finer still: at 6 mm a lid's margin and the lips' border had two or three edges,
        // and the eyes read as smudged hollows.
        if (glm::distance(glm::vec3(-std::abs(r.x), r.y, r.z), kReferenceEyeCentre) < kReferenceEyeRadius + 0.0015f &&
            r.z > kReferenceEyeCentre.z + 0.6f * kReferenceEyeRadius)
          return kEyeballMaxEdge * scale;
        // ... and the crease under the jaw line, a band rising from the chin (1.535 m) to the angle (1.558 m), which
        // at 6 mm ran in stair-steps (a "jagged seam" to a reviewer), and the nose's tip and alae, whose underside
        // at 6 mm was "a dark scribble in a nostril".
        const float jawLine = 1.535f + 0.023f * std::clamp((0.068f - r.z) / 0.06f, 0.0f, 1.0f);
        if ((r.y > 1.618f && r.y < 1.66f && r.z > 0.055f && std::abs(r.x) > 0.016f && std::abs(r.x) < 0.05f) ||
            (r.y > 1.563f && r.y < 1.598f && r.z > 0.07f && std::abs(r.x) < 0.03f) ||
            (std::abs(r.y - jawLine) < 0.007f && r.z > 0.0f && std::abs(r.x) < 0.066f) ||
            (r.y > 1.596f && r.y < 1.616f && r.z > 0.084f && std::abs(r.x) < 0.02f))  // the nose's tip and alae
          return kEyeMouthMaxEdge * scale;
        // The auricles, whose rim, antihelix and lobe are 4-9 mm across: at 6 mm they read as "lumpy clay" to three
        // reviewers.
        if (std::abs(r.x) > 0.074f && r.y > 1.592f && r.y < 1.668f && r.z > -0.045f && r.z < 0.0f) return kEarMaxEdge * scale;
        // Her finer brows (core/body/SkinColours.cpp) are two of the face's triangles high: ragged there.
        // The brows too: at 6 mm his were a ragged smear to a reviewer.
        if (r.y > 1.652f && r.y < 1.678f && r.z > 0.06f && std::abs(r.x) > 0.008f && std::abs(r.x) < 0.06f)
          return kEyeMouthMaxEdge * scale;
        if (r.y > 1.50f && r.y < 1.70f && (r.z > 0.02f || std::abs(r.x) > 0.065f)) return kFaceMaxEdge * scale;
        // ... and the surface anatomy a few millimetres across: the clavicles and the base of the neck, the navel,
        // the nipples (the female's 2 cm lower: coarsely sampled, her areolae had ragged, star-like edges).
        if ((r.y > 1.38f && r.y <= 1.50f && r.z > -0.01f && std::abs(r.x) < 0.13f) ||
            (r.y > 0.99f && r.y < 1.07f && r.z > 0.05f && std::abs(r.x) < 0.035f) ||
            (r.y > 1.23f && r.y < 1.295f && r.z > 0.07f && std::abs(std::abs(r.x) - 0.09f) < 0.025f))
          return kFaceMaxEdge * scale;
        // ... and along the palm's and fingers' creases (core/body/SkinColours.cpp), 2-3 mm wide: at the hand's
        // 6 mm they came out as blotches.
        if (inHandRegion(r) && r.z > -0.01f)
          for (const PaintedLine& line : creases) {
            float halfWidth = 0.0f;
            if (distanceToLine(p, line, halfWidth) < 1.6f * halfWidth) return kCreaseMaxEdge * scale;
          }
        const bool small = r.y > 1.50f || r.y < 0.12f || (std::abs(r.x) > 0.22f && r.y < 0.88f);
        return small ? fine : coarse;
      },
      [&](const glm::vec3& p) { return projectToLevel(skinField, p); });
  // Smoothing and simplifying left vertices up to two millimetres off the form, inside it where it is convex,
  // where muscles 3.5 mm beneath would show through: every vertex goes back onto it.
  for (auto& p : skin.positions) p = projectToLevel(skinField, p);
  // Projecting put a few hundred triangles through their neighbours where the form folds tightly (the lips, the
  // lids, the jaw's crease, between the fingers): relaxing those spots untangles them. At the shipped 3 mm cell
  // none are left (tests/io/ShippedBodyTest.cpp). Coarse test bodies, whose cells are wider than the lips, keep
  // hundreds however long they relax, which only moves one side's face more than the other's: not done there.
  const bool relaxFolds = params.gridCell <= kRelaxMaxCell * scale;
  // Slivers the projection turned over (a corner put back on the form past its neighbour) show as dark dashes on
  // the scalp, the shoulders and the base of the neck: relaxed there and put back on the form, before the folds
  // are untangled (unfolding first leaves none crossing; the other way round it could cross a fold anew).
  unfoldFlippedTriangles(skin, kRelaxRounds, [&](const glm::vec3& p) { return projectToLevel(skinField, p); });
  if (relaxFolds) {
    relaxSelfIntersections(skin, kRelaxRounds);
    // Untangling can leave a sliver or two turned over where it ran out of rounds: relaxed in place.
    unfoldFlippedTriangles(skin, kRelaxRounds, [](const glm::vec3& p) { return p; });
  }
  computeSmoothNormals(skin);
  colourSkin(skin, skinParts, skinField, scale, params.sex);
  skin.name = "skin";
  skin.tissue = TissueKind::Skin;
  assignWeights(skin, skinParts, model.joints);
  spreadWeights(skin, kWeightSpreadRounds);
  model.meshes.push_back(std::move(skin));
  std::vector<int> layer{-1};  // per mesh, for bakeOcclusion

  if (params.anatomy) {
    for (Mesh& bone : buildBones(params, model.joints, field)) model.meshes.push_back(std::move(bone));
    layer.resize(model.meshes.size(), kBoneLayer);

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
      layer.insert(layer.end(), 2, spec.layer);
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
  // Landmarks move as the skin around them does: weighted by the same parts.
  Mesh points;
  for (const auto& l : model.landmarks) points.positions.push_back(l.position);
  assignWeights(points, skinParts, model.joints);
  if (params.sex == Sex::Female) {
    applyFemaleProportions(model, scale, points.joints, points.weights);
    // The proportions can turn slivers over (relaxed where they are: the warped skin has no form to put them back
    // on) and pinch a fold anew.
    unfoldFlippedTriangles(model.meshes.front(), kRelaxRounds, [](const glm::vec3& p) { return p; });
    if (relaxFolds) relaxSelfIntersections(model.meshes.front(), kRelaxRounds);
  }
  applyKneeHeight(model, scale, points.joints, points.weights);  // monotonic in height: turns nothing over
  bakeOcclusion(model, layer, scale, params.occlusionRays);
  return model;
}

}  // namespace myoatlas
