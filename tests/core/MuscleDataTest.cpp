// The body's muscle geometry as data (data/body/muscles.json): the shipped file validates, editing it moves the
// muscle, and a broken file names the file and the JSON path of the field at fault.
#include "core/body/MuscleData.h"

#include <algorithm>
#include <fstream>
#include <functional>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/atlas/Atlas.h"
#include "core/body/BodyLandmarks.h"
#include "core/body/BodyShape.h"
#include "support/ShippedAtlas.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

using nlohmann::json;

const Atlas& atlas() { return test::shippedAtlas().atlas; }

json shippedJson() {
  std::ifstream in(test::sourceDir() / "data" / kMuscleGeometryFile);
  return json::parse(in);
}

// Writes `doc` as body/muscles.json in a fresh data folder and loads it.
MuscleGeometryLoad loadEdited(const json& doc) {
  const auto dir = test::scratchDir();
  std::filesystem::create_directories(dir / "body");
  std::ofstream(dir / kMuscleGeometryFile) << doc.dump(1);
  return loadMuscleGeometry(dir.string(), atlas());
}

json& muscle(json& doc, const std::string& id) {
  for (auto& m : doc["muscles"])
    if (m["id"] == id) return m;
  throw std::runtime_error("no " + id);
}

std::string problems(const MuscleGeometryLoad& load) { return load.report(); }

TEST(MuscleData, ShippedGeometryCoversEveryAtlasMuscleOnce) {
  const auto load = loadMuscleGeometry((test::sourceDir() / "data").string(), atlas());
  ASSERT_TRUE(load.ok()) << load.report();
  const auto inAtlas = std::count_if(load.muscles.begin(), load.muscles.end(), [](const MuscleSpec& m) { return atlas().muscle(m.id) != nullptr; });
  EXPECT_EQ(std::size_t(inAtlas), atlas().muscles.size());
  // The muscles with no trigger points in the atlas, drawn so the front of the neck is not bare larynx.
  std::vector<std::string> others;
  for (const auto& m : load.muscles)
    if (m.tissue == TissueKind::Muscle && !atlas().muscle(m.id)) others.push_back(m.id);
  for (const char* id : {"sternohyoid", "sternothyroid", "omohyoid"})
    EXPECT_NE(std::find(others.begin(), others.end(), id), others.end()) << id;
  std::vector<std::string> fasciae;
  for (const auto& m : load.muscles)
    if (m.tissue == TissueKind::Tendon) fasciae.push_back(m.id);
  for (const char* id : {"thoracolumbar_fascia", "iliotibial_tract", "calcaneal_tendon"})
    EXPECT_NE(std::find(fasciae.begin(), fasciae.end(), id), fasciae.end()) << id << ": muscles attach through it";
  for (const auto& m : load.muscles)
    if (m.id == "thoracolumbar_fascia") EXPECT_EQ(m.attaches.front(), "latissimus_dorsi") << "its aponeurosis goes with it";
  for (const auto& m : load.muscles) {
    ASSERT_FALSE(m.bundles.empty()) << m.id;
    for (const auto& b : m.bundles) {
      EXPECT_GE(b.sections.size(), 2u) << m.id;
      for (const auto& s : b.sections)
        for (const auto& p : s) EXPECT_LE(p.x, 0.001f) << m.id << ": built on the right side (x <= 0), mirrored for the left";
    }
  }
}

TEST(MuscleData, PointsAreLandmarksPlusAnOffsetInCentimetres) {
  json doc = shippedJson();
  json& masseter = muscle(doc, "masseter");
  masseter["bundles"][0]["sections"][0] = json::array({{{"at", "zygomatic_arch"}, {"offset", {1.0, -2.0, 3.0}}}});
  const auto load = loadEdited(doc);
  ASSERT_TRUE(load.ok()) << load.report();
  const glm::vec3 arch = *referenceLandmark("zygomatic_arch");
  for (const auto& m : load.muscles)
    if (m.id == "masseter") {
      const glm::vec3 p = m.bundles[0].sections[0][0];
      EXPECT_NEAR(p.x, arch.x - 0.01f, 1e-6f) << "lateral is away from the midline: -x on the right side";
      EXPECT_NEAR(p.y, arch.y - 0.02f, 1e-6f);
      EXPECT_NEAR(p.z, arch.z + 0.03f, 1e-6f);
    }
}

