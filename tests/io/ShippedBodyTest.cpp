// The body files the build produced (build/assets/body.glb and body-female.glb), read back the way the app reads
// them.
#include <algorithm>
#include <gtest/gtest.h>

#include "core/MeshChecks.h"
#include "core/geometry/Simplify.h"
#include "core/Pose.h"
#include "core/body/Anthropometry.h"
#include "core/body/BodyParameters.h"
#include "core/body/Skeleton.h"
#include "core/body/SkinColours.h"
#include "core/geometry/Bvh.h"
#include "core/scene/ScenePicker.h"
#include "core/atlas/AtlasLoader.h"
#include "io/ModelImporter.h"
#include "support/ShippedAtlas.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

struct ShippedFile {
  Sex sex;
  const char* path;
  float stature;
};

// Each body file imported once for all the tests on it.
const Model& shipped(const ShippedFile& file) {
  static std::map<std::string, Model> cache;
  auto it = cache.find(file.path);
  if (it == cache.end()) {
    auto imported = importModel(file.path);
    if (!imported) throw std::runtime_error(imported.error());
    it = cache.emplace(file.path, std::move(imported->model)).first;
  }
  return it->second;
}

class ShippedBody : public ::testing::TestWithParam<ShippedFile> {};

INSTANTIATE_TEST_SUITE_P(Bodies, ShippedBody,
                         ::testing::Values(ShippedFile{Sex::Male, MYOATLAS_DEFAULT_BODY, 1.75f},
                                           ShippedFile{Sex::Female, MYOATLAS_FEMALE_BODY, 1.63f}),
                         [](const ::testing::TestParamInfo<ShippedFile>& p) { return std::string(sexName(p.param.sex)); });

TEST_P(ShippedBody, IsAClosedSkinnedBodyWithEveryLandmark) {
  const Model& m = shipped(GetParam());
  const Mesh* skin = m.findMesh("skin");
  ASSERT_NE(skin, nullptr);
  EXPECT_EQ(skin->tissue, TissueKind::Skin);
  EXPECT_TRUE(isClosedManifold(*skin));
  // Light enough for the frame budget: the skin is drawn in every view (2026-12-03: 121,800 and 117,500 triangles,
  // the auricles at 4 mm edges since then; 21-22 ms a moving frame on llvmpipe, docs/PERFORMANCE.md; later that day
  // 125,900 and 119,400 with the palms' creases and his brows finely sampled).
  EXPECT_LT(skin->triangleCount(), 127000u);
  EXPECT_NEAR(m.bounds().size().y, GetParam().stature, 0.02f);
  EXPECT_EQ(m.joints.size(), 55u) << "the whole rig, finger joints included";
  ASSERT_TRUE(skin->skinned());
  for (const auto& w : skin->weights) ASSERT_NEAR(w.x + w.y + w.z + w.w, 1.0f, 1e-4f);
  const AtlasLoad& atlas = test::shippedAtlas();
  std::size_t expected = 0;
  for (const auto& l : atlas.atlas.landmarks) expected += l.bilateral ? 2 : 1;
  EXPECT_EQ(m.landmarks.size(), expected);
}

// The skin never passes through itself at rest, and hardly in any pose (issue 12): with weights spread along the
// surface, the shoulder shared with the clavicle and the knee and hip bent by dual quaternions, the triangles that
// cross another cover under 1% of the skin's area in any preset (0.6% at most on either body now). Counted by
// area, not by pairs: the pair count of the same fold moved by tens of percent with re-triangulation alone.
TEST_P(ShippedBody, SkinHardlyPassesThroughItselfInAnyPose) {
  const Model& m = shipped(GetParam());
  const Mesh* skin = m.findMesh("skin");
  ASSERT_NE(skin, nullptr);
  EXPECT_TRUE(isClosedManifold(*skin));  // posing moves vertices only: the same connectivity in every preset
  EXPECT_EQ(selfIntersections(*skin, skin->positions).size(), 0u) << "at rest";
  for (const PosePreset preset : kPosePresets) {
    const auto matrices = skinningMatrices(m, posePreset(preset));
    const auto posed = skinPositions(*skin, matrices, dualQuaternionShares(m.joints), seatFor(m, preset, matrices));
    EXPECT_LT(crossingAreaShare(*skin, selfIntersections(*skin, posed)), 0.01) << posePresetName(preset);
  }
}

