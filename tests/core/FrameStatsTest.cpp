#include "core/FrameStats.h"

#include <gtest/gtest.h>

namespace myoatlas {
namespace {

TEST(FrameStats, SummarisesTheKeptFrames) {
  FrameStats s;
  for (int i = 1; i <= 100; ++i) s.add(double(i));
  EXPECT_EQ(s.count(), 100u);
  EXPECT_DOUBLE_EQ(s.mean(), 50.5);
  EXPECT_DOUBLE_EQ(s.max(), 100.0);
  EXPECT_NEAR(s.percentile(95.0), 95.0, 1.0);
  EXPECT_DOUBLE_EQ(s.last(), 100.0);
}

TEST(FrameStats, ForgetsFramesOutsideTheWindow) {
  FrameStats s;
  for (std::size_t i = 0; i < FrameStats::kWindow; ++i) s.add(1000.0);
  for (std::size_t i = 0; i < FrameStats::kWindow; ++i) s.add(2.0);
  EXPECT_DOUBLE_EQ(s.max(), 2.0);
  float ordered[FrameStats::kWindow];
  s.add(5.0);
  ASSERT_EQ(s.copyOrdered(ordered, FrameStats::kWindow), FrameStats::kWindow);
  EXPECT_FLOAT_EQ(ordered[FrameStats::kWindow - 1], 5.0f) << "newest sample last";
}

}  // namespace
}  // namespace myoatlas
