// The session without GL: the verbs a user performs change the view state as they should, a view survives its
// scene file, and broken scene files are reported by file and field.
#include "core/session/Session.h"

#include "core/Materials.h"
#include "core/MeshBuilder.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "support/ShippedAtlas.h"
#include "support/SkinBody.h"

namespace myoatlas {
namespace {

std::shared_ptr<const Model> body() { return test::skinOnlyBody(); }  // shared with ReferralTest

std::unique_ptr<Session> session() {
  auto s = std::make_unique<Session>(&test::shippedAtlas().atlas);
  s->setModel(body());
  s->setViewport(800, 600);
  return s;
}

int paintedVertices(const SceneFrame& f) {
  if (!f.paint) return 0;
  int n = 0;
  for (const auto& p : *f.paint)
    n += (levelIntensity(p.x - kZoneFringe) > 0.0f || levelIntensity(p.y - kZoneFringe) > 0.0f || p.z > 0.0f) ? 1 : 0;
  return n;
}

TEST(Session, SelectingAMusclePaintsAllItsTriggerPointsAndClearingRemovesThem) {
  auto s = session();
  ASSERT_TRUE(s->hasPainTools()) << s->painToolsNote();
  ASSERT_TRUE(s->select({"upper_trapezius"}, SideChoice::Right).ok());
  SceneFrame f = s->frame();
  EXPECT_EQ(s->state().selectedMuscle, "upper_trapezius");
  EXPECT_GE(f.legend.size(), 2u) << "each of its trigger points is named in the legend";
  EXPECT_EQ(f.markers.size(), f.legend.size()) << "one marker per trigger point";
  EXPECT_GT(paintedVertices(f), 20) << "its referral pattern is painted on the skin";
  s->clearSelection();
  f = s->frame();
  EXPECT_TRUE(f.legend.empty());
  EXPECT_TRUE(f.markers.empty());
  EXPECT_EQ(paintedVertices(f), 0);
}

// A model whose landmark file leaves some out (issue 18): the session names what is missing, so answers near them
// are flagged as incomplete instead of a confident "no trigger point refers pain there".
TEST(Session, MissingLandmarksAreNamedSoAnswersCanSayTheyAreIncomplete) {
  auto s = session();
  EXPECT_TRUE(s->missingLandmarks().empty()) << "the generated body has every landmark";
  EXPECT_EQ(s->incompleteAnswerNote(), "");
  auto partial = std::make_shared<Model>(*body());
  std::erase_if(partial->landmarks, [](const ModelLandmark& l) { return l.id.rfind("temple", 0) == 0; });
  s->setModel(partial);
  const auto& missing = s->missingLandmarks();
  EXPECT_NE(std::find(missing.begin(), missing.end(), "temple.r"), missing.end());
  EXPECT_NE(std::find(missing.begin(), missing.end(), "temple.l"), missing.end());
  EXPECT_NE(s->incompleteAnswerNote().find("temple.r"), std::string::npos) << s->incompleteAnswerNote();
  // A pattern that needs one of them says so, in the legend and to the command line.
  ASSERT_TRUE(s->select({"upper_trapezius.trp1"}, SideChoice::Right).ok());
  const auto gaps = s->patternGaps();
  ASSERT_EQ(gaps.size(), 1u);
  EXPECT_NE(gaps[0].find("temple.r"), std::string::npos) << gaps[0];
  EXPECT_NE(s->frame().legend.at(0).find("partly"), std::string::npos);
  ASSERT_TRUE(s->select({"infraspinatus.trp1"}, SideChoice::Right).ok());
  EXPECT_TRUE(s->patternGaps().empty()) << "its pattern needs no temple";
  s->setModel(body());
  EXPECT_TRUE(s->missingLandmarks().empty()) << "a new model starts afresh";
}

// A muscle selected on a model that cannot paint its pattern (no landmarks) would be hidden under the opaque
// skin, a selection that changes nothing on screen: the skin turns see-through while it is selected (issue 16).
TEST(Session, ASelectedMuscleWithNothingPaintedShowsThroughTheSkin) {
  auto model = std::make_shared<Model>();
  model->meshes.push_back(makeEllipsoid("skin", {0.0f, 1.0f, 0.0f}, {0.2f, 0.5f, 0.15f}, 32, 24));
  model->meshes.push_back(makeEllipsoid("infraspinatus.r", {-0.1f, 1.2f, -0.1f}, {0.05f, 0.05f, 0.02f}, 16, 12));
  Session s(&test::shippedAtlas().atlas);
  s.setModel(model);
  ASSERT_FALSE(s.hasPainTools()) << "no landmarks";
  const auto skinOf = [](const SceneFrame& f) { return f.styles[0]; };
  EXPECT_GE(skinOf(s.frame()).opacity, kSkinOpaque);
  EXPECT_FALSE(s.frame().styles[1].visible) << "inside an opaque skin nothing is drawn";
  ASSERT_TRUE(s.select({"infraspinatus"}, SideChoice::Right).ok());
  EXPECT_TRUE(s.selectionUnderOpaqueSkin());
  const SceneFrame f = s.frame();
  EXPECT_LT(skinOf(f).opacity, kSkinOpaque);
  EXPECT_TRUE(f.styles[1].visible) << "the selected muscle is seen";
  EXPECT_GE(s.state().layers.skinOpacity, kSkinOpaque) << "the user's setting is kept";
  s.clearSelection();
  EXPECT_GE(skinOf(s.frame()).opacity, kSkinOpaque) << "opaque again once the selection goes";
  // On a body that paints the pattern, the skin stays as the user set it: the pattern is what shows.
  auto painted = session();
  ASSERT_TRUE(painted->select({"infraspinatus"}, SideChoice::Right).ok());
  EXPECT_FALSE(painted->selectionUnderOpaqueSkin());
}

// Through see-through skin a click selects the muscle under it; Ctrl+click asks where it hurts on the skin there
// (an own model's envelope is always see-through, so this is how its pain finder is reached by clicking).
TEST(Session, ACtrlClickAsksThePainFinderThroughSeeThroughSkin) {
  auto model = std::make_shared<Model>(*body());
  const glm::vec3 front = model->meshes[*skinMeshIndex(*model)].bounds().center() + glm::vec3(0.0f, 0.25f, 0.05f);
  model->meshes.push_back(makeEllipsoid("pectoralis_major.r", front, {0.06f, 0.06f, 0.03f}, 24, 16));
  Session s(&test::shippedAtlas().atlas);
  s.setModel(model);
  s.setViewport(800, 600);
  s.frameView(ViewPreset::Anterior);
  s.toggleXray();
  const glm::vec2 at = s.camera().project(front + glm::vec3(0.0f, 0.0f, 0.03f));
  EXPECT_EQ(s.click(at).kind, ClickOutcome::Kind::Muscle);
  EXPECT_EQ(s.state().question.kind, PainQuestion::Kind::None);
  EXPECT_EQ(s.click(at, true).kind, ClickOutcome::Kind::Skin);
  EXPECT_EQ(s.state().question.kind, PainQuestion::Kind::Point) << "the pain finder is asked about the skin there";
}

TEST(Session, UnknownIdsAreRefusedNamingThem) {
  auto s = session();
  const auto r = s->select({"upper_trapezius.trp9"}, SideChoice::Right);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().find("upper_trapezius.trp9"), std::string::npos) << r.error();
  EXPECT_TRUE(s->state().painted.empty()) << "nothing half-applied";
  EXPECT_FALSE(s->chooseArea("elbow of the moon", Side::Right).ok());
}

TEST(Session, ChoosingAnAreaDrawsItAndAsksTheFinder) {
  auto s = session();
  ASSERT_TRUE(s->chooseArea("temple", Side::Right).ok());
  EXPECT_TRUE(s->hasDrawing());
  const PainAnswer& answer = s->answer();
  EXPECT_NE(answer.query.find("Temple"), std::string::npos) << answer.query;
  ASSERT_FALSE(answer.sources.empty());
  EXPECT_EQ(answer.sources.front().muscle, "upper_trapezius") << "the guide's first essential source for the temple";
}

TEST(Session, ClearingTheDrawingAlsoClearsItsAnswer) {
  auto s = session();
  ASSERT_TRUE(s->chooseArea("temple", Side::Right).ok());
  ASSERT_FALSE(s->answer().sources.empty());
  const auto revision = s->answerRevision();
  s->clearDrawing();
  EXPECT_FALSE(s->hasDrawing());
  EXPECT_TRUE(s->answer().sources.empty()) << "no ranked list left over from the old drawing";
  EXPECT_TRUE(s->answer().query.empty());
  EXPECT_NE(s->answerRevision(), revision) << "hosts see the answer changed";
  EXPECT_EQ(paintedVertices(s->frame()), 0);
}

TEST(Session, ANewAreaReplacesTheOldDrawingAndAClickStartsAfresh) {
  auto s = session();
  ASSERT_TRUE(s->chooseArea("temple", Side::Right).ok());
  const std::size_t temple = s->state().drawing.size();
  ASSERT_TRUE(s->chooseArea("occiput", Side::Right).ok());
  const auto& drawing = s->state().drawing;
  ASSERT_FALSE(drawing.empty());
  // The occiput is at the back of the head, the temple at its side: no temple vertex survives.
  const Mesh& skin = *s->model().findMesh(s->frame().paintMesh);
  float frontMost = -1.0f;
  for (const auto& [v, value] : drawing) frontMost = std::max(frontMost, skin.positions[v].z);
  EXPECT_LT(frontMost, 0.06f) << "the drawing is the occiput alone, not the temple too (" << temple << " temple vertices)";
  s->clickSkin(drawing.front().first);
  EXPECT_FALSE(s->hasDrawing()) << "a click asks about a point: the old drawing would mislead";
  EXPECT_EQ(s->state().question.kind, PainQuestion::Kind::Point);
}

TEST(Session, PosesCycleThroughEveryPresetAndBack) {
  auto s = session();
  std::vector<PosePreset> seen;
  for (std::size_t i = 0; i < std::size(kPosePresets); ++i) {
    seen.push_back(s->state().pose);
    s->nextPose();
  }
  EXPECT_EQ(s->state().pose, PosePreset::Anatomical) << "wraps around";
  for (PosePreset p : kPosePresets) EXPECT_NE(std::find(seen.begin(), seen.end(), p), seen.end()) << posePresetName(p);
}

TEST(Session, XrayTogglesBetweenOpaqueAndSeeThrough) {
  auto s = session();
  s->toggleXray();
  EXPECT_FLOAT_EQ(s->state().layers.skinOpacity, kSkinXray);
  s->toggleXray();
  EXPECT_FLOAT_EQ(s->state().layers.skinOpacity, 1.0f);
  s->setLayers({0.0f, true, 0, false, ""});
  EXPECT_FALSE(isXray(s->state().layers.skinOpacity)) << "hidden skin: the X-ray menu entry is not ticked";
  s->toggleXray();  // and choosing it shows the skin see-through, as the unticked entry promises
  EXPECT_FLOAT_EQ(s->state().layers.skinOpacity, kSkinXray);
  EXPECT_TRUE(isXray(s->state().layers.skinOpacity));
}

TEST(Session, FramingTheSelectionKeepsItOutOfThePanels) {
  auto s = session();
  ASSERT_TRUE(s->select({"upper_trapezius.trp1"}, SideChoice::Right).ok());
  s->setFreeViewport({0.0f, 0.0f, 480.0f, 600.0f});  // a panel covers the right 320 pixels
  s->frameSelection();
  const SceneFrame f = s->frame();
  ASSERT_FALSE(f.markers.empty());
  const glm::vec2 marker = s->camera().project(f.markers.front());
  EXPECT_LT(marker.x, 480.0f) << "the trigger point is framed left of the panel, not behind it";
  EXPECT_GT(marker.x, 0.0f);
}

TEST(Session, AViewSurvivesItsSceneFile) {
  auto s = session();
  ASSERT_TRUE(s->select({"infraspinatus"}, SideChoice::Left).ok());
  s->setPose(PosePreset::ArmsRaised);
  s->setLayers({0.3f, false, 1, true, "shoulder_upper_back"});
  s->setColorMap(ColorMap::ColourBlindSafe);
  s->setLabels(false);
  ASSERT_TRUE(s->chooseArea("temple", Side::Left).ok());
  s->camera().orbit(120.0f, -40.0f);
  const SceneFile file = s->sceneFile("");
  auto read = SceneFile::fromJson(file.toJson(), "round.myoscene.json");
  ASSERT_TRUE(read.ok()) << read.error();
  const ViewState& a = file.view;
  const ViewState& b = read->view;
  EXPECT_NEAR(a.camera.yaw, b.camera.yaw, 1e-6f);
  EXPECT_NEAR(a.camera.pitch, b.camera.pitch, 1e-6f);
  EXPECT_NEAR(a.camera.distance, b.camera.distance, 1e-6f);
  EXPECT_NEAR(glm::distance(a.camera.target, b.camera.target), 0.0f, 1e-6f);
  EXPECT_EQ(b.pose, PosePreset::ArmsRaised);
  EXPECT_TRUE(b.layers == a.layers);
  EXPECT_EQ(b.painted, a.painted);
  EXPECT_EQ(b.selectedMuscle, "infraspinatus");
  EXPECT_EQ(b.colorMap, ColorMap::ColourBlindSafe);
  EXPECT_FALSE(b.showLabels);
  EXPECT_TRUE(b.question == a.question);
  EXPECT_EQ(b.drawing, a.drawing);

  // Applied to a fresh session, it shows the same frame.
  auto t = session();
  auto applied = t->applyScene(read.value(), "round.myoscene.json");
  ASSERT_TRUE(applied.ok()) << applied.error();
  EXPECT_TRUE(applied->empty()) << applied->front();
  const SceneFrame fa = s->frame(), fb = t->frame();
  ASSERT_TRUE(fa.paint && fb.paint);
  EXPECT_EQ(*fa.paint, *fb.paint);
  EXPECT_EQ(fa.markers, fb.markers);
  EXPECT_EQ(fa.legend, fb.legend);
  EXPECT_EQ(t->answer().query, s->answer().query);
}

TEST(Session, ASceneFromAnotherSkinDropsTheDrawingAndSaysSo) {
  auto s = session();
  ASSERT_TRUE(s->chooseArea("temple", Side::Right).ok());
  SceneFile file = s->sceneFile("");
  file.view.skinVertices += 10;  // as if made on another body
  file.view.question = {};
  auto t = session();
  auto applied = t->applyScene(file, "other.myoscene.json");
  ASSERT_TRUE(applied.ok());
  ASSERT_EQ(applied->size(), 1u);
  EXPECT_NE(applied->front().find("pain drawing"), std::string::npos) << applied->front();
  EXPECT_FALSE(t->hasDrawing());
}

TEST(SceneFile, BrokenFilesNameTheFileAndTheField) {
  const auto error = [](const std::string& text) {
    auto r = SceneFile::fromJson(text, "lesson.myoscene.json");
    return r.ok() ? std::string("(read fine)") : r.error();
  };
  EXPECT_NE(error("{\"format\": \"myoatlas-scene\", ").find("not valid JSON"), std::string::npos);
  EXPECT_NE(error("{\"format\": \"myoatlas-settings\"}").find("/format"), std::string::npos);
  auto good = session()->sceneFile("");
  std::string text = good.toJson();
  EXPECT_EQ(error(text), "(read fine)");
  const auto with = [&](const std::string& from, const std::string& to) {
    std::string t = text;
    const auto at = t.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return at == std::string::npos ? t : t.replace(at, from.size(), to);
  };
  const std::string future = error(with("\"version\": 1", "\"version\": 7"));
  EXPECT_NE(future.find("lesson.myoscene.json"), std::string::npos) << future;
  EXPECT_NE(future.find("/version"), std::string::npos) << future;
  EXPECT_NE(error(with("\"pose\": \"anatomical\"", "\"pose\": \"dab\"")).find("/view/pose 'dab'"), std::string::npos);
  EXPECT_NE(error(with("\"peel\": 0", "\"peel\": 9")).find("/view/layers/peel"), std::string::npos);
  EXPECT_NE(error(with("\"yaw\":", "\"yew\":")).find("/view/camera/yaw is missing"), std::string::npos);
  EXPECT_NE(error(with("\"body\": \"male\"", "\"body\": \"centaur\"")).find("/model/body 'centaur'"), std::string::npos);

  // Which generated body the view was on comes back with it (the viewer and `render --scene` open that body).
  SceneFile onHer = session()->sceneFile("", Sex::Female);
  auto read = SceneFile::fromJson(onHer.toJson(), "her.myoscene.json");
  ASSERT_TRUE(read.ok()) << read.error();
  EXPECT_EQ(read->body, Sex::Female);
  EXPECT_EQ(SceneFile::fromJson(good.toJson(), "his.myoscene.json")->body, Sex::Male);

  // Ids the atlas does not know are the session's to refuse, by field.
  SceneFile unknown = good;
  unknown.view.painted = {{"upper_trapezius.trp1", Side::Right}, {"moon.trp1", Side::Left}};
  auto s = session();
  auto applied = s->applyScene(unknown, "lesson.myoscene.json");
  ASSERT_FALSE(applied.ok());
  EXPECT_NE(applied.error().find("lesson.myoscene.json': /view/painted/1/id 'moon.trp1'"), std::string::npos) << applied.error();
  EXPECT_TRUE(s->state().painted.empty()) << "a refused scene changes nothing";
}

}  // namespace
}  // namespace myoatlas

