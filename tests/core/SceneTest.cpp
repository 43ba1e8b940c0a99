// What the viewer knows about each mesh (which muscle, which side), which mesh a ray meets first, and which
// meshes the layer controls show: hover names, click selection and peeling all rest on these.
#include <algorithm>

#include <gtest/gtest.h>

#include "core/MeshBuilder.h"
#include "core/geometry/Bvh.h"
#include "core/atlas/AtlasLoader.h"
#include "core/MeshNames.h"
#include "core/scene/MeshAnatomy.h"
#include "core/session/SceneStyle.h"
#include "core/scene/ScenePicker.h"
#include "support/ShippedAtlas.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

const Atlas& atlas() { return test::shippedAtlas().atlas; }

MeshAnatomy named(const std::string& name, TissueKind tissue = TissueKind::Unknown) {
  Mesh m;
  m.name = name;
  m.tissue = tissue;
  return identifyMesh(atlas(), m);
}

const Muscle* muscleOf(const std::string& name) { return named(name).muscle; }

TEST(MeshAnatomy, RecognisesMusclesWhateverTheNamingStyle) {
  ASSERT_NE(atlas().muscle("piriformis"), nullptr);
  EXPECT_EQ(muscleOf("piriformis.r"), atlas().muscle("piriformis"));
  EXPECT_EQ(muscleOf("Piriformis_L"), atlas().muscle("piriformis"));
  EXPECT_EQ(muscleOf("Left gluteus maximus"), atlas().muscle("gluteus_maximus"));
  EXPECT_EQ(muscleOf("m. gluteus maximus dexter"), atlas().muscle("gluteus_maximus")) << "Latin with side";
  EXPECT_EQ(muscleOf("SCM_left"), atlas().muscle("sternocleidomastoid")) << "abbreviation";
  EXPECT_EQ(muscleOf("Long head of right biceps brachii"), atlas().muscle("biceps_brachii")) << "part of a muscle";
  EXPECT_EQ(muscleOf("Body_Skin"), nullptr);
  EXPECT_EQ(muscleOf("mesh_17"), nullptr);
}

// Database names as BodyParts3D writes them: a mirrored copy's "M" suffix hides no name, a midline muscle's FMA id
// has no side, and parts the atlas keeps apart are told apart by name alone.
TEST(MeshAnatomy, ReadsDatabaseNamesMirrorCopiesMidlineMusclesAndParts) {
  const auto soleus = named("FJ1437M_FMA22559_Left soleus");
  EXPECT_EQ(soleus.muscle, atlas().muscle("soleus"));
  ASSERT_TRUE(soleus.side.has_value());
  EXPECT_EQ(*soleus.side, Side::Left);
  const auto diaphragm = named("FJ3248_BP1234_FMA13295_Diaphragm");
  EXPECT_EQ(diaphragm.muscle, atlas().muscle("diaphragm"));
  EXPECT_FALSE(diaphragm.side.has_value()) << diaphragm.label;
  EXPECT_EQ(diaphragm.label, "Diaphragm");
  EXPECT_EQ(muscleOf("Descending part of left trapezius"), atlas().muscle("upper_trapezius"));
  EXPECT_EQ(muscleOf("Transverse part of trapezius"), atlas().muscle("middle_trapezius"));
  EXPECT_EQ(muscleOf("trapezius ascending part.r"), atlas().muscle("lower_trapezius"));
  EXPECT_EQ(muscleOf("Clavicular part of right deltoid"), atlas().muscle("anterior_deltoid"));
  EXPECT_EQ(muscleOf("Spinal part of deltoid"), atlas().muscle("posterior_deltoid"));
  EXPECT_EQ(muscleOf("Short head of biceps brachii_R"), atlas().muscle("biceps_brachii"));
}

TEST(MeshAnatomy, NamesBonesWhateverTheNamingStyle) {
  EXPECT_EQ(named("scapula_bone.r").bone, "scapula");
  EXPECT_EQ(*named("scapula_bone.r").side, Side::Right);
  EXPECT_EQ(named("FJ27_BP62539_FMA13396_Left scapula").bone, "scapula");
  EXPECT_EQ(named("FJ30_BP62367_FMA16587_Left hip bone").bone, "pelvis");
  EXPECT_EQ(named("pelvic_girdle").bone, "pelvis");
  EXPECT_EQ(named("Femur_L").bone, "femur");
  EXPECT_EQ(named("Femur_L").tissue, TissueKind::Bone);
  EXPECT_EQ(named("Femur_L").label, "Femur (left)");
  EXPECT_EQ(named("mesh_17").bone, "");
}

