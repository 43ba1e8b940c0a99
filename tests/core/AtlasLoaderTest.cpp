// The shipped atlas validates and holds what the clinic needs; every class of data error is caught on a
// deliberately broken copy, with the file, the JSON path and what was expected.
#include "core/atlas/AtlasLoader.h"

#include <filesystem>
#include <fstream>

#include <sys/stat.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/TestPaths.h"

namespace myoatlas {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string shippedAtlas() { return (test::sourceDir() / "data").string(); }

const AtlasLoad& shipped() {
  static const AtlasLoad load = loadAtlas(shippedAtlas());
  return load;
}

TEST(ShippedAtlas, Validates) {
  for (const auto& p : shipped().problems) ADD_FAILURE() << p.format();
  EXPECT_TRUE(shipped().ok());
}

TEST(ShippedAtlas, MeetsTheCounts) {
  const Atlas& a = shipped().atlas;
  EXPECT_GE(a.muscles.size(), 120u);
  EXPECT_GE(a.triggerPoints.size(), 250u);
  EXPECT_GE(a.landmarks.size(), 60u);
  EXPECT_GE(a.painAreas.size(), 50u);
  EXPECT_EQ(a.regions.size(), 10u);
}

TEST(ShippedAtlas, HasThePainAreasPatientsPointAt) {
  for (const char* id : {"temple", "occiput", "vertex", "forehead", "eye", "jaw", "tmj", "ear", "upper_teeth", "throat",
                         "back_of_neck", "top_of_shoulder", "front_of_shoulder", "back_of_shoulder", "side_of_shoulder",
                         "between_shoulder_blades", "upper_back", "mid_back", "low_back", "sacrum", "buttock", "lateral_hip",
                         "groin", "chest", "side_of_chest", "upper_abdomen", "front_of_upper_arm", "back_of_upper_arm",
                         "outer_elbow", "inner_elbow", "back_of_forearm", "front_of_forearm", "wrist_back", "thumb", "wrist_front",
                         "dorsal_fingers", "volar_fingers", "radial_forearm", "ulnar_forearm", "teeth", "ear_tmj",
                         "abdomen", "pelvic", "front_of_ankle", "achilles", "big_toe_plantar", "front_of_thigh", "outer_thigh", "inner_thigh", "back_of_thigh", "front_of_knee",
                         "back_of_knee", "inner_knee", "outer_knee", "shin", "calf", "outer_ankle", "inner_ankle", "heel",
                         "sole", "top_of_foot", "big_toe_dorsal", "lesser_toes"})
    EXPECT_NE(shipped().atlas.painArea(id), nullptr) << id;
}

TEST(ShippedAtlas, CoversTheDeepMusclesTheBodyNeeds) {
  for (const char* id : {"rectus_capitis_posterior_major", "obliquus_capitis_inferior", "cervical_multifidi", "lumbar_multifidi",
                         "anterior_scalene", "middle_scalene", "posterior_scalene", "medial_pterygoid", "lateral_pterygoid",
                         "quadratus_lumborum", "psoas_major", "iliacus", "piriformis", "obturator_internus", "quadratus_femoris",
                         "popliteus", "tibialis_posterior", "adductor_pollicis", "first_dorsal_interosseous", "quadratus_plantae"})
    EXPECT_NE(shipped().atlas.muscle(id), nullptr) << id;
}

TEST(ShippedAtlas, EveryEntryHasASourceThatExists) {
  const Atlas& a = shipped().atlas;
  const auto known = [&](const std::string& id) {
    return std::any_of(a.sources.begin(), a.sources.end(), [&](const Source& s) { return s.id == id; });
  };
  for (const auto& m : a.muscles) {
    ASSERT_FALSE(m.sources.empty()) << m.id;
    for (const auto& s : m.sources) EXPECT_TRUE(known(s.source)) << m.id;
  }
  for (const auto& t : a.triggerPoints) {
    ASSERT_FALSE(t.sources.empty()) << t.id;
    EXPECT_FALSE(t.sources[0].where.empty()) << t.id << " says where in the source";
  }
}

std::string joined(const std::vector<std::string>& lines) {
  std::string all;
  for (const auto& l : lines) all += l + "\n";
  return all;
}

TEST(ShippedAtlas, CautionsNameTheStructuresAtRisk) {
  const Atlas& a = shipped().atlas;
  const auto cautions = [&](const char* id) { return joined(a.muscle(id)->treatment.cautions); };
  EXPECT_NE(cautions("sternocleidomastoid").find("carotid"), std::string::npos);
  EXPECT_NE(cautions("subscapularis").find("rmpit"), std::string::npos);
  EXPECT_NE(cautions("pectineus").find("femoral"), std::string::npos);
  EXPECT_NE(cautions("piriformis").find("sciatic"), std::string::npos);
  EXPECT_NE(cautions("popliteus").find("popliteal"), std::string::npos);
  const SelfRelease& psoas = *a.muscle("psoas_major")->treatment.selfRelease;
  EXPECT_LE(psoas.pressure[1], 4) << "psoas: very gentle";
  EXPECT_LE(psoas.holdSeconds[1], 40) << "psoas: short holds";
}

TEST(ShippedAtlas, DifferentialNotesSeparateLookAlikes) {
  const Atlas& a = shipped().atlas;
  const std::string gluteal = joined(a.muscle("piriformis")->treatment.differential);
  EXPECT_NE(gluteal.find("sciatica"), std::string::npos);
  EXPECT_NE(gluteal.find("numbness"), std::string::npos) << "check neurological signs";
  const std::string trapezius = joined(a.muscle("upper_trapezius")->treatment.differential);
  EXPECT_NE(trapezius.find("Migraine"), std::string::npos);
  EXPECT_NE(trapezius.find("sudden"), std::string::npos) << "headache red flags";
}

TEST(ShippedAtlas, GeneralSelfCareContent) {
  const GeneralContent& g = shipped().atlas.general;
  EXPECT_NE(joined(g.dose).find("60 to 90 seconds"), std::string::npos);
  EXPECT_NE(joined(g.dose).find("4 to 7"), std::string::npos);
  EXPECT_NE(joined(g.mistakes).find("breath"), std::string::npos);
  EXPECT_GE(g.redFlags.size(), 6u);
  EXPECT_NE(joined(g.redFlags).find("wakes you at night"), std::string::npos);
  EXPECT_FALSE(g.activeVersusLatent.empty());
  EXPECT_NE(joined(g.perpetuating).find("thyroid"), std::string::npos);
  for (const auto& t : shipped().atlas.triggerPoints) {
    EXPECT_FALSE(t.activating.empty() && t.perpetuating.empty()) << t.id << " says what starts or keeps it going";
  }
}

// A copy of the shipped atlas in a scratch folder that a test breaks on purpose.
class BrokenAtlas : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = test::scratchDir() / "atlas";
    fs::copy(shippedAtlas(), dir_, fs::copy_options::recursive);
  }
  json read(const std::string& file) { return json::parse(std::ifstream(dir_ / file)); }
  void write(const std::string& file, const json& j) { std::ofstream(dir_ / file) << j.dump(2); }
  // Loads and expects exactly one problem at `file` + `path` whose message contains `message`.
  void expectOnly(const std::string& file, const std::string& path, const std::string& message) {
    const AtlasLoad load = loadAtlas(dir_.string());
    ASSERT_EQ(load.problems.size(), 1u) << problems(load);
    EXPECT_EQ(load.problems[0].file, file);
    EXPECT_EQ(load.problems[0].path, path);
    EXPECT_NE(load.problems[0].message.find(message), std::string::npos) << load.problems[0].message;
  }
  static std::string problems(const AtlasLoad& load) {
    std::string s;
    for (const auto& p : load.problems) s += p.format() + "\n";
    return s;
  }
  fs::path dir_;
};

