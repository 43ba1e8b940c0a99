#pragma once
// Our own bodies, read without Assimp. A .glb that Myoatlas' exporter wrote (io/GltfExporter.h: asset.generator
// "Myoatlas") is read straight from its JSON and binary chunks into the model SceneConverter would make of
// Assimp's scene: the same meshes in the same order, joints, inverse binds, weights, fibres and landmarks.
// tests/io/OwnGlbTest.cpp checks that the two readings are equal, field by field, on the shipped bodies.
// Assimp took 130 ms of the default body's start-up and the conversion as much again; this takes about 40 ms.
#include <optional>
#include <string>

#include "io/ModelBytes.h"

namespace myoatlas {

// The model in the file, or nullopt when the file is not one of ours or holds anything our exporter does not
// write (another generator, Draco, sparse accessors, strides, other primitive modes...): the caller then reads it
// with Assimp, which says what is wrong with a damaged file. Every offset and count is checked against the file.
std::optional<RawImport> readOwnGlb(const std::string& path);

// The model in a .glb that other tools wrote, read the same way without Assimp when it keeps to what this reader
// knows: triangle meshes of one primitive each on named nodes (translation, rotation, scale or a matrix), float
// positions, normals and colours, 8-, 16- or 32-bit indices, extensions of materials only; no skins, morph targets,
// animations, Draco or external buffers. The meshes are welded, collapsed triangles dropped and missing normals
// made, as after Assimp. Our own files are read as readOwnGlb() reads them. nullopt: the caller reads the file with
// Assimp (in its child process), which also says what is wrong with a damaged one. BodyParts3D's 13 MB file: the
// import goes from 240 ms (Assimp in a child process) to about 60 ms (docs/PERFORMANCE.md).
std::optional<RawImport> readGlbWithoutAssimp(const std::string& path);

// Whether readGlbWithoutAssimp() will most likely read it, from its JSON alone (it may still refuse the file): our
// own files (a .glb whose JSON names Myoatlas as its generator) and plain ones.
bool looksReadableWithoutAssimp(const std::string& path);

}  // namespace myoatlas
