#pragma once
// glTF and GLB files checked before Assimp sees them: a binary glTF's header (the "glTF" magic, which a file named
// .glb must have, and the total length), so the common mistakes get precise messages rather than Assimp's "no
// suitable reader"; and what Assimp 5.2.5 is known to crash, hang or over-allocate on (issue 18): JSON nested
// deeper than its recursive parser's stack allows, node hierarchies deep enough (or cyclic) to overflow its
// recursive conversion, skins without inverse bind matrices (a null read: Assimp issue 3465, valid glTF), chunk,
// buffer, buffer view and accessor lengths larger than what holds them, vertex counts past the import's budget,
// and buffers named outside the model's folder or not regular files. Each gets a message that names what is wrong.
#include <cstdint>
#include <istream>
#include <optional>
#include <string>

namespace myoatlas {

inline constexpr int kMaxGltfJsonDepth = 64;    // glTF needs about 8; Assimp's rapidjson recursion breaks long before 100k
inline constexpr int kMaxGltfNodeDepth = 256;   // deeper than any rig (ours is 12)

// `in` is the file opened at its start, `bytes` its size. nullopt when nothing known-bad was found (Assimp still
// validates the rest); other formats pass unread beyond their first 20 bytes.
std::optional<std::string> gltfProblem(const std::string& path, std::istream& in, std::uintmax_t bytes);

}  // namespace myoatlas
