// The model importer: glTF, GLB and OBJ bytes, through the checks made before Assimp, Assimp itself and the
// conversion into the app's model, in this process (the app runs Assimp in a child process; here the fuzzer must
// see inside). The format follows the content: "glTF" magic a .glb, a '{' first a .gltf, anything else an .obj.
#include <fstream>

#include "FuzzTarget.h"
#include "io/ModelImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace myoatlas;
  static const std::string dir = fuzz::scratchDir("model");
  const std::string bytes = fuzz::text(data, size);
  const std::size_t first = bytes.find_first_not_of(" \t\r\n");
  const char* extension = bytes.rfind("glTF", 0) == 0 ? ".glb" : first != std::string::npos && bytes[first] == '{' ? ".gltf" : ".obj";
  const std::string path = dir + "/input" + extension;
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
  auto imported = importModel(path, {}, ImportIsolation::InProcess);
  if (imported) {
    // What the importer accepts, the rest of the app may rely on: finite positions, indices inside each mesh.
    for (const Mesh& mesh : imported->model.meshes) {
      fuzz::require(mesh.indices.size() % 3 == 0, "whole triangles");
      for (std::uint32_t i : mesh.indices) fuzz::require(i < mesh.positions.size(), "indices inside the mesh");
      fuzz::require(mesh.normals.empty() || mesh.normals.size() == mesh.positions.size(), "one normal per vertex");
    }
  } else {
    fuzz::require(imported.error().find(path) != std::string::npos, "the error names the file");
  }
  return 0;
}