// One definition of the skin (core/MeshNames.h): words in several languages and database ids, never a part.
TEST(MeshNames, TheSkinIsFoundByWhatItIs) {
  for (const char* name : {"skin", "Body_Skin", "FJ2810_FMA7163_Skin", "FMA7163", "Skin.001", "Integument",
                           "The integument", "Integumentum commune", "Cutis", "Peau", "Piel", "Haut", "body surface"})
    EXPECT_TRUE(isSkinName(name)) << name;
  for (const char* name : {"Skin of right hand", "skin_fold", "infraspinatus.r", "body_fat", "mesh_17"})
    EXPECT_FALSE(isSkinName(name)) << name;
  EXPECT_EQ(named("FJ2810_FMA7163_Skin").tissue, TissueKind::Skin);
  EXPECT_FALSE(named("FJ2810_FMA7163_Skin").side.has_value());
}

// A model's names file says what the recogniser cannot guess; a role it does not know is refused, saying why.
TEST(MeshAnatomy, TheNamesFileOverridesTheName) {
  Model model;
  for (const char* n : {"Object_042", "Object_043", "Object_044", "piriformis.r"}) {
    Mesh m;
    m.name = n;
    model.meshes.push_back(m);
  }
  model.nameRoles = {{"Object_042", "infraspinatus.l"}, {"Object_043", "skin"}, {"Object_044", "femur.r"}, {"piriformis.r", "other"}};
  const auto a = identifyMeshes(atlas(), model);
  EXPECT_EQ(a[0].muscle, atlas().muscle("infraspinatus"));
  EXPECT_EQ(*a[0].side, Side::Left);
  EXPECT_EQ(a[0].label, "Infraspinatus (left)");
  EXPECT_EQ(a[1].tissue, TissueKind::Skin);
  EXPECT_EQ(a[2].bone, "femur");
  EXPECT_EQ(a[3].muscle, nullptr) << "'other' overrides a name that would be recognised";
  EXPECT_FALSE(checkNameRole(atlas(), "infraspinatus.r").has_value());
  EXPECT_FALSE(checkNameRole(atlas(), "skin").has_value());
  const auto why = checkNameRole(atlas(), "infraspinatu.r");
  ASSERT_TRUE(why.has_value());
  EXPECT_NE(why->find("infraspinatu.r"), std::string::npos) << *why;
}

TEST(MeshAnatomy, TheSideComesFromTheNameAndAppearsInTheLabel) {
  const auto left = named("Piriformis_L");
  ASSERT_TRUE(left.side.has_value());
  EXPECT_EQ(*left.side, Side::Left);
  EXPECT_EQ(left.label, "Piriformis (left)");
  EXPECT_EQ(*named("right piriformis").side, Side::Right);
  EXPECT_EQ(named("piriformis").label, "Piriformis");
  EXPECT_EQ(named("piriformis").tissue, TissueKind::Muscle);
}

TEST(MeshAnatomy, AnFmaIdInTheNameDecidesMuscleAndSide) {
  const Muscle* m = atlas().muscle("infraspinatus");
  ASSERT_TRUE(m && m->fmaLeft);
  // BodyParts3D style; the id wins even over a misleading side word.
  const auto a = named("FJ1_BP2_FMA" + std::to_string(*m->fmaLeft) + "_Right something");
  EXPECT_EQ(a.muscle, m);
  EXPECT_EQ(*a.side, Side::Left);
}

TEST(MeshAnatomy, AnAbsurdFmaNumberIsJustAName) {
  // Bad input in a user's model must not crash the viewer: a number too large for any id is not an FMA id.
  const auto a = named("FMA99999999999999999999_Left piriformis");
  EXPECT_EQ(a.muscle, atlas().muscle("piriformis"));
  EXPECT_EQ(*a.side, Side::Left);
}

TEST(MeshAnatomy, BonesAndSkinAreToldApartFromUnknownMeshes) {
  EXPECT_EQ(named("Right femur").tissue, TissueKind::Bone);
  EXPECT_EQ(named("Right femur").label, "Femur (right)");
  EXPECT_EQ(named("hip bone.l").tissue, TissueKind::Bone);
  EXPECT_EQ(named("skin").tissue, TissueKind::Skin);
  EXPECT_EQ(named("Cube.001").tissue, TissueKind::Unknown);
  EXPECT_EQ(named("whatever", TissueKind::Tendon).tissue, TissueKind::Tendon) << "a material's tissue is kept";
}

