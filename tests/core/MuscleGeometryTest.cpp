// The generated muscles: one closed mesh per atlas muscle and side, inside the skin, mirrored, layered, with
// fibre directions and tendons.
#include "core/body/MuscleGeometry.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include <glm/gtc/constants.hpp>
#include <gtest/gtest.h>

#include "core/MeshChecks.h"
#include "core/body/BodyGenerator.h"
#include "core/geometry/Bvh.h"
#include "support/ShippedAtlas.h"

namespace myoatlas {
namespace {

// Shares of a muscle's vertices inside bone (GeneratedMuscles.DoNotRunThroughBone). The median muscle has 1.6%
// (its attachments). The worst bound is a ratchet, not the goal: the buccinator, medial pterygoid and
// zygomaticus (57, 57, 42%) are squeezed against the face bones by the narrow skin of the face, the opponens
// pollicis (45%) against the first metacarpal in the mitten hand, and the piriformis and gluteus minimus (56,
// 36%) run, where BodyParts3D has them, through our femoral neck, which sits 2 cm higher than the real one with
// the hip joint (docs/ANATOMY.md; all wait for the skin issue, 12).
constexpr float kMedianInsideBone = 0.03f;
constexpr float kWorstInsideBone = 0.6f;
constexpr float kCoveringMuscleInsideBone = 0.22f;  // the muscles that must lie over their bone

const Model& body() {
  static const Model m = [] {
    BodyParameters params;
    params.gridCell = 0.01f;
    params.occlusionRays = 4;  // the baked shading is not what these tests look at
    auto r = generateBody(params, test::shippedAtlas().atlas.landmarks, test::shippedMuscles());
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error());
    return r.ok() ? r.value() : Model{};
  }();
  return m;
}

std::vector<const Mesh*> muscles() {
  std::vector<const Mesh*> out;
  for (const auto& mesh : body().meshes)
    if (mesh.tissue == TissueKind::Muscle) out.push_back(&mesh);
  return out;
}

TEST(GeneratedMuscles, NamesMatchTheAtlasOneToOne) {
  std::set<std::string> expected, found;
  for (const auto& m : test::shippedAtlas().atlas.muscles) {
    expected.insert(m.id + ".r");
    expected.insert(m.id + ".l");
  }
  for (const auto& spec : test::shippedMuscles())  // and the muscles the atlas has no trigger points for
    if (spec.tissue == TissueKind::Muscle && !test::shippedAtlas().atlas.muscle(spec.id)) {
      expected.insert(spec.id + ".r");
      expected.insert(spec.id + ".l");
    }
  for (const Mesh* m : muscles()) EXPECT_TRUE(found.insert(m->name).second) << "twice: " << m->name;
  for (const auto& name : expected) EXPECT_TRUE(found.count(name)) << "missing: " << name;
  for (const auto& name : found) EXPECT_TRUE(expected.count(name)) << "not in the atlas: " << name;
}

TEST(GeneratedMuscles, AreClosedNonDegenerateAndOutwardFacing) {
  for (const Mesh* m : muscles()) {
    EXPECT_TRUE(isClosedManifold(*m)) << m->name;
    EXPECT_GT(signedVolume(*m), 1e-7) << m->name << " encloses a volume, triangles facing out";
    std::size_t degenerate = 0;
    for (std::size_t t = 0; t < m->indices.size(); t += 3) {
      const glm::vec3 a = m->positions[m->indices[t]], b = m->positions[m->indices[t + 1]], c = m->positions[m->indices[t + 2]];
      if (glm::length(glm::cross(b - a, c - a)) < 1e-10f) ++degenerate;
    }
    EXPECT_EQ(degenerate, 0u) << m->name;
    ASSERT_EQ(m->weights.size(), m->positions.size()) << m->name << " is skinned";
    for (const auto& w : m->weights) {
      ASSERT_NEAR(w.x + w.y + w.z + w.w, 1.0f, 1e-4f) << m->name;
      ASSERT_GE(std::min({w.x, w.y, w.z, w.w}), 0.0f) << m->name;
    }
    ASSERT_EQ(m->fibres.size(), m->positions.size()) << m->name;
    for (const auto& f : m->fibres) ASSERT_NEAR(glm::length(f), 1.0f, 1e-3f) << m->name;
  }
}

TEST(GeneratedMuscles, LieInsideTheSkin) {
  const Mesh* skin = body().findMesh("skin");
  ASSERT_NE(skin, nullptr);
  const Bvh bvh(*skin);
  std::size_t inside = 0, sampled = 0;
  std::map<std::string, int> outsideByMuscle;
  for (const Mesh* m : muscles()) {
    double outsideArea = 0.0, area = 0.0;
    for (std::size_t t = 0; t < m->indices.size(); t += 3) {  // every triangle's centre
      ++sampled;
      const glm::vec3 a = m->positions[m->indices[t]], b = m->positions[m->indices[t + 1]], c = m->positions[m->indices[t + 2]];
      const double triangleArea = 0.5 * double(glm::length(glm::cross(b - a, c - a)));
      area += triangleArea;
      if (bvh.encloses((a + b + c) / 3.0f)) ++inside;
      else ++outsideByMuscle[m->name], outsideArea += triangleArea;
    }
    // No muscle shows through the skin as a flap (a few large triangles bridging the armpit count by area). This
    // body's skin is polygonised on a coarse 1 cm grid and cuts corners; ShippedBody checks the real one to 2%.
    EXPECT_LE(outsideArea / area, 0.10) << m->name << " pokes out of the skin";
  }
  std::string worst;
  for (const auto& [name, n] : outsideByMuscle)
    if (name.back() == 'r') worst += name + " " + std::to_string(n) + ", ";
  // The issue asks for 98%; the muscles are built 3.5 mm inside the body form, so far fewer stray out.
  EXPECT_GE(double(inside) / double(sampled), 0.995) << "outside the skin: " << worst;
}

TEST(GeneratedMuscles, LeftMirrorsRight) {
  for (const Mesh* m : muscles()) {
    if (m->name.substr(m->name.size() - 2) != ".r") continue;
    const Mesh* left = body().findMesh(m->name.substr(0, m->name.size() - 2) + ".l");
    ASSERT_NE(left, nullptr) << m->name;
    ASSERT_EQ(left->positions.size(), m->positions.size());
    for (std::size_t v = 0; v < m->positions.size(); v += 5)
      ASSERT_LT(glm::distance(left->positions[v], m->positions[v] * glm::vec3(-1, 1, 1)), 1e-5f) << m->name;
    EXPECT_LT(m->bounds().center().x, 0.0f) << m->name << " is on the right (-X)";
  }
}

// What a teacher checks first: the deltoid caps the shoulder over the supraspinatus, the gluteus maximus covers
// the piriformis, the gastrocnemius lies behind the soleus, the rectus abdominis in front.
TEST(GeneratedMuscles, SuperficialMusclesCoverDeepOnes) {
  const auto centre = [](const char* name) {
    const Mesh* m = body().findMesh(name);
    EXPECT_NE(m, nullptr) << name;
    return m ? m->bounds().center() : glm::vec3(0.0f);
  };
  EXPECT_LT(centre("gluteus_maximus.r").z, centre("piriformis.r").z) << "gluteus maximus behind the piriformis";
  EXPECT_LT(centre("gastrocnemius.r").z, centre("soleus.r").z + 0.01f);
  EXPECT_GT(centre("rectus_abdominis.r").z, centre("psoas_major.r").z);
  EXPECT_LT(centre("middle_deltoid.r").x, centre("supraspinatus.r").x) << "deltoid lateral to the supraspinatus";
  EXPECT_GT(centre("upper_trapezius.r").y, centre("latissimus_dorsi.r").y);
  EXPECT_GT(centre("temporalis.r").y, centre("masseter.r").y);
}

TEST(GeneratedMuscles, TendonsAtTheEndsBelliesInTheMiddle) {
  const Mesh* m = body().findMesh("biceps_brachii.r");
  ASSERT_NE(m, nullptr);
  // The lowest vertex (insertion on the radius) is tendon; the vertex nearest mid-arm is belly.
  std::size_t lowest = 0, middle = 0;
  const float midY = m->bounds().center().y;
  for (std::size_t v = 0; v < m->positions.size(); ++v) {
    if (m->positions[v].y < m->positions[lowest].y) lowest = v;
    if (std::abs(m->positions[v].y - midY) < std::abs(m->positions[middle].y - midY)) middle = v;
  }
  EXPECT_GT(m->tendon[lowest], 0.5f);
  EXPECT_LT(m->tendon[middle], 0.1f);
  EXPECT_GT(std::abs(m->fibres[middle].y), 0.8f) << "biceps fibres run along the arm";
}

// The rectus abdominis reads as it does in life: three pale tendinous intersections cross its belly between
// the pubis and the costal margin, with red belly between them.
TEST(GeneratedMuscles, RectusAbdominisHasItsTendinousIntersections) {
  const Mesh* m = body().findMesh("rectus_abdominis.r");
  ASSERT_NE(m, nullptr);
  // The medial part's own height (the lateral part rises higher, onto the fifth costal cartilage).
  glm::vec3 lo(1e9f), hi(-1e9f);
  for (const auto& p : m->positions)
    if (p.x > -0.03f) lo = glm::min(lo, p), hi = glm::max(hi, p);
  // Along the muscle's medial part (within 3 cm of the midline, where its rows run across level), in slabs 3 mm
  // apart and 9 mm thick between 15% and 90% of its height: how much of each slab is tendon. A band is a run of
  // tendinous slabs (gaps of a slab or two between the mesh's rows do not split it).
  std::vector<float> slabTendon;
  for (float y = lo.y + 0.15f * (hi.y - lo.y); y < lo.y + 0.9f * (hi.y - lo.y); y += 0.003f) {
    float sum = 0.0f;
    int n = 0;
    for (std::size_t v = 0; v < m->positions.size(); ++v)
      if (std::abs(m->positions[v].y - y) < 0.0045f && m->positions[v].x > -0.03f) sum += m->tendon[v], ++n;
    slabTendon.push_back(n ? sum / float(n) : 0.0f);
  }
  int bands = 0, sinceTendon = 100;
  for (const float t : slabTendon) {
    if (t >= 0.25f && sinceTendon > 3) ++bands;
    sinceTendon = t >= 0.25f ? 0 : sinceTendon + 1;
  }
  EXPECT_EQ(bands, 3) << "three tendinous intersections";
  EXPECT_LT(*std::min_element(slabTendon.begin(), slabTendon.end()), 0.1f) << "red belly between them";
}

// What the écorché must show (issue 10): a muscle that lies on a bone covers it. Rays cast from outside through
// the muscle's own surface (over the middle of its outline as seen from that side, or the part named) that go
// on to reach the bone must meet the muscle first: the infraspinatus fills its fossa over the scapula, not under
// it; the supraspinatus lies in its fossa (medial to the acromion, which in life lies over its tendon), the
// temporalis in its own (the zygomatic arch over its tendon); the
// gluteus medius hides the ilium; the vastus lateralis the femur from the side.
TEST(GeneratedMuscles, CoverTheBonesTheyLieOn) {
  struct Cover {
    const char* muscle;
    const char* bone;
    glm::vec3 towards;  // direction of the rays: from outside the body onto the muscle
    glm::vec2 from{0.25f}, to{0.75f};  // the part of the outline sampled, as shares of its two extents
  };
  const glm::vec3 fromBehind{0, 0, 1}, fromFront{0, 0, -1}, fromRight{1, 0, 0}, fromAbove{0, -1, 0};
  // Seen from above, the outline's second axis runs from the midline out to the right: the supraspinatus'
  // fossa is its medial part.
  const Cover supraspinatus{"supraspinatus.r", "scapula_bone.r", fromAbove, {0.25f, 0.1f}, {0.75f, 0.55f}};
  // Seen from the side, the outline's second axis runs downwards: the temporalis' fan in its fossa is the upper
  // part; its tendon passes under the zygomatic arch to the coronoid process, where in life the arch lies over it.
  const Cover temporalis{"temporalis.r", "skull", fromRight, {0.25f, 0.15f}, {0.75f, 0.55f}};
  for (const Cover& c : {Cover{"infraspinatus.r", "scapula_bone.r", fromBehind}, supraspinatus,
                         Cover{"middle_deltoid.r", "humerus.r", fromRight},
                         Cover{"anterior_deltoid.r", "humerus.r", fromFront}, Cover{"gluteus_medius.r", "pelvic_girdle", fromRight},
                         Cover{"gluteus_maximus.r", "pelvic_girdle", fromBehind}, Cover{"vastus_lateralis.r", "femur.r", fromRight},
                         Cover{"rectus_femoris.r", "femur.r", fromFront}, Cover{"biceps_brachii.r", "humerus.r", fromFront},
                         temporalis, Cover{"soleus.r", "tibia.r", fromBehind},
                         Cover{"galea_aponeurotica.r", "skull", fromAbove}, Cover{"frontalis.r", "skull", fromFront}}) {
    const Mesh* muscle = body().findMesh(c.muscle);
    const Mesh* bone = body().findMesh(c.bone);
    ASSERT_TRUE(muscle && bone) << c.muscle << " / " << c.bone;
    const Bvh muscleBvh(*muscle), boneBvh(*bone);
    // The muscle's outline across the rays: its extent along two axes perpendicular to them.
    const glm::vec3 u = glm::normalize(glm::cross(c.towards, std::abs(c.towards.y) > 0.9f ? glm::vec3(1, 0, 0) : glm::vec3(0, 1, 0)));
    const glm::vec3 v = glm::cross(c.towards, u);
    const auto across = [&](const glm::vec3& p) { return glm::vec2(glm::dot(p, u), glm::dot(p, v)); };
    glm::vec2 lo(1e9f), hi(-1e9f);
    for (const auto& p : muscle->positions) lo = glm::min(lo, across(p)), hi = glm::max(hi, across(p));
    int reachBone = 0, muscleFirst = 0;
    std::vector<glm::vec3> samples;  // the muscle's surface: each triangle's centre and the middle of each edge
    for (std::size_t t = 0; t + 2 < muscle->indices.size(); t += 3) {
      const glm::vec3 &a = muscle->positions[muscle->indices[t]], &b = muscle->positions[muscle->indices[t + 1]],
                      &d = muscle->positions[muscle->indices[t + 2]];
      samples.insert(samples.end(), {(a + b + d) / 3.0f, (a + b) * 0.5f, (b + d) * 0.5f});
    }
    for (const glm::vec3& p : samples) {
      const glm::vec2 share = (across(p) - lo) / (hi - lo);
      if (glm::any(glm::lessThan(share, c.from)) || glm::any(glm::greaterThan(share, c.to))) continue;
      const Ray ray{p - c.towards * 2.0f, c.towards};
      const auto atBone = boneBvh.intersect(ray);
      if (!atBone) continue;
      ++reachBone;
      const auto atMuscle = muscleBvh.intersect(ray);
      if (atMuscle && atMuscle->distance < atBone->distance) ++muscleFirst;
    }
    EXPECT_GE(reachBone, 50) << c.muscle << " lies over " << c.bone << ": rays through its middle reach the bone";
    EXPECT_GE(double(muscleFirst), 0.9 * double(reachBone)) << c.muscle << " covers " << c.bone << ": " << muscleFirst << " of " << reachBone
                                                            << " rays meet the muscle first";
  }
}

// No muscle runs through bone (issue 10: the infraspinatus was drawn under the scapula, through it): the share
// of a muscle's surface that lies inside a bone stays small. Attachments may dip into the bone they grip, so a
// few percent is allowed, and no muscle may have much of itself inside one.
TEST(GeneratedMuscles, DoNotRunThroughBone) {
  struct BoneTest {
    Bounds box;
    std::unique_ptr<Bvh> bvh;
  };
  std::vector<BoneTest> bones;
  for (const auto& mesh : body().meshes)
    if (mesh.tissue == TissueKind::Bone) bones.push_back({mesh.bounds(), std::make_unique<Bvh>(mesh)});
  const auto inBox = [](const Bounds& b, const glm::vec3& p) { return glm::all(glm::greaterThanEqual(p, b.min)) && glm::all(glm::lessThanEqual(p, b.max)); };
  std::vector<std::pair<float, std::string>> inside;
  for (const Mesh* m : muscles()) {
    if (m->name.size() < 2 || m->name.substr(m->name.size() - 2) != ".r") continue;  // the left mirrors it
    std::size_t in = 0;
    for (const auto& p : m->positions)
      for (const auto& bone : bones)
        if (inBox(bone.box, p) && bone.bvh->encloses(p)) {
          ++in;
          break;
        }
    inside.emplace_back(float(in) / float(std::max<std::size_t>(1, m->positions.size())), m->name);
  }
  std::sort(inside.rbegin(), inside.rend());
  ASSERT_FALSE(inside.empty());
  std::string worst;
  for (std::size_t i = 0; i < std::min<std::size_t>(8, inside.size()); ++i)
    worst += " " + inside[i].second + " " + std::to_string(int(100.0f * inside[i].first + 0.5f)) + "%";
  EXPECT_LE(inside[inside.size() / 2].first, kMedianInsideBone) << "median muscle; worst:" << worst;
  EXPECT_LE(inside.front().first, kWorstInsideBone) << "worst:" << worst;
  for (const auto& [share, name] : inside)
    for (const char* covering : {"infraspinatus.r", "supraspinatus.r", "middle_deltoid.r", "anterior_deltoid.r", "posterior_deltoid.r",
                                 "gluteus_maximus.r", "gluteus_medius.r", "vastus_lateralis.r", "upper_trapezius.r", "temporalis.r"})
      if (name == covering) {
        EXPECT_LE(share, kCoveringMuscleInsideBone) << name;
      }
}

// The orbicularis oculi is a ring round the eye (it was a rectangle over it): seen from the front, a ray through
// the middle of its outline passes through the opening, and rays round it, halfway out, meet the muscle.
TEST(GeneratedMuscles, OrbicularisOculiRingsTheEye) {
  const Mesh* muscle = body().findMesh("orbicularis_oculi.r");
  ASSERT_NE(muscle, nullptr);
  const Bvh bvh(*muscle);
  glm::vec2 lo(1e9f), hi(-1e9f);
  for (const auto& p : muscle->positions) lo = glm::min(lo, glm::vec2(p)), hi = glm::max(hi, glm::vec2(p));
  const glm::vec2 centre = 0.5f * (lo + hi), half = 0.5f * (hi - lo);
  const auto hits = [&](glm::vec2 at) { return bvh.intersect(Ray{glm::vec3(at, 1.0f), {0, 0, -1}}).has_value(); };
  EXPECT_FALSE(hits(centre)) << "the eye's opening";
  int around = 0;
  for (int k = 0; k < 16; ++k) {
    const float a = glm::two_pi<float>() * float(k) / 16.0f;
    around += hits(centre + 0.6f * half * glm::vec2(std::cos(a), std::sin(a))) ? 1 : 0;
  }
  EXPECT_GE(around, 15) << "of 16 rays round the opening meet the muscle";
}

// The knee's extensor mechanism reads as in life (a reviewer saw "one pale shield to the tibial tuberosity, no
// visible patella"): seen from the front, the middle of the patella is bare bone under the skin, the quadriceps
// tendon lies just above it and the patellar ligament just below, on the way to the tibial tuberosity.
TEST(GeneratedMuscles, ThePatellaShowsBetweenItsTendons) {
  const Mesh* patella = body().findMesh("patella.r");
  ASSERT_NE(patella, nullptr);
  const Bounds box = patella->bounds();
  const glm::vec3 centre = box.center();
  // The first thing a ray from the front meets at (x, y), the skin left out.
  const auto firstFromFront = [&](float x, float y) {
    std::string first;
    float nearest = 1e9f;
    for (const auto& mesh : body().meshes) {
      if (mesh.name == "skin") continue;
      const Bounds b = mesh.bounds();
      if (x < b.min.x || x > b.max.x || y < b.min.y || y > b.max.y) continue;
      if (const auto hit = Bvh(mesh).intersect(Ray{{x, y, 1.0f}, {0, 0, -1}}); hit && hit->distance < nearest) nearest = hit->distance, first = mesh.name;
    }
    return first;
  };
  EXPECT_EQ(firstFromFront(centre.x, centre.y), "patella.r");
  EXPECT_EQ(firstFromFront(centre.x, box.max.y + 0.01f), "rectus_femoris.r") << "the quadriceps tendon above the patella";
  EXPECT_EQ(firstFromFront(centre.x, box.min.y - 0.012f), "patellar_ligament.r") << "the patellar ligament below it";
}

// The arm and forearm carry their real share of the limb's muscle (issue 10: "forearm muscles loose bundles of
// thin tubes", bare humerus between biceps and triceps). Holzbaur, Murray, Gold and Delp, "Upper limb muscle
// volumes in adult subjects", J Biomech 40 (2007) 742-749, MRI of ten adults: the deltoid is 15.2% of the upper
// limb's muscle volume, the muscles crossing the elbow 31.4% and those crossing the wrist 16.0%, so the elbow
// group is 2.07 and the wrist group 1.05 deltoids. Our deltoid is measured on BodyParts3D (docs/ANATOMY.md), so
// it is the yardstick. The atlas has no abductor pollicis longus, extensors pollicis or digiti minimi or pronator
// quadratus (a tenth of the wrist group), hence the wrist bounds; the elbow bound is below the real ratio
// because the triceps and brachialis fill the arm this body's envelope gives them, a slim one (issue 12).
TEST(GeneratedMuscles, ArmAndForearmCarryTheirShareOfTheLimbsMuscle) {
  const auto volume = [](std::initializer_list<const char*> ids) {
    double sum = 0.0;
    for (const char* id : ids) {
      const Mesh* m = body().findMesh(std::string(id) + ".r");
      EXPECT_NE(m, nullptr) << id;
      if (m) sum += signedVolume(*m);
    }
    return sum;
  };
  const double deltoid = volume({"anterior_deltoid", "middle_deltoid", "posterior_deltoid"});
  const double elbow = volume({"biceps_brachii", "triceps_brachii", "brachialis", "brachioradialis", "pronator_teres", "supinator", "anconeus"});
  const double wrist = volume({"extensor_carpi_radialis_longus", "extensor_carpi_radialis_brevis", "extensor_carpi_ulnaris", "extensor_digitorum",
                               "extensor_indicis", "palmaris_longus", "flexor_carpi_radialis", "flexor_carpi_ulnaris",
                               "flexor_digitorum_superficialis", "flexor_digitorum_profundus", "flexor_pollicis_longus"});
  ASSERT_GT(deltoid, 0.0);
  EXPECT_GE(wrist / deltoid, 0.7) << "wrist group " << wrist * 1e6 << " cm3, deltoid " << deltoid * 1e6 << " cm3 (real: 1.05 deltoids)";
  EXPECT_LE(wrist / deltoid, 1.3) << "wrist group " << wrist * 1e6 << " cm3, deltoid " << deltoid * 1e6 << " cm3 (real: 1.05 deltoids)";
  EXPECT_GE(elbow / deltoid, 1.35) << "elbow group " << elbow * 1e6 << " cm3, deltoid " << deltoid * 1e6 << " cm3 (real: 2.07 deltoids)";
  EXPECT_LE(elbow / deltoid, 2.6) << "elbow group " << elbow * 1e6 << " cm3, deltoid " << deltoid * 1e6 << " cm3 (real: 2.07 deltoids)";
}

// The bones the issue lists, each closed, inside the skin and moving rigidly with one joint per piece.
TEST(GeneratedBones, EveryBoneIsThereClosedAndInsideTheSkin) {
  const Mesh* skin = body().findMesh("skin");
  ASSERT_NE(skin, nullptr);
  const Bvh bvh(*skin);
  std::vector<std::string> names = {"skull", "mandible", "vertebral_column", "rib_cage", "pelvic_girdle", "sacrum"};
  for (const char* paired : {"clavicle_bone", "scapula_bone", "humerus", "radius", "ulna", "hand_bones", "femur", "patella", "tibia",
                             "fibula", "foot_bones"})
    for (const char* side : {".r", ".l"}) names.push_back(std::string(paired) + side);
  for (const auto& name : names) {
    const Mesh* bone = body().findMesh(name);
    ASSERT_NE(bone, nullptr) << name;
    EXPECT_EQ(bone->tissue, TissueKind::Bone) << name;
    EXPECT_TRUE(isClosedManifold(*bone)) << name;
    EXPECT_GT(signedVolume(*bone), 0.0) << name;
    std::size_t inside = 0, sampled = 0;
    for (std::size_t v = 0; v < bone->positions.size(); v += 11, ++sampled) inside += bvh.encloses(bone->positions[v]) ? 1 : 0;
    // This test body's skin is polygonised on a 1 cm grid, coarse for fingers and toes.
    EXPECT_GE(double(inside) / double(sampled), 0.97) << name;
    for (const auto& w : bone->weights) ASSERT_EQ(w, glm::vec4(1, 0, 0, 0)) << name << " moves rigidly";
  }
  // Recognisable proportions: the femur is the longest bone, the humerus longer than the radius.
  EXPECT_GT(body().findMesh("femur.r")->bounds().size().y, body().findMesh("tibia.r")->bounds().size().y);
  EXPECT_GT(body().findMesh("humerus.r")->bounds().size().y, body().findMesh("radius.r")->bounds().size().y);
}

}  // namespace
}  // namespace myoatlas