TEST(MuscleData, EditingTheDataMovesTheMuscle) {
  json doc = shippedJson();
  const auto before = loadEdited(doc);
  // Move the whole gastrocnemius 3 cm down: every point's superior offset minus 3.
  for (auto& bundle : muscle(doc, "gastrocnemius")["bundles"])
    for (auto& section : bundle["sections"])
      for (auto& point : section) {
        if (!point.contains("offset")) point["offset"] = {0.0, 0.0, 0.0};
        point["offset"][1] = point["offset"][1].get<double>() - 3.0;
      }
  const auto after = loadEdited(doc);
  ASSERT_TRUE(before.ok() && after.ok()) << after.report();
  const SdfUnion envelope = shapeField(buildBodyShape(BodyParameters{}));
  const auto bounds = [&](const MuscleGeometryLoad& load) {
    for (const auto& m : load.muscles)
      if (m.id == "gastrocnemius") return buildMuscleMesh(m, envelope, 1.0f).bounds();
    return Bounds{};
  };
  EXPECT_NEAR(bounds(after).center().y, bounds(before).center().y - 0.03f, 0.01f);
}

struct BrokenCase {
  const char* what;
  std::function<void(json&)> edit;
  const char* path;     // JSON path the message must name
  const char* message;  // words it must contain
};

