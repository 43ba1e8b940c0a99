#pragma once
// What every reader of other people's files does to a mesh after reading it (io/ModelImporter.cpp after Assimp,
// io/OwnGlb.cpp's plain glTF reader), so both make the same model of the same file.
#include "core/Model.h"

namespace myoatlas {

// One vertex per distinct set of the attributes we keep; vertices keep their first order.
void weldIdenticalVertices(Mesh& mesh);
// Triangles with two corners at one place go, and the corners no other triangle uses go with them.
void dropCollapsedTriangles(Mesh& mesh);

}  // namespace myoatlas
