#include "io/GltfExporter.h"

#include <cstring>

#include <glm/gtc/type_ptr.hpp>
#include <nlohmann/json.hpp>

#include "io/AtomicFile.h"
#include "core/Materials.h"

namespace myoatlas {
namespace {

using nlohmann::json;

constexpr int kFloat = 5126, kUnsignedShort = 5123, kUnsignedInt = 5125;
constexpr int kArrayBuffer = 34962, kElementArrayBuffer = 34963;

class GlbBuilder {
 public:
  json doc = {{"asset", {{"version", "2.0"}, {"generator", "Myoatlas"}}}};

  int accessor(const void* data, std::size_t bytes, std::size_t count, int componentType, const char* type,
               int target, json extra = json::object()) {
    while (bin_.size() % 4) bin_.push_back('\0');
    json view = {{"buffer", 0}, {"byteOffset", bin_.size()}, {"byteLength", bytes}};
    if (target) view["target"] = target;
    bin_.append(static_cast<const char*>(data), bytes);
    doc["bufferViews"].push_back(view);
    json acc = {{"bufferView", doc["bufferViews"].size() - 1}, {"componentType", componentType},
                {"count", count}, {"type", type}};
    acc.update(extra);
    doc["accessors"].push_back(acc);
    return int(doc["accessors"].size() - 1);
  }

  std::string finish() {
    while (bin_.size() % 4) bin_.push_back('\0');
    doc["buffers"] = json::array({{{"byteLength", bin_.size()}}});
    std::string text = doc.dump();
    while (text.size() % 4) text.push_back(' ');
    std::string out = "glTF";
    appendU32(out, 2);
    appendU32(out, std::uint32_t(12 + 8 + text.size() + 8 + bin_.size()));
    appendU32(out, std::uint32_t(text.size()));
    out += "JSON" + text;
    appendU32(out, std::uint32_t(bin_.size()));
    out += std::string("BIN\0", 4) + bin_;
    return out;
  }

 private:
  static void appendU32(std::string& s, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) s.push_back(char((v >> (8 * i)) & 0xFF));
  }
  std::string bin_;
};

// One material per tissue, and one more per tissue for meshes with vertex colours (their base colour may differ:
// core/Materials.h); the name, which the importer reads the tissue from, is the tissue's either way.
int materialIndex(GlbBuilder& b, TissueKind tissue, bool vertexColours, std::vector<int>& cache) {
  auto& slot = cache[std::size_t(tissue) * 2 + (vertexColours ? 1 : 0)];
  if (slot >= 0) return slot;
  const Material m = materialFor(tissue, vertexColours);
  const glm::vec3 linear = srgbToLinear(m.baseColor);  // glTF stores linear colour factors
  const std::string name = tissue == TissueKind::Unknown ? "unknown" : tissueName(tissue);
  b.doc["materials"].push_back({{"name", name},
                                {"pbrMetallicRoughness",
                                 {{"baseColorFactor", {linear.r, linear.g, linear.b, 1.0}},
                                  {"metallicFactor", 0.0},
                                  {"roughnessFactor", m.roughness}}}});
  slot = int(b.doc["materials"].size() - 1);
  return slot;
}

}  // namespace

