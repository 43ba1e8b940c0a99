// Pain areas by what people type: the names of the Manual's pain guides, anatomical terms, lay words and typos
// all reach the area a clinician means; an unknown name gets suggestions instead of a guess.
#include "core/atlas/PainAreaLookup.h"

#include <gtest/gtest.h>

#include "support/ShippedAtlas.h"

namespace myoatlas {
namespace {

const PainAreaLookup& lookup() {
  static const PainAreaLookup l(test::shippedAtlas().atlas);
  return l;
}

std::string found(const std::string& query) {
  const PainArea* a = lookup().find(query);
  return a ? a->id : "(none)";
}

struct Case {
  const char* query;
  const char* area;
};

// The guides' own names (Travell & Simons vol. 1 and 2) and the anatomical terms a therapist writes.
TEST(PainAreaLookup, AnatomicalTermsAndGuideNames) {
  const Case cases[] = {
      {"posterior knee", "back_of_knee"},
      {"posterior knee pain", "back_of_knee"},
      {"anterior knee", "front_of_knee"},
      {"medial knee", "inner_knee"},
      {"lateral knee pain", "outer_knee"},
      {"anterior ankle", "front_of_ankle"},
      {"medial ankle", "inner_ankle"},
      {"lateral ankle", "outer_ankle"},
      {"posterior ankle", "achilles"},
      {"plantar midfoot", "sole"},
      {"plantar forefoot", "ball_of_foot"},
      {"dorsal forefoot", "top_of_foot"},
      {"dorsal great toe", "big_toe_dorsal"},
      {"plantar great toe", "big_toe_plantar"},
      {"medial thigh", "inner_thigh"},
      {"anterior thigh", "front_of_thigh"},
      {"posterior thigh", "back_of_thigh"},
      {"lateral thigh and hip", "outer_thigh"},
      {"anterior leg", "shin"},
      {"posterior leg", "calf"},
      {"lateral leg", "outer_leg"},
      {"radial forearm", "radial_forearm"},
      {"ulnar forearm", "ulnar_forearm"},
      {"volar forearm", "front_of_forearm"},
      {"dorsal forearm", "back_of_forearm"},
      {"dorsal wrist and hand", "wrist_back"},
      {"volar wrist and palm", "wrist_front"},
      {"volar finger pain", "volar_fingers"},
      {"dorsal fingers", "dorsal_fingers"},
      {"lateral epicondyle", "outer_elbow"},
      {"medial epicondylar pain", "inner_elbow"},
      {"olecranon", "back_of_elbow"},
      {"front of chest", "chest"},
      {"side of chest", "side_of_chest"},
      {"low thoracic back", "mid_back"},
      {"mid-thoracic back pain", "between_shoulder_blades"},
      {"upper thoracic back", "upper_back"},
      {"ear and TMJ", "ear_tmj"},
      {"throat and front of neck", "throat"},
      {"back of head", "occiput"},
      {"vertex", "vertex"},
      {"temporal headache", "temple"},
      {"frontal headache", "forehead"},
      {"back-of-shoulder pain", "back_of_shoulder"},
      {"anterior shoulder", "front_of_shoulder"},
      {"pelvic pain", "pelvic"},
      {"abdominal pain", "abdomen"},
      {"heel", "heel"},
  };
  for (const auto& c : cases) EXPECT_EQ(found(c.query), c.area) << "'" << c.query << "'";
}

// What patients say.
TEST(PainAreaLookup, LayWords) {
  const Case cases[] = {
      {"back of the knee", "back_of_knee"},
      {"behind the knee", "back_of_knee"},
      {"pain behind my knees", "back_of_knee"},
      {"bottom of the foot", "sole"},
      {"bottom of foot", "sole"},
      {"behind the eye", "eye"},
      {"toothache", "teeth"},
      {"shin splints", "shin"},
      {"sciatica", "buttock"},
      {"tennis elbow", "outer_elbow"},
      {"golfer's elbow", "inner_elbow"},
      {"top of the foot", "top_of_foot"},
      {"inside of the ankle", "inner_ankle"},
      {"front of the ankle", "front_of_ankle"},
      {"ball of the foot", "ball_of_foot"},
      {"kneecap", "front_of_knee"},
      {"stiff neck", "back_of_neck"},
      {"lower back", "low_back"},
      {"between the shoulder blades", "between_shoulder_blades"},
      {"heel pain", "heel"},
      {"calves", "calf"},
  };
  for (const auto& c : cases) EXPECT_EQ(found(c.query), c.area) << "'" << c.query << "'";
}

TEST(PainAreaLookup, Typos) {
  const Case cases[] = {
      {"posterier knee", "back_of_knee"},
      {"plantar midfot", "sole"},
      {"tooth ache", "teeth"},
      {"shin splits", "shin"},
      {"achiles", "achilles"},
      {"lateral epicondyl", "outer_elbow"},
      {"buttok", "buttock"},
      {"sholder blade", "shoulder_blade"},
  };
  for (const auto& c : cases) EXPECT_EQ(found(c.query), c.area) << "'" << c.query << "'";
}

TEST(PainAreaLookup, UnknownNamesGetSuggestionsNotAGuess) {
  EXPECT_EQ(lookup().find("spleen"), nullptr);
  EXPECT_EQ(lookup().find("xyzzy"), nullptr);
  const auto near = lookup().nearest("knee cap pain behind");
  ASSERT_FALSE(near.empty());
  EXPECT_FALSE(lookup().nearest("xyzzy").empty()) << "even nonsense gets the closest names";
  const auto knees = lookup().nearest("knee");
  ASSERT_GE(knees.size(), 2u);
  for (const PainArea* a : knees) EXPECT_NE(a->id.find("knee"), std::string::npos) << a->id;
}

// "Knee pain" or "headache" fit several areas equally: the lookup does not pick one silently, it asks.
TEST(PainAreaLookup, AmbiguousNamesListTheAreasThatFit) {
  EXPECT_EQ(lookup().find("knee pain"), nullptr);
  const auto knees = lookup().ambiguous("knee pain");
  EXPECT_EQ(knees.size(), 4u);
  for (const PainArea* a : knees) EXPECT_NE(a->id.find("knee"), std::string::npos) << a->id;
  EXPECT_GE(lookup().ambiguous("headache").size(), 3u);
  EXPECT_TRUE(lookup().ambiguous("back of the knee").empty());
  EXPECT_TRUE(lookup().ambiguous("xyzzy").empty());
}

TEST(PainAreaLookup, CanonicalWordsUnifyDirectionsAndDropFillers) {
  EXPECT_EQ(PainAreaLookup::canonicalWords("Pain in the posterior knees"), (std::vector<std::string>{"back", "knee"}));
  EXPECT_EQ(PainAreaLookup::canonicalWords("behind the knee"), (std::vector<std::string>{"back", "knee"}));
  EXPECT_EQ(PainAreaLookup::canonicalWords("medial, lateral"), (std::vector<std::string>{"inner", "outer"}));
}

}  // namespace
}  // namespace myoatlas
