// The atlas folder: the input replaces one of the shipped atlas' files (its first byte chooses which), and the
// whole folder is loaded and validated as `myoatlas validate` does.
#include <filesystem>
#include <fstream>
#include <iterator>

#include "FuzzTarget.h"
#include "core/atlas/AtlasLoader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace fs = std::filesystem;
  using namespace myoatlas;
  static const char* const files[] = {"sources.json", "regions.json", "landmarks.json", "pain_areas.json",
                                      "general.json", "muscles/neck.json", "muscles/hip_buttock.json"};
  static const std::string dir = [] {
    const std::string scratch = fuzz::scratchDir("atlas") + "/data";
    fs::create_directories(scratch);
    const fs::path shipped = MYOATLAS_SOURCE_DIR "/data";
    for (const char* file : {"sources.json", "regions.json", "landmarks.json", "pain_areas.json", "general.json"})
      fs::copy_file(shipped / file, scratch + "/" + file);
    fs::copy(shipped / "muscles", scratch + "/muscles");
    return scratch;
  }();
  if (size == 0) return 0;
  const char* file = files[data[0] % std::size(files)];
  const std::string path = dir + "/" + file;
  std::ifstream original(std::string(MYOATLAS_SOURCE_DIR "/data/") + file, std::ios::binary);
  const std::string kept((std::istreambuf_iterator<char>(original)), std::istreambuf_iterator<char>());
  std::ofstream(path, std::ios::binary | std::ios::trunc) << fuzz::text(data + 1, size - 1);
  const AtlasLoad load = loadAtlas(dir);
  for (const AtlasProblem& problem : load.problems)
    fuzz::require(!problem.file.empty() && !problem.message.empty(), "each problem names its file and says what is wrong");
  std::ofstream(path, std::ios::binary | std::ios::trunc) << kept;
  return 0;
}
