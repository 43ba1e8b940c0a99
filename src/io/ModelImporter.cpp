#include "io/ModelImporter.h"

#include "io/ChildProcess.h"
#include "io/GltfCheck.h"
#include "io/GltfExporter.h"
#include "io/MeshCleanup.h"
#include "io/ModelBytes.h"
#include "io/OwnGlb.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <unordered_set>
#include <unordered_map>
#include <variant>

#include <unistd.h>

#include <nlohmann/json.hpp>
#include <assimp/Importer.hpp>
#include <assimp/material.h>
#include <assimp/postprocess.h>
#include <assimp/scene.h>
#include <glm/gtc/type_ptr.hpp>

#include "core/TaggedJson.h"

namespace myoatlas {
namespace {

namespace fs = std::filesystem;

glm::mat4 toGlm(const aiMatrix4x4& m) { return glm::transpose(glm::make_mat4(&m.a1)); }

Error fail(const std::string& path, const std::string& why) {
  return Error{"cannot load model '" + path + "': " + why};
}

// Checks what can be checked before Assimp sees the file, so the common mistakes get precise messages; the file's
// size in bytes when it passes.
Result<std::uintmax_t> checkFile(const std::string& path) {
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) return fail(path, "no such file");
  if (fs::is_directory(st)) return fail(path, "it is a directory, not a model file");
  if (!fs::is_regular_file(st)) return fail(path, "it is not a regular file (a pipe, device or socket), not a model file");
  std::ifstream probe(path, std::ios::binary);
  if (!probe) return fail(path, "the file cannot be opened for reading (check its permissions)");
  const std::uintmax_t bytes = fs::file_size(path, ec);
  if (ec) return fail(path, "its size cannot be read: " + ec.message());
  if (bytes == 0) return fail(path, "the file is empty");
  if (bytes > kMaxModelFileBytes)
    return fail(path, "the file is " + std::to_string(bytes >> 20) + " MiB; the limit is " +
                          std::to_string(kMaxModelFileBytes >> 20) + " MiB");
  if (auto problem = gltfProblem(path, probe, bytes)) return fail(path, *problem);
  return bytes;
}

FrameHints hintsFrom(const aiScene& scene) {
  FrameHints hints;
  if (!scene.mMetaData) return hints;
  // FBX declares its unit as centimetres per unit and its up axis as an index (0 = X, 1 = Y, 2 = Z).
  double unitScale = 0.0;
  if (scene.mMetaData->Get("UnitScaleFactor", unitScale) && unitScale > 0.0)
    hints.metresPerUnit = float(unitScale * 0.01);
  int upAxis = -1;
  if (scene.mMetaData->Get("UpAxis", upAxis)) {
    if (upAxis == 1) hints.up = UpAxis::Y;
    if (upAxis == 2) hints.up = UpAxis::Z;
  }
  return hints;
}

class SceneConverter {
 public:
  SceneConverter(const aiScene& scene, const std::string& path) : scene_(scene), path_(path) {}

  Result<ImportedModel> convert() {
    collectBoneNames();
    visit(*scene_.mRootNode, glm::mat4(1.0f), -1);
    // Meshes after the whole hierarchy: a mesh node may come before the joints its weights refer to (our own
    // exporter writes meshes first), and joint indices must be known before weights are read.
    for (const auto& [node, world] : meshNodes_)
      for (unsigned i = 0; i < node->mNumMeshes; ++i) addMesh(*scene_.mMeshes[node->mMeshes[i]], *node, world);
    if (out_.model.meshes.empty())
      return fail(path_, out_.droppedNonTriangleMeshes > 0 ? "it has only point or line meshes, no triangles"
                                                           : "it contains no meshes");
    for (const auto& mesh : out_.model.meshes)
      for (const auto& p : mesh.positions)
        if (!std::isfinite(p.x) || !std::isfinite(p.y) || !std::isfinite(p.z))
          return fail(path_, "mesh '" + mesh.name + "' has non-finite vertex coordinates");
    return std::move(out_);
  }

 private:
  void collectBoneNames() {
    for (unsigned m = 0; m < scene_.mNumMeshes; ++m)
      for (unsigned b = 0; b < scene_.mMeshes[m]->mNumBones; ++b)
        boneNames_.emplace(scene_.mMeshes[m]->mBones[b]->mName.C_Str());
  }

