// Bad input from outside (files, the command line, settings) gets a clear answer, never undefined behaviour or
// a silent wrong value (issue 18): one test per class found by probing.
#include <chrono>
#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "core/JsonText.h"
#include "core/MeshBuilder.h"
#include "core/ModelFrame.h"
#include "core/TaggedJson.h"
#include "core/notes/UserNotes.h"
#include "core/pain/BodySurface.h"
#include "core/settings/Options.h"
#include "core/settings/ViewerSettings.h"
#include "core/session/ViewState.h"
#include "core/lesson/Lesson.h"

namespace myoatlas {
namespace {

// A 1.6 m ellipsoid skin with one landmark on its top: the smallest model the pain tools accept.
Model skinOnlyModel() {
  Model model;
  model.source = "own.glb";
  model.meshes.push_back(makeEllipsoid("skin", glm::vec3(0.0f, 1.0f, 0.0f), glm::vec3(0.2f, 0.8f, 0.15f), 48, 32));
  model.meshes.back().tissue = TissueKind::Skin;
  model.landmarks.push_back({"vertex", glm::vec3(0.0f, 1.8f, 0.0f)});
  return model;
}

TEST(BadInput, AKeyGivenTwiceIsNamedByItsPointer) {
  std::string duplicate;
  const auto j = parseJsonNoDuplicateKeys(R"({"a": {"b": [1, {"c": 1, "d": [], "c": 2}]}, "e": 3})", duplicate);
  EXPECT_EQ(duplicate, "/a/b/1/c");
  EXPECT_EQ(j["e"], 3) << "the rest is still read";
  parseJsonNoDuplicateKeys(R"({"a": 1, "b": {"a": 2}, "c": [{"a": 3}, {"a": 4}]})", duplicate);
  EXPECT_EQ(duplicate, "") << "the same key in different objects is fine";
  EXPECT_THROW(parseJsonNoDuplicateKeys("{\"a\": ", duplicate), nlohmann::json::parse_error);
  // Through the tagged readers (notes, settings, scenes, lessons, sidecars): an error naming file and key.
  auto notes = UserNotes::fromJson(R"({"format": "myoatlas-notes", "version": 1, "notes": {"x": "a", "x": "b"}})", "n.json");
  ASSERT_FALSE(notes.ok());
  EXPECT_NE(notes.error().find("'n.json': /notes/x is given twice"), std::string::npos) << notes.error();
}

TEST(BadInput, AWrongTypedFormatTagIsDamageNotAnInternalError) {
  for (const char* text : {R"({"format": 5})", R"({"format": null})", R"({"format": ["myoatlas-notes"]})", "[]", "7"}) {
    auto parsed = parseTaggedJson(text, "notes file", "notes.json", "myoatlas-notes");
    ASSERT_FALSE(parsed.ok()) << text;
    EXPECT_EQ(parsed.error(), "notes file 'notes.json': /format must be \"myoatlas-notes\"");
  }
  auto settings = ViewerSettings::fromJson(R"({"format": 5})", "settings.json");
  EXPECT_FALSE(settings.ok());
}

// Found by the fuzz targets: a number too large for a double threw an exception no reader caught, so one such
// number in settings.json stopped the viewer at start. It is damaged text like any other, with where it is.
TEST(BadInput, ANumberTooLargeForADoubleIsDamageNotACrash) {
  const std::string settings = R"({"format": "myoatlas-settings", "version": 2, "layers": {"skin_opacity": 1e999}})";
  auto read = ViewerSettings::fromJson(settings, "settings.json");
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error(), "settings file 'settings.json' is not valid JSON (byte " +
                              std::to_string(settings.find("1e999") + 1) + ")");
  EXPECT_FALSE(UserNotes::fromJson(R"({"format": "myoatlas-notes", "version": 1, "notes": {"x": -2e400}})", "n.json").ok());
  EXPECT_FALSE(SceneFile::fromJson(R"({"format": "myoatlas-scene", "version": 1e99999})", "s.myoscene.json").ok());
  EXPECT_FALSE(parseLesson(R"({"format": "myoatlas-lesson", "version": 1, "title": "t", "x": 9e9999})", "l.json").ok());
  // A scene's numbers that fit no field are refused by name rather than wrapped.
  auto wrapped = SceneFile::fromJson(R"({"format": "myoatlas-scene", "version": 4294967297})", "w.myoscene.json");
  ASSERT_FALSE(wrapped.ok());
  EXPECT_NE(wrapped.error().find("/version is out of range"), std::string::npos) << wrapped.error();
}

TEST(BadInput, InvalidUtf8IsReplacedInJsonOutput) {
  const nlohmann::json j = {{"name", std::string("Mu\xe9scle")}};
  std::string text;
  ASSERT_NO_THROW(text = jsonText(j));
  EXPECT_NE(text.find("Mu\xef\xbf\xbdscle"), std::string::npos) << "U+FFFD in place of the Latin-1 byte";
}

TEST(BadInput, NumbersOutsideTheirRangeIncludingNanAreRefused) {
  AppOptions options;
  options.skinOpacity = std::numeric_limits<float>::quiet_NaN();
  auto checked = checkOptions(options);
  ASSERT_FALSE(checked.ok());
  EXPECT_NE(checked.error().find("--skin-opacity nan is out of range"), std::string::npos) << checked.error();
  options = AppOptions{};
  options.uiScale = std::numeric_limits<float>::infinity();
  EXPECT_FALSE(checkOptions(options).ok());
  // An integer that would wrap around in an int (4294967297 is 1 after the wrap) is refused, not read as 1.
  auto wrapped = ViewerSettings::fromJson(R"({"format": "myoatlas-settings", "version": 2, "layers": {"peel": 4294967297}})", "s.json");
  ASSERT_FALSE(wrapped.ok());
  EXPECT_NE(wrapped.error().find("/layers/peel"), std::string::npos) << wrapped.error();
  // A camera number no float holds would be infinity, written back as null: refused when read (found by fuzzing).
  auto far = ViewerSettings::fromJson(R"({"format": "myoatlas-settings", "version": 2, "camera": {"target": [0, 0, 0],
                                          "yaw": 0.5, "pitch": 0, "distance": 1e116}})", "s.json");
  ASSERT_FALSE(far.ok());
  EXPECT_NE(far.error().find("/camera/distance"), std::string::npos) << far.error();
}

