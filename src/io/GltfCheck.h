#pragma once
// glTF and GLB files checked before Assimp sees them, for what Assimp 5.2.5 is known to crash or hang on (issue
// 18): JSON nested deeper than its recursive parser's stack allows, node hierarchies deep enough (or cyclic) to
// overflow its recursive conversion, skins without inverse bind matrices (a null read: Assimp issue 3465, valid
// glTF), chunk and buffer lengths larger than the file, and buffers named outside the model's folder or not
// regular files. Each gets a message that names what is wrong.
#include <cstdint>
#include <optional>
#include <string>

namespace myoatlas {

inline constexpr int kMaxGltfJsonDepth = 64;    // glTF needs about 8; Assimp's rapidjson recursion breaks long before 100k
inline constexpr int kMaxGltfNodeDepth = 256;   // deeper than any rig (ours is 12)

// `bytes` is the file's size. nullopt when nothing known-bad was found (Assimp still validates the rest).
std::optional<std::string> gltfProblem(const std::string& path, std::uintmax_t bytes);

}  // namespace myoatlas
