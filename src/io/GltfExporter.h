#pragma once
// Writes a Model as one binary glTF 2.0 file (.glb): one node and mesh per Model mesh (positions, normals,
// indices, and joints/weights when skinned), one material per tissue named "skin", "muscle", "tendon" or
// "bone" (so any glTF viewer shows sensible colours and our importer recovers the tissue), the skeleton as a
// skin, and every landmark as an empty node named "landmark:<sided id>" under a "landmarks" node.
// The output is byte-for-byte deterministic for the same model.
#include <string>

#include "core/Model.h"
#include "core/Result.h"

namespace myoatlas {

std::string encodeGlb(const Model& model);
Result<Ok> writeGlb(const std::string& path, const Model& model);  // atomic

inline constexpr const char* kLandmarkNodePrefix = "landmark:";

}  // namespace myoatlas