TEST(Layers, PeelingHidesSuperficialMusclesFirst) {
  const auto glute = named("gluteus_maximus.r"), piri = named("piriformis.r"), skin = named("skin");
  ASSERT_EQ(glute.muscle->depth, Depth::Superficial);
  ASSERT_EQ(piri.muscle->depth, Depth::Deep);
  LayerSettings layers;
  EXPECT_TRUE(meshStyle(glute, layers, "").visible);
  layers.peel = 1;
  EXPECT_FALSE(meshStyle(glute, layers, "").visible) << "superficial peeled";
  EXPECT_TRUE(meshStyle(piri, layers, "").visible);
  layers.peel = 2;
  EXPECT_TRUE(meshStyle(piri, layers, "").visible) << "deep muscles stay";
  EXPECT_TRUE(meshStyle(glute, layers, "gluteus_maximus").visible) << "the selection is never peeled away";
  layers.peel = 3;
  EXPECT_FALSE(meshStyle(piri, layers, "").visible) << "every muscle peeled: the skeleton alone";
  EXPECT_TRUE(meshStyle(named("femur.r"), layers, "").visible);
  layers.skinOpacity = 0.4f;
  EXPECT_TRUE(meshStyle(skin, layers, "").visible);
  EXPECT_FLOAT_EQ(meshStyle(skin, layers, "").opacity, 0.4f);
  layers.skinOpacity = 0.0f;
  EXPECT_FALSE(meshStyle(skin, layers, "").visible);
}

TEST(Layers, IsolateShowsOnlyTheSelectionAndRegionDimsTheRest) {
  const auto glute = named("gluteus_maximus.r"), piri = named("piriformis.r"), bone = named("femur.r");
  LayerSettings layers;
  layers.isolateSelection = true;
  EXPECT_TRUE(meshStyle(glute, layers, "").visible) << "nothing selected: nothing to isolate";
  EXPECT_FALSE(meshStyle(glute, layers, "piriformis").visible);
  EXPECT_TRUE(meshStyle(piri, layers, "piriformis").visible);
  EXPECT_TRUE(meshStyle(bone, layers, "piriformis").visible) << "bones stay for orientation";
  layers = {};
  layers.region = "head_face";
  EXPECT_TRUE(meshStyle(glute, layers, "").dimmed);
  EXPECT_TRUE(meshStyle(glute, layers, "").visible);
  layers.region = "hip_buttock";
  EXPECT_FALSE(meshStyle(glute, layers, "").dimmed);
}

// A teacher isolating the hamstrings selects the three together; a muscle shown on its own keeps the aponeurosis
// or tendon it attaches through (latissimus dorsi its lumbar aponeurosis), and no other fascia.
TEST(Layers, IsolateKeepsTheSelectedGroupAndTheirFasciae) {
  const auto biceps = named("biceps_femoris.r"), semi = named("semitendinosus.r"), glute = named("gluteus_maximus.r");
  Mesh fascia;
  fascia.name = "thoracolumbar_fascia.r";
  fascia.tissue = TissueKind::Tendon;
  fascia.attaches = {"latissimus_dorsi", "no_such_muscle"};
  const MeshAnatomy lumbar = identifyMesh(atlas(), fascia);
  EXPECT_EQ(lumbar.attaches, std::vector<std::string>{"latissimus_dorsi"}) << "ids the atlas lacks are dropped";
  const auto tract = named("iliotibial_tract.r", TissueKind::Tendon);  // no attachments recorded
  LayerSettings layers;
  layers.isolateSelection = true;
  const StyleSelection hamstrings("semitendinosus", {"biceps_femoris", "semimembranosus"});
  EXPECT_TRUE(meshStyle(biceps, layers, hamstrings).visible);
  EXPECT_TRUE(meshStyle(semi, layers, hamstrings).visible);
  EXPECT_FALSE(meshStyle(glute, layers, hamstrings).visible);
  EXPECT_FALSE(meshStyle(lumbar, layers, hamstrings).visible);
  EXPECT_TRUE(meshStyle(lumbar, layers, "latissimus_dorsi").visible) << "its aponeurosis goes with it";
  EXPECT_FALSE(meshStyle(tract, layers, "latissimus_dorsi").visible);
  EXPECT_FALSE(meshStyle(lumbar, layers, "gluteus_maximus").visible);
  layers.isolateSelection = false;
  EXPECT_TRUE(meshStyle(lumbar, layers, "gluteus_maximus").visible) << "without isolation every fascia shows";
  const auto styles = meshStyles({biceps, semi}, layers, hamstrings);
  EXPECT_EQ(styles[1].highlight, 1.0f) << "the selected muscle is highlighted";
  EXPECT_EQ(styles[0].highlight, 0.0f) << "the rest of the group is shown, not highlighted";
}