TEST_F(BrokenAtlas, SyntaxErrorsAndNumbersTooLargeGiveLineAndColumn) {
  std::ofstream(dir_ / "regions.json") << "{\n  \"regions\": [\n    {\"id\": \"neck\" \"name\": \"Neck\"}\n  ]\n}\n";
  const AtlasLoad load = loadAtlas(dir_.string());
  ASSERT_FALSE(load.ok());
  EXPECT_EQ(load.problems[0].file, "regions.json");
  // The parser reports the position just past the unexpected token ("name", columns 19 to 24).
  EXPECT_EQ(load.problems[0].path.rfind("line 3, column ", 0), 0u) << load.problems[0].path;
  const int column = std::stoi(load.problems[0].path.substr(std::string("line 3, column ").size()));
  EXPECT_GE(column, 19);
  EXPECT_LE(column, 25);
  EXPECT_NE(load.problems[0].message.find("invalid JSON"), std::string::npos);

  // A number no double holds (found by fuzzing: an exception nothing caught) is a syntax problem with its place.
  std::ofstream(dir_ / "regions.json") << "{\n  \"regions\": [\n    {\"id\": \"neck\", \"order\": 1e999}\n  ]\n}\n";
  const AtlasLoad huge = loadAtlas(dir_.string());
  ASSERT_FALSE(huge.ok());
  EXPECT_EQ(huge.problems[0].file, "regions.json");
  EXPECT_EQ(huge.problems[0].path.rfind("line 3, column ", 0), 0u) << huge.problems[0].path;
  EXPECT_NE(huge.problems[0].message.find("the number 1e999 is too large"), std::string::npos) << huge.problems[0].message;
}