// Seated, the body sits on a seat (core/Pose.h): nothing of the skin hangs below it behind its front edge (the
// buttocks hung 2 cm below the thighs' undersides, "balloons" to a reviewer), its underside lies flat on it over
// the buttocks, no bone is pressed (the ischial tuberosities rest above it), and the stool under it hides from
// picking what it hides from sight.
TEST_P(ShippedBody, SeatedBodySitsFlatOnItsSeat) {
  const Model& m = shipped(GetParam());
  const auto matrices = skinningMatrices(m, posePreset(PosePreset::Seated));
  const auto seat = seatFor(m, PosePreset::Seated, matrices);
  ASSERT_TRUE(seat.has_value());
  const auto shares = dualQuaternionShares(m.joints);
  const Mesh* skin = m.findMesh("skin");
  ASSERT_NE(skin, nullptr);
  float lowest = 1.0f, nearFront = -1.0f, nearBack = 1.0f;
  for (const auto& p : skinPositions(*skin, matrices, shares, seat)) {
    if (p.z > seat->front - Seat::kSeatEdge || p.y > seat->height + 0.3f) continue;  // knees, shins and feet hang in front
    lowest = std::min(lowest, p.y);
    if (p.y < seat->height + 0.005f) nearFront = std::max(nearFront, p.z), nearBack = std::min(nearBack, p.z);
  }
  EXPECT_GT(lowest, seat->height - 0.005f) << "nothing hangs below the seat";
  EXPECT_GT(nearFront - nearBack, 0.12f) << "the buttocks rest flat on it, front to back";
  for (const Mesh& mesh : m.meshes) {
    if (mesh.tissue != TissueKind::Bone) continue;
    for (const auto& p : skinPositions(mesh, matrices, shares))
      ASSERT_GT(onSeat(p, *seat).y, p.y - 1e-4f) << mesh.name << " is above the seat, not pressed into it";
  }
  // The stool hides what lies behind it from picking too: a ray from behind and below, through the stool into the
  // buttock, picks nothing; without the seat (and its stool) the same ray picks the skin.
  const glm::vec3 buttock(-0.08f, seat->height + 0.01f, seat->front - 0.25f), from(-0.08f, seat->height - 0.2f, seat->front - 0.8f);
  const Ray through{from, glm::normalize(buttock - from)};
  const auto pickable = [&](std::size_t i) { return m.meshes[i].tissue == TissueKind::Skin; };
  EXPECT_FALSE(ScenePicker(m, matrices, seat).pick(through, pickable).has_value()) << "picked through the stool";
  EXPECT_TRUE(ScenePicker(m, matrices).pick(through, pickable).has_value()) << "the ray reaches the skin without the stool";
  // Without the seat the same pose hangs the buttocks below it: the test sees the difference.
  float unseated = 1.0f;
  for (const auto& p : skinPositions(*skin, matrices, shares))
    if (p.z < seat->front - Seat::kSeatEdge && p.y < seat->height + 0.3f) unseated = std::min(unseated, p.y);
  EXPECT_LT(unseated, seat->height - 0.015f);
}

// Where a joint of the body's rig is, at rest.
glm::vec3 jointAt(const Model& m, const std::string& name) {
  const int j = findJoint(m.joints, name);
  EXPECT_GE(j, 0) << name;
  return j < 0 ? glm::vec3(0.0f) : glm::vec3(m.joints[std::size_t(j)].restWorld[3]);
}

