#include "support/DracoGltf.h"

#include <fstream>
#include <stdexcept>

#include <draco/compression/encode.h>
#include <draco/mesh/triangle_soup_mesh_builder.h>
#include <nlohmann/json.hpp>

namespace myoatlas::test {

void writeDracoGltf(const std::string& path, const std::string& meshName, const TestPrimitive& primitive, bool indices32) {
  const int faces = int(primitive.indices.size() / 3);
  draco::TriangleSoupMeshBuilder builder;
  builder.Start(faces);
  const int position = builder.AddAttribute(draco::GeometryAttribute::POSITION, 3, draco::DT_FLOAT32);
  for (int f = 0; f < faces; ++f) {
    const glm::vec3& a = primitive.positions[primitive.indices[std::size_t(3 * f)]];
    const glm::vec3& b = primitive.positions[primitive.indices[std::size_t(3 * f + 1)]];
    const glm::vec3& c = primitive.positions[primitive.indices[std::size_t(3 * f + 2)]];
    builder.SetAttributeValuesForFace(position, draco::FaceIndex(f), &a.x, &b.x, &c.x);
  }
  std::unique_ptr<draco::Mesh> mesh = builder.Finalize();
  if (!mesh) throw std::runtime_error("draco could not build the mesh");
  draco::Encoder encoder;
  encoder.SetAttributeQuantization(draco::GeometryAttribute::POSITION, 16);
  draco::EncoderBuffer buffer;
  if (!encoder.EncodeMeshToBuffer(*mesh, &buffer).ok()) throw std::runtime_error("draco could not encode the mesh");
  const std::string bytes(buffer.data(), buffer.size());
  glm::vec3 lo(1e30f), hi(-1e30f);
  for (const auto& p : primitive.positions) lo = glm::min(lo, p), hi = glm::max(hi, p);
  const int dracoId = int(mesh->attribute(mesh->GetNamedAttributeId(draco::GeometryAttribute::POSITION))->unique_id());
  nlohmann::json doc = {
      {"asset", {{"version", "2.0"}}},
      {"extensionsUsed", {"KHR_draco_mesh_compression"}},
      {"extensionsRequired", {"KHR_draco_mesh_compression"}},
      {"buffers", {{{"byteLength", bytes.size()}, {"uri", "data:application/octet-stream;base64," + base64(bytes)}}}},
      {"bufferViews", {{{"buffer", 0}, {"byteOffset", 0}, {"byteLength", bytes.size()}}}},
      {"accessors",
       {{{"componentType", 5126}, {"count", mesh->num_points()}, {"type", "VEC3"}, {"min", {lo.x, lo.y, lo.z}}, {"max", {hi.x, hi.y, hi.z}}},
        {{"componentType", indices32 ? 5125 : 5123}, {"count", faces * 3}, {"type", "SCALAR"}}}},
      {"meshes",
       {{{"name", meshName},
         {"primitives",
          {{{"attributes", {{"POSITION", 0}}},
            {"indices", 1},
            {"mode", 4},
            {"extensions", {{"KHR_draco_mesh_compression", {{"bufferView", 0}, {"attributes", {{"POSITION", dracoId}}}}}}}}}}}}},
      {"nodes", {{{"mesh", 0}, {"name", meshName}}}},
      {"scenes", {{{"nodes", {0}}}}},
      {"scene", 0}};
  std::ofstream(path) << doc.dump();
}

}  // namespace myoatlas::test