TEST(BadInput, HugeModelExtentsAreReportedNotConvertedToNegativeInts) {
  Bounds raw;
  raw.add(glm::vec3(0.0f));
  raw.add(glm::vec3(3e30f, 1.0f, 1.0f));
  const FrameDecision d = decideFrame(raw, {}, {});
  EXPECT_EQ(d.reason.find("-2147483648"), std::string::npos) << d.reason;
  EXPECT_NE(d.reason.find("3e+30 file units"), std::string::npos) << d.reason;
}

TEST(BadInput, APointFarFromTheBodyFindsTheNearestVertexAtOnce) {
  const Model model = skinOnlyModel();
  auto made = BodySurface::fromModel(model);
  ASSERT_TRUE(made.ok()) << made.error();
  const BodySurface& surface = *made.value();
  const auto& positions = surface.skin().positions;
  const auto bruteForce = [&](glm::vec3 p) {
    std::uint32_t best = 0;
    for (std::uint32_t v = 1; v < positions.size(); ++v)
      if (glm::distance(p, positions[v]) < glm::distance(p, positions[best])) best = v;
    return best;
  };
  const auto start = std::chrono::steady_clock::now();
  for (glm::vec3 p : {glm::vec3(5.0f, 1.0f, 0.0f), glm::vec3(0.0f, 175.0f, 0.0f), glm::vec3(1e30f, 0.0f, 0.0f), glm::vec3(0.1f, 1.2f, 0.1f)})
    EXPECT_EQ(glm::distance(p, positions[surface.nearestVertex(p)]), glm::distance(p, positions[bruteForce(p)]))
        << p.x << " " << p.y << " " << p.z;
  const float nan = std::numeric_limits<float>::quiet_NaN();
  EXPECT_LT(surface.nearestVertex(glm::vec3(nan, 0.0f, 0.0f)), positions.size()) << "a valid index, no UB";
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 2.0)
      << "far points answered by a scan, not 64 shells of empty buckets";
}

// A landmark far from the skin (a landmark file in centimetres, a typo) is refused naming it, not painted in the
// air; one on the skin is fine.
TEST(BadInput, ALandmarkFarFromTheSkinIsNamed) {
  Model model = skinOnlyModel();
  EXPECT_TRUE(BodySurface::fromModel(model).ok());
  model.landmarks.push_back({"temple.r", glm::vec3(-8.0f, 165.0f, 5.0f)});  // centimetres
  auto far = BodySurface::fromModel(model);
  ASSERT_FALSE(far.ok());
  EXPECT_NE(far.error().find("landmark 'temple.r' is 163 m from the skin"), std::string::npos) << far.error();
  model.landmarks.back().position = glm::vec3(std::numeric_limits<float>::quiet_NaN());
  auto nan = BodySurface::fromModel(model);
  ASSERT_FALSE(nan.ok());
  EXPECT_NE(nan.error().find("'temple.r' is not a finite point"), std::string::npos) << nan.error();
}

}  // namespace
}  // namespace myoatlas
