#pragma once
// Writes a one-mesh .gltf whose primitive is Draco-compressed (KHR_draco_mesh_compression), as exporters of
// real anatomical models write them (BodyParts3D's glTF downloads), to test that the importer decodes it.
#include <string>

#include "support/GltfWriter.h"

namespace myoatlas::test {

// `indices32`: the index accessor's type, unsigned int instead of unsigned short.
void writeDracoGltf(const std::string& path, const std::string& meshName, const TestPrimitive& primitive, bool indices32 = false);

}  // namespace myoatlas::test