  void visit(const aiNode& node, const glm::mat4& parentWorld, int parentJoint) {
    const glm::mat4 world = parentWorld * toGlm(node.mTransformation);
    int joint = parentJoint;
    // Assimp only reports bones that weigh on some vertex; the empty nodes below a bone are joints of the same
    // skeleton (finger tips, the jaw), so they are kept to preserve the whole rig.
    const bool insideSkeleton = parentJoint >= 0 && node.mNumMeshes == 0;
    const std::string nodeName = node.mName.C_Str();
    const bool isLandmark = nodeName.rfind(kLandmarkNodePrefix, 0) == 0;
    if (isLandmark) {  // an anatomical landmark written by our exporter
      const std::string id = nodeName.substr(std::string(kLandmarkNodePrefix).size());
      out_.model.landmarks.push_back({id, glm::vec3(world * glm::vec4(0.0f, 0.0f, 0.0f, 1.0f))});
    }
    if ((boneNames_.count(nodeName) || (insideSkeleton && !isLandmark)) && !jointIndex_.count(nodeName)) {
      joint = int(out_.model.joints.size());
      jointIndex_[nodeName] = joint;
      out_.model.joints.push_back(Joint{nodeName, parentJoint, world, glm::inverse(world)});
    }
    if (node.mNumMeshes > 0) meshNodes_.emplace_back(&node, world);
    for (unsigned c = 0; c < node.mNumChildren; ++c) visit(*node.mChildren[c], world, joint);
  }

  std::string uniqueName(const aiNode& node, const aiMesh& src) {
    // A node's name is the object's name in most tools; use it unless the node holds several triangle meshes.
    unsigned triangleMeshes = 0;
    for (unsigned i = 0; i < node.mNumMeshes; ++i)
      triangleMeshes += scene_.mMeshes[node.mMeshes[i]]->mPrimitiveTypes == aiPrimitiveType_TRIANGLE ? 1 : 0;
    std::string base = triangleMeshes == 1 && node.mName.length > 0 ? node.mName.C_Str() : src.mName.C_Str();
    if (base.empty()) base = "mesh_" + std::to_string(out_.model.meshes.size());
    const int seen = nameCount_[base]++;
    return seen == 0 ? base : base + "#" + std::to_string(seen + 1);
  }

  void addMesh(const aiMesh& src, const aiNode& node, const glm::mat4& world) {
    if (src.mPrimitiveTypes != aiPrimitiveType_TRIANGLE || src.mNumFaces == 0) {
      ++out_.droppedNonTriangleMeshes;
      return;
    }
    Mesh mesh;
    mesh.name = uniqueName(node, src);
    if (src.mMaterialIndex < scene_.mNumMaterials) {  // our files name materials after tissues
      aiString material;
      if (scene_.mMaterials[src.mMaterialIndex]->Get(AI_MATKEY_NAME, material) == AI_SUCCESS)
        mesh.tissue = tissueFromName(material.C_Str());
    }
    const glm::mat3 normalMatrix = glm::transpose(glm::inverse(glm::mat3(world)));
    mesh.positions.reserve(src.mNumVertices);
    for (unsigned v = 0; v < src.mNumVertices; ++v) {
      const aiVector3D& p = src.mVertices[v];
      mesh.positions.push_back(glm::vec3(world * glm::vec4(p.x, p.y, p.z, 1.0f)));
    }
    for (unsigned f = 0; f < src.mNumFaces; ++f) {
      const aiFace& face = src.mFaces[f];
      if (face.mNumIndices != 3) continue;  // SortByPType leaves only triangles here, but be safe
      mesh.indices.insert(mesh.indices.end(), {face.mIndices[0], face.mIndices[1], face.mIndices[2]});
    }
    // STL stores one normal per facet: kept, every corner would stay apart from its neighbours' and the surface
    // would shade as facets; anatomy is smooth, so its corners are joined and the normals made smooth instead.
    const bool readNormals = src.HasNormals() && !facetNormalsOnly();
    if (readNormals) {
      for (unsigned v = 0; v < src.mNumVertices; ++v) {
        const aiVector3D& n = src.mNormals[v];
        const glm::vec3 t = normalMatrix * glm::vec3(n.x, n.y, n.z);
        const float len = glm::length(t);
        mesh.normals.push_back(len > 0.0f && std::isfinite(len) ? t / len : glm::vec3(0, 1, 0));
      }
    }
    // Our muscles carry fibre directions as tangents and the tendon share in the first texture coordinate's u.
    if (src.HasTangentsAndBitangents() && src.HasTextureCoords(0)) {
      const glm::mat3 linear(world);
      for (unsigned v = 0; v < src.mNumVertices; ++v) {
        const glm::vec3 t = linear * glm::vec3(src.mTangents[v].x, src.mTangents[v].y, src.mTangents[v].z);
        const float len = glm::length(t);
        mesh.fibres.push_back(len > 0.0f && std::isfinite(len) ? t / len : glm::vec3(0.0f));
        mesh.tendon.push_back(std::clamp(src.mTextureCoords[0][v].x, 0.0f, 1.0f));
      }
    }
    // Vertex colours (glTF COLOR_0, PLY, OBJ extensions) multiply the material's colour; alpha is not used.
    if (src.HasVertexColors(0))
      for (unsigned v = 0; v < src.mNumVertices; ++v) {
        const aiColor4D& c = src.mColors[0][v];
        mesh.colours.push_back(unitColour({c.r, c.g, c.b}));
      }
    if (src.HasBones()) addWeights(src, world, mesh);
    weldIdenticalVertices(mesh);
    dropCollapsedTriangles(mesh);
    if (mesh.indices.empty()) {  // nothing but collapsed triangles: lines or points after all
      ++out_.droppedNonTriangleMeshes;
      return;
    }
    if (!readNormals) computeSmoothNormals(mesh);
    out_.model.meshes.push_back(std::move(mesh));
  }

