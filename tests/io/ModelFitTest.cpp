// Our body fitted onto other models so the atlas works on them with no hand-written landmarks (issue 16,
// core/scene/BodyFit.h): on our own body disguised as someone else's file (other units, up axis, names and a
// decimated skin) the fit must find the landmarks again; on a real BodyParts3D model (muscles and bones, no skin,
// ../shared/realdata; skipped when absent) it must build a skin and put landmarks where anatomy has them.
#include <algorithm>
#include <filesystem>
#include <map>

#include <gtest/gtest.h>

#include "core/MeshChecks.h"
#include "core/pain/BodySurface.h"
#include "core/pain/PainFinder.h"
#include "core/pain/ReferralPainter.h"
#include "core/scene/BodyFit.h"
#include "io/GltfExporter.h"
#include "io/ModelImporter.h"
#include "support/DisguisedBody.h"
#include "support/ShippedAtlas.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

const FitTemplate& ourTemplate();

const Model& ourBody() {
  static const Model body = [] {
    auto imported = importModel(MYOATLAS_DEFAULT_BODY, {}, ImportIsolation::InProcess);
    if (!imported) throw std::runtime_error(imported.error());
    return std::move(imported->model);
  }();
  return body;
}

const FitTemplate& ourTemplate() {
  static const FitTemplate t = fitTemplateOf(test::shippedAtlas().atlas, ourBody());
  return t;
}

// The template the build wrote beside the body is what the measurement of the body gives, and reads back whole.
TEST(ModelFit, TheBuiltFitTemplateIsTheBodysAndRoundTrips) {
  auto built = readFitTemplate(MYOATLAS_DEFAULT_BODY);
  ASSERT_TRUE(built.ok()) << built.error() << " (was it built?)";
  EXPECT_EQ(built->parts.size(), ourTemplate().parts.size());
  EXPECT_EQ(built->landmarks.size(), ourBody().landmarks.size());
  EXPECT_EQ(fitTemplateJson(parseFitTemplate(fitTemplateJson(ourTemplate()), "x").value()), fitTemplateJson(ourTemplate()));
  for (std::size_t i = 0; i < built->parts.size() && i < ourTemplate().parts.size(); ++i)
    EXPECT_LT(glm::distance(built->parts[i].points.centroid, ourTemplate().parts[i].points.centroid), 1e-4f) << built->parts[i].id;
  const auto broken = parseFitTemplate(R"({"format": "myoatlas-fit-template", "parts": [{"id": 3}]})", "t.fit.json");
  ASSERT_FALSE(broken.ok());
  EXPECT_NE(broken.error().find("t.fit.json"), std::string::npos);
}

TEST(ModelFit, OurBodyInAnotherFilesClothesGetsItsLandmarksBack) {
  const std::vector<ModelLandmark>& truth = ourBody().landmarks;
  const Model disguised = test::disguisedBody(ourBody());
  const auto path = test::scratchDir() / "disguised-body.glb";
  ASSERT_TRUE(writeGlb(path.string(), disguised).ok());
  auto imported = importModel(path.string());
  ASSERT_TRUE(imported.ok()) << imported.error();
  Model& theirs = imported->model;
  ASSERT_TRUE(theirs.landmarks.empty());
  adaptToAtlas(theirs, test::shippedAtlas().atlas, [] { return &ourTemplate(); });
  ASSERT_TRUE(theirs.adaptation.has_value());
  EXPECT_FALSE(theirs.adaptation->envelopeSkin) << "its skin was found by what it is called: Integument";
  EXPECT_TRUE(theirs.adaptation->droppedLandmarks.empty());
  std::map<std::string, glm::vec3> found;
  for (const auto& l : theirs.landmarks) found[l.id] = l.position;
  ASSERT_EQ(found.size(), truth.size());
  float worst = 0.0f;
  std::string worstId;
  for (const auto& l : truth) {
    const float d = glm::distance(found[l.id], l.position);
    if (d > worst) worst = d, worstId = l.id;
  }
  EXPECT_LT(worst, 0.015f) << worstId << " is the furthest from where it was";
  for (const auto& r : theirs.adaptation->regions) EXPECT_EQ(r.verdict, "good") << r.region;
}