TEST(ScenePicker, FindsTheNearestVisibleMeshAlongTheRay) {
  Model model;
  model.meshes.push_back(makeEllipsoid("front", {0.0f, 1.0f, 0.3f}, glm::vec3(0.1f), 24, 16));
  model.meshes.push_back(makeEllipsoid("back", {0.0f, 1.0f, 0.0f}, glm::vec3(0.1f), 24, 16));
  model.meshes.push_back(makeEllipsoid("aside", {0.5f, 1.0f, 0.0f}, glm::vec3(0.1f), 24, 16));
  const ScenePicker picker(model, {});
  const Ray towardsBack{{0.0f, 1.0f, 3.0f}, {0.0f, 0.0f, -1.0f}};
  auto hit = picker.pick(towardsBack);
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(hit->mesh, 0u) << "the front ball hides the back one";
  EXPECT_NEAR(hit->hit.point.z, 0.4f, 0.01f);
  hit = picker.pick(towardsBack, [](std::size_t i) { return i != 0; });
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(hit->mesh, 1u) << "with the front one hidden, the ray reaches the back one";
  hit = picker.pick({{0.5f, 1.0f, 3.0f}, {0.0f, 0.0f, -1.0f}});
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(hit->mesh, 2u);
  EXPECT_FALSE(picker.pick({{0.25f, 1.0f, 3.0f}, {0.0f, 0.0f, -1.0f}}).has_value()) << "between the balls";
  EXPECT_NEAR(picker.meshBounds(2).center().x, 0.5f, 1e-3f);
}

TEST(Markers, ATriggerPointMarkerMovesOntoItsMuscleWhenTheModelHasIt) {
  Model model;
  model.meshes.push_back(makeEllipsoid("skin", {0.0f, 1.0f, 0.0f}, glm::vec3(0.3f), 32, 24));
  model.meshes.push_back(makeEllipsoid("piriformis.r", {-0.1f, 1.0f, -0.05f}, {0.08f, 0.03f, 0.03f}, 24, 16));
  model.meshes.push_back(makeEllipsoid("gluteus_maximus.r", {-0.1f, 1.0f, -0.2f}, {0.1f, 0.1f, 0.05f}, 24, 16));
  const auto anatomy = identifyMeshes(atlas(), model);
  const ScenePicker picker(model, {});
  const glm::vec3 onSkin(-0.1f, 1.0f, -0.3f);  // behind the buttock, on the skin
  // A superficial muscle's marker sits on its surface, at the point nearest the skin's.
  const glm::vec3 g = markerOnMuscle(anatomy, picker, "gluteus_maximus", Side::Right, onSkin);
  const auto& gs = model.meshes[2].positions;
  EXPECT_NE(std::find(gs.begin(), gs.end(), g), gs.end()) << "on the gluteus maximus surface";
  for (const auto& p : gs) EXPECT_GE(glm::distance(p, onSkin) + 1e-6f, glm::distance(g, onSkin)) << "its nearest point";
  // A deep muscle's lies in its belly: inside the piriformis, past its nearest point, within 1.5 cm of it.
  const glm::vec3 m = markerOnMuscle(anatomy, picker, "piriformis", Side::Right, onSkin);
  const auto& ps = model.meshes[1].positions;
  float nearest = 1e9f;
  for (const auto& p : ps) nearest = std::min(nearest, glm::distance(p, onSkin));
  EXPECT_TRUE(Bvh(model.meshes[1]).encloses(m)) << "inside the piriformis";
  EXPECT_GT(glm::distance(m, onSkin), nearest + 0.005f);
  EXPECT_LT(glm::distance(m, onSkin), nearest + 0.016f);
  // Not drawn (an opaque skin over it, or peeled away): the marker stays on the skin where it can be seen.
  EXPECT_EQ(markerOnMuscle(anatomy, picker, "piriformis", Side::Right, onSkin, [](std::size_t) { return false; }), onSkin);
  EXPECT_EQ(markerOnMuscle(anatomy, picker, "piriformis", Side::Left, onSkin), onSkin) << "no left piriformis: stays on the skin";
  EXPECT_EQ(markerOnMuscle(anatomy, picker, "soleus", Side::Right, onSkin), onSkin) << "muscle not in the model";
}

TEST(ScenePicker, LabelAnchorsLieOnTheMeshEvenWhenItCurvesAroundItsCentre) {
  Model model;
  // A hollow arch: its bounding-box centre is empty space, so a label must not point there.
  model.meshes.push_back(makeTube("arch", {-0.2f, 1.0f, 0.0f}, {0.2f, 1.0f, 0.0f}, [](float) { return 0.03f; }));
  for (auto& p : model.meshes[0].positions) p.y += 0.3f * (1.0f - 4.0f * (p.x * p.x) / 0.04f) * 0.5f;
  const ScenePicker picker(model, {});
  const glm::vec3 a = picker.anchor(0);
  const auto& ps = model.meshes[0].positions;
  EXPECT_NE(std::find(ps.begin(), ps.end(), a), ps.end()) << "a vertex of the mesh";
  const glm::vec3 c = picker.meshBounds(0).center();
  for (const auto& p : ps) EXPECT_GE(glm::distance(p, c) + 1e-6f, glm::distance(a, c));
}

}  // namespace
}  // namespace myoatlas