  bool facetNormalsOnly() const {
    std::string ext = fs::path(path_).extension().string();
    for (auto& c : ext) c = char(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".stl";
  }

  void addWeights(const aiMesh& src, const glm::mat4& meshWorld, Mesh& mesh) {
    std::vector<std::vector<std::pair<float, std::uint16_t>>> influences(src.mNumVertices);
    const glm::mat4 meshWorldInverse = glm::inverse(meshWorld);
    for (unsigned b = 0; b < src.mNumBones; ++b) {
      const aiBone& bone = *src.mBones[b];
      const auto it = jointIndex_.find(bone.mName.C_Str());
      if (it == jointIndex_.end()) continue;  // a bone without a node: nothing to pose it with
      // Vertices were moved to model space, so the bind matrix must start from model space too.
      out_.model.joints[std::size_t(it->second)].inverseBind = toGlm(bone.mOffsetMatrix) * meshWorldInverse;
      for (unsigned w = 0; w < bone.mNumWeights; ++w) {
        const aiVertexWeight& vw = bone.mWeights[w];
        if (vw.mVertexId < src.mNumVertices && vw.mWeight > 0.0f)
          influences[vw.mVertexId].push_back({vw.mWeight, std::uint16_t(it->second)});
      }
    }
    mesh.joints.resize(src.mNumVertices, {0, 0, 0, 0});
    mesh.weights.resize(src.mNumVertices, glm::vec4(0.0f));
    for (unsigned v = 0; v < src.mNumVertices; ++v) {
      auto& list = influences[v];
      std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
      float sum = 0.0f;
      for (std::size_t k = 0; k < list.size() && k < std::size_t(kMaxInfluences); ++k) sum += list[k].first;
      if (sum <= 0.0f) {
        mesh.weights[v] = glm::vec4(1, 0, 0, 0);  // unweighted vertex: follows the first joint
        continue;
      }
      for (std::size_t k = 0; k < list.size() && k < std::size_t(kMaxInfluences); ++k) {
        mesh.joints[v][k] = list[k].second;
        mesh.weights[v][int(k)] = list[k].first / sum;
      }
    }
  }

  const aiScene& scene_;
  const std::string& path_;
  ImportedModel out_;
  std::unordered_set<std::string> boneNames_;
  std::unordered_map<std::string, int> jointIndex_;
  std::unordered_map<std::string, int> nameCount_;
  std::vector<std::pair<const aiNode*, glm::mat4>> meshNodes_;
};

}  // namespace

std::string landmarkSidecarPath(const std::string& modelPath) { return modelPath + ".landmarks.json"; }

Result<std::vector<ModelLandmark>> parseLandmarkSidecar(const std::string& text, const std::string& path) {
  auto parsed = parseTaggedJson(text, "landmark file", path, "myoatlas-landmarks");
  if (!parsed) return Error{parsed.error()};
  nlohmann::json& j = parsed.value();
  if (!j.contains("landmarks") || !j["landmarks"].is_object())
    return Error{"landmark file '" + path + "': /landmarks must be an object of id: [x, y, z]"};
  std::vector<ModelLandmark> landmarks;
  for (const auto& [id, value] : j["landmarks"].items()) {
    // Metres: anything beyond a kilometre is no coordinate on a body (and would not fit a float).
    const auto coordinate = [](const nlohmann::json& v) { return v.is_number() && std::abs(v.get<double>()) <= 1000.0; };
    if (!value.is_array() || value.size() != 3 || !std::all_of(value.begin(), value.end(), coordinate))
      return Error{"landmark file '" + path + "': /landmarks/" + id + " must be three numbers in metres"};
    landmarks.push_back({id, {value[0].get<float>(), value[1].get<float>(), value[2].get<float>()}});
  }
  return landmarks;
}

std::string nameSidecarPath(const std::string& modelPath) { return modelPath + ".names.json"; }

Result<std::map<std::string, std::string>> parseNameSidecar(const std::string& text, const std::string& path) {
  auto parsed = parseTaggedJson(text, "names file", path, "myoatlas-names");
  if (!parsed) return Error{parsed.error()};
  nlohmann::json& j = parsed.value();
  if (!j.contains("names") || !j["names"].is_object())
    return Error{"names file '" + path + "': /names must be an object of mesh name: role"};
  std::map<std::string, std::string> roles;
  for (const auto& [mesh, role] : j["names"].items()) {
    if (!role.is_string() || role.get<std::string>().empty())
      return Error{"names file '" + path + "': /names/" + mesh + " must be a role such as \"infraspinatus.r\", \"skin\" or \"other\""};
    roles[mesh] = role.get<std::string>();
  }
  return roles;
}

namespace {

// A sidecar's text, or nullopt when there is none; an error when it is there but not a file.
Result<std::optional<std::string>> readSidecar(const std::string& path, const char* what) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return std::optional<std::string>();
  if (!fs::is_regular_file(path, ec)) return Error{std::string(what) + " '" + path + "' is not a regular file"};
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return std::optional<std::string>(text.str());
}

}  // namespace

