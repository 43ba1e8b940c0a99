#include "render/GpuMesh.h"

#include <algorithm>
#include <array>
#include <cstddef>

#include <glad/gl.h>

namespace myoatlas {
namespace {

// Relative luminance of a linear colour (Rec. 709 weights), as shaders/mesh.frag computes it.
float colourLuminance(const glm::vec3& c) { return 0.2126f * c.r + 0.7152f * c.g + 0.0722f * c.b; }

}  // namespace

GpuMesh::GpuMesh(const Mesh& mesh) : vertexCount_(mesh.positions.size()), indexCount_(int(mesh.indices.size())) {
  // Interleaved position and normal: 24 bytes per vertex.
  std::vector<float> interleaved;
  interleaved.reserve(mesh.positions.size() * 6);
  for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
    const glm::vec3 n = i < mesh.normals.size() ? mesh.normals[i] : glm::vec3(0, 1, 0);
    interleaved.insert(interleaved.end(), {mesh.positions[i].x, mesh.positions[i].y, mesh.positions[i].z, n.x, n.y, n.z});
  }
  glGenVertexArrays(1, &vao_);
  glGenBuffers(1, &vbo_);
  glGenBuffers(1, &ebo_);
  glBindVertexArray(vao_);
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);
  glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(interleaved.size() * sizeof(float)), interleaved.data(), GL_STATIC_DRAW);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ebo_);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr(mesh.indices.size() * sizeof(std::uint32_t)), mesh.indices.data(),
               GL_STATIC_DRAW);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, 6 * sizeof(float), nullptr);
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, 6 * sizeof(float), reinterpret_cast<void*>(3 * sizeof(float)));
  if (mesh.skinned()) {
    // Joint indices (4 x uint16) then weights (4 x float) per vertex: 24 bytes.
    struct Influence {
      std::array<std::uint16_t, kMaxInfluences> joints;
      glm::vec4 weights;
    };
    std::vector<Influence> influences(mesh.positions.size());
    for (std::size_t i = 0; i < influences.size(); ++i) influences[i] = {mesh.joints[i], mesh.weights[i]};
    glGenBuffers(1, &skinVbo_);
    glBindBuffer(GL_ARRAY_BUFFER, skinVbo_);
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(influences.size() * sizeof(Influence)), influences.data(), GL_STATIC_DRAW);
    glEnableVertexAttribArray(2);
    glVertexAttribIPointer(2, 4, GL_UNSIGNED_SHORT, sizeof(Influence), nullptr);
    glEnableVertexAttribArray(3);
    glVertexAttribPointer(3, 4, GL_FLOAT, GL_FALSE, sizeof(Influence), reinterpret_cast<void*>(offsetof(Influence, weights)));
  }
  glVertexAttrib3f(4, 0.0f, 0.0f, 0.0f);  // nothing painted until setPaint
  glVertexAttrib3f(6, 0.0f, 0.0f, 0.0f);  // nor compared
  if (mesh.fibres.size() == mesh.positions.size() && mesh.tendon.size() == mesh.positions.size()) {
    // Fibre direction and tendon share per vertex (muscles): 16 bytes.
    std::vector<glm::vec4> fibres;
    fibres.reserve(mesh.fibres.size());
    for (std::size_t i = 0; i < mesh.fibres.size(); ++i) fibres.emplace_back(mesh.fibres[i], mesh.tendon[i]);
    glGenBuffers(1, &fibreVbo_);
    glBindBuffer(GL_ARRAY_BUFFER, fibreVbo_);
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(fibres.size() * sizeof(glm::vec4)), fibres.data(), GL_STATIC_DRAW);
    glEnableVertexAttribArray(5);
    glVertexAttribPointer(5, 4, GL_FLOAT, GL_FALSE, sizeof(glm::vec4), nullptr);
  } else {
    glVertexAttrib4f(5, 0.0f, 0.0f, 0.0f, 0.0f);  // no fibres: no striation, no tendon
  }
  if (mesh.hasColours()) {
    std::vector<float> luminance;
    luminance.reserve(mesh.colours.size());
    for (const glm::vec3& c : mesh.colours) luminance.push_back(colourLuminance(c));
    std::nth_element(luminance.begin(), luminance.begin() + std::ptrdiff_t(luminance.size() / 2), luminance.end());
    typicalLuminance_ = std::max(luminance[luminance.size() / 2], 1e-3f);
    // Vertex colours multiplying the material's (the skin's lips, brows and eyes): 12 bytes.
    glGenBuffers(1, &colourVbo_);
    glBindBuffer(GL_ARRAY_BUFFER, colourVbo_);
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(mesh.colours.size() * sizeof(glm::vec3)), mesh.colours.data(), GL_STATIC_DRAW);
    glEnableVertexAttribArray(7);
    glVertexAttribPointer(7, 3, GL_FLOAT, GL_FALSE, sizeof(glm::vec3), nullptr);
  } else {
    glVertexAttrib3f(7, 1.0f, 1.0f, 1.0f);  // the material's colour alone
  }
  glBindVertexArray(0);
}

