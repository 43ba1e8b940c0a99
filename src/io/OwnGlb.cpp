#include "io/OwnGlb.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtc/quaternion.hpp>
#include <glm/gtc/type_ptr.hpp>
#include <nlohmann/json.hpp>

#include "io/GltfExporter.h"
#include "io/MeshCleanup.h"

namespace myoatlas {
namespace {

using json = nlohmann::json;

constexpr int kFloat = 5126, kUnsignedByte = 5121, kUnsignedShort = 5123, kUnsignedInt = 5125;
constexpr std::uint32_t kJsonChunk = 0x4E4F534A, kBinChunk = 0x004E4942;
constexpr int kMaxDepth = 256;

// A member of an object, or null (a const json's operator[] must not be asked for a missing key).
const json& member(const json& object, const char* key) {
  static const json null;
  if (!object.is_object()) return null;
  const auto it = object.find(key);
  return it == object.end() ? null : *it;
}

// A non-negative integer member of an object, or nullopt.
std::optional<std::size_t> count(const json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end() || !it->is_number_unsigned()) return std::nullopt;
  return it->get<std::size_t>();
}

class Reader {
 public:
  Reader(const json& doc, std::string_view bin) : doc_(doc), bin_(bin) {}

  // The elements of accessor `index`, which must have exactly this component type and element type, tightly
  // packed within the binary chunk.
  template <typename T>
  bool read(const json& index, int componentType, const char* type, std::vector<T>& out) const {
    if (!index.is_number_unsigned()) return false;
    const json& accessors = member(doc_, "accessors");
    const std::size_t i = index.get<std::size_t>();
    if (!accessors.is_array() || i >= accessors.size() || !accessors[i].is_object()) return false;
    const json& a = accessors[i];
    if (a.contains("sparse") || a.value("normalized", false)) return false;
    const auto viewIndex = count(a, "bufferView"), n = count(a, "count");
    if (!viewIndex || !n || a.value("componentType", 0) != componentType || !a.contains("type") || member(a, "type") != type) return false;
    const json& views = member(doc_, "bufferViews");
    if (!views.is_array() || *viewIndex >= views.size() || !views[*viewIndex].is_object()) return false;
    const json& v = views[*viewIndex];
    if (v.contains("byteStride") || count(v, "buffer").value_or(1) != 0) return false;
    const auto viewLength = count(v, "byteLength");
    const std::size_t viewOffset = count(v, "byteOffset").value_or(0), offset = count(a, "byteOffset").value_or(0);
    if (!viewLength || viewOffset > bin_.size() || *viewLength > bin_.size() - viewOffset) return false;
    if (*n > (std::size_t(1) << 31) / sizeof(T) || offset > *viewLength || *n * sizeof(T) > *viewLength - offset) return false;
    out.resize(*n);
    if (*n > 0) std::memcpy(out.data(), bin_.data() + viewOffset + offset, *n * sizeof(T));
    return true;
  }

 private:
  const json& doc_;
  std::string_view bin_;
};

struct Node {
  std::string name;
  int mesh = -1;
  bool skinned = false;
  std::vector<std::size_t> children;
  glm::mat4 local{1.0f};
};

glm::mat4 toMatrix(const float* columnMajor) { return glm::make_mat4(columnMajor); }

// FindInvalidData's test: more than one element and every one equal to the one before.
bool allIdentical(const std::vector<glm::vec3>& list) {
  if (list.size() < 2) return false;
  for (std::size_t i = 1; i < list.size(); ++i)
    if (list[i] != list[i - 1]) return false;
  return true;
}

// Which files: our exporter's (skins, fibres, landmarks; nothing to weld or drop), or plain ones from other tools
// (node rotations and scales, meshes to weld, normals to make; no skins).
enum class Dialect { Own, Plain };

// What SceneConverter (io/ModelImporter.cpp) does with Assimp's scene of such a file, step for step, so the two
// give equal models: node order, joints, meshes, names, weights.
class OwnConverter {
 public:
  OwnConverter(const json& doc, std::string_view bin, Dialect dialect) : doc_(doc), reader_(doc, bin), plain_(dialect == Dialect::Plain) {}

