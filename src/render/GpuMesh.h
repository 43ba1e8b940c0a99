#pragma once
// One mesh's vertex and index buffers on the GPU, uploaded from core data.
#include <vector>

#include <glm/glm.hpp>

#include "core/Model.h"

namespace myoatlas {

class GpuMesh {
 public:
  explicit GpuMesh(const Mesh& mesh);
  GpuMesh(GpuMesh&& other) noexcept;
  GpuMesh& operator=(GpuMesh&&) = delete;
  GpuMesh(const GpuMesh&) = delete;
  GpuMesh& operator=(const GpuMesh&) = delete;
  ~GpuMesh();

  void draw(bool draft = false) const;
  // A coarser triangle list on the same vertices (core/geometry/Simplify.h), drawn by draw(true); `mesh` is the
  // mesh this was made from (its full list is uploaded again beside the draft).
  void setDraftIndices(const Mesh& mesh, const std::vector<std::uint32_t>& draft);
  bool skinned() const { return skinVbo_ != 0; }
  // Per-vertex paint: (essential level, spillover level, pain drawing); empty clears them.
  void setPaint(const std::vector<glm::vec3>& paint);
  // Comparing patterns: per-vertex colour (linear RGB), blended from the patterns painting there; empty clears.
  void setCompareColours(const std::vector<glm::vec3>& colours);
  // The luminance of the mesh's typical vertex colour (the median; 1 without colours): a painted zone keeps the
  // features darker or lighter than it (the eye, the brows) visible under its colour (shaders/mesh.frag).
  float typicalLuminance() const { return typicalLuminance_; }

 private:
  void setVec3Attribute(unsigned& vbo, unsigned location, const std::vector<glm::vec3>& values);
  unsigned vao_ = 0, vbo_ = 0, ebo_ = 0, skinVbo_ = 0, paintVbo_ = 0, fibreVbo_ = 0, compareVbo_ = 0, colourVbo_ = 0;
  std::size_t vertexCount_ = 0;
  int indexCount_ = 0;
  int draftCount_ = 0;  // draft indices follow the full ones in the same buffer
  float typicalLuminance_ = 1.0f;
};

}  // namespace myoatlas
