#include "support/GltfWriter.h"

#include <cstring>
#include <fstream>

#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtc/type_ptr.hpp>
#include <nlohmann/json.hpp>

namespace myoatlas::test {

std::string base64(const std::string& bytes) {
  static const char* table = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const unsigned v = unsigned((unsigned char)bytes[i]) << 16 | unsigned((unsigned char)bytes[i + 1]) << 8 |
                       unsigned((unsigned char)bytes[i + 2]);
    out += {table[v >> 18], table[(v >> 12) & 63], table[(v >> 6) & 63], table[v & 63]};
  }
  if (i + 1 == bytes.size()) {
    const unsigned v = unsigned((unsigned char)bytes[i]) << 16;
    out += {table[v >> 18], table[(v >> 12) & 63], '=', '='};
  } else if (i + 2 == bytes.size()) {
    const unsigned v = unsigned((unsigned char)bytes[i]) << 16 | unsigned((unsigned char)bytes[i + 1]) << 8;
    out += {table[v >> 18], table[(v >> 12) & 63], table[(v >> 6) & 63], '='};
  }
  return out;
}

namespace {

using nlohmann::json;


class Builder {
 public:
  json doc = {{"asset", {{"version", "2.0"}, {"generator", "myoatlas tests"}}}};
  std::string bin;

  int accessor(const void* data, std::size_t bytes, std::size_t count, int componentType, const char* type,
               int target, const json& extra = json::object()) {
    while (bin.size() % 4) bin.push_back('\0');
    json view = {{"buffer", 0}, {"byteOffset", bin.size()}, {"byteLength", bytes}};
    if (target) view["target"] = target;
    bin.append(static_cast<const char*>(data), bytes);
    doc["bufferViews"].push_back(view);
    json acc = {{"bufferView", doc["bufferViews"].size() - 1}, {"componentType", componentType}, {"count", count},
                {"type", type}};
    acc.update(extra);
    doc["accessors"].push_back(acc);
    return int(doc["accessors"].size() - 1);
  }

  int mesh(const std::string& name, const TestPrimitive& p) {
    glm::vec3 lo(1e30f), hi(-1e30f);
    for (const auto& v : p.positions) lo = glm::min(lo, v), hi = glm::max(hi, v);
    json attributes;
    attributes["POSITION"] = accessor(p.positions.data(), p.positions.size() * 12, p.positions.size(), 5126, "VEC3",
                                      34962, {{"min", {lo.x, lo.y, lo.z}}, {"max", {hi.x, hi.y, hi.z}}});
    if (!p.joints.empty()) {
      attributes["JOINTS_0"] = accessor(p.joints.data(), p.joints.size() * 8, p.joints.size(), 5123, "VEC4", 34962);
      attributes["WEIGHTS_0"] = accessor(p.weights.data(), p.weights.size() * 16, p.weights.size(), 5126, "VEC4", 34962);
    }
    const int indices = accessor(p.indices.data(), p.indices.size() * 4, p.indices.size(), 5125, "SCALAR", 34963);
    doc["meshes"].push_back(
        {{"name", name + "_mesh"}, {"primitives", {{{"attributes", attributes}, {"indices", indices}, {"mode", p.lines ? 1 : 4}}}}});
    return int(doc["meshes"].size() - 1);
  }
};

glm::mat4 localTransform(const TestNode& n) {
  return glm::scale(glm::translate(glm::mat4(1.0f), n.translation) * glm::mat4_cast(n.rotation), n.scale);
}

glm::mat4 worldTransform(const TestScene& scene, int node) {
  glm::mat4 m(1.0f);
  for (int i = node; i >= 0; i = scene.nodes[std::size_t(i)].parent) m = localTransform(scene.nodes[std::size_t(i)]) * m;
  return m;
}

Builder build(const TestScene& scene) {
  Builder b;
  json roots = json::array();
  for (std::size_t i = 0; i < scene.nodes.size(); ++i) {
    const TestNode& n = scene.nodes[i];
    json node = {{"name", n.name},
                 {"translation", {n.translation.x, n.translation.y, n.translation.z}},
                 {"scale", {n.scale.x, n.scale.y, n.scale.z}}};
    if (n.rotation != glm::quat(1.0f, 0.0f, 0.0f, 0.0f)) node["rotation"] = {n.rotation.x, n.rotation.y, n.rotation.z, n.rotation.w};
    if (n.mesh) node["mesh"] = b.mesh(n.name, *n.mesh);
    if (n.skinned) node["skin"] = 0;
    b.doc["nodes"].push_back(node);
    if (n.parent < 0) roots.push_back(i);
  }
  for (std::size_t i = 0; i < scene.nodes.size(); ++i)
    if (scene.nodes[i].parent >= 0) b.doc["nodes"][std::size_t(scene.nodes[i].parent)]["children"].push_back(i);
  if (!scene.skinJoints.empty()) {
    std::vector<float> matrices;
    for (int j : scene.skinJoints) {
      const glm::mat4 inv = glm::inverse(worldTransform(scene, j));
      matrices.insert(matrices.end(), glm::value_ptr(inv), glm::value_ptr(inv) + 16);
    }
    const int ibm = b.accessor(matrices.data(), matrices.size() * 4, scene.skinJoints.size(), 5126, "MAT4", 0);
    b.doc["skins"].push_back({{"joints", scene.skinJoints}, {"inverseBindMatrices", ibm}});
  }
  b.doc["scenes"] = {{{"nodes", roots}}};
  b.doc["scene"] = 0;
  while (b.bin.size() % 4) b.bin.push_back('\0');
  return b;
}

void appendU32(std::string& s, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) s.push_back(char((v >> (8 * i)) & 0xFF));
}

}  // namespace

TestPrimitive boxPrimitive(glm::vec3 lo, glm::vec3 hi) {
  TestPrimitive p;
  for (int i = 0; i < 8; ++i)
    p.positions.push_back({(i & 1) ? hi.x : lo.x, (i & 2) ? hi.y : lo.y, (i & 4) ? hi.z : lo.z});
  // Outward-facing quads (counter-clockwise seen from outside), two triangles each.
  const std::uint32_t quads[6][4] = {{0, 4, 6, 2}, {1, 3, 7, 5}, {0, 1, 5, 4}, {2, 6, 7, 3}, {0, 2, 3, 1}, {4, 5, 7, 6}};
  for (const auto& q : quads) p.indices.insert(p.indices.end(), {q[0], q[1], q[2], q[0], q[2], q[3]});
  return p;
}

void writeGltf(const std::string& path, const TestScene& scene) {
  Builder b = build(scene);
  b.doc["buffers"] = {{{"byteLength", b.bin.size()}, {"uri", "data:application/octet-stream;base64," + base64(b.bin)}}};
  std::ofstream(path) << b.doc.dump(1);
}

void writeGlb(const std::string& path, const TestScene& scene) {
  Builder b = build(scene);
  b.doc["buffers"] = {{{"byteLength", b.bin.size()}}};
  std::string jsonText = b.doc.dump();
  while (jsonText.size() % 4) jsonText.push_back(' ');
  std::string out = "glTF";
  appendU32(out, 2);
  appendU32(out, std::uint32_t(12 + 8 + jsonText.size() + 8 + b.bin.size()));
  appendU32(out, std::uint32_t(jsonText.size()));
  out += "JSON" + jsonText;
  appendU32(out, std::uint32_t(b.bin.size()));
  out += std::string("BIN\0", 4) + b.bin;
  std::ofstream(path, std::ios::binary) << out;
}

}  // namespace myoatlas::test