  std::optional<RawImport> convert() {
    if (!readNodes() || !readSkin()) return std::nullopt;
    const auto sceneIndex = count(doc_, "scene").value_or(0);
    const json& scenes = member(doc_, "scenes");
    if (!scenes.is_array() || sceneIndex >= scenes.size() || !scenes[sceneIndex].is_object()) return std::nullopt;
    const json& roots = member(scenes[sceneIndex], "nodes");
    if (!roots.is_array()) return std::nullopt;
    for (const auto& r : roots)
      if (!r.is_number_unsigned() || r.get<std::size_t>() >= nodes_.size() || !visit(r.get<std::size_t>(), glm::mat4(1.0f), -1, 0))
        return std::nullopt;
    for (const auto& [node, world] : meshNodes_)
      if (!addMesh(*node, world)) return std::nullopt;
    if (out_.model.meshes.empty()) return std::nullopt;
    return std::move(out_);
  }

 private:
  bool readNodes() {
    const json& nodes = member(doc_, "nodes");
    if (!nodes.is_array()) return false;
    for (const auto& n : nodes) {
      if (!n.is_object() || (!plain_ && (n.contains("rotation") || n.contains("scale"))) || n.contains("weights") || n.contains("camera"))
        return false;
      Node node;
      if (n.contains("name")) {
        if (!member(n, "name").is_string()) return false;
        node.name = member(n, "name").get<std::string>();
      }
      if (n.contains("mesh")) {
        const auto mesh = count(n, "mesh");
        if (!mesh || *mesh >= member(doc_, "meshes").size()) return false;
        node.mesh = int(*mesh);
      }
      if (n.contains("skin")) {
        if (count(n, "skin").value_or(1) != 0) return false;
        node.skinned = true;
      }
      if (n.contains("children")) {
        if (!member(n, "children").is_array()) return false;
        for (const auto& c : member(n, "children")) {
          if (!c.is_number_unsigned() || c.get<std::size_t>() >= nodes.size()) return false;
          node.children.push_back(c.get<std::size_t>());
        }
      }
      if (n.contains("matrix")) {
        const json& m = member(n, "matrix");
        if (!m.is_array() || m.size() != 16 || n.contains("translation")) return false;
        float values[16];
        for (int k = 0; k < 16; ++k) {
          if (!m[std::size_t(k)].is_number()) return false;
          values[k] = m[std::size_t(k)].get<float>();
        }
        node.local = toMatrix(values);
      } else {
        // Translation, rotation and scale, applied scale first (glTF); Assimp composes them the same way.
        if (n.contains("translation")) {
          const auto t = numbers(member(n, "translation"), 3);
          if (!t) return false;
          node.local[3] = glm::vec4((*t)[0], (*t)[1], (*t)[2], 1.0f);
        }
        if (n.contains("rotation")) {
          const auto q = numbers(member(n, "rotation"), 4);  // x, y, z, w
          if (!q) return false;
          node.local = node.local * glm::mat4_cast(glm::quat((*q)[3], (*q)[0], (*q)[1], (*q)[2]));
        }
        if (n.contains("scale")) {
          const auto k = numbers(member(n, "scale"), 3);
          if (!k) return false;
          node.local = glm::scale(node.local, glm::vec3((*k)[0], (*k)[1], (*k)[2]));
        }
      }
      nodes_.push_back(std::move(node));
    }
    return true;
  }

  // An array of exactly `n` numbers.
  static std::optional<std::array<float, 4>> numbers(const json& list, std::size_t n) {
    if (!list.is_array() || list.size() != n) return std::nullopt;
    std::array<float, 4> out{};
    for (std::size_t k = 0; k < n; ++k) {
      if (!list[k].is_number()) return std::nullopt;
      out[k] = list[k].get<float>();
    }
    return out;
  }

