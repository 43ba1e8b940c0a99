#include "io/Png.h"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "io/AtomicFile.h"
#include "support/TestPaths.h"

namespace myoatlas {
namespace {

TEST(Png, RoundTripsPixelsExactly) {
  Image img(7, 3);
  for (std::size_t i = 0; i < img.rgba.size(); ++i) img.rgba[i] = std::uint8_t(i * 37 % 251);
  const auto path = (test::scratchDir() / "x.png").string();
  ASSERT_TRUE(writePng(path, img).ok());
  auto back = readPng(path);
  ASSERT_TRUE(back.ok()) << back.error();
  EXPECT_EQ(back->width, 7);
  EXPECT_EQ(back->height, 3);
  EXPECT_EQ(back->rgba, img.rgba);
}

TEST(Png, ReadingANonImageNamesTheFile) {
  const auto path = (test::scratchDir() / "fake.png").string();
  std::ofstream(path) << "not a png";
  auto r = readPng(path);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().find(path), std::string::npos);
}

TEST(AtomicFile, ReplacesContentWhole) {
  const auto path = (test::scratchDir() / "notes.json").string();
  ASSERT_TRUE(writeFileAtomically(path, "first").ok());
  ASSERT_TRUE(writeFileAtomically(path, "second version").ok());
  std::ifstream in(path);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(text, "second version");
}

TEST(AtomicFile, FailureLeavesNoTemporaryAndNamesThePath) {
  const auto dir = test::scratchDir();
  const auto target = dir / "taken";
  std::filesystem::create_directory(target);  // a folder where the file should go: the rename must fail
  auto r = writeFileAtomically(target.string(), "data");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().find(target.string()), std::string::npos);
  for (const auto& e : std::filesystem::directory_iterator(dir)) EXPECT_EQ(e.path(), target) << "left behind: " << e.path();
  auto missing = writeFileAtomically((dir / "no" / "such" / "dir.txt").string(), "x");
  EXPECT_FALSE(missing.ok());
}

}  // namespace
}  // namespace myoatlas