// The skin's separate loops in the horizontal plane at `y` whose centres lie within `radius` of `near` (x and z).
std::size_t loopsNear(const Mesh& skin, float y, const glm::vec3& near, float radius) {
  std::size_t n = 0;
  for (const auto& l : horizontalSection(skin, y))
    if (glm::distance(glm::vec2(l.centre.x, l.centre.z), glm::vec2(near.x, near.z)) < radius) ++n;
  return n;
}

// Issue 12: the hand has four fingers and a thumb of their own. Across the fingers just above the lowest proximal
// interphalangeal joint, four loops: the webs between them end about a third of the way down the proximal
// phalanges, as in life (with the fingers 8% broader the middle and ring fingers were joined 3 cm below their
// knuckles, past the middle of the phalanx). Across the thumb at its interphalangeal joint, the thumb apart from
// the palm. The toes are not counted: they touch one another in life, and here they are joined to their tips.
TEST_P(ShippedBody, FingersAndThumbStandApart) {
  const Model& m = shipped(GetParam());
  const Mesh& skin = *m.findMesh("skin");
  const float scale = GetParam().stature / kReferenceStature;
  float fingers = -1.0f;
  for (const char* j : {"index2.r", "middle2.r", "ring2.r", "little2.r"}) fingers = std::max(fingers, jointAt(m, j).y);
  const glm::vec3 hand = 0.5f * (jointAt(m, "index1.r") + jointAt(m, "little1.r"));
  EXPECT_EQ(loopsNear(skin, fingers - 0.003f * scale, hand, 0.05f * scale), 4u) << "fingers";
  const glm::vec3 thumb = jointAt(m, "thumb3.r");
  EXPECT_EQ(loopsNear(skin, thumb.y + 0.004f * scale, hand, 0.07f * scale), 2u) << "the palm and the thumb";
}

// No skin triangle is turned over (facing against the surface around it): each drew a dark dash on the scalp,
// the shoulders and the base of the neck (125 of them before the generator unfolded them).
TEST_P(ShippedBody, SkinHasNoTurnedOverTriangles) {
  Mesh skin = *shipped(GetParam()).findMesh("skin");
  EXPECT_LE(flippedTriangles(skin).size(), 3u);
}