  bool readSkin() {
    if (!doc_.contains("skins")) return true;
    if (plain_) return false;  // other tools' rigs: Assimp's reading of their weights is the reference
    const json& skins = member(doc_, "skins");
    if (!skins.is_array() || skins.size() != 1 || !skins[0].is_object() || !member(skins[0], "joints").is_array()) return false;
    for (const auto& j : member(skins[0], "joints")) {
      if (!j.is_number_unsigned() || j.get<std::size_t>() >= nodes_.size()) return false;
      skinJoints_.push_back(j.get<std::size_t>());
    }
    std::vector<glm::mat4> inverseBinds;
    if (!skins[0].contains("inverseBindMatrices") || !reader_.read(member(skins[0], "inverseBindMatrices"), kFloat, "MAT4", inverseBinds) ||
        inverseBinds.size() != skinJoints_.size())
      return false;
    inverseBinds_ = std::move(inverseBinds);
    // Assimp makes a bone of every joint of the skin for each skinned mesh (one of no weight where none weighs).
    for (const auto& n : nodes_)
      if (n.mesh >= 0 && n.skinned)
        for (const auto j : skinJoints_) boneNames_.insert(nodes_[j].name);
    return true;
  }

  bool visit(std::size_t index, const glm::mat4& parentWorld, int parentJoint, int depth) {
    if (depth > kMaxDepth) return false;  // a cycle, or a chain no body has
    const Node& node = nodes_[index];
    const glm::mat4 world = parentWorld * node.local;
    int joint = parentJoint;
    const bool insideSkeleton = parentJoint >= 0 && node.mesh < 0;
    const bool isLandmark = node.name.rfind(kLandmarkNodePrefix, 0) == 0;
    if (isLandmark)
      out_.model.landmarks.push_back({node.name.substr(std::string(kLandmarkNodePrefix).size()), glm::vec3(world * glm::vec4(0.0f, 0.0f, 0.0f, 1.0f))});
    if ((boneNames_.count(node.name) || (insideSkeleton && !isLandmark)) && !jointIndex_.count(node.name)) {
      joint = int(out_.model.joints.size());
      jointIndex_[node.name] = joint;
      out_.model.joints.push_back(Joint{node.name, parentJoint, world, glm::inverse(world)});
    }
    if (node.mesh >= 0) meshNodes_.emplace_back(&node, world);
    for (const auto c : node.children)
      if (!visit(c, world, joint, depth + 1)) return false;
    return true;
  }

