#include "support/Golden.h"

#include <cstdlib>
#include <filesystem>

#include "io/Png.h"
#include "support/TestPaths.h"

namespace myoatlas::test {

void expectMatchesGolden(const Image& image, const std::string& name, double maxMeanDelta, double maxFractionOver) {
  const auto golden = sourceDir() / "tests" / "golden" / (name + ".png");
  const char* update = std::getenv("MYOATLAS_UPDATE_GOLDEN");
  if ((update && std::string(update) == "1") || !std::filesystem::exists(golden)) {
    const bool existed = std::filesystem::exists(golden);
    ASSERT_TRUE(writePng(golden.string(), image).ok());
    if (!existed) FAIL() << "no baseline existed; wrote " << golden << " - look at it, then commit it";
    return;
  }
  auto expected = readPng(golden.string());
  ASSERT_TRUE(expected.ok()) << expected.error();
  const ImageDifference d = compareImages(image, expected.value());
  const bool ok = d.sameSize && d.meanChannelDelta <= maxMeanDelta && d.fractionOver <= maxFractionOver;
  if (!ok) {
    const auto actualDir = std::filesystem::current_path() / "golden-actual";
    std::filesystem::create_directories(actualDir);
    (void)writePng((actualDir / (name + ".png")).string(), image);
  }
  EXPECT_TRUE(d.sameSize) << name << ": size differs from the baseline";
  EXPECT_LE(d.meanChannelDelta, maxMeanDelta) << name << ": mean channel difference";
  EXPECT_LE(d.fractionOver, maxFractionOver) << name << ": share of clearly different pixels (max delta "
                                             << d.maxChannelDelta << ")";
}

}  // namespace myoatlas::test
