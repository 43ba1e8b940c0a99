#pragma once
// A body the atlas can be painted on: its skin mesh, the mesh's neighbourhoods for geodesics, its landmark
// positions, and a spatial index to find the skin vertex nearest a point. Built once per loaded body.
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/Model.h"
#include "core/Result.h"
#include "core/atlas/Laterality.h"
#include "core/geometry/Geodesic.h"

namespace myoatlas {

// A landmark further than this from the skin is refused (BodySurface::fromModel): the generated bodies' lie on it.
inline constexpr float kMaxLandmarkGap = 0.10f;  // metres

class BodySurface {
 public:
  // Uses the model's mesh named "skin" (or its only mesh) and its landmarks. Fails, saying why, for models
  // without a skin or without landmarks (an imported muscle-only model such as BodyParts3D), and for a landmark
  // more than kMaxLandmarkGap from the skin, naming it.
  static Result<std::unique_ptr<BodySurface>> fromModel(const Model& model);

  const Mesh& skin() const { return skin_; }
  // The skin's neighbourhoods, built the first time they are asked for (painting a pattern, a pain area): a
  // picture or a viewer's first frame that paints nothing does without them (45 ms of the default body's start).
  // Safe to call from several threads.
  const MeshTopology& topology() const;
  const LandmarkPositions& landmarks() const { return landmarks_; }
  // Landmarks a fitted model lacks because it does not reach there (its forearm, its head), where the fit put
  // them: a stroke towards one paints as far as the skin goes (ReferralPainter), nothing else uses them.
  const LandmarkPositions& beyondSkin() const { return beyondSkin_; }
  std::uint32_t nearestVertex(const glm::vec3& p) const;
  // The skin area each vertex stands for (a third of its triangles' areas, square metres): what overlaps of
  // painted zones are weighted by, so they measure skin area whatever the triangulation.
  float vertexArea(std::uint32_t v) const { return v < vertexAreas_.size() ? vertexAreas_[v] : 0.0f; }

 private:
  explicit BodySurface(Mesh skin);
  Mesh skin_;
  mutable std::once_flag topologyBuilt_;
  mutable std::unique_ptr<MeshTopology> topology_;
  std::vector<float> vertexAreas_;
  LandmarkPositions landmarks_, beyondSkin_;
  float cell_ = 0.05f;
  Bounds bounds_;  // of the skin: points far outside it (or not finite) are answered by a plain scan
  std::unordered_map<std::int64_t, std::vector<std::uint32_t>> buckets_;
  std::int64_t key(const glm::ivec3& c) const;
};

}  // namespace myoatlas