// The landmark file stays the way to correct the fit: what it gives is kept as given, the rest is fitted.
TEST(ModelFit, ALandmarkFileCorrectsIndividualLandmarks) {
  Model theirs = ourBody();
  const glm::vec3 corrected = theirs.landmarks.front().position + glm::vec3(0.0f, 0.012f, 0.0f);
  const std::string id = theirs.landmarks.front().id;
  theirs.landmarks = {{id, corrected}};
  adaptToAtlas(theirs, test::shippedAtlas().atlas, [] { return &ourTemplate(); });
  ASSERT_TRUE(theirs.adaptation.has_value());
  EXPECT_EQ(std::size_t(theirs.adaptation->carriedLandmarks) + 1, ourBody().landmarks.size()) << "all but the given one fitted";
  int given = 0;
  for (const auto& l : theirs.landmarks)
    if (l.id == id) {
      ++given;
      EXPECT_EQ(l.position, corrected);
    }
  EXPECT_EQ(given, 1);
}

TEST(ModelFit, ASkinOnlyModelIsFittedByItsShape) {
  // A scan: one skin, nothing recognisable inside. Scaled 8% taller and 5% narrower than ours.
  Model scan;
  scan.source = "scan";
  scan.meshes.push_back(*ourBody().findMesh("skin"));
  scan.meshes.back().name = "scan_surface_0";  // a one-mesh model's mesh is its skin
  for (auto& p : scan.meshes.back().positions) p = glm::vec3(0.95f * p.x, 1.08f * p.y, 0.95f * p.z);
  adaptToAtlas(scan, test::shippedAtlas().atlas, [] { return &ourTemplate(); });
  ASSERT_TRUE(scan.adaptation.has_value());
  EXPECT_NE(scan.adaptation->method.find("skin"), std::string::npos) << scan.adaptation->method;
  std::map<std::string, glm::vec3> found;
  for (const auto& l : scan.landmarks) found[l.id] = l.position;
  ASSERT_EQ(found.size(), ourBody().landmarks.size());
  std::vector<float> errors;
  for (const auto& l : ourBody().landmarks)
    errors.push_back(glm::distance(found[l.id], glm::vec3(0.95f * l.position.x, 1.08f * l.position.y, 0.95f * l.position.z)));
  std::sort(errors.begin(), errors.end());
  EXPECT_LT(errors[errors.size() / 2], 0.015f) << "median";
  EXPECT_LT(errors[errors.size() * 9 / 10], 0.03f) << "90th percentile";
}

std::string bodyParts3D() {
  const auto path = test::realDataDir() / "bodyparts3d/bp3d_mm_zup_muscles_bones.glb";
  return std::filesystem::exists(path) ? path.string() : std::string();
}

// The point of `mesh` furthest along `direction` among those within `band` of its top (or all, band 0).
glm::vec3 extreme(const Mesh& mesh, glm::vec3 direction, float topBand = 0.0f) {
  const float top = mesh.bounds().max.y;
  glm::vec3 best(0.0f);
  float bestAlong = -1e9f;
  for (const auto& p : mesh.positions)
    if ((topBand <= 0.0f || p.y > top - topBand) && glm::dot(p, direction) > bestAlong) bestAlong = glm::dot(p, direction), best = p;
  return best;
}

const Mesh& meshNamed(const Model& m, const std::string& fragment) {
  for (const auto& mesh : m.meshes)
    if (mesh.name.find(fragment) != std::string::npos) return mesh;
  throw std::runtime_error("no mesh " + fragment);
}

