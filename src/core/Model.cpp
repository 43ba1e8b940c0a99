#include "core/Model.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "core/MeshNames.h"

namespace myoatlas {

const char* tissueName(TissueKind tissue) {
  switch (tissue) {
    case TissueKind::Skin: return "skin";
    case TissueKind::Muscle: return "muscle";
    case TissueKind::Tendon: return "tendon";
    case TissueKind::Bone: return "bone";
    case TissueKind::Unknown: break;
  }
  return "";
}

TissueKind tissueFromName(const std::string& name) {
  for (auto t : {TissueKind::Skin, TissueKind::Muscle, TissueKind::Tendon, TissueKind::Bone})
    if (name == tissueName(t)) return t;
  return TissueKind::Unknown;
}

Bounds Mesh::bounds() const {
  Bounds b;
  for (const auto& p : positions) b.add(p);
  return b;
}

Bounds Model::bounds() const {
  Bounds b;
  for (const auto& m : meshes) b.add(m.bounds());
  return b;
}

std::size_t Model::vertexCount() const {
  std::size_t n = 0;
  for (const auto& m : meshes) n += m.positions.size();
  return n;
}

std::size_t Model::triangleCount() const {
  std::size_t n = 0;
  for (const auto& m : meshes) n += m.triangleCount();
  return n;
}

const Mesh* Model::findMesh(const std::string& name) const {
  const auto i = meshIndex(name);
  return i ? &meshes[*i] : nullptr;
}

std::optional<std::size_t> skinMeshIndex(const Model& model) {
  for (std::size_t i = 0; i < model.meshes.size(); ++i)
    if (isSkinName(model.meshes[i].name)) return i;
  for (std::size_t i = 0; i < model.meshes.size(); ++i)
    if (model.meshes[i].tissue == TissueKind::Skin) return i;
  if (model.meshes.size() == 1) return 0;
  return std::nullopt;
}

std::optional<std::size_t> Model::meshIndex(const std::string& name) const {
  for (std::size_t i = 0; i < meshes.size(); ++i)
    if (meshes[i].name == name) return i;
  return std::nullopt;
}

glm::vec3 unitColour(const glm::vec3& c) {
  const auto unit = [](float x) { return std::isfinite(x) ? std::clamp(x, 0.0f, 1.0f) : 1.0f; };
  return {unit(c.r), unit(c.g), unit(c.b)};
}

void appendTriangles(Mesh& into, const Mesh& from) {
  const auto base = std::uint32_t(into.positions.size());
  into.positions.insert(into.positions.end(), from.positions.begin(), from.positions.end());
  for (const std::uint32_t i : from.indices) into.indices.push_back(base + i);
}

void computeSmoothNormals(Mesh& mesh) {
  mesh.normals.assign(mesh.positions.size(), glm::vec3(0.0f));
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const auto a = mesh.indices[t], b = mesh.indices[t + 1], c = mesh.indices[t + 2];
    // The cross product's length is twice the triangle area: larger triangles weigh more.
    const glm::vec3 n = glm::cross(mesh.positions[b] - mesh.positions[a], mesh.positions[c] - mesh.positions[a]);
    mesh.normals[a] += n;
    mesh.normals[b] += n;
    mesh.normals[c] += n;
  }
  for (auto& n : mesh.normals) {
    const float len = glm::length(n);
    n = len > 0.0f ? n / len : glm::vec3(0.0f, 1.0f, 0.0f);
  }
}

void transformModel(Model& model, const glm::mat4& transform) {
  const glm::mat3 normalMatrix = glm::transpose(glm::inverse(glm::mat3(transform)));
  const glm::mat4 inverse = glm::inverse(transform);
  for (auto& mesh : model.meshes) {
    for (auto& p : mesh.positions) p = glm::vec3(transform * glm::vec4(p, 1.0f));
    for (auto& n : mesh.normals) {
      const glm::vec3 t = normalMatrix * n;
      const float len = glm::length(t);
      n = len > 0.0f ? t / len : n;
    }
  }
  for (auto& j : model.joints) {
    j.restWorld = transform * j.restWorld;
    j.inverseBind = j.inverseBind * inverse;
  }
  for (auto& l : model.landmarks) l.position = glm::vec3(transform * glm::vec4(l.position, 1.0f));
}

}  // namespace myoatlas
