#pragma once
// Loads anatomical models through Assimp into core types, in model space (metres, +Y up). Named meshes stay
// separate, node transforms are applied, skeletons and skin weights are kept, point and line primitives dropped.
#include <cstdint>
#include <string>

#include "core/Model.h"
#include "core/ModelFrame.h"
#include "core/Result.h"

namespace myoatlas {

struct ImportedModel {
  Model model;
  FrameDecision frame;
  int droppedNonTriangleMeshes = 0;  // point or line sub-meshes that were ignored
};

inline constexpr std::uintmax_t kMaxModelFileBytes = 1ull << 30;  // 1 GiB: larger files are refused, not tried

// Every failure names the file and says why (missing, unreadable, empty, too large, not a model, truncated,
// no triangle meshes, non-finite coordinates, implausible size).
Result<ImportedModel> importModel(const std::string& path, const FrameRequest& frame = {});

}  // namespace myoatlas
