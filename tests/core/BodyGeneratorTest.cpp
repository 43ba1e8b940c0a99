// The generated default body: a closed skin of the right size, every atlas landmark on it, a normalised rig,
// left-right symmetry, and determinism.
#include "core/body/BodyGenerator.h"

#include <map>

#include <gtest/gtest.h>

#include "core/MeshChecks.h"
#include "core/atlas/AtlasLoader.h"
#include "core/body/Skeleton.h"
#include "core/geometry/Sdf.h"
#include "support/ShippedAtlas.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

const Atlas& atlas() { return test::shippedAtlas().atlas; }

// A 1 cm grid keeps these tests quick (also under the sanitizers); the shipped body, on the default 6 mm grid,
// is checked by tests/io/ShippedBodyTest.cpp.
const Model& body() {
  static const Model m = [] {
    BodyParameters params;
    params.gridCell = 0.01f;
    params.anatomy = false;  // the skin is what these tests check; MuscleGeometryTest covers muscles and bones
    params.occlusionRays = 4;
    auto r = generateBody(params, atlas().landmarks, test::shippedMuscles());
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error());
    return r.ok() ? r.value() : Model{};
  }();
  return m;
}

// Distance from a point to the skin surface (nearest triangle), using buckets of triangle centroids.
class SurfaceDistance {
 public:
  explicit SurfaceDistance(const Mesh& mesh) : mesh_(mesh) {
    for (std::uint32_t t = 0; t < mesh.indices.size(); t += 3) {
      const glm::vec3 c = (mesh.positions[mesh.indices[t]] + mesh.positions[mesh.indices[t + 1]] + mesh.positions[mesh.indices[t + 2]]) / 3.0f;
      buckets_[pack(cell(c))].push_back(t);
    }
  }
  float operator()(const glm::vec3& p) const {
    float best = 1e9f;
    const glm::ivec3 c = cell(p);
    for (int dx = -1; dx <= 1; ++dx)
      for (int dy = -1; dy <= 1; ++dy)
        for (int dz = -1; dz <= 1; ++dz) {
          const auto it = buckets_.find(pack(c + glm::ivec3(dx, dy, dz)));
          if (it == buckets_.end()) continue;
          for (auto t : it->second)
            best = std::min(best, pointTriangle(p, mesh_.positions[mesh_.indices[t]], mesh_.positions[mesh_.indices[t + 1]],
                                                mesh_.positions[mesh_.indices[t + 2]]));
        }
    return best;
  }

 private:
  static float pointTriangle(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, const glm::vec3& c) {
    return glm::distance(p, closestPointOnTriangle(p, a, b, c));
  }
  static constexpr float kCell = 0.03f;
  static glm::ivec3 cell(const glm::vec3& p) { return glm::ivec3(glm::floor(p / kCell)); }
  static long long pack(glm::ivec3 c) { return (long long)(c.x + 512) << 40 | (long long)(c.y + 512) << 20 | (c.z + 512); }
  const Mesh& mesh_;
  std::map<long long, std::vector<std::uint32_t>> buckets_;
};

TEST(GeneratedBody, SkinIsAClosedManifoldOfTheRequestedStature) {
  const Model& m = body();
  ASSERT_GE(m.meshes.size(), 1u);
  const Mesh& skin = m.meshes[0];
  EXPECT_EQ(skin.name, "skin");
  EXPECT_TRUE(isClosedManifold(skin));
  EXPECT_GT(signedVolume(skin), 0.05) << "an adult is around 0.07 cubic metres";
  EXPECT_LT(signedVolume(skin), 0.11);
  const Bounds b = m.bounds();
  EXPECT_NEAR(b.max.y - b.min.y, 1.75f, 0.02f);
  EXPECT_NEAR(b.min.y, 0.0f, 0.01f) << "standing on the floor";
  EXPECT_LT(skin.triangleCount(), 200000u) << "a sensible triangle budget";
}

TEST(GeneratedBody, EveryAtlasLandmarkSitsOnTheSkin) {
  const Model& m = body();
  SurfaceDistance toSkin(m.meshes[0]);
  std::size_t expected = 0;
  for (const auto& l : atlas().landmarks) expected += l.bilateral ? 2 : 1;
  ASSERT_EQ(m.landmarks.size(), expected);
  for (const auto& l : m.landmarks) EXPECT_LT(toSkin(l.position), 0.01f) << l.id;
}

TEST(GeneratedBody, LandmarksAreWhereAnatomySaysRelativeToEachOther) {
  std::map<std::string, glm::vec3> at;
  for (const auto& l : body().landmarks) at[l.id] = l.position;
  EXPECT_GT(at["vertex"].y, at["c7_spinous_process"].y);
  EXPECT_GT(at["acromion.r"].y, at["lateral_epicondyle.r"].y);
  EXPECT_GT(at["lateral_epicondyle.r"].y, at["radial_styloid.r"].y);
  EXPECT_GT(at["greater_trochanter.r"].y, at["patella.r"].y);
  EXPECT_GT(at["patella.r"].y, at["lateral_malleolus.r"].y);
  EXPECT_LT(at["acromion.r"].x, 0.0f) << "right side is -X";
  EXPECT_GT(at["acromion.l"].x, 0.0f);
  EXPECT_GT(at["nipple.r"].z, at["inferior_angle_scapula.r"].z) << "front is +Z";
  EXPECT_GT(at["great_toe.r"].z, at["calcaneus.r"].z);
  EXPECT_NEAR(at["c7_spinous_process"].x, 0.0f, 0.003f) << "midline landmarks on the midline";
  EXPECT_LT(at["lateral_epicondyle.r"].x, at["medial_epicondyle.r"].x) << "lateral is away from the midline";
}