std::string encodeGlb(const Model& model) {
  GlbBuilder b;
  json roots = json::array();
  std::vector<int> materials(10, -1);
  const bool hasSkin = !model.joints.empty();
  std::vector<int> jointNodes;

  for (const auto& mesh : model.meshes) {
    const Bounds box = mesh.bounds();
    json attributes;
    attributes["POSITION"] = b.accessor(mesh.positions.data(), mesh.positions.size() * 12, mesh.positions.size(), kFloat,
                                        "VEC3", kArrayBuffer,
                                        {{"min", {box.min.x, box.min.y, box.min.z}}, {"max", {box.max.x, box.max.y, box.max.z}}});
    if (mesh.normals.size() == mesh.positions.size())
      attributes["NORMAL"] = b.accessor(mesh.normals.data(), mesh.normals.size() * 12, mesh.normals.size(), kFloat, "VEC3", kArrayBuffer);
    if (mesh.fibres.size() == mesh.positions.size() && mesh.tendon.size() == mesh.positions.size()) {
      // Fibre directions as glTF tangents (w = 1) and the tendon share as the first texture coordinate's u, so
      // other glTF viewers load the file unchanged.
      std::vector<glm::vec4> tangents;
      std::vector<glm::vec2> tendon;
      for (std::size_t i = 0; i < mesh.fibres.size(); ++i) {
        tangents.emplace_back(mesh.fibres[i], 1.0f);
        tendon.emplace_back(mesh.tendon[i], 0.0f);
      }
      attributes["TANGENT"] = b.accessor(tangents.data(), tangents.size() * 16, tangents.size(), kFloat, "VEC4", kArrayBuffer);
      attributes["TEXCOORD_0"] = b.accessor(tendon.data(), tendon.size() * 8, tendon.size(), kFloat, "VEC2", kArrayBuffer);
    }
    if (mesh.hasColours())  // linear multipliers of the material's colour, as glTF defines them
      attributes["COLOR_0"] = b.accessor(mesh.colours.data(), mesh.colours.size() * 12, mesh.colours.size(), kFloat, "VEC3", kArrayBuffer);
    if (hasSkin && mesh.skinned()) {
      attributes["JOINTS_0"] = b.accessor(mesh.joints.data(), mesh.joints.size() * 8, mesh.joints.size(), kUnsignedShort, "VEC4", kArrayBuffer);
      attributes["WEIGHTS_0"] = b.accessor(mesh.weights.data(), mesh.weights.size() * 16, mesh.weights.size(), kFloat, "VEC4", kArrayBuffer);
    }
    const int indices = b.accessor(mesh.indices.data(), mesh.indices.size() * 4, mesh.indices.size(), kUnsignedInt, "SCALAR", kElementArrayBuffer);
    b.doc["meshes"].push_back({{"name", mesh.name},
                               {"primitives", {{{"attributes", attributes}, {"indices", indices}, {"mode", 4},
                                                {"material", materialIndex(b, mesh.tissue, mesh.hasColours(), materials)}}}}});
    if (!mesh.attaches.empty()) b.doc["meshes"].back()["extras"] = {{"attaches", mesh.attaches}};
    json node = {{"name", mesh.name}, {"mesh", b.doc["meshes"].size() - 1}};
    if (hasSkin && mesh.skinned()) node["skin"] = 0;
    b.doc["nodes"].push_back(node);
    roots.push_back(b.doc["nodes"].size() - 1);
  }

  if (hasSkin) {
    // Joints as nodes with their rest transforms relative to the parent joint.
    const std::size_t first = b.doc["nodes"].size();
    for (const auto& j : model.joints) {
      const glm::mat4 parentWorld = j.parent >= 0 ? model.joints[std::size_t(j.parent)].restWorld : glm::mat4(1.0f);
      const glm::mat4 local = glm::inverse(parentWorld) * j.restWorld;
      b.doc["nodes"].push_back({{"name", j.name}, {"matrix", std::vector<float>(glm::value_ptr(local), glm::value_ptr(local) + 16)}});
      jointNodes.push_back(int(b.doc["nodes"].size() - 1));
    }
    for (std::size_t i = 0; i < model.joints.size(); ++i) {
      const int parent = model.joints[i].parent;
      if (parent >= 0) b.doc["nodes"][first + std::size_t(parent)]["children"].push_back(first + i);
      else roots.push_back(first + i);
    }
    std::vector<float> inverseBinds;
    for (const auto& j : model.joints)
      inverseBinds.insert(inverseBinds.end(), glm::value_ptr(j.inverseBind), glm::value_ptr(j.inverseBind) + 16);
    const int ibm = b.accessor(inverseBinds.data(), inverseBinds.size() * 4, model.joints.size(), kFloat, "MAT4", 0);
    b.doc["skins"] = json::array({{{"joints", jointNodes}, {"inverseBindMatrices", ibm}}});
  }

  if (!model.landmarks.empty()) {
    json children = json::array();
    for (const auto& l : model.landmarks) {
      b.doc["nodes"].push_back({{"name", std::string(kLandmarkNodePrefix) + l.id},
                                {"translation", {l.position.x, l.position.y, l.position.z}}});
      children.push_back(b.doc["nodes"].size() - 1);
    }
    b.doc["nodes"].push_back({{"name", "landmarks"}, {"children", children}});
    roots.push_back(b.doc["nodes"].size() - 1);
  }
  b.doc["scenes"] = json::array({{{"nodes", roots}}});
  b.doc["scene"] = 0;
  return b.finish();
}

Result<Ok> writeGlb(const std::string& path, const Model& model) { return writeFileAtomically(path, encodeGlb(model)); }

}  // namespace myoatlas