// A key given twice (a hand edit pasting a field again) is named, not silently resolved to the last value.
TEST_F(BrokenAtlas, KeyGivenTwice) {
  std::string text = read("muscles/neck.json").dump(2);
  const auto at = text.find("\"origin\":");
  ASSERT_NE(at, std::string::npos);
  text.insert(at, "\"origin\": \"pasted twice\",\n");
  std::ofstream(dir_ / "muscles/neck.json") << text;
  expectOnly("muscles/neck.json", "/muscles/0/origin", "given twice");
}

// Special files and links in the atlas folder: a pipe is refused by type (reading it would block), a looping link
// is a problem with its file name, not an internal error.
TEST_F(BrokenAtlas, PipesAndLoopingLinks) {
  fs::remove(dir_ / "regions.json");
  ASSERT_EQ(mkfifo((dir_ / "regions.json").c_str(), 0600), 0);
  fs::create_symlink(dir_ / "muscles/loop2.json", dir_ / "muscles/loop1.json");
  fs::create_symlink(dir_ / "muscles/loop1.json", dir_ / "muscles/loop2.json");
  const AtlasLoad load = loadAtlas(dir_.string());
  const std::string all = problems(load);
  EXPECT_NE(all.find("regions.json: /: not a regular file"), std::string::npos) << all;
  EXPECT_NE(all.find("muscles/loop1.json: /: the file is a link that cannot be followed"), std::string::npos) << all;
}

TEST_F(BrokenAtlas, UnknownFieldSuggestsTheIntendedOne) {
  json j = read("muscles/neck.json");
  j["muscles"][0]["orgin"] = j["muscles"][0]["origin"];
  j["muscles"][0].erase("origin");
  write("muscles/neck.json", j);
  const AtlasLoad load = loadAtlas(dir_.string());
  const std::string all = problems(load);
  EXPECT_EQ(load.problems.size(), 2u) << all;
  EXPECT_NE(all.find("muscles/neck.json: /muscles/0: missing required field 'origin'"), std::string::npos) << all;
  EXPECT_NE(all.find("muscles/neck.json: /muscles/0/orgin: unknown field 'orgin' (did you mean 'origin'?)"), std::string::npos) << all;
}