namespace myoatlas {
namespace {

// Comparing patterns: choosing trigger points adds them, each painted in its own colour; a fifth pushes out the
// first; choosing a shown one again removes it; the scene file keeps the mode.
TEST(Session, ComparingPaintsEachChosenPatternInItsOwnColour) {
  auto s = session();
  s->setCompare(true);
  s->selectTriggerPoint("upper_trapezius.trp1", Side::Right);
  s->selectTriggerPoint("sternocleidomastoid.trp2", Side::Right);
  ASSERT_EQ(s->state().painted.size(), 2u) << "the second is added, not swapped in";
  const SceneFrame f = s->frame();
  EXPECT_TRUE(f.comparing);
  ASSERT_TRUE(f.paint && f.compareColours);
  ASSERT_EQ(f.compareColours->size(), f.paint->size());
  const glm::vec3 orange = srgbToLinear(kComparePalette[0]), blue = srgbToLinear(kComparePalette[1]);
  int first = 0, second = 0;
  for (std::size_t v = 0; v < f.paint->size(); ++v)
    if (levelIntensity((*f.paint)[v].x - kZoneFringe) > 0.5f) {
      const glm::vec3 c = (*f.compareColours)[v];
      first += glm::distance(c, orange) < 0.1f ? 1 : 0;
      second += glm::distance(c, blue) < 0.1f ? 1 : 0;
    }
  EXPECT_GT(first, 5) << "the trapezius's essential zone in the first colour";
  EXPECT_GT(second, 5) << "the SCM's in the second";
  for (const char* id : {"temporalis.trp1", "masseter.trp1", "splenius_capitis.trp1"}) s->selectTriggerPoint(id, Side::Right);
  ASSERT_EQ(s->state().painted.size(), std::size_t(kCompareColours));
  EXPECT_EQ(s->state().painted.front().first, "sternocleidomastoid.trp2") << "the oldest leaves";
  s->selectTriggerPoint("masseter.trp1", Side::Right);
  EXPECT_EQ(s->state().painted.size(), std::size_t(kCompareColours) - 1) << "choosing a shown one again removes it";
  auto read = SceneFile::fromJson(s->sceneFile("").toJson(), "compare.myoscene.json");
  ASSERT_TRUE(read.ok()) << read.error();
  EXPECT_TRUE(read->view.compare);
  s->setCompare(false);
  s->selectTriggerPoint("piriformis.trp1", Side::Right);
  EXPECT_EQ(s->state().painted.size(), 1u) << "not comparing, a choice replaces the pattern";
}

}  // namespace
}  // namespace myoatlas