  bool addMesh(const Node& node, const glm::mat4& world) {
    const json& gltfMesh = member(doc_, "meshes")[std::size_t(node.mesh)];
    if (!gltfMesh.is_object() || !member(gltfMesh, "primitives").is_array() || member(gltfMesh, "primitives").size() != 1) return false;
    const json& primitive = member(gltfMesh, "primitives")[0];
    if (!primitive.is_object() || primitive.value("mode", 4) != 4 || !member(primitive, "attributes").is_object() || primitive.contains("targets") ||
        primitive.contains("extensions"))
      return false;
    const json& attributes = member(primitive, "attributes");
    for (const auto& [key, value] : attributes.items()) {
      if (plain_ && key.rfind("TEXCOORD_", 0) == 0 && !attributes.contains("TANGENT")) continue;  // unused without fibres
      if (key != "POSITION" && key != "NORMAL" && key != "TANGENT" && key != "TEXCOORD_0" && key != "COLOR_0" && key != "JOINTS_0" &&
          key != "WEIGHTS_0")
        return false;
    }
    if (plain_ && (attributes.contains("TANGENT") || attributes.contains("JOINTS_0") || attributes.contains("WEIGHTS_0"))) return false;
    // Assimp names an unnamed node after its index ("nodes_3"); such files are left to it.
    if (plain_ && node.name.empty()) return false;
    Mesh mesh;
    if (gltfMesh.contains("name") && !member(gltfMesh, "name").is_string()) return false;
    const std::string meshName = gltfMesh.value("name", std::string());
    std::string base = !node.name.empty() ? node.name : meshName;
    if (base.empty()) base = "mesh_" + std::to_string(out_.model.meshes.size());
    const int seen = nameCount_[base]++;
    mesh.name = seen == 0 ? base : base + "#" + std::to_string(seen + 1);
    if (gltfMesh.contains("extras")) {  // a fascia's muscles (core/Model.h, Mesh::attaches)
      const json& extras = member(gltfMesh, "extras");
      if (extras.is_object() && extras.contains("attaches")) {
        const json& attaches = member(extras, "attaches");
        if (!attaches.is_array()) return false;
        for (const auto& id : attaches) {
          if (!id.is_string()) return false;
          mesh.attaches.push_back(id.get<std::string>());
        }
      }
    }
    if (primitive.contains("material")) {
      const auto m = count(primitive, "material");
      const json& materials = member(doc_, "materials");
      if (!m || !materials.is_array() || *m >= materials.size() || !materials[*m].is_object()) return false;
      if (materials[*m].contains("name") && member(materials[*m], "name").is_string()) mesh.tissue = tissueFromName(member(materials[*m], "name").get<std::string>());
    }

    std::vector<glm::vec3> positions, normals;
    if (!attributes.contains("POSITION") || !reader_.read(member(attributes, "POSITION"), kFloat, "VEC3", positions)) return false;
    const std::size_t n = positions.size();
    if (allIdentical(positions)) return false;  // Assimp's FindInvalidData drops such a mesh
    mesh.positions.reserve(n);
    for (const auto& p : positions) {
      const glm::vec3 q(world * glm::vec4(p, 1.0f));
      if (!std::isfinite(q.x) || !std::isfinite(q.y) || !std::isfinite(q.z)) return false;  // Assimp's path says so
      mesh.positions.push_back(q);
    }
    std::vector<std::uint32_t> indices;
    if (!primitive.contains("indices")) {
      if (!plain_ || n % 3 != 0) return false;  // Assimp makes one triangle of each three vertices
      indices.resize(n);
      for (std::size_t i = 0; i < n; ++i) indices[i] = std::uint32_t(i);
    } else if (!reader_.read(member(primitive, "indices"), kUnsignedInt, "SCALAR", indices)) {
      std::vector<std::uint16_t> shortIndices;
      std::vector<std::uint8_t> byteIndices;
      if (reader_.read(member(primitive, "indices"), kUnsignedShort, "SCALAR", shortIndices))
        indices.assign(shortIndices.begin(), shortIndices.end());
      else if (plain_ && reader_.read(member(primitive, "indices"), kUnsignedByte, "SCALAR", byteIndices))
        indices.assign(byteIndices.begin(), byteIndices.end());
      else
        return false;
    }
    if (indices.empty() || indices.size() % 3 != 0) return false;
    for (const auto i : indices)
      if (i >= n) return false;
    mesh.indices = std::move(indices);
    // Our exporter never repeats a vertex nor collapses a triangle (the importer's weld and drop would change
    // nothing: tests/io/OwnGlbTest.cpp); a file that did is read through Assimp. Plain files are welded below.
    for (std::size_t t = 0; !plain_ && t < mesh.indices.size(); t += 3) {
      const glm::vec3 &a = mesh.positions[mesh.indices[t]], &b = mesh.positions[mesh.indices[t + 1]], &c = mesh.positions[mesh.indices[t + 2]];
      if (a == b || b == c || a == c) return false;
    }

    const glm::mat3 normalMatrix = glm::transpose(glm::inverse(glm::mat3(world)));
    // Ours always has normals; a plain file without them gets smooth ones, as through Assimp.
    if (!attributes.contains("NORMAL") && !plain_) return false;
    if (attributes.contains("NORMAL")) {
      if (!reader_.read(member(attributes, "NORMAL"), kFloat, "VEC3", normals) || normals.size() != n) return false;
      // FindInvalidData drops normals with a zero or non-finite one among them (smooth ones are made instead).
      bool valid = true;
      for (const auto& v : normals)
        if (!std::isfinite(v.x) || !std::isfinite(v.y) || !std::isfinite(v.z) || v == glm::vec3(0.0f)) valid = false;
      if (!valid && !plain_) return false;
      if (!valid) normals.clear();
    }
    mesh.normals.reserve(normals.size());
    for (const auto& v : normals) {
      const glm::vec3 t = normalMatrix * v;
      const float len = glm::length(t);
      mesh.normals.push_back(len > 0.0f && std::isfinite(len) ? t / len : glm::vec3(0, 1, 0));
    }
    // Assimp reads tangents only beside normals, and we keep them only with a first texture coordinate.
    if (attributes.contains("TANGENT") && attributes.contains("TEXCOORD_0")) {
      std::vector<glm::vec4> tangents;
      std::vector<glm::vec2> uv;
      if (!reader_.read(member(attributes, "TANGENT"), kFloat, "VEC4", tangents) || tangents.size() != n ||
          !reader_.read(member(attributes, "TEXCOORD_0"), kFloat, "VEC2", uv) || uv.size() != n)
        return false;
      // FindInvalidData drops texture coordinates that are all the same (as Assimp holds them: v flipped), and
      // tangents when they, or the bitangents Assimp makes of them, are all the same.
      std::vector<glm::vec3> held(n), bitangents(n), tangentDirections(n);
      for (std::size_t v = 0; v < n; ++v) {
        for (int k = 0; k < 4; ++k)
          if (!std::isfinite(tangents[v][k])) return false;
        if (!std::isfinite(uv[v].x) || !std::isfinite(uv[v].y)) return false;
        held[v] = glm::vec3(uv[v].x, 1.0f - uv[v].y, 0.0f);
        tangentDirections[v] = glm::vec3(tangents[v]);
        bitangents[v] = glm::cross(normals[v], tangentDirections[v]) * tangents[v].w;
      }
      if (allIdentical(held) || allIdentical(tangentDirections) || allIdentical(bitangents)) {
        if (!addColours(attributes, mesh)) return false;
        if (node.skinned && !addWeights(attributes, world, mesh)) return false;
        out_.model.meshes.push_back(std::move(mesh));
        return true;
      }
      const glm::mat3 linear(world);
      mesh.fibres.reserve(n);
      mesh.tendon.reserve(n);
      for (std::size_t v = 0; v < n; ++v) {
        const glm::vec3 t = linear * glm::vec3(tangents[v]);
        const float len = glm::length(t);
        mesh.fibres.push_back(len > 0.0f && std::isfinite(len) ? t / len : glm::vec3(0.0f));
        mesh.tendon.push_back(std::clamp(uv[v].x, 0.0f, 1.0f));
      }
    } else if (attributes.contains("TANGENT") || attributes.contains("TEXCOORD_0")) {
      return false;
    }
    if (!addColours(attributes, mesh)) return false;
    if (node.skinned && !addWeights(attributes, world, mesh)) return false;
    if (plain_) {  // what SceneConverter does after Assimp's reading
      weldIdenticalVertices(mesh);
      dropCollapsedTriangles(mesh);
      if (mesh.indices.empty()) return false;  // lines or points after all: Assimp's path counts them
      if (mesh.normals.empty()) computeSmoothNormals(mesh);
    }
    out_.model.meshes.push_back(std::move(mesh));
    return true;
  }

