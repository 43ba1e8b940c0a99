#include <filesystem>

#include <unistd.h>

#include "FuzzTarget.h"

namespace myoatlas::fuzz {

std::string scratchDir(const char* target) {
  const auto dir = std::filesystem::temp_directory_path() / ("myoatlas-fuzz-" + std::string(target) + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

}  // namespace myoatlas::fuzz