Result<FitTemplate> readFitTemplate(const std::string& bodyPath) {
  const std::string path = fitTemplatePath(bodyPath);
  auto text = readSidecar(path, "fit template");
  if (!text) return Error{text.error()};
  if (!text.value()) return Error{"fit template '" + path + "' does not exist; rebuild the generated body"};
  return parseFitTemplate(*text.value(), path);
}

namespace {

// One sidecar, where there is one, parsed into `into`.
template <typename Parse, typename T>
std::optional<Error> readSidecarInto(const std::string& path, const char* what, Parse parse, T& into) {
  auto text = readSidecar(path, what);
  if (!text) return Error{text.error()};
  if (!text.value()) return std::nullopt;
  auto parsed = parse(*text.value(), path);
  if (!parsed) return Error{parsed.error()};
  into = std::move(parsed.value());
  return std::nullopt;
}

// Reads the landmark and names sidecars of a model, where there are any, into `model`.
std::optional<Error> readSidecars(const std::string& modelPath, Model& model) {
  if (auto error = readSidecarInto(landmarkSidecarPath(modelPath), "landmark file", parseLandmarkSidecar, model.landmarks)) return error;
  return readSidecarInto(nameSidecarPath(modelPath), "names file", parseNameSidecar, model.nameRoles);
}

// Whether a glTF file declares Draco compression (its JSON, at the start of a .glb or the whole of a .gltf).
bool usesDraco(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(1 << 20, '\0');
  in.read(head.data(), std::streamsize(head.size()));
  head.resize(std::size_t(in.gcount()));
  return head.find("KHR_draco_mesh_compression") != std::string::npos;
}

// The part of an import that runs Assimp: the file's scene converted to a model in file units. In the app it runs
// in a child process (below), so nothing Assimp does can take the app down.
Result<RawImport> readWithAssimp(const std::string& path) {
  Assimp::Importer importer;
  // Keep each named mesh on its own: no PreTransformVertices, OptimizeMeshes or OptimizeGraph.
  // SortByPType splits mixed meshes so point and line parts become meshes of their own, which the converter
  // drops and counts. Identical vertices are joined and collapsed triangles dropped by the converter
  // (weldIdenticalVertices, dropCollapsedTriangles): Assimp's JoinIdenticalVertices and FindDegenerates did
  // the same in 90% of the default body's import time.
  importer.SetPropertyInteger(AI_CONFIG_PP_LBW_MAX_WEIGHTS, kMaxInfluences);
  // COLLADA nodes by their names ("Right femur"), not their ids ("n12"): the names are what tells the anatomy.
  importer.SetPropertyBool(AI_CONFIG_IMPORT_COLLADA_USE_COLLADA_NAMES, true);
  const unsigned flags = aiProcess_Triangulate | aiProcess_SortByPType | aiProcess_FindInvalidData |
                         aiProcess_LimitBoneWeights | aiProcess_ValidateDataStructure;
  const aiScene* scene = importer.ReadFile(path, flags);
  if (!scene) {
    std::string why = importer.GetErrorString();
    if (why.empty()) why = "Assimp could not read it";
    if (why.find("Invalid accessor without data") != std::string::npos && usesDraco(path))
      return fail(path, "its meshes are Draco-compressed with 32-bit indices, which Assimp 5.2 cannot decode (" + why +
                            "); export it again without Draco compression, or with 16-bit indices (meshes under 65,536 vertices)");
    return fail(path, "not a readable model file (" + why + ")");
  }
  if ((scene->mFlags & AI_SCENE_FLAGS_INCOMPLETE) || !scene->mRootNode)
    return fail(path, "the file is incomplete or truncated");
  std::uint64_t vertices = 0, triangles = 0;
  for (unsigned m = 0; m < scene->mNumMeshes; ++m) {
    vertices += scene->mMeshes[m]->mNumVertices;
    triangles += scene->mMeshes[m]->mNumFaces;
  }
  if (vertices > kMaxModelVertices || triangles > kMaxModelTriangles)
    return fail(path, "it has " + std::to_string(vertices) + " vertices and " + std::to_string(triangles) +
                          " faces; the limits are " + std::to_string(kMaxModelVertices) + " and " +
                          std::to_string(kMaxModelTriangles));

  SceneConverter converter(*scene, path);
  auto converted = converter.convert();
  if (!converted) return Error{converted.error()};
  ImportedModel& model = converted.value();
  return RawImport{std::move(model.model), hintsFrom(*scene), model.droppedNonTriangleMeshes};
}

std::uint64_t physicalMemoryBytes() {
  const long pages = ::sysconf(_SC_PHYS_PAGES), pageSize = ::sysconf(_SC_PAGESIZE);
  return pages > 0 && pageSize > 0 ? std::uint64_t(pages) * std::uint64_t(pageSize) : 0;
}

Result<RawImport> readInChild(const std::string& path, std::uintmax_t fileBytes) {
  const ImportLimits limits = importLimits(fileBytes);
  const auto outcome = runInChild(
      [&] {
        auto raw = readWithAssimp(path);
        return raw ? importToBytes(raw.value()) : "!" + raw.error();
      },
      ChildLimits{limits.memoryBytes, limits.seconds});
  using Kind = ChildFailure::Kind;
  if (const auto* failure = std::get_if<ChildFailure>(&outcome)) {
    switch (failure->kind) {
      case Kind::Crashed:
        return fail(path, "Assimp crashed reading it (" + failure->detail +
                              "); the file is damaged or uses something Assimp 5.2 cannot read");
      case Kind::OutOfMemory:
        return fail(path, "reading it needs more than " + std::to_string(limits.memoryBytes >> 20) +
                              " MiB of memory, the limit for one model on this machine (half its memory, 2 to 8 GiB)");
      case Kind::TimedOut:
        return fail(path, "Assimp did not finish reading it in " + std::to_string(int(limits.seconds)) +
                              " s (the limit for a file of this size); the file may be damaged");
      case Kind::Threw:
        return fail(path, "reading it failed: " + failure->detail);
      case Kind::CouldNotStart:
        return fail(path, "the import process could not start: " + failure->detail);
    }
  }
  const std::string& bytes = std::get<std::string>(outcome);
  if (!bytes.empty() && bytes[0] == '!') return Error{bytes.substr(1)};
  auto raw = importFromBytes(bytes);
  if (!raw) return fail(path, "the import process sent back a damaged model");
  return std::move(*raw);
}

}  // namespace

