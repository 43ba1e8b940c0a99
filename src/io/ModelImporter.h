#pragma once
// Loads anatomical models through Assimp into core types, in model space (metres, +Y up). Named meshes stay
// separate, node transforms are applied, skeletons and skin weights are kept, point and line primitives dropped.
#include <cstdint>
#include <map>
#include <string>

#include "core/Model.h"
#include "core/ModelFrame.h"
#include "core/Result.h"
#include "core/scene/BodyFit.h"

namespace myoatlas {

struct ImportedModel {
  Model model;
  FrameDecision frame;
  int droppedNonTriangleMeshes = 0;  // point or line sub-meshes that were ignored
};

inline constexpr std::uintmax_t kMaxModelFileBytes = 1ull << 30;  // 1 GiB: larger files are refused, not tried
// Larger models are refused once Assimp has read them, before they are copied into the app.
inline constexpr std::uint64_t kMaxModelVertices = 20'000'000;
inline constexpr std::uint64_t kMaxModelTriangles = 40'000'000;

// What one import may take: memory beyond what the app already uses (half the machine's memory, clamped to
// 2..8 GiB) and time (2 minutes plus half a second per MiB of file). Past either, the import is stopped and the
// error says so.
struct ImportLimits {
  std::uint64_t memoryBytes = 0;
  double seconds = 0.0;
};
ImportLimits importLimits(std::uintmax_t fileBytes);

// Where Assimp runs. ChildProcess (the app's choice for any file a user opens) contains Assimp's crashes, runaway
// allocations and hangs; InProcess is for our own generated bodies and the fuzz targets, which must see inside
// the import. Whatever the isolation, a .glb our exporter wrote, or a plain one within what io/OwnGlb.h reads, is
// read without Assimp, in this process. OwnFileOnly reads such a file and nothing else: on a thread beside others
// (the window's, OpenGL's), where no child process may be forked (a lock another thread holds at that moment stays
// held in the child, which then hangs), any other file fails with kNotAnOwnFile and is read later, once the
// process is quiet.
enum class ImportIsolation { ChildProcess, InProcess, OwnFileOnly };
inline constexpr const char* kNotAnOwnFile = "not a file read without Assimp; read it with Assimp";

// Landmarks for a model that does not carry them (anything but our own files) can be given in a sidecar file
// beside it, "<model file>.landmarks.json":
//   {"format": "myoatlas-landmarks", "landmarks": {"acromion.r": [x, y, z], "c7_spinous_process": [x, y, z]}}
// with positions in metres in Myoatlas' frame (+Y up, facing +Z, +X the subject's left), as `myoatlas info`
// reports the model. A malformed sidecar is an error naming it and the field.
std::string landmarkSidecarPath(const std::string& modelPath);
// The sidecar's text (`path` names it in errors) to its landmarks.
Result<std::vector<ModelLandmark>> parseLandmarkSidecar(const std::string& text, const std::string& path);

// What some meshes are, for names the recogniser cannot read, in "<model file>.names.json":
//   {"format": "myoatlas-names", "names": {"Object_042": "infraspinatus.r", "Body": "skin", "Obj_7": "femur.l"}}
// Roles: an atlas muscle id with ".r"/".l" for a side, a bone id, "skin", "bone" or "other" (not anatomy we
// know); the app checks them against the atlas when it loads the model (core/scene/MeshAnatomy.h).
std::string nameSidecarPath(const std::string& modelPath);
Result<std::map<std::string, std::string>> parseNameSidecar(const std::string& text, const std::string& path);

// A folder is read as one model made of every model file in it (one structure per file, as BodyParts3D ships
// them), each one-mesh file's mesh named after the file; its sidecars sit beside it ("<folder>.landmarks.json").
inline constexpr const char* kModelFolderExtensions[] = {".stl", ".obj", ".ply", ".glb", ".gltf", ".fbx", ".dae", ".off"};
inline constexpr std::size_t kMaxFolderFiles = 5000;

// The fit template myoatlas-genbody wrote beside a generated body (core/scene/BodyFit.h), read and parsed; an
// error names the file when it is missing or malformed.
Result<FitTemplate> readFitTemplate(const std::string& bodyPath);

// Every failure names the file and says why (missing, unreadable, empty, too large, not a model, truncated,
// no triangle meshes, non-finite coordinates, implausible size, too many vertices, Assimp crashed, ran out of its
// memory or time).
Result<ImportedModel> importModel(const std::string& path, const FrameRequest& frame = {},
                                  ImportIsolation isolation = ImportIsolation::ChildProcess);

struct RawImport;
// Assimp's reading of a file and its conversion, in this process, before units, axes and sidecars: what
// readOwnGlb() must agree with (tests/io/OwnGlbTest.cpp).
Result<RawImport> readWithAssimpInProcess(const std::string& path);

}  // namespace myoatlas