TEST_F(BrokenAtlas, MissingField) {
  json j = read("muscles/arm.json");
  j["muscles"][1].erase("insertion");
  write("muscles/arm.json", j);
  expectOnly("muscles/arm.json", "/muscles/1", "missing required field 'insertion'");
}

TEST_F(BrokenAtlas, WrongType) {
  json j = read("muscles/thigh.json");
  j["muscles"][2]["trigger_points"][0]["palpation"] = 42;
  write("muscles/thigh.json", j);
  expectOnly("muscles/thigh.json", "/muscles/2/trigger_points/0/palpation", "expected a string, found a number");
}

TEST_F(BrokenAtlas, UnknownChoice) {
  json j = read("muscles/leg_foot.json");
  j["muscles"][0]["trigger_points"][0]["frequency"] = "sometimes";
  write("muscles/leg_foot.json", j);
  expectOnly("muscles/leg_foot.json", "/muscles/0/trigger_points/0/frequency", "'sometimes' is not one of");
}

TEST_F(BrokenAtlas, DanglingLandmark) {
  json j = read("muscles/neck.json");
  j["muscles"][0]["trigger_points"][0]["essential"][0]["from"] = "c44_spinous_process";
  write("muscles/neck.json", j);
  expectOnly("muscles/neck.json", "/muscles/0/trigger_points/0/essential/0/from", "unknown landmark 'c44_spinous_process'");
}

TEST_F(BrokenAtlas, DanglingPainAreaRegionAndTriggerPoint) {
  json j = read("muscles/head_face.json");
  j["muscles"][0]["trigger_points"][0]["essential_areas"][0] = "elbow_pit";
  j["muscles"][0]["regions"][0] = "headd";
  j["muscles"][0]["trigger_points"][0]["related"] = {"temporalis.trp9"};
  write("muscles/head_face.json", j);
  const AtlasLoad load = loadAtlas(dir_.string());
  const std::string all = problems(load);
  EXPECT_EQ(load.problems.size(), 3u) << all;
  EXPECT_NE(all.find("/muscles/0/trigger_points/0/essential_areas/0: unknown pain area 'elbow_pit'"), std::string::npos) << all;
  EXPECT_NE(all.find("/muscles/0/regions/0: unknown region 'headd'"), std::string::npos) << all;
  EXPECT_NE(all.find("/muscles/0/trigger_points/0/related/0: unknown trigger point 'temporalis.trp9'"), std::string::npos) << all;
}

// A pain guide's list names muscles and trigger points that must exist, each muscle once, with a known zone.
TEST_F(BrokenAtlas, PainGuideWithUnknownOrRepeatedEntries) {
  json j = read("pain_areas.json");
  std::size_t k = 0;
  while (!j["pain_areas"][k].contains("guide")) ++k;
  auto& guide = j["pain_areas"][k]["guide"];
  guide["muscles"][0]["muscle"] = "gastrocnemus";
  guide["muscles"][1]["zone"] = "sometimes";
  guide["muscles"].push_back(guide["muscles"][2]);
  guide["known_differences"] = {{{"trigger_point", "temporalis.trp9"}, {"reason", "a typo"}}};
  write("pain_areas.json", j);
  const AtlasLoad load = loadAtlas(dir_.string());
  const std::string all = problems(load);
  const std::string at = "/pain_areas/" + std::to_string(k) + "/guide/";
  EXPECT_EQ(load.problems.size(), 4u) << all;
  EXPECT_NE(all.find(at + "muscles/0/muscle: unknown muscle 'gastrocnemus'"), std::string::npos) << all;
  EXPECT_NE(all.find(at + "muscles/1/zone: 'sometimes' is not one of 'essential', 'spillover'"), std::string::npos) << all;
  EXPECT_NE(all.find("is listed twice in this guide"), std::string::npos) << all;
  EXPECT_NE(all.find(at + "known_differences/0/trigger_point: unknown trigger point 'temporalis.trp9'"), std::string::npos) << all;
}

