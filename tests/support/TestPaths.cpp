#include "support/TestPaths.h"

#include <unistd.h>

#include <gtest/gtest.h>

namespace myoatlas::test {

namespace {
std::filesystem::path processScratchRoot() {
  return std::filesystem::temp_directory_path() / ("myoatlas-test-" + std::to_string(::getpid()));
}

// Removes this process's scratch folders when the test program ends, so runs leave nothing in /tmp.
class ScratchCleanup : public ::testing::Environment {
 public:
  void TearDown() override {
    std::error_code ec;
    std::filesystem::remove_all(processScratchRoot(), ec);
  }
};
const auto* const kCleanup = ::testing::AddGlobalTestEnvironment(new ScratchCleanup);
}  // namespace

std::filesystem::path scratchDir() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string name = info ? std::string(info->test_suite_name()) + "." + info->name() : "scratch";
  for (char& c : name)
    if (c == '/') c = '_';
  const auto dir = processScratchRoot() / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace myoatlas::test
