#include "io/GltfCheck.h"

#include <cstring>
#include <filesystem>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/Text.h"
#include "io/ModelImporter.h"

namespace myoatlas {
namespace fs = std::filesystem;

namespace {

std::uint32_t le32(const unsigned char* p) {
  return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[3]) << 24;
}

// The deepest nesting of [ and { outside strings.
int jsonDepth(const std::string& text) {
  int depth = 0, deepest = 0;
  bool inString = false, escaped = false;
  for (char c : text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') inString = false;
      continue;
    }
    if (c == '"') inString = true;
    else if (c == '[' || c == '{') deepest = std::max(deepest, ++depth);
    else if (c == ']' || c == '}') --depth;
  }
  return deepest;
}

std::string quoted(const nlohmann::json& object) {
  const auto name = object.find("name");
  return name != object.end() && name->is_string() ? " ('" + name->get<std::string>() + "')" : "";
}

std::optional<std::string> nodeProblem(const nlohmann::json& nodes) {
  if (!nodes.is_array()) return std::nullopt;
  const std::size_t n = nodes.size();
  std::vector<std::vector<std::size_t>> children(n);
  std::vector<bool> isChild(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    const auto c = nodes[i].is_object() ? nodes[i].find("children") : nodes[i].end();
    if (!nodes[i].is_object() || c == nodes[i].end() || !c->is_array()) continue;
    for (const auto& child : *c)
      if (child.is_number_unsigned() && child.get<std::uint64_t>() < n) {
        const auto k = std::size_t(child.get<std::uint64_t>());
        if (isChild[k]) return "glTF node " + std::to_string(k) + " has two parents";
        children[i].push_back(k);
        isChild[k] = true;
      }
  }
  // Depth from every root, without recursion; a node reached again lies on a cycle.
  std::vector<int> depth(n, 0);
  std::vector<bool> seen(n, false);
  std::vector<std::size_t> stack;
  for (std::size_t root = 0; root < n; ++root) {
    if (isChild[root]) continue;
    stack.push_back(root);
    depth[root] = 1;
    while (!stack.empty()) {
      const std::size_t i = stack.back();
      stack.pop_back();
      seen[i] = true;
      if (depth[i] > kMaxGltfNodeDepth)
        return "its glTF node hierarchy is more than " + std::to_string(kMaxGltfNodeDepth) + " levels deep";
      for (std::size_t k : children[i]) {
        depth[k] = depth[i] + 1;
        stack.push_back(k);
      }
    }
  }
  for (std::size_t i = 0; i < n; ++i)
    if (!seen[i]) return "its glTF node hierarchy has a cycle (node " + std::to_string(i) + ")";
  return std::nullopt;
}

std::uint64_t unsignedField(const nlohmann::json& object, const char* key, std::uint64_t otherwise = 0) {
  const auto it = object.find(key);
  return it != object.end() && it->is_number_unsigned() ? it->get<std::uint64_t>() : otherwise;
}

std::uint64_t componentBytes(std::uint64_t componentType) {
  switch (componentType) {
    case 5120: case 5121: return 1;  // BYTE, UNSIGNED_BYTE
    case 5122: case 5123: return 2;  // SHORT, UNSIGNED_SHORT
    case 5125: case 5126: return 4;  // UNSIGNED_INT, FLOAT
    default: return 0;
  }
}

std::uint64_t componentCount(const std::string& type) {
  for (const auto& [name, n] : {std::pair<const char*, std::uint64_t>{"SCALAR", 1}, {"VEC2", 2}, {"VEC3", 3}, {"VEC4", 4},
                                {"MAT2", 4}, {"MAT3", 9}, {"MAT4", 16}})
    if (type == name) return n;
  return 0;
}

