#include "core/Camera.h"

#include <gtest/gtest.h>
#include <glm/gtc/constants.hpp>

namespace myoatlas {
namespace {

Bounds bodyBox() {
  Bounds b;
  b.add(glm::vec3(-0.27f, 0.0f, -0.16f));
  b.add(glm::vec3(0.27f, 1.75f, 0.16f));
  return b;
}

glm::vec3 eyeDirectionFor(ViewPreset preset) {
  OrbitCamera cam;
  cam.setPose(cam.framing(bodyBox(), preset));
  return glm::normalize(cam.eye() - cam.pose().target);
}

TEST(Camera, PresetsLookFromTheAnatomicalDirections) {
  // The body faces +Z and +X is the subject's left (docs/DESIGN.md).
  EXPECT_GT(eyeDirectionFor(ViewPreset::Anterior).z, 0.99f);
  EXPECT_LT(eyeDirectionFor(ViewPreset::Posterior).z, -0.99f);
  EXPECT_GT(eyeDirectionFor(ViewPreset::Left).x, 0.99f);
  EXPECT_LT(eyeDirectionFor(ViewPreset::Right).x, -0.99f);
  EXPECT_GT(eyeDirectionFor(ViewPreset::Superior).y, 0.99f);
}

TEST(Camera, AnteriorViewShowsTheSubjectsLeftOnScreenRight) {
  OrbitCamera cam;
  cam.setPose(cam.framing(bodyBox(), ViewPreset::Anterior));
  const glm::vec2 left = cam.project({0.2f, 1.0f, 0.0f});
  const glm::vec2 right = cam.project({-0.2f, 1.0f, 0.0f});
  EXPECT_GT(left.x, right.x);
  EXPECT_LT(cam.project({0.0f, 1.7f, 0.0f}).y, cam.project({0.0f, 0.1f, 0.0f}).y) << "head must be above feet";
}

TEST(Camera, ParsesPresetNamesCaseInsensitively) {
  EXPECT_EQ(parseViewPreset("Posterior"), ViewPreset::Posterior);
  EXPECT_EQ(parseViewPreset("SUPERIOR"), ViewPreset::Superior);
  EXPECT_FALSE(parseViewPreset("sideways").has_value());
  for (auto p : {ViewPreset::Anterior, ViewPreset::Posterior, ViewPreset::Left, ViewPreset::Right, ViewPreset::Superior})
    EXPECT_EQ(parseViewPreset(viewPresetName(p)), p);
}

TEST(Camera, FramingFitsEveryCornerTightly) {
  for (auto preset : {ViewPreset::Anterior, ViewPreset::Left, ViewPreset::Superior})
    for (auto [w, h] : {std::pair{1280, 800}, std::pair{400, 900}}) {
      OrbitCamera cam;
      cam.setViewport(w, h);
      cam.setPose(cam.framing(bodyBox(), preset));
      const Bounds b = bodyBox();
      glm::vec2 lo(1e9f), hi(-1e9f);
      for (int i = 0; i < 8; ++i) {
        const glm::vec3 c((i & 1) ? b.max.x : b.min.x, (i & 2) ? b.max.y : b.min.y, (i & 4) ? b.max.z : b.min.z);
        const glm::vec2 p = cam.project(c);
        lo = glm::min(lo, p);
        hi = glm::max(hi, p);
      }
      EXPECT_GE(lo.x, 0.0f);
      EXPECT_GE(lo.y, 0.0f);
      EXPECT_LE(hi.x, float(w));
      EXPECT_LE(hi.y, float(h));
      // Tight: the box fills at least 80% of the limiting dimension.
      EXPECT_GT(std::max((hi.x - lo.x) / float(w), (hi.y - lo.y) / float(h)), 0.8f) << viewPresetName(preset);
    }
}

TEST(Camera, ZoomKeepsTheAnchorUnderTheCursor) {
  OrbitCamera cam;
  cam.setPose(cam.framing(bodyBox(), ViewPreset::Anterior));
  const glm::vec3 anchor(0.15f, 1.5f, 0.1f);
  const glm::vec2 before = cam.project(anchor);
  const float distanceBefore = cam.pose().distance;
  cam.zoomTowards(3.0f, before, anchor);
  EXPECT_LT(cam.pose().distance, distanceBefore);
  const glm::vec2 after = cam.project(anchor);
  EXPECT_NEAR(after.x, before.x, 0.5f);
  EXPECT_NEAR(after.y, before.y, 0.5f);
}

TEST(Camera, ZoomWithoutAnchorUsesThePointOnTheTargetPlane) {
  OrbitCamera cam;
  cam.setPose(cam.framing(bodyBox(), ViewPreset::Anterior));
  const glm::vec2 cursor(900.0f, 200.0f);
  const Ray ray = cam.rayThroughPixel(cursor);
  const glm::vec3 onPlane = ray.origin + ray.direction * (cam.pose().distance / glm::dot(ray.direction, cam.forward()));
  cam.zoomTowards(2.0f, cursor);
  const glm::vec2 after = cam.project(onPlane);
  EXPECT_NEAR(after.x, cursor.x, 0.5f);
  EXPECT_NEAR(after.y, cursor.y, 0.5f);
}

TEST(Camera, PanMovesContentWithTheCursor) {
  OrbitCamera cam;
  cam.setPose(cam.framing(bodyBox(), ViewPreset::Left));
  const glm::vec3 point = cam.pose().target;
  const glm::vec2 before = cam.project(point);
  cam.pan(40.0f, -25.0f);
  const glm::vec2 after = cam.project(point);
  EXPECT_NEAR(after.x - before.x, 40.0f, 0.5f);
  EXPECT_NEAR(after.y - before.y, -25.0f, 0.5f);
}

TEST(Camera, OrbitTurnsAndClampsPitchAtThePoles) {
  OrbitCamera cam;
  cam.setPose(CameraPose{});
  cam.orbit(-100.0f, 0.0f);  // drag left: the body turns, the camera moves to the body's left (+X)
  EXPECT_GT(cam.eye().x, 0.0f);
  cam.orbit(0.0f, 100000.0f);
  EXPECT_LT(cam.pose().pitch, glm::half_pi<float>());
  EXPECT_GT(cam.up().y, -1.0f);  // basis stays valid
  EXPECT_NEAR(glm::length(cam.up()), 1.0f, 1e-4f);
}

TEST(Camera, TransitionsAreSmoothAndEndExactly) {
  OrbitCamera cam;
  const CameraPose from = cam.framing(bodyBox(), ViewPreset::Anterior);
  const CameraPose to = cam.framing(bodyBox(), ViewPreset::Left);
  cam.setPose(from);
  cam.animateTo(to);
  EXPECT_TRUE(cam.animating());
  float previousYaw = cam.pose().yaw;
  for (int i = 0; i < 5; ++i) {
    cam.update(OrbitCamera::kTransitionSeconds / 8.0f);
    EXPECT_GT(cam.pose().yaw, previousYaw) << "yaw moves monotonically towards the target";
    previousYaw = cam.pose().yaw;
  }
  EXPECT_LT(cam.pose().yaw, to.yaw);
  cam.update(1.0f);
  EXPECT_FALSE(cam.animating());
  EXPECT_FLOAT_EQ(cam.pose().yaw, to.yaw);
}

TEST(Camera, YawInterpolatesAlongTheShorterArc) {
  CameraPose a, b;
  a.yaw = glm::radians(170.0f);
  b.yaw = glm::radians(-170.0f);
  const CameraPose mid = lerpPose(a, b, 0.5f);
  EXPECT_NEAR(std::abs(mid.yaw), glm::pi<float>(), 1e-4f);
}

TEST(Camera, CentreRayFollowsTheViewDirection) {
  OrbitCamera cam;
  cam.setViewport(800, 600);
  cam.setPose(cam.framing(bodyBox(), ViewPreset::Posterior));
  const Ray r = cam.rayThroughPixel({400.0f, 300.0f});
  EXPECT_NEAR(glm::dot(r.direction, cam.forward()), 1.0f, 1e-5f);
  EXPECT_NEAR(glm::distance(r.origin, cam.eye()), 0.0f, 1e-5f);
}

}  // namespace
}  // namespace myoatlas
