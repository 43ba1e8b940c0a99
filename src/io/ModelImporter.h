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

// Landmarks for a model that does not carry them (anything but our own files) can be given in a sidecar file
// beside it, "<model file>.landmarks.json":
//   {"format": "myoatlas-landmarks", "landmarks": {"acromion.r": [x, y, z], "c7_spinous_process": [x, y, z]}}
// with positions in metres in Myoatlas' frame (+Y up, facing +Z, +X the subject's left), as `myoatlas info`
// reports the model. A malformed sidecar is an error naming it and the field.
std::string landmarkSidecarPath(const std::string& modelPath);

// Every failure names the file and says why (missing, unreadable, empty, too large, not a model, truncated,
// no triangle meshes, non-finite coordinates, implausible size).
Result<ImportedModel> importModel(const std::string& path, const FrameRequest& frame = {});

}  // namespace myoatlas