// Accessors and buffer views whose declared sizes do not fit what holds them, and vertex counts past the import's
// budget: Assimp allocates what an accessor declares before it reads a byte, so a few hundred bytes of JSON could
// otherwise ask for gigabytes.
std::optional<std::string> accessorProblem(const nlohmann::json& j) {
  const auto views = j.find("bufferViews");
  const auto buffers = j.find("buffers");
  const auto accessors = j.find("accessors");
  const auto arrayOrEmpty = [](const auto& it, const nlohmann::json& root) {
    return it != root.end() && it->is_array() ? &*it : nullptr;
  };
  const nlohmann::json* viewList = arrayOrEmpty(views, j);
  const nlohmann::json* bufferList = arrayOrEmpty(buffers, j);
  std::vector<std::uint64_t> viewBytes;
  if (viewList)
    for (std::size_t i = 0; i < viewList->size(); ++i) {
      const auto& view = (*viewList)[i];
      if (!view.is_object()) { viewBytes.push_back(0); continue; }
      const std::uint64_t length = unsignedField(view, "byteLength"), offset = unsignedField(view, "byteOffset");
      const std::uint64_t buffer = unsignedField(view, "buffer", ~0ull);
      viewBytes.push_back(length);
      if (bufferList && buffer < bufferList->size() && (*bufferList)[buffer].is_object()) {
        const std::uint64_t bufferBytes = unsignedField((*bufferList)[buffer], "byteLength");
        if (offset > bufferBytes || length > bufferBytes - offset)
          return "glTF bufferView " + std::to_string(i) + " reaches byte " + std::to_string(offset + length) +
                 " of buffer " + std::to_string(buffer) + ", which has " + std::to_string(bufferBytes);
      }
    }
  if (const nlohmann::json* list = arrayOrEmpty(accessors, j))
    for (std::size_t i = 0; i < list->size(); ++i) {
      const auto& a = (*list)[i];
      if (!a.is_object()) continue;
      const std::uint64_t count = unsignedField(a, "count");
      const auto type = a.find("type");
      const std::uint64_t element =
          componentBytes(unsignedField(a, "componentType")) * (type != a.end() && type->is_string() ? componentCount(*type) : 0);
      const std::string which = "glTF accessor " + std::to_string(i);
      if (count > 3 * kMaxModelTriangles)
        return which + " declares " + std::to_string(count) + " elements, more than any model the app reads";
      const std::uint64_t view = unsignedField(a, "bufferView", ~0ull);
      if (element == 0 || count == 0 || view >= viewBytes.size()) continue;
      std::uint64_t stride = element;
      if ((*viewList)[view].is_object()) stride = std::max(stride, unsignedField((*viewList)[view], "byteStride"));
      const std::uint64_t needed = unsignedField(a, "byteOffset") + (count - 1) * stride + element;
      if (needed > viewBytes[view])
        return which + " needs " + std::to_string(needed) + " bytes of bufferView " + std::to_string(view) + ", which has " +
               std::to_string(viewBytes[view]);
    }
  // Every primitive's POSITION accessor, counted once each: the model's vertices.
  std::uint64_t vertices = 0;
  std::vector<bool> counted;
  if (const nlohmann::json* list = arrayOrEmpty(accessors, j)) counted.assign(list->size(), false);
  if (const auto meshes = j.find("meshes"); meshes != j.end() && meshes->is_array())
    for (const auto& mesh : *meshes) {
      const auto primitives = mesh.is_object() ? mesh.find("primitives") : mesh.end();
      if (!mesh.is_object() || primitives == mesh.end() || !primitives->is_array()) continue;
      for (const auto& primitive : *primitives) {
        const auto attributes = primitive.is_object() ? primitive.find("attributes") : primitive.end();
        if (!primitive.is_object() || attributes == primitive.end() || !attributes->is_object()) continue;
        const std::uint64_t position = unsignedField(*attributes, "POSITION", ~0ull);
        if (position >= counted.size() || counted[position]) continue;
        counted[position] = true;
        vertices += unsignedField((*accessors)[position], "count");
      }
    }
  if (vertices > kMaxModelVertices)
    return "its meshes declare " + std::to_string(vertices) + " vertices; the limit is " + std::to_string(kMaxModelVertices);
  return std::nullopt;
}

}  // namespace

