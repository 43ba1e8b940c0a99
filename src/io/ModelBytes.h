#pragma once
// A model as bytes and back, for the trip from the import's child process (io/ChildProcess.h) to the app. The
// bytes never leave the process pair or outlive it, so the layout is the machine's own (no byte order, no
// versioning); reading still checks every length against what is left, and refuses what does not add up.
#include <optional>
#include <string>
#include <string_view>

#include "core/Model.h"
#include "core/ModelFrame.h"

namespace myoatlas {

struct RawImport {  // what the child reads from the file: the model in file units, and what the file declares
  Model model;
  FrameHints hints;
  int droppedNonTriangleMeshes = 0;
};

std::string importToBytes(const RawImport& raw);
std::optional<RawImport> importFromBytes(std::string_view bytes);  // nullopt when the bytes do not add up

}  // namespace myoatlas