  // Vertex colours as floats (RGB, or RGBA in plain files: alpha is not used), made safe as the importer does
  // (unitColour).
  bool addColours(const json& attributes, Mesh& mesh) {
    if (!attributes.contains("COLOR_0")) return true;
    std::vector<glm::vec3> colours;
    if (!reader_.read(member(attributes, "COLOR_0"), kFloat, "VEC3", colours)) {
      std::vector<glm::vec4> withAlpha;
      if (!plain_ || !reader_.read(member(attributes, "COLOR_0"), kFloat, "VEC4", withAlpha)) return false;
      for (const auto& c : withAlpha) colours.emplace_back(c);
    }
    if (colours.size() != mesh.positions.size()) return false;
    for (auto& c : colours) c = unitColour(c);
    mesh.colours = std::move(colours);
    return true;
  }

  bool addWeights(const json& attributes, const glm::mat4& meshWorld, Mesh& mesh) {
    const std::size_t n = mesh.positions.size();
    std::vector<std::array<std::uint16_t, 4>> joints;
    std::vector<glm::vec4> weights;
    if (!attributes.contains("JOINTS_0") || !attributes.contains("WEIGHTS_0") ||
        !reader_.read(member(attributes, "JOINTS_0"), kUnsignedShort, "VEC4", joints) || joints.size() != n ||
        !reader_.read(member(attributes, "WEIGHTS_0"), kFloat, "VEC4", weights) || weights.size() != n)
      return false;
    // Each skin joint is a bone: its inverse bind in model space, and the joint it is in the model.
    const glm::mat4 meshWorldInverse = glm::inverse(meshWorld);
    std::vector<int> jointOf(skinJoints_.size(), -1);
    for (std::size_t b = 0; b < skinJoints_.size(); ++b) {
      const auto it = jointIndex_.find(nodes_[skinJoints_[b]].name);
      if (it == jointIndex_.end()) continue;
      jointOf[b] = it->second;
      out_.model.joints[std::size_t(it->second)].inverseBind = inverseBinds_[b] * meshWorldInverse;
    }
    // Assimp gives each bone that weighs on no vertex a weight of 0 on vertex 0; with more than four there,
    // LimitBoneWeights renormalises vertex 0's weights (times the reciprocal of the sum of its four largest).
    std::vector<bool> weighs(skinJoints_.size(), false);
    for (std::size_t v = 0; v < n; ++v)
      for (int k = 0; k < 4; ++k) {
        if (weights[v][k] <= 0.0f) continue;
        if (joints[v][std::size_t(k)] >= skinJoints_.size()) return false;  // Assimp's concern
        weighs[joints[v][std::size_t(k)]] = true;
      }
    const auto idle = std::size_t(std::count(weighs.begin(), weighs.end(), false));
    mesh.joints.assign(n, {0, 0, 0, 0});
    mesh.weights.assign(n, glm::vec4(0.0f));
    std::vector<std::pair<float, std::uint16_t>> list;
    for (std::size_t v = 0; v < n; ++v) {
      // Influences in bone order (Assimp lists each bone's weights), then heaviest first, ties kept in that order.
      std::array<int, 4> slots{};
      int used = 0;
      for (int k = 0; k < 4; ++k)
        if (weights[v][k] > 0.0f && jointOf[joints[v][std::size_t(k)]] >= 0) slots[std::size_t(used++)] = k;
      for (int a = 1; a < used; ++a)  // insertion sort by joint: stable, and four at most
        for (int b = a; b > 0 && joints[v][std::size_t(slots[std::size_t(b)])] < joints[v][std::size_t(slots[std::size_t(b - 1)])]; --b)
          std::swap(slots[std::size_t(b)], slots[std::size_t(b - 1)]);
      list.clear();
      for (int u = 0; u < used; ++u) {
        const auto k = std::size_t(slots[std::size_t(u)]);
        list.push_back({weights[v][int(k)], std::uint16_t(jointOf[joints[v][k]])});
      }
      if (v == 0 && list.size() + idle > 4) {
        std::vector<float> largest;
        for (const auto& [w, j] : list) largest.push_back(w);
        std::sort(largest.begin(), largest.end(), std::greater<float>());
        float limited = 0.0f;
        for (std::size_t k = 0; k < largest.size() && k < 4; ++k) limited += largest[k];
        if (limited != 0.0f)
          for (auto& [w, j] : list) w *= 1.0f / limited;
      }
      for (std::size_t a = 1; a < list.size(); ++a)  // heaviest first, ties kept in bone order
        for (std::size_t b = a; b > 0 && list[b].first > list[b - 1].first; --b) std::swap(list[b], list[b - 1]);
      float sum = 0.0f;
      for (const auto& [w, j] : list) sum += w;
      if (sum <= 0.0f) {
        mesh.weights[v] = glm::vec4(1, 0, 0, 0);
        continue;
      }
      for (std::size_t k = 0; k < list.size(); ++k) {
        mesh.joints[v][k] = list[k].second;
        mesh.weights[v][int(k)] = list[k].first / sum;
      }
    }
    return true;
  }