// A per-vertex vec3 attribute that can be cleared: the wrong count (empty) falls back to zero for every vertex.
void GpuMesh::setVec3Attribute(unsigned& vbo, unsigned location, const std::vector<glm::vec3>& values) {
  glBindVertexArray(vao_);
  if (values.size() != vertexCount_) {
    glDisableVertexAttribArray(location);
    glVertexAttrib3f(location, 0.0f, 0.0f, 0.0f);
  } else {
    if (!vbo) glGenBuffers(1, &vbo);
    glBindBuffer(GL_ARRAY_BUFFER, vbo);
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(values.size() * sizeof(glm::vec3)), values.data(), GL_DYNAMIC_DRAW);
    glEnableVertexAttribArray(location);
    glVertexAttribPointer(location, 3, GL_FLOAT, GL_FALSE, sizeof(glm::vec3), nullptr);
  }
  glBindVertexArray(0);
}

void GpuMesh::setPaint(const std::vector<glm::vec3>& intensities) { setVec3Attribute(paintVbo_, 4, intensities); }

void GpuMesh::setCompareColours(const std::vector<glm::vec3>& colours) { setVec3Attribute(compareVbo_, 6, colours); }

GpuMesh::GpuMesh(GpuMesh&& other) noexcept
    : vao_(other.vao_), vbo_(other.vbo_), ebo_(other.ebo_), skinVbo_(other.skinVbo_), paintVbo_(other.paintVbo_), fibreVbo_(other.fibreVbo_),
      compareVbo_(other.compareVbo_), colourVbo_(other.colourVbo_), vertexCount_(other.vertexCount_), indexCount_(other.indexCount_),
      draftCount_(other.draftCount_), typicalLuminance_(other.typicalLuminance_) {
  other.vao_ = other.vbo_ = other.ebo_ = other.skinVbo_ = other.paintVbo_ = other.fibreVbo_ = other.compareVbo_ = other.colourVbo_ = 0;
}

GpuMesh::~GpuMesh() {
  if (vao_) glDeleteVertexArrays(1, &vao_);
  if (vbo_) glDeleteBuffers(1, &vbo_);
  if (ebo_) glDeleteBuffers(1, &ebo_);
  if (skinVbo_) glDeleteBuffers(1, &skinVbo_);
  if (paintVbo_) glDeleteBuffers(1, &paintVbo_);
  if (fibreVbo_) glDeleteBuffers(1, &fibreVbo_);
  if (compareVbo_) glDeleteBuffers(1, &compareVbo_);
  if (colourVbo_) glDeleteBuffers(1, &colourVbo_);
}

void GpuMesh::setDraftIndices(const Mesh& mesh, const std::vector<std::uint32_t>& draft) {
  glBindVertexArray(vao_);  // the element buffer is part of the vertex array's state
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ebo_);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr((mesh.indices.size() + draft.size()) * sizeof(std::uint32_t)), nullptr,
               GL_STATIC_DRAW);
  glBufferSubData(GL_ELEMENT_ARRAY_BUFFER, 0, GLsizeiptr(mesh.indices.size() * sizeof(std::uint32_t)), mesh.indices.data());
  glBufferSubData(GL_ELEMENT_ARRAY_BUFFER, GLintptr(mesh.indices.size() * sizeof(std::uint32_t)),
                  GLsizeiptr(draft.size() * sizeof(std::uint32_t)), draft.data());
  glBindVertexArray(0);
  indexCount_ = int(mesh.indices.size());
  draftCount_ = int(draft.size());
}

void GpuMesh::draw(bool draft) const {
  glBindVertexArray(vao_);
  if (draft && draftCount_ > 0)
    glDrawElements(GL_TRIANGLES, draftCount_, GL_UNSIGNED_INT,
                   reinterpret_cast<const void*>(std::size_t(indexCount_) * sizeof(std::uint32_t)));
  else
    glDrawElements(GL_TRIANGLES, indexCount_, GL_UNSIGNED_INT, nullptr);
}

}  // namespace myoatlas