ImportLimits importLimits(std::uintmax_t fileBytes) {
  const std::uint64_t gib = 1ull << 30;
  ImportLimits limits;
  limits.memoryBytes = std::clamp<std::uint64_t>(physicalMemoryBytes() / 2, 2 * gib, 8 * gib);
  limits.seconds = 120.0 + 0.5 * double(fileBytes >> 20);
  return limits;
}

namespace {

Result<RawImport> readFile(const std::string& path, ImportIsolation isolation) {
  const auto fileBytes = checkFile(path);
  if (!fileBytes) return Error{fileBytes.error()};
  // Files our exporter wrote (our bodies, and what users saved from them), and plain .glb files of other tools
  // within what io/OwnGlb.h knows (BodyParts3D's), are read without Assimp, in this process (every read is checked;
  // nothing of Assimp's runs): a fifth of the time, the same model.
  if (auto direct = readGlbWithoutAssimp(path)) return std::move(*direct);
  if (isolation == ImportIsolation::OwnFileOnly) return Error{kNotAnOwnFile};
  if (isolation == ImportIsolation::ChildProcess) return readInChild(path, fileBytes.value());
  return readWithAssimp(path);
}

bool isModelFileName(const fs::path& p) {
  std::string ext = p.extension().string();
  for (auto& c : ext) c = char(std::tolower(static_cast<unsigned char>(c)));
  for (const char* known : kModelFolderExtensions)
    if (ext == known) return true;
  return false;
}

// A folder of files, one structure each (BodyParts3D ships its parts so): every model file in it, in name order,
// read as one model. A file holding one mesh names it after itself ("Right femur.stl": STL and OBJ names inside
// are often empty or generic); the first file that declares its units or up axis decides them for all.
Result<RawImport> readFolder(const std::string& folder, ImportIsolation isolation) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
    if (it->is_regular_file(ec) && isModelFileName(it->path())) files.push_back(it->path());
  if (ec) return fail(folder, "the folder cannot be read: " + ec.message());
  if (files.empty()) return fail(folder, "the folder holds no model files (.stl, .obj, .ply, .glb, .gltf, .fbx, .dae, .off)");
  if (files.size() > kMaxFolderFiles)
    return fail(folder, "the folder holds " + std::to_string(files.size()) + " model files; the limit is " + std::to_string(kMaxFolderFiles));
  std::sort(files.begin(), files.end());
  RawImport all;
  std::uint64_t vertices = 0, triangles = 0;
  for (const auto& file : files) {
    auto raw = readFile(file.string(), isolation);
    if (!raw) return Error{"in the folder '" + folder + "': " + raw.error()};
    if (raw->model.meshes.size() == 1) raw->model.meshes[0].name = file.stem().string();
    if (!all.hints.metresPerUnit) all.hints.metresPerUnit = raw->hints.metresPerUnit;
    if (!all.hints.up) all.hints.up = raw->hints.up;
    all.droppedNonTriangleMeshes += raw->droppedNonTriangleMeshes;
    vertices += raw->model.vertexCount();
    triangles += raw->model.triangleCount();
    if (vertices > kMaxModelVertices || triangles > kMaxModelTriangles)
      return fail(folder, "its files hold more than " + std::to_string(kMaxModelVertices) + " vertices or " +
                              std::to_string(kMaxModelTriangles) + " triangles together, the limits for one model");
    // Rigid parts only: joints of separate files do not make one skeleton.
    for (auto& m : raw->model.meshes) {
      m.joints.clear(), m.weights.clear();
      all.model.meshes.push_back(std::move(m));
    }
  }
  return all;
}

}  // namespace

