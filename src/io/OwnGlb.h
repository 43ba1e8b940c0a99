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

// Whether the file says it is one of ours (a .glb whose JSON names Myoatlas as its generator), from its JSON alone:
// what readOwnGlb() will most likely read (it may still refuse a damaged one).
bool looksLikeOwnGlb(const std::string& path);

}  // namespace myoatlas