TEST_F(BrokenAtlas, DanglingSource) {
  json j = read("muscles/forearm_hand.json");
  j["muscles"][3]["sources"][0]["source"] = "wikipedia";
  write("muscles/forearm_hand.json", j);
  expectOnly("muscles/forearm_hand.json", "/muscles/3/sources/0/source", "unknown source 'wikipedia'");
}

TEST_F(BrokenAtlas, DuplicateIds) {
  json j = read("muscles/thigh.json");
  j["muscles"][1]["id"] = "sartorius";  // clashes with muscles[0]
  write("muscles/thigh.json", j);
  const AtlasLoad load = loadAtlas(dir_.string());
  const std::string all = problems(load);
  EXPECT_NE(all.find("muscles/thigh.json: /muscles/1/id: duplicate muscle id 'sartorius'"), std::string::npos) << all;
  EXPECT_NE(all.find("duplicate trigger point id 'sartorius.trp1'"), std::string::npos) << all;

  json l = read("landmarks.json");
  l["landmarks"][5]["id"] = l["landmarks"][4]["id"];
  write("landmarks.json", l);
  EXPECT_NE(problems(loadAtlas(dir_.string())).find("landmarks.json: /landmarks/5/id: duplicate landmark id"), std::string::npos);
}

TEST_F(BrokenAtlas, OutOfRangeNumbers) {
  json j = read("muscles/low_back.json");
  j["muscles"][0]["trigger_points"][0]["essential"][0]["radius"] = 400;
  j["muscles"][0]["treatment"]["self_release"]["pressure"] = {8, 12};
  j["muscles"][0]["trigger_points"][0]["location"]["offset"] = {0, 250, 0};
  write("muscles/low_back.json", j);
  const AtlasLoad load = loadAtlas(dir_.string());
  const std::string all = problems(load);
  EXPECT_EQ(load.problems.size(), 3u) << all;
  EXPECT_NE(all.find("essential/0/radius: value 400 is out of range (expected 0.5 to 40)"), std::string::npos) << all;
  EXPECT_NE(all.find("self_release/pressure: [8, 12] is out of range"), std::string::npos) << all;
  EXPECT_NE(all.find("location/offset/1: offset 250"), std::string::npos) << all;
}

TEST_F(BrokenAtlas, EmptyZones) {
  json j = read("muscles/arm.json");
  j["muscles"][0]["trigger_points"][0]["essential"] = json::array();
  write("muscles/arm.json", j);
  expectOnly("muscles/arm.json", "/muscles/0/trigger_points/0/essential", "the zone is empty");

  json a = read("pain_areas.json");
  a["pain_areas"][0]["zone"] = json::array();
  write("pain_areas.json", a);
  EXPECT_NE(problems(loadAtlas(dir_.string())).find("pain_areas.json: /pain_areas/0/zone: the zone is empty"), std::string::npos);
}

TEST_F(BrokenAtlas, MissingFileAndFolder) {
  fs::remove(dir_ / "landmarks.json");
  const AtlasLoad load = loadAtlas(dir_.string());
  ASSERT_FALSE(load.ok());
  EXPECT_EQ(load.problems[0].file, "landmarks.json");
  EXPECT_NE(load.problems[0].message.find("the file is missing"), std::string::npos);
  const AtlasLoad none = loadAtlas((dir_ / "nowhere").string());
  ASSERT_EQ(none.problems.size(), 1u);
  EXPECT_NE(none.problems[0].message.find("does not exist"), std::string::npos);
}

TEST_F(BrokenAtlas, ReportsEveryProblemAtOnce) {
  json r = read("regions.json");
  r["regions"][0]["colour"] = "red";
  write("regions.json", r);
  json j = read("muscles/neck.json");
  j["muscles"][0].erase("latin");
  write("muscles/neck.json", j);
  const AtlasLoad load = loadAtlas(dir_.string());
  EXPECT_EQ(load.problems.size(), 2u) << problems(load);
}

}  // namespace
}  // namespace myoatlas