TEST(ModelFit, RealMusclesAndBonesGetASkinAndLandmarksWhereAnatomyPutsThem) {
  const std::string path = bodyParts3D();
  if (path.empty()) GTEST_SKIP() << "../shared/realdata/bodyparts3d is not present";
  auto imported = importModel(path);
  ASSERT_TRUE(imported.ok()) << imported.error();
  Model& m = imported->model;
  const Atlas& atlas = test::shippedAtlas().atlas;
  adaptToAtlas(m, atlas, [] { return &ourTemplate(); });
  ASSERT_TRUE(m.adaptation && m.adaptation->envelopeSkin);
  const auto skin = skinMeshIndex(m);
  ASSERT_TRUE(skin.has_value());
  EXPECT_TRUE(isClosedManifold(m.meshes[*skin])) << "the envelope is a closed 2-manifold";

  std::map<std::string, glm::vec3> at;
  for (const auto& l : m.landmarks) at[l.id] = l.position;
  ASSERT_TRUE(at.count("acromion.r") && at.count("greater_trochanter.r") && at.count("acromion.l"));
  // The acromion: the right scapula's point furthest up and out (the subject's right is -X). Felt through a
  // thin skin, so the landmark lies within a few centimetres of the bone.
  const glm::vec3 acromion = extreme(meshNamed(m, "Right scapula"), glm::normalize(glm::vec3(-1.0f, 1.0f, 0.0f)));
  EXPECT_LT(glm::distance(at["acromion.r"], acromion), 0.03f);
  const glm::vec3 acromionLeft = extreme(meshNamed(m, "Left scapula"), glm::normalize(glm::vec3(1.0f, 1.0f, 0.0f)));
  EXPECT_LT(glm::distance(at["acromion.l"], acromionLeft), 0.03f);
  // The greater trochanter: the lateral half of the femur's top 8 cm (its head is medial). The landmark lies on
  // the skin over it, the gluteal tendons between.
  const Mesh& femur = meshNamed(m, "Right femur");
  const Bounds fb = femur.bounds();
  float toTrochanter = 1e9f;
  for (const auto& p : femur.positions)
    if (p.y > fb.max.y - 0.08f && p.x < fb.center().x) toTrochanter = std::min(toTrochanter, glm::distance(p, at["greater_trochanter.r"]));
  EXPECT_LT(toTrochanter, 0.04f) << "the soft tissue over the trochanter is 2-5 cm thick";
  // The inferior angle of the scapula (its lowest point): on the skin over the bone's angle (on our body the
  // landmark lay 4.5 cm below its own scapula's angle until the landmark table was corrected), and carried as it
  // sits on our body, relative to the bone.
  const glm::vec3 angle = extreme(meshNamed(m, "Right scapula"), glm::vec3(0.0f, -1.0f, 0.0f));
  EXPECT_LT(glm::distance(at["inferior_angle_scapula.r"], angle), 0.025f) << "the skin over the angle of the scapula";
  glm::vec3 ourLandmark(0.0f);
  for (const auto& l : ourBody().landmarks)
    if (l.id == "inferior_angle_scapula.r") ourLandmark = l.position;
  const glm::vec3 ourAngle = extreme(*ourBody().findMesh("scapula_bone.r"), glm::vec3(0.0f, -1.0f, 0.0f));
  EXPECT_LT(glm::distance(at["inferior_angle_scapula.r"] - angle, ourLandmark - ourAngle), 0.025f);

  // Patterns paint, and the pain finder answers on the envelope.
  auto surface = BodySurface::fromModel(m);
  ASSERT_TRUE(surface.ok()) << surface.error();
  ReferralPainter painter(atlas, *surface.value());
  const auto* trp = atlas.triggerPoint("infraspinatus.trp1");
  ASSERT_NE(trp, nullptr);
  EXPECT_GT(painter.pattern(*trp, Side::Right).essential.vertices.size(), 10u) << "the infraspinatus pattern paints on the envelope";
  // Its spillover runs down the arm to the hand; the model's arm ends above the elbow, and the band runs as far as
  // the arm goes: over the lower half of the humerus.
  const Mesh& humerus = meshNamed(m, "Right humerus");
  const Bounds hb = humerus.bounds();
  int onLowerArm = 0;
  const Mesh& envelope = m.meshes[*skin];
  for (const auto v : painter.pattern(*trp, Side::Right).spillover.vertices) {
    const glm::vec3 p = envelope.positions[v];
    onLowerArm += p.y < hb.center().y && p.y > hb.min.y - 0.02f && p.x < hb.center().x + 0.03f ? 1 : 0;
  }
  EXPECT_GT(onLowerArm, 10) << "spillover painted down the arm as far as the model reaches";
  // Over the right infraspinatus, at the back: the skin vertex behind the muscle's centre.
  const glm::vec3 centre = extreme(meshNamed(m, "Right infraspinatus"), glm::vec3(0.0f, 0.0f, -1.0f));
  PainFinder finder(painter);
  const auto ranked = finder.musclesAtVertex(surface.value()->nearestVertex(centre));
  bool infraspinatus = false;
  for (std::size_t i = 0; i < ranked.size() && i < 3; ++i) infraspinatus = infraspinatus || ranked[i].muscle == "infraspinatus";
  EXPECT_TRUE(infraspinatus) << "infraspinatus is among the first three sources of pain over it";
}

}  // namespace
}  // namespace myoatlas
