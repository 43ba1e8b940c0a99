#include "core/ModelFrame.h"

#include <gtest/gtest.h>

namespace myoatlas {
namespace {

Bounds box(glm::vec3 size) {
  Bounds b;
  b.add(glm::vec3(0.0f));
  b.add(size);
  return b;
}

TEST(ModelFrame, GuessesUnitsFromAHumanSize) {
  EXPECT_FLOAT_EQ(decideFrame(box({0.5f, 1.75f, 0.3f}), {}, {}).metresPerUnit, 1.0f);
  EXPECT_FLOAT_EQ(decideFrame(box({50.0f, 175.0f, 30.0f}), {}, {}).metresPerUnit, 0.01f);
  EXPECT_FLOAT_EQ(decideFrame(box({500.0f, 1750.0f, 300.0f}), {}, {}).metresPerUnit, 0.001f);
}

TEST(ModelFrame, GuessesZUpFromATallZExtent) {
  EXPECT_EQ(decideFrame(box({0.5f, 0.3f, 1.75f}), {}, {}).up, UpAxis::Z);
  EXPECT_EQ(decideFrame(box({0.5f, 1.75f, 0.3f}), {}, {}).up, UpAxis::Y);
}

TEST(ModelFrame, RequestBeatsFileBeatsGuess) {
  FrameHints hints;
  hints.metresPerUnit = 0.01f;
  hints.up = UpAxis::Y;
  const Bounds zTall = box({500.0f, 300.0f, 1750.0f});
  FrameDecision fromFile = decideFrame(zTall, {}, hints);
  EXPECT_FLOAT_EQ(fromFile.metresPerUnit, 0.01f);
  EXPECT_EQ(fromFile.up, UpAxis::Y);
  EXPECT_NE(fromFile.reason.find("declared by the file"), std::string::npos);
  FrameDecision requested = decideFrame(zTall, {LengthUnit::Millimetres, UpAxis::Z}, hints);
  EXPECT_FLOAT_EQ(requested.metresPerUnit, 0.001f);
  EXPECT_EQ(requested.up, UpAxis::Z);
  EXPECT_NE(requested.reason.find("as requested"), std::string::npos);
}

TEST(ModelFrame, ZUpTransformMakesTheBodyStandAndFaceForward) {
  FrameDecision d;
  d.up = UpAxis::Z;
  d.metresPerUnit = 0.001f;
  const glm::mat4 m = d.transform();
  const glm::vec3 head = glm::vec3(m * glm::vec4(0.0f, 0.0f, 1700.0f, 1.0f));
  const glm::vec3 front = glm::vec3(m * glm::vec4(0.0f, -100.0f, 0.0f, 1.0f));  // Z-up files face -Y
  const glm::vec3 left = glm::vec3(m * glm::vec4(100.0f, 0.0f, 0.0f, 1.0f));
  EXPECT_NEAR(head.y, 1.7f, 1e-5f);
  EXPECT_NEAR(front.z, 0.1f, 1e-5f);
  EXPECT_NEAR(left.x, 0.1f, 1e-5f);
}

TEST(ModelFrame, ParsesOptionText) {
  EXPECT_EQ(parseLengthUnit("MM"), LengthUnit::Millimetres);
  EXPECT_EQ(parseLengthUnit("auto"), LengthUnit::Auto);
  EXPECT_FALSE(parseLengthUnit("inch").has_value());
  EXPECT_EQ(parseUpAxis("Z"), UpAxis::Z);
  EXPECT_FALSE(parseUpAxis("x").has_value());
}

}  // namespace
}  // namespace myoatlas