Result<RawImport> readWithAssimpInProcess(const std::string& path) { return readWithAssimp(path); }

Result<ImportedModel> importModel(const std::string& requested, const FrameRequest& frameRequest, ImportIsolation isolation) {
  std::string path = requested;
  while (path.size() > 1 && path.back() == '/') path.pop_back();  // "parts/" names the folder "parts"
  std::error_code ec;
  const bool folder = fs::is_directory(path, ec);
  auto raw = folder ? readFolder(path, isolation) : readFile(path, isolation);
  if (!raw) return Error{raw.error()};

  Result<ImportedModel> result = ImportedModel{std::move(raw->model), {}, raw->droppedNonTriangleMeshes};
  ImportedModel& imported = result.value();
  imported.model.source = path;
  imported.frame = decideFrame(imported.model.bounds(), frameRequest, raw->hints);
  transformModel(imported.model, imported.frame.transform());

  const glm::vec3 size = imported.model.bounds().size();
  const float extent = std::max({size.x, size.y, size.z});
  if (extent < kMinPlausibleExtent || extent > kMaxPlausibleExtent)
    return fail(path, "its size in metres (" + std::to_string(extent) + " m across after " + imported.frame.reason +
                          ") is not plausible for anatomy; give --units to say what the file's units are");
  if (auto error = readSidecars(path, imported.model)) return *error;
  return result;
}

}  // namespace myoatlas