// Every atlas muscle comes back from the file as two closed, skinned muscle meshes with fibre directions.
TEST_P(ShippedBody, HasEveryAtlasMuscleOnBothSides) {
  const Model& m = shipped(GetParam());
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
TEST_P(ShippedBody, HasTheFasciaeAsTendon) {
  for (const char* name : {"thoracolumbar_fascia.r", "iliotibial_tract.l", "calcaneal_tendon.r"}) {
    const Mesh* mesh = shipped(GetParam()).findMesh(name);
    ASSERT_NE(mesh, nullptr) << name;
    EXPECT_EQ(mesh->tissue, TissueKind::Tendon) << name;
    EXPECT_TRUE(isClosedManifold(*mesh)) << name;
    EXPECT_TRUE(mesh->skinned()) << name;
  }
}

// Skin on, no muscle shows through it: by area, at most 2% of a muscle's surface lies outside the skin (a
// flap of muscle bridging the armpit is a few large triangles; counting triangles would miss it).
TEST_P(ShippedBody, NoMuscleShowsThroughTheSkin) {
  const Model& m = shipped(GetParam());
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

// Stature, breadths, heights, arm length and head within 5% of the survey's means for the body's sex
// (core/body/Anthropometry.cpp cites them), at the body's stature.
TEST_P(ShippedBody, MeasuresWithinFivePercentOfTheSurveyMeans) {
  const auto measured = measureBody(shipped(GetParam()), GetParam().sex);
  ASSERT_TRUE(measured.has_value()) << "the body lacks its skin or a landmark the measurements use";
  EXPECT_GE(measured->size(), 11u);
  for (const auto& m : *measured)
    EXPECT_NEAR(m.measured / m.reference, 1.0f, 0.05f) << m.name << ": " << m.measured * 100.0f << " cm, survey "
                                                      << m.reference * 100.0f << " cm";
}

// The femur is about a quarter longer than the tibia (Trotter and Gleser's regressions give 47.7 and 38.5 cm at
// 1.75 m, 1.24 : 1; BodyParts3D's bones 1.27 : 1): with the knee 3.5 cm too high they were nearly equal (1.06),
// which a reviewer saw at a glance. Lengths are the bones' heights standing, on both bodies.
TEST_P(ShippedBody, FemurIsAQuarterLongerThanTheTibia) {
  const Model& m = shipped(GetParam());
  const Mesh* femur = m.findMesh("femur.r");
  const Mesh* tibia = m.findMesh("tibia.r");
  ASSERT_TRUE(femur && tibia);
  const Bounds f = femur->bounds(), t = tibia->bounds();
  const float ratio = (f.max.y - f.min.y) / (t.max.y - t.min.y);
  EXPECT_GT(ratio, 1.17f) << "femur " << (f.max.y - f.min.y) * 100.0f << " cm, tibia " << (t.max.y - t.min.y) * 100.0f << " cm";
  EXPECT_LT(ratio, 1.32f) << "femur " << (f.max.y - f.min.y) * 100.0f << " cm, tibia " << (t.max.y - t.min.y) * 100.0f << " cm";
  EXPECT_LT(f.min.y, t.max.y) << "the femur's condyles should reach the tibia's plateau";
}

// Every landmark lies on the skin (soft-tissue ones) or just under it (bony ones, over their bone): the patterns
// anchored on them land where the charts put them, on both bodies.
TEST_P(ShippedBody, LandmarksLieOnTheSkinOverWhatTheyName) {
  const Model& m = shipped(GetParam());
  const Mesh* skin = m.findMesh("skin");
  ASSERT_NE(skin, nullptr);
  const Bvh skinTree(*skin);
  Mesh bones;  // every bone in one mesh
  for (const auto& mesh : m.meshes)
    if (mesh.tissue == TissueKind::Bone) appendTriangles(bones, mesh);
  const Bvh boneTree(bones);
  std::map<std::string, LandmarkKind> kind;
  for (const auto& l : test::shippedAtlas().atlas.landmarks) kind[l.id] = l.kind;
  for (const auto& l : m.landmarks) {
    const auto onSkin = skinTree.nearest(l.position);
    ASSERT_TRUE(onSkin.has_value());
    const std::string id = l.id.substr(0, l.id.find('.'));
    if (kind[id] != LandmarkKind::Bony) {
      EXPECT_LT(onSkin->distance, 0.004f) << l.id << " lies on the skin";
      continue;
    }
    EXPECT_LT(onSkin->distance, 0.012f) << l.id << " lies just under the skin";
    // Where the body stands, not the target: the skin is still the shape envelope, 4-5 cm over the acromion,
    // the greater tubercle and the sacroiliac joint (a real acromion is under about 1 cm); the skin built over the
    // anatomy (issue 12) tightens this to the real soft-tissue depths.
    EXPECT_LT(boneTree.nearest(l.position)->distance, 0.05f) << l.id << " lies over its bone";
  }
}

// The skin shows what makes a face and a chest read as a person's (issue 12): a dark pupil in a brown iris on the
// white of each eye, brows over the orbits but not between them, red lips, darker areolae; and the skin's own
// tone on all the rest, where patterns are painted.
TEST_P(ShippedBody, SkinShowsEyesBrowsLipsAndAreolae) {
  const Model& m = shipped(GetParam());
  const Mesh* skin = m.findMesh("skin");
  ASSERT_NE(skin, nullptr);
  ASSERT_EQ(skin->colours.size(), skin->positions.size()) << "every skin vertex has a colour";
  std::map<std::string, glm::vec3> at;
  for (const auto& l : m.landmarks) at[l.id] = l.position;
  // Lightness and redness (red over green) relative to plain skin's.
  const glm::vec3 tone = plainSkinColour();
  const auto lightness = [&](const glm::vec3& c) { return (0.3f * c.r + 0.6f * c.g + 0.1f * c.b) / (0.3f * tone.r + 0.6f * tone.g + 0.1f * tone.b); };
  const auto redness = [&](const glm::vec3& c) { return (c.r / c.g) / (tone.r / tone.g); };
  // The least and the most of a measure within `radius` of a point.
  const auto near = [&](const glm::vec3& p, float radius, auto measure, bool most) {
    float best = most ? 0.0f : 1e9f;
    for (std::size_t v = 0; v < skin->positions.size(); ++v)
      if (glm::distance(skin->positions[v], p) < radius) {
        const float x = measure(skin->colours[v]);
        best = most ? std::max(best, x) : std::min(best, x);
      }
    return best;
  };
  for (const char* side : {".r", ".l"}) {
    const std::string eye = std::string("eye") + side, brow = std::string("supraorbital_ridge") + side;
    EXPECT_LT(near(at[eye], 0.015f, lightness, false), 0.05f) << eye << ": a pupil";
    EXPECT_GT(near(at[eye], 0.015f, lightness, true), 1.3f) << eye << ": its white, lighter than skin";
    EXPECT_LT(near(at[brow], 0.012f, lightness, false), 0.6f) << brow << ": a brow";
    EXPECT_LT(near(at[std::string("nipple") + side], 0.006f, lightness, false), 0.7f) << "the areola";
  }
  EXPECT_GT(near(at["glabella"], 0.006f, lightness, false), 0.95f) << "the brows do not meet";
  // Short hair over the scalp, down to a hairline on the forehead about 5 cm above the brows; the ears bare.
  EXPECT_LT(near(at["vertex"], 0.02f, lightness, true), 0.75f) << "hair on the crown";
  EXPECT_LT(near(at["external_occipital_protuberance"], 0.01f, lightness, true), 0.75f) << "hair on the back of the head";
  EXPECT_GT(near(at["glabella"] + glm::vec3(0.0f, 0.025f, -0.005f), 0.006f, lightness, false), 0.9f) << "a bare forehead";
  for (const char* side : {".r", ".l"}) {
    const glm::vec3 ear = at[std::string("ear") + side];  // the tragion: the auricle stands out behind it
    EXPECT_GT(near(ear + glm::vec3(std::copysign(0.006f, ear.x), 0.0f, -0.015f), 0.005f, lightness, false), 0.8f) << "a bare auricle";
  }
  // Nails on the backs of the fingertips (palms face forward, +Z, at rest), not on the pads.
  for (const char* finger : {"index", "middle", "ring", "little"}) {
    const glm::vec3 p2 = jointAt(m, std::string(finger) + "2.r"), p3 = jointAt(m, std::string(finger) + "3.r");
    const glm::vec3 nail = p3 + (p3 - p2) * 0.5f;
    // Each compared with the same side of the finger's middle segment (the palmar side is paler, and the
    // neighbouring fingers shade both alike).
    const glm::vec3 middle = p2 + (p3 - p2) * 0.5f, back(0.0f, 0.0f, -0.008f);
    EXPECT_GT(near(nail + back, 0.004f, lightness, true), 1.04f * near(middle + back, 0.004f, lightness, true)) << finger << ": a nail on its back";
    const float pad = near(nail - back, 0.004f, lightness, true), palmar = near(middle - back, 0.004f, lightness, true);
    EXPECT_LT(std::abs(pad - palmar), 0.03f * palmar) << finger << ": none on its pad";
  }
  for (const char* side : {".r", ".l"})
    EXPECT_GT(near(at[std::string("palm") + side], 0.008f, lightness, true), 1.02f * near(at[std::string("dorsal_hand") + side], 0.008f, lightness, true))
        << "the palm paler than the back of the hand";
  const float lips = near(at["mental_protuberance"], 0.045f, redness, true);
  EXPECT_GT(lips, 1.2f) << "lips redder than skin above the chin";
  // The knees, elbows and ears a little warmer than the thigh, the forearm and the scalp beside them: faintly, so
  // that no one takes them for a painted pain zone (half as red as the lips at most).
  for (const auto& [flushed, plain] : {std::pair<const char*, const char*>{"patella", "mid_thigh_anterior"}, {"olecranon", "mid_forearm_dorsal"}, {"ear", "temple"}}) {
    const std::string f = std::string(flushed) + ".r", q = std::string(plain) + ".r";
    const float here = near(at[f], 0.01f, redness, true), there = near(at[q], 0.01f, redness, true);
    EXPECT_GT(here, there + 0.015f) << flushed << " warmer than the " << plain;
    EXPECT_LT(here - 1.0f, 0.5f * (lips - 1.0f)) << flushed << ": a faint flush, not a painted zone";
  }
  // Everything else is plain skin or that faint flush: under 1% of the surface is clearly coloured otherwise. The
  // shading baked into the colours (ambient occlusion: folds darker) is not a colour: compared at equal lightness.
  const auto hue = [&](const glm::vec3& c) { return c * (lightness(tone) / std::max(lightness(c), 1e-3f)); };
  double area = 0.0, coloured = 0.0;
  for (std::size_t t = 0; t < skin->indices.size(); t += 3) {
    const glm::vec3 &a = skin->positions[skin->indices[t]], &b = skin->positions[skin->indices[t + 1]],
                    &c = skin->positions[skin->indices[t + 2]];
    const double triangle = 0.5 * glm::length(glm::cross(b - a, c - a));
    area += triangle;
    for (int k = 0; k < 3; ++k)
      if (glm::distance(hue(skin->colours[skin->indices[t + std::size_t(k)]]), tone) > 0.06f) coloured += triangle / 3.0;
  }
  EXPECT_LT(coloured / area, 0.01);
  EXPECT_GT(coloured / area, 0.0005);
}

// Soft light is shaded by what stands near (ambient occlusion baked into the vertex colours, core/geometry/
// Occlusion.h): the navel's pit, the inside of the ear and the armpit are darker than the open chest and thigh,
// which keep their tone; the gaps between muscles darken, but a deep muscle that peeling lays bare is not dark
// with the superficial muscle over it (each is shaded only by its own layer, the deeper ones and the bones).
TEST_P(ShippedBody, FoldsAndGapsAreShadedTheOpenSurfaceIsNot) {
  const Model& m = shipped(GetParam());
  const Mesh* skin = m.findMesh("skin");
  ASSERT_NE(skin, nullptr);
  ASSERT_TRUE(skin->hasColours());
  std::map<std::string, glm::vec3> at;
  for (const auto& l : m.landmarks) at[l.id] = l.position;
  const auto grey = [](const glm::vec3& c) { return 0.3f * c.r + 0.6f * c.g + 0.1f * c.b; };
  // The median lightness of the skin's colour within `radius` of a point, relative to the skin's overall median.
  const auto medianOf = [&](const Mesh& mesh, auto inside) {
    std::vector<float> values;
    for (std::size_t v = 0; v < mesh.positions.size(); ++v)
      if (inside(mesh.positions[v])) values.push_back(grey(mesh.hasColours() ? mesh.colours[v] : glm::vec3(1.0f)));
    if (values.empty()) return -1.0f;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(values.size() / 2), values.end());
    return values[values.size() / 2];
  };
  const float overall = medianOf(*skin, [](const glm::vec3&) { return true; });
  const auto around = [&](const std::string& id, float radius) {
    return medianOf(*skin, [&](const glm::vec3& p) { return glm::distance(p, at[id]) < radius; }) / overall;
  };
  for (const char* open : {"sternal_body", "mid_thigh_anterior.r", "mid_calf.r", "mid_arm_posterior.r"}) {
    EXPECT_GT(around(open, 0.02f), 0.95f) << open << ": open skin keeps its tone";
    EXPECT_LT(around(open, 0.02f), 1.05f) << open << ": open skin keeps its tone";
  }
  EXPECT_LT(around("umbilicus", 0.008f), 0.88f) << "the navel's pit is shaded";
  EXPECT_LT(around("posterior_axillary_fold.r", 0.02f), 0.88f) << "the armpit is shaded";
  EXPECT_LT(around("ear.r", 0.012f), 0.95f) << "the ear's hollows are shaded";
  // Muscles: seen from behind, where peeling lays them bare, the deep piriformis and the intermediate
  // infraspinatus keep most of their colour (under gluteus maximus and trapezius-deltoid they would be darkened
  // to a third of it); their edges, against their neighbours, are shaded.
  for (const auto& [name, least] : {std::pair<const char*, float>{"piriformis.r", 0.5f}, {"infraspinatus.r", 0.7f}}) {
    const Mesh* mesh = m.findMesh(name);
    ASSERT_NE(mesh, nullptr) << name;
    ASSERT_TRUE(mesh->hasColours()) << name;
    std::vector<float> back;
    for (std::size_t v = 0; v < mesh->positions.size(); ++v)
      if (mesh->normals[v].z < -0.5f) back.push_back(grey(mesh->colours[v]));
    ASSERT_FALSE(back.empty()) << name;
    std::sort(back.begin(), back.end());
    EXPECT_GT(back[back.size() / 2], least) << name << ": the median of the side facing back";
    EXPECT_LT(back[back.size() / 10], 0.8f) << name << ": shaded where it meets its neighbours";
  }
}

// The female body is the same anatomy: the same joints, meshes and landmarks under the same names, so patterns,
// the pain finder, peeling and picking work on it unchanged.
TEST(ShippedBodies, TheFemaleBodyHasTheMaleBodysNames) {
  const Model& male = shipped({Sex::Male, MYOATLAS_DEFAULT_BODY, 1.75f});
  const Model& female = shipped({Sex::Female, MYOATLAS_FEMALE_BODY, 1.63f});
  ASSERT_EQ(male.meshes.size(), female.meshes.size());
  for (std::size_t i = 0; i < male.meshes.size(); ++i) EXPECT_EQ(male.meshes[i].name, female.meshes[i].name);
  ASSERT_EQ(male.joints.size(), female.joints.size());
  for (std::size_t i = 0; i < male.joints.size(); ++i) EXPECT_EQ(male.joints[i].name, female.joints[i].name);
  ASSERT_EQ(male.landmarks.size(), female.landmarks.size());
  for (std::size_t i = 0; i < male.landmarks.size(); ++i) EXPECT_EQ(male.landmarks[i].id, female.landmarks[i].id);
  // And her proportions are not his: narrower shoulders, broader hips for her stature.
  const auto him = measureBody(male, Sex::Male), her = measureBody(female, Sex::Female);
  ASSERT_TRUE(him && her);
  const auto ratio = [](const std::vector<BodyMeasurement>& ms, const std::string& name) {
    float value = 0.0f, stature = 1.0f;
    for (const auto& m : ms) {
      if (m.name == name) value = m.measured;
      if (m.name == "stature") stature = m.measured;
    }
    return value / stature;
  };
  EXPECT_LT(ratio(*her, "biacromial breadth"), 0.97f * ratio(*him, "biacromial breadth"));
  EXPECT_GT(ratio(*her, "hip breadth"), 1.05f * ratio(*him, "hip breadth"));
}

}  // namespace
}  // namespace myoatlas