namespace myoatlas {
namespace {

// The split view: the right-hand pane sees the body from the other side and turns with the main view; a click
// in either pane picks through that pane's camera.
TEST(Session, SplitViewShowsTheOtherSideAndPicksThroughEachPane) {
  auto s = session();  // 800 x 600
  s->setSplit(true);
  s->frameView(ViewPreset::Posterior);
  const float turn = s->paneCamera(1).pose().yaw - s->paneCamera(0).pose().yaw;
  EXPECT_NEAR(std::abs(std::remainder(turn, 2.0f * glm::pi<float>())), glm::pi<float>(), 1e-4f);
  const auto& skin = s->model().meshes[*skinMeshIndex(s->model())].positions;
  const auto left = s->skinVertexAt({200.0f, 250.0f}), right = s->skinVertexAt({600.0f, 250.0f});
  ASSERT_TRUE(left && right) << "each pane's centre is on the body";
  EXPECT_LT(skin[*left].z, 0.0f) << "the left pane sees the back";
  EXPECT_GT(skin[*right].z, 0.0f) << "the right pane sees the front";
  s->camera().orbit(80.0f, 0.0f);
  const float turned = s->paneCamera(1).pose().yaw - s->paneCamera(0).pose().yaw;
  EXPECT_NEAR(std::abs(std::remainder(turned, 2.0f * glm::pi<float>())), glm::pi<float>(), 1e-4f) << "linked rotation";
  s->setSplit(false);
  s->frameView(ViewPreset::Posterior);
  const auto whole = s->skinVertexAt({400.0f, 250.0f});
  ASSERT_TRUE(whole) << "one view again, across the whole window: the body at its centre";
  EXPECT_LT(skin[*whole].z, 0.0f);
}

}  // namespace
}  // namespace myoatlas