  const json& doc_;
  Reader reader_;
  bool plain_ = false;
  RawImport out_;
  std::vector<Node> nodes_;
  std::vector<std::size_t> skinJoints_;
  std::vector<glm::mat4> inverseBinds_;
  std::unordered_set<std::string> boneNames_;
  std::unordered_map<std::string, int> jointIndex_;
  std::unordered_map<std::string, int> nameCount_;
  std::vector<std::pair<const Node*, glm::mat4>> meshNodes_;
};

std::uint32_t le32(const std::string& bytes, std::size_t at) {
  std::uint32_t v = 0;
  std::memcpy(&v, bytes.data() + at, 4);
  return v;
}

// The JSON chunk of a .glb, read without the rest (nullopt: not a .glb, or too big a JSON for one of ours).
std::optional<std::string> glbJson(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;  // never opened: a pipe would block the read
  std::ifstream in(path, std::ios::binary);
  std::string header(20, '\0');
  if (!in.read(header.data(), 20) || header.compare(0, 4, "glTF") != 0 || le32(header, 16) != kJsonChunk) return std::nullopt;
  const std::size_t jsonLength = le32(header, 12);
  if (jsonLength > (std::size_t(64) << 20)) return std::nullopt;
  std::string text(jsonLength, '\0');
  if (!in.read(text.data(), std::streamsize(jsonLength))) return std::nullopt;
  return text;
}

// Our exporter names itself; a generator that is not a string (another tool's, or a damaged file) is not ours
// (json's value() would throw on it).
bool isOwn(const json& doc) {
  const json& generator = member(member(doc, "asset"), "generator");
  return generator.is_string() && generator.get<std::string>() == "Myoatlas";
}

// What a plain file may use beyond the core: extensions of materials and textures, which change no geometry.
bool plainExtensionsOnly(const json& doc) {
  if (doc.contains("extensionsRequired") || doc.contains("animations")) return false;
  const json& used = member(doc, "extensionsUsed");
  if (used.is_null()) return true;
  if (!used.is_array()) return false;
  for (const auto& e : used)
    if (!e.is_string() || (e.get<std::string>().rfind("KHR_materials_", 0) != 0 && e.get<std::string>() != "KHR_texture_transform")) return false;
  return true;
}

std::optional<RawImport> readGlb(const std::string& path, bool allowPlain) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return std::nullopt;
  const std::streamoff size = in.tellg();
  if (size <= 0) return std::nullopt;
  std::string bytes(std::size_t(size), '\0');
  in.seekg(0);
  if (!in.read(bytes.data(), size)) return std::nullopt;
  if (bytes.size() < 28 || bytes.compare(0, 4, "glTF") != 0 || le32(bytes, 4) != 2 || le32(bytes, 8) != bytes.size()) return std::nullopt;
  const std::size_t jsonLength = le32(bytes, 12);
  if (le32(bytes, 16) != kJsonChunk || jsonLength > bytes.size() - 20) return std::nullopt;
  const std::size_t binHeader = 20 + jsonLength;
  if (bytes.size() - binHeader < 8 || le32(bytes, binHeader + 4) != kBinChunk) return std::nullopt;
  const std::size_t binLength = le32(bytes, binHeader);
  if (binLength > bytes.size() - binHeader - 8) return std::nullopt;
  const json doc = json::parse(bytes.begin() + 20, bytes.begin() + std::ptrdiff_t(binHeader), nullptr, false);
  if (doc.is_discarded() || !doc.is_object() || !member(doc, "asset").is_object()) return std::nullopt;
  Dialect dialect = Dialect::Own;
  if (!isOwn(doc)) {
    if (!allowPlain || !plainExtensionsOnly(doc)) return std::nullopt;
    dialect = Dialect::Plain;
  } else if (doc.contains("extensionsUsed") || doc.contains("animations")) {
    return std::nullopt;
  }
  // The binary chunk is the file's only buffer: a buffer elsewhere (a uri) is Assimp's to fetch.
  const json& buffers = member(doc, "buffers");
  if (buffers.is_array() && (buffers.size() != 1 || !buffers[0].is_object() || buffers[0].contains("uri"))) return std::nullopt;
  try {
    return OwnConverter(doc, std::string_view(bytes).substr(binHeader + 8, binLength), dialect).convert();
  } catch (const json::exception&) {  // a member of an unexpected type: not a file this reader knows
    return std::nullopt;
  }
}

}  // namespace

bool looksReadableWithoutAssimp(const std::string& path) {
  const auto text = glbJson(path);
  if (!text) return false;
  if (text->find("\"generator\":\"Myoatlas\"") != std::string::npos) return true;
  const json doc = json::parse(*text, nullptr, false);
  return !doc.is_discarded() && doc.is_object() && plainExtensionsOnly(doc) && !doc.contains("skins");
}

std::optional<RawImport> readOwnGlb(const std::string& path) { return readGlb(path, false); }

std::optional<RawImport> readGlbWithoutAssimp(const std::string& path) { return readGlb(path, true); }

}  // namespace myoatlas