TEST(MuscleData, BrokenGeometryNamesTheFileAndTheField) {
  const std::vector<BrokenCase> cases = {
      {"unknown landmark", [](json& d) { muscle(d, "masseter")["bundles"][0]["sections"][1][0]["at"] = "zygomatic_arc"; },
       "/bundles/0/sections/1/0/at", "unknown landmark 'zygomatic_arc'"},
      {"unknown shape", [](json& d) { muscle(d, "soleus")["bundles"][0]["shape"] = "spindle"; }, "/bundles/0/shape",
       "'spindle' is not one of"},
      {"width out of range", [](json& d) { muscle(d, "soleus")["bundles"][0]["width"] = -5; }, "/bundles/0/width",
       "out of range"},
      {"bad depth", [](json& d) { muscle(d, "soleus")["bundles"][0]["depth"] = "shallow"; }, "/bundles/0/depth",
       "'superficial', 'intermediate', 'deep', 'free'"},
      {"one section", [](json& d) {
         auto& sections = muscle(d, "soleus")["bundles"][0]["sections"];
         sections = json::array({sections[0]});
       }, "/bundles/0/sections",
       "at least two sections"},
      {"offset of two numbers", [](json& d) { muscle(d, "masseter")["bundles"][0]["sections"][0][0]["offset"] = {1, 2}; },
       "/bundles/0/sections/0/0/offset", "three numbers"},
      {"typo in a field", [](json& d) { muscle(d, "soleus")["bundles"][0]["thicknes"] = 3; }, "/bundles/0/thicknes",
       "unknown field 'thicknes'"},
      {"width without thickness", [](json& d) { muscle(d, "masseter")["bundles"][0]["sections"][0][0]["width"] = 30; },
       "/bundles/0/sections/0/0", "both 'width' and 'thickness'"},
      {"measured sizes on some sections only",
       [](json& d) {
         auto& point = muscle(d, "piriformis")["bundles"][0]["sections"][0][0];
         point.erase("width");
         point.erase("thickness");
       },
       "/bundles/0/sections", "some sections carry a measured width and thickness and some do not"},
      {"unknown muscle", [](json& d) { muscle(d, "soleus")["id"] = "solius"; }, "/id", "unknown muscle 'solius'"},
      {"a fascia named like a muscle", [](json& d) { d["fasciae"][0]["id"] = "soleus"; }, "/fasciae/0/id",
       "'soleus' is an atlas muscle: list it under muscles"},
      {"a fascia without a name", [](json& d) { d["fasciae"][0].erase("name"); }, "/fasciae/0", "missing required field 'name'"},
      {"a fascia's muscle misspelt", [](json& d) { d["fasciae"][0]["muscles"][0] = "latisimus_dorsi"; }, "/fasciae/0/muscles/0",
       "unknown muscle 'latisimus_dorsi'"},
      {"muscle twice", [](json& d) { d["muscles"].push_back(muscle(d, "soleus")); }, "/id", "already given"},
      {"a tendinous intersection off the muscle", [](json& d) { muscle(d, "rectus_abdominis")["bundles"][0]["intersections"][1] = 1.2; },
       "/bundles/0/intersections/1", "between 0 and 1"},
      {"another muscle that is an atlas muscle", [](json& d) { d["other_muscles"][0]["id"] = "soleus"; }, "/other_muscles/0/id", "is an atlas muscle"},
      {"another muscle without a name", [](json& d) { d["other_muscles"][0].erase("name"); }, "/other_muscles/0", "missing required field 'name'"},
      {"an unknown cross-section", [](json& d) { muscle(d, "middle_deltoid")["bundles"][0]["cross_section"] = "square"; },
       "/bundles/0/cross_section", "round"},
      {"a flat fan", [](json& d) { muscle(d, "latissimus_dorsi")["bundles"][0]["cross_section"] = "flat"; },
       "/bundles/0/cross_section", "a fan or sheet is flat"},
      {"an origin tendon longer than the muscle", [](json& d) { muscle(d, "rectus_femoris")["bundles"][0]["tendon_start"] = 1.2; },
       "/bundles/0/tendon_start", "out of range"},
      {"a direction across on a conforming tube", [](json& d) { muscle(d, "rectus_femoris")["bundles"][0]["across"] = "lateral"; },
       "/bundles/0/across", "only a free tube"},
      {"a free end past the muscle", [](json& d) { muscle(d, "pectoralis_major")["bundles"][0]["free_end"] = 1.5; },
       "/bundles/0/free_end", "out of range"},
      {"a free end on a free bundle", [](json& d) { muscle(d, "psoas_major")["bundles"][0]["free_end"] = 0.3; },
       "/bundles/0/free_end", "free_end is for a conforming one"},
      {"a free start past the muscle", [](json& d) { muscle(d, "pectoralis_major")["bundles"][0]["free_start"] = -0.2; },
       "/bundles/0/free_start", "out of range"},
      {"a free start on a free bundle", [](json& d) { muscle(d, "psoas_major")["bundles"][0]["free_start"] = 0.3; },
       "/bundles/0/free_start", "free_start is for a conforming one"},
  };
  for (const auto& c : cases) {
    json doc = shippedJson();
    c.edit(doc);
    const auto load = loadEdited(doc);
    ASSERT_FALSE(load.ok()) << c.what;
    const std::string report = problems(load);
    EXPECT_NE(report.find("body/muscles.json: /"), std::string::npos) << c.what << ":\n" << report;
    EXPECT_NE(report.find(c.path), std::string::npos) << c.what << ":\n" << report;
    EXPECT_NE(report.find(c.message), std::string::npos) << c.what << ":\n" << report;
  }
}

TEST(MuscleData, MissingMuscleMissingFileAndBrokenJsonAreReported) {
  json doc = shippedJson();
  auto& list = doc["muscles"];
  for (std::size_t i = 0; i < list.size(); ++i)
    if (list[i]["id"] == "piriformis") list.erase(i);
  EXPECT_NE(problems(loadEdited(doc)).find("no geometry for atlas muscle 'piriformis'"), std::string::npos);

  const auto empty = test::scratchDir();
  EXPECT_NE(loadMuscleGeometry(empty.string(), atlas()).report().find("body/muscles.json: /: the file is missing"), std::string::npos);

  std::filesystem::create_directories(empty / "body");
  std::ofstream(empty / kMuscleGeometryFile) << "{\"muscles\": [\n  {\"id\": \"soleus\",,}\n]}";
  const std::string broken = loadMuscleGeometry(empty.string(), atlas()).report();
  EXPECT_NE(broken.find("body/muscles.json: line 2"), std::string::npos) << broken;
  EXPECT_NE(broken.find("invalid JSON"), std::string::npos) << broken;
}

}  // namespace
}  // namespace myoatlas
