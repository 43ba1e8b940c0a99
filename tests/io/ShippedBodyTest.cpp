// The default body file the build produced (build/assets/body.glb), read back the way the app reads it.
#include <gtest/gtest.h>

#include "core/MeshChecks.h"
#include "core/geometry/Bvh.h"
#include "core/atlas/AtlasLoader.h"
#include "io/ModelImporter.h"
#include "support/ShippedAtlas.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

TEST(ShippedBody, IsAClosedSkinnedBodyWithEveryLandmark) {
  auto imported = importModel(MYOATLAS_DEFAULT_BODY);
  ASSERT_TRUE(imported.ok()) << imported.error();
  const Model& m = imported->model;
  const Mesh* skin = m.findMesh("skin");
  ASSERT_NE(skin, nullptr);
  EXPECT_EQ(skin->tissue, TissueKind::Skin);
  EXPECT_TRUE(isClosedManifold(*skin));
  EXPECT_LT(skin->triangleCount(), 120000u);
  EXPECT_NEAR(m.bounds().size().y, 1.75f, 0.02f);
  EXPECT_EQ(m.joints.size(), 55u) << "the whole rig, finger joints included";
  ASSERT_TRUE(skin->skinned());
  for (const auto& w : skin->weights) ASSERT_NEAR(w.x + w.y + w.z + w.w, 1.0f, 1e-4f);
  const AtlasLoad& atlas = test::shippedAtlas();
  std::size_t expected = 0;
  for (const auto& l : atlas.atlas.landmarks) expected += l.bilateral ? 2 : 1;
  EXPECT_EQ(m.landmarks.size(), expected);
}

// Every atlas muscle comes back from the file as two closed, skinned muscle meshes with fibre directions.
TEST(ShippedBody, HasEveryAtlasMuscleOnBothSides) {
  auto imported = importModel(MYOATLAS_DEFAULT_BODY);
  ASSERT_TRUE(imported.ok()) << imported.error();
  const Model& m = imported->model;
  for (const auto& muscle : test::shippedAtlas().atlas.muscles)
    for (const char* side : {".r", ".l"}) {
      const Mesh* mesh = m.findMesh(muscle.id + side);
      ASSERT_NE(mesh, nullptr) << muscle.id << side;
      EXPECT_EQ(mesh->tissue, TissueKind::Muscle) << mesh->name;
      EXPECT_TRUE(isClosedManifold(*mesh)) << mesh->name;
      EXPECT_TRUE(mesh->skinned()) << mesh->name;
      EXPECT_EQ(mesh->fibres.size(), mesh->positions.size()) << mesh->name;
      EXPECT_EQ(mesh->tendon.size(), mesh->positions.size()) << mesh->name;
    }
}

// The fasciae and tendons muscles attach through are there, closed, drawn as tendon, and identified as no muscle.
TEST(ShippedBody, HasTheFasciaeAsTendon) {
  auto imported = importModel(MYOATLAS_DEFAULT_BODY);
  ASSERT_TRUE(imported.ok()) << imported.error();
  for (const char* name : {"thoracolumbar_fascia.r", "iliotibial_tract.l", "calcaneal_tendon.r"}) {
    const Mesh* mesh = imported->model.findMesh(name);
    ASSERT_NE(mesh, nullptr) << name;
    EXPECT_EQ(mesh->tissue, TissueKind::Tendon) << name;
    EXPECT_TRUE(isClosedManifold(*mesh)) << name;
    EXPECT_TRUE(mesh->skinned()) << name;
  }
}

// Skin on, no muscle shows through it: by area, at most 2% of a muscle's surface lies outside the skin (a
// flap of muscle bridging the armpit is a few large triangles; counting triangles would miss it).
TEST(ShippedBody, NoMuscleShowsThroughTheSkin) {
  auto imported = importModel(MYOATLAS_DEFAULT_BODY);
  ASSERT_TRUE(imported.ok()) << imported.error();
  const Model& m = imported->model;
  const Mesh* skin = m.findMesh("skin");
  ASSERT_NE(skin, nullptr);
  const Bvh bvh(*skin);
  for (const auto& mesh : m.meshes) {
    if (mesh.tissue != TissueKind::Muscle) continue;
    double outside = 0.0, area = 0.0;
    Bounds where;
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
      const glm::vec3 a = mesh.positions[mesh.indices[t]], b = mesh.positions[mesh.indices[t + 1]], c = mesh.positions[mesh.indices[t + 2]];
      const double triangle = 0.5 * double(glm::length(glm::cross(b - a, c - a)));
      area += triangle;
      if (!bvh.encloses((a + b + c) / 3.0f)) outside += triangle, where.add((a + b + c) / 3.0f);
    }
    EXPECT_LE(outside / area, 0.02) << mesh.name << " shows through the skin between " << where.min.x << ", " << where.min.y
                                    << ", " << where.min.z << " and " << where.max.x << ", " << where.max.y << ", " << where.max.z;
  }
}

}  // namespace
}  // namespace myoatlas