TEST(GeneratedBody, LeftMirrorsRight) {
  const Model& m = body();
  std::map<std::string, glm::vec3> at;
  for (const auto& l : m.landmarks) at[l.id] = l.position;
  for (const auto& [id, p] : at) {
    if (id.size() < 2 || id.substr(id.size() - 2) != ".r") continue;
    const glm::vec3 left = at[id.substr(0, id.size() - 2) + ".l"];
    EXPECT_NEAR(glm::distance(left, p * glm::vec3(-1, 1, 1)), 0.0f, 0.004f) << id;
  }
  SurfaceDistance toSkin(m.meshes[0]);
  const auto& v = m.meshes[0].positions;
  // Within 1.2 of the 1 cm grid cell: the sampling of parts about a cell thick (the ear's helix is 9 mm thick, the
  // little toe 13 mm, a finger 2 cm) by marching tetrahedra and the simplifier is not mirror-exact (one toe's tip
  // can lose a cell the other keeps); a part built on one side only would be centimetres off.
  for (std::size_t i = 0; i < v.size(); i += 97)
    EXPECT_LT(toSkin(v[i] * glm::vec3(-1, 1, 1)), 0.012f) << "skin vertex " << i << " at (" << v[i].x << ", " << v[i].y << ", " << v[i].z << ")";
}

TEST(GeneratedBody, RigHasCanonicalJointsAndNormalisedWeights) {
  const Model& m = body();
  for (const char* name : {"pelvis", "spine_lumbar", "spine_thoracic_upper", "neck", "head", "jaw", "clavicle.r", "scapula.l",
                           "upper_arm.r", "forearm.l", "hand.r", "thumb3.l", "index2.r", "little3.l", "thigh.r", "shin.l",
                           "foot.r", "toes.l"})
    EXPECT_GE(findJoint(m.joints, name), 0) << name;
  for (std::size_t j = 0; j < m.joints.size(); ++j) EXPECT_LT(m.joints[j].parent, int(j)) << "parents come first";
  const Mesh& skin = m.meshes[0];
  ASSERT_EQ(skin.weights.size(), skin.positions.size());
  for (std::size_t v = 0; v < skin.weights.size(); ++v) {
    const glm::vec4 w = skin.weights[v];
    ASSERT_NEAR(w.x + w.y + w.z + w.w, 1.0f, 1e-4f) << v;
    ASSERT_GE(std::min({w.x, w.y, w.z, w.w}), 0.0f);
  }
}

TEST(GeneratedBody, SkinFollowsTheRightBones) {
  const Model& m = body();
  const Mesh& skin = m.meshes[0];
  std::map<std::string, glm::vec3> at;
  for (const auto& l : m.landmarks) at[l.id] = l.position;
  const auto dominantJointNear = [&](const glm::vec3& p) {
    std::size_t best = 0;
    for (std::size_t v = 1; v < skin.positions.size(); ++v)
      if (glm::distance(skin.positions[v], p) < glm::distance(skin.positions[best], p)) best = v;
    return m.joints[skin.joints[best][0]].name;
  };
  EXPECT_EQ(dominantJointNear(at["palm.r"]), "hand.r");
  EXPECT_EQ(dominantJointNear(at["mid_thigh_lateral.l"]), "thigh.l");
  EXPECT_EQ(dominantJointNear(at["mid_calf.r"]), "shin.r");
  EXPECT_EQ(dominantJointNear(at["vertex"]), "head");
  EXPECT_EQ(dominantJointNear(at["mid_arm_posterior.l"]), "upper_arm.l");
}

// The skin, with its weights spread and its folds relaxed, comes out bit for bit the same twice; bones and
// muscles too, which GltfExporter.GeneratedBodyIsByteIdenticalForTheSameParameters checks on the whole file (so
// this test does not generate them twice more: under the sanitizers CI runs, each costs about 20 s).
TEST(GeneratedBody, IsDeterministicAndScalesWithStature) {
  BodyParameters coarse;
  coarse.gridCell = 0.015f;
  coarse.anatomy = false;
  coarse.occlusionRays = 4;
  auto a = generateBody(coarse, atlas().landmarks, test::shippedMuscles());
  auto b = generateBody(coarse, atlas().landmarks, test::shippedMuscles());
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_EQ(a->meshes.size(), b->meshes.size());
  for (std::size_t i = 0; i < a->meshes.size(); ++i) {
    EXPECT_EQ(a->meshes[i].positions, b->meshes[i].positions) << a->meshes[i].name;
    EXPECT_EQ(a->meshes[i].indices, b->meshes[i].indices) << a->meshes[i].name;
    EXPECT_EQ(a->meshes[i].weights, b->meshes[i].weights) << a->meshes[i].name;
  }
  coarse.stature = 1.60f;  // the skin alone says the height
  auto small = generateBody(coarse, atlas().landmarks, test::shippedMuscles());
  ASSERT_TRUE(small.ok());
  EXPECT_NEAR(small->bounds().size().y, 1.60f, 0.03f);
}

TEST(GeneratedBody, UnknownLandmarkIsAnErrorThatNamesIt) {
  std::vector<Landmark> extra = atlas().landmarks;
  extra.push_back({"third_eye", "Third eye", LandmarkKind::Surface, false, ""});
  BodyParameters coarse;
  coarse.gridCell = 0.02f;
  auto r = generateBody(coarse, extra, test::shippedMuscles());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().find("third_eye"), std::string::npos);
}

}  // namespace
}  // namespace myoatlas