std::optional<std::string> gltfProblem(const std::string& path, std::istream& in, std::uintmax_t bytes) {
  unsigned char header[20] = {};  // magic, version, total length; then the first chunk's length and type
  in.read(reinterpret_cast<char*>(header), sizeof header);
  const std::streamsize got = in.gcount();
  in.clear();
  const bool binary = got >= 4 && std::memcmp(header, "glTF", 4) == 0;
  const std::string extension = toLower(fs::path(path).extension().string());
  std::string text;
  std::uint64_t binChunk = 0;
  if (!binary && extension == ".glb")
    return "it is named .glb but is not a binary glTF file (it does not start with 'glTF')";
  if (binary) {
    if (got < 12) return "truncated: the binary glTF header is incomplete";
    if (const std::uint32_t declared = le32(header + 8); declared > bytes)
      return "truncated: the binary glTF header declares " + std::to_string(declared) + " bytes but the file has " +
             std::to_string(bytes);
    if (got < 20) return "truncated: the binary glTF file ends inside its first chunk's header";
    const std::uint32_t length = le32(header + 12), type = le32(header + 16);
    if (type != 0x4E4F534Au) return "its first binary glTF chunk is not JSON";
    if (20ull + length > bytes)
      return "its JSON chunk declares " + std::to_string(length) + " bytes, more than the file's " + std::to_string(bytes);
    text.resize(length);
    in.read(text.data(), std::streamsize(length));
    unsigned char binHeader[8] = {};
    if (in.read(reinterpret_cast<char*>(binHeader), 8) && le32(binHeader + 4) == 0x004E4942u) {
      binChunk = le32(binHeader);
      if (20ull + length + 8ull + binChunk > bytes)
        return "its binary chunk declares " + std::to_string(binChunk) + " bytes, more than the file holds";
    }
  } else {
    if (extension != ".gltf") return std::nullopt;
    in.seekg(0);
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  if (const int depth = jsonDepth(text); depth > kMaxGltfJsonDepth)
    return "its glTF JSON is nested " + std::to_string(depth) + " levels deep (at most " + std::to_string(kMaxGltfJsonDepth) +
           " are read)";
  // Our parser is the gate: Assimp's is more lenient (invalid UTF-8 in a key passes it), and a key it then
  // misreads can hide exactly what the checks below look for. A skin whose "inverseBindMatrices" key carried a
  // stray byte went past them to Assimp's null read (found by the model fuzz target; tests/fuzz/regressions).
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& e) {
    std::string what = e.what();
    if (const auto bracket = what.find("] "); bracket != std::string::npos) what.erase(0, bracket + 2);
    return "its glTF JSON is not valid (" + what + ")";
  }
  if (!j.is_object()) return "its glTF JSON is not an object";
  if (const auto skins = j.find("skins"); skins != j.end() && skins->is_array())
    for (std::size_t i = 0; i < skins->size(); ++i)
      if ((*skins)[i].is_object() && !(*skins)[i].contains("inverseBindMatrices"))
        return "glTF skin " + std::to_string(i) + quoted((*skins)[i]) +
               " has no inverseBindMatrices; the importer (Assimp 5.2) cannot read such skins: re-export the model "
               "with inverse bind matrices";
  if (const auto nodes = j.find("nodes"); nodes != j.end())
    if (auto problem = nodeProblem(*nodes)) return problem;
  if (auto problem = accessorProblem(j)) return problem;
  if (const auto buffers = j.find("buffers"); buffers != j.end() && buffers->is_array())
    for (std::size_t i = 0; i < buffers->size(); ++i) {
      const auto& b = (*buffers)[i];
      if (!b.is_object()) continue;
      const std::string which = "glTF buffer " + std::to_string(i);
      const auto length = b.find("byteLength");
      const std::uint64_t declared = length != b.end() && length->is_number_unsigned() ? length->get<std::uint64_t>() : 0;
      const auto uri = b.find("uri");
      if (uri == b.end() || !uri->is_string()) {  // the GLB's own binary chunk
        if (binary && declared > binChunk)
          return which + " declares " + std::to_string(declared) + " bytes but the binary chunk holds " + std::to_string(binChunk);
        continue;
      }
      const std::string name = uri->get<std::string>();
      if (name.rfind("data:", 0) == 0) continue;
      const fs::path relative(name);
      bool escapes = relative.is_absolute() || name.find(':') != std::string::npos;
      for (const auto& part : relative) escapes = escapes || part == "..";
      if (escapes) return which + " names '" + name + "', outside the model's folder; only files beside the model are read";
      const fs::path file = fs::path(path).parent_path() / relative;
      std::error_code ec;
      const fs::file_status st = fs::status(file, ec);
      if (ec || !fs::exists(st)) return which + " names '" + name + "', which does not exist";
      if (!fs::is_regular_file(st)) return which + " names '" + name + "', which is not a regular file";
      if (const auto size = fs::file_size(file, ec); !ec && declared > size)
        return which + " declares " + std::to_string(declared) + " bytes but '" + name + "' has " + std::to_string(size);
    }
  return std::nullopt;
}

}  // namespace myoatlas
