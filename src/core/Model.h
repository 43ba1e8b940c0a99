#pragma once
// The body model in memory: named triangle meshes in model space (metres, +Y up, +Z anterior, +X the subject's
// left; see docs/DESIGN.md), an optional skeleton and per-vertex skin weights.
#include <array>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <glm/glm.hpp>

namespace myoatlas {

struct Bounds {
  glm::vec3 min{std::numeric_limits<float>::max()};
  glm::vec3 max{std::numeric_limits<float>::lowest()};
  bool empty() const { return min.x > max.x; }
  void add(const glm::vec3& p) {
    min = glm::min(min, p);
    max = glm::max(max, p);
  }
  void add(const Bounds& b) {
    if (!b.empty()) { add(b.min); add(b.max); }
  }
  glm::vec3 center() const { return (min + max) * 0.5f; }
  glm::vec3 size() const { return empty() ? glm::vec3(0.0f) : max - min; }
  float radius() const { return 0.5f * glm::length(size()); }
};

// What a mesh is, so the renderer can pick a material. Imported meshes default to Unknown.
enum class TissueKind : std::uint8_t { Unknown, Skin, Muscle, Tendon, Bone };
const char* tissueName(TissueKind tissue);                // "skin", "muscle", ... ("" for Unknown)
TissueKind tissueFromName(const std::string& name);       // the inverse; Unknown for anything else

constexpr int kMaxInfluences = 4;

struct Mesh {
  std::string name;
  TissueKind tissue = TissueKind::Unknown;
  std::vector<glm::vec3> positions;  // metres, model space, rest pose
  std::vector<glm::vec3> normals;    // unit length, one per position
  std::vector<std::uint32_t> indices;  // triangles, counter-clockwise seen from outside
  // Skinning, empty when the mesh is rigid: joint indices into Model::joints and their weights (sum 1).
  std::vector<std::array<std::uint16_t, kMaxInfluences>> joints;
  std::vector<glm::vec4> weights;
  // Muscles: per vertex the fibre direction (unit, rest pose; striation runs along it) and how much of the
  // surface is tendon or aponeurosis (0 muscle belly .. 1 tendon, drawn paler). Empty for other tissues.
  std::vector<glm::vec3> fibres;
  std::vector<float> tendon;
  // Per vertex a colour multiplying the material's base colour, linear RGB (glTF COLOR_0): the lips, brows, eyes
  // and areolae of the generated skin, or a user model's vertex colours. Empty: white, the material's colour alone.
  std::vector<glm::vec3> colours;
  // A fascia, aponeurosis or tendon: the atlas muscles that attach through it (the thoracolumbar fascia's
  // latissimus dorsi), so that a muscle shown on its own keeps them (glTF: the mesh's extras "attaches"). Empty
  // for other meshes.
  std::vector<std::string> attaches;

  std::size_t triangleCount() const { return indices.size() / 3; }
  bool skinned() const { return !weights.empty(); }
  bool hasColours() const { return !colours.empty() && colours.size() == positions.size(); }
  Bounds bounds() const;
};

struct Joint {
  std::string name;
  int parent = -1;            // index into Model::joints, -1 for a root
  glm::mat4 restWorld{1.0f};  // joint frame in model space at rest
  glm::mat4 inverseBind{1.0f};  // model space -> joint space at rest
};

// A named anatomical landmark on this body, by sided id ("acromion.r", "c7_spinous_process"); see
// core/atlas/Laterality.h for the naming.
struct ModelLandmark {
  std::string id;
  glm::vec3 position{0.0f};  // metres, model space, rest pose
};

// What the app added to an imported model so the atlas works on it (app/ModelLoading.h): the skin it built when
// the model had none, and how well our body fitted onto it to carry the landmarks across (core/scene/BodyFit.h).
struct FitRegion {
  std::string region;        // atlas region id
  int parts = 0;             // structures matched there
  float globalMiss = 0.0f;   // RMS metres after the global map
  float finalMiss = 0.0f;    // RMS metres after the local correction
  std::string verdict;       // "good", "fair", "poor" or "extrapolated"
};
inline constexpr const char* kEnvelopeSkinName = "envelope skin";
struct ModelAdaptation {
  bool envelopeSkin = false;   // the skin is an envelope built over the muscles and bones, named kEnvelopeSkinName
  int carriedLandmarks = 0;    // landmarks fitted from our body (the rest came from the landmark file)
  std::vector<std::string> droppedLandmarks;  // no skin near where the fit put them...
  std::vector<ModelLandmark> beyondSkin;      // ...and where it put them: strokes reaching there paint up to the skin's end
  std::string method;          // how the fit went, in words
  std::vector<FitRegion> regions;
  std::vector<std::string> warnings;
};

struct Model {
  std::string source;  // file path, or a description for generated models
  std::vector<Mesh> meshes;
  std::vector<Joint> joints;
  std::vector<ModelLandmark> landmarks;
  // What the model's names file says some meshes are (mesh name -> role: "infraspinatus.r", "skin", "bone",
  // "femur.l", "other"), for names the recogniser cannot read; see core/scene/MeshAnatomy.h.
  std::map<std::string, std::string> nameRoles;
  std::optional<ModelAdaptation> adaptation;  // set for imports the app fitted

  Bounds bounds() const;
  std::size_t vertexCount() const;
  std::size_t triangleCount() const;
  const Mesh* findMesh(const std::string& name) const;
  std::optional<std::size_t> meshIndex(const std::string& name) const;  // the first mesh of that name
};

// The skin: the one definition the layers (x-ray) and the pain tools share. A mesh whose name says skin
// (core/MeshNames.h: "skin", "Body_Skin", "FJ2810_FMA7163_Skin", "Integument", "Peau"...), else one whose material
// says skin, else the only mesh of a one-mesh model; nullopt when none qualifies.
std::optional<std::size_t> skinMeshIndex(const Model& model);

// Area-weighted vertex normals from the triangles (for meshes that come without normals).
void computeSmoothNormals(Mesh& mesh);
// Appends `from`'s triangles (positions and indices only) to `into`: meshes gathered into one to measure or
// ray-cast against together.
void appendTriangles(Mesh& into, const Mesh& from);
// A vertex colour as a file holds it, made safe to draw: each channel clamped to [0, 1], one that is not a number
// read as 1 (the material's colour). Both readers (Assimp's and io/OwnGlb.h) apply it, so they agree.
glm::vec3 unitColour(const glm::vec3& c);

// Applies an affine transform to positions, normals and the skeleton (used to bring imports into model space).
void transformModel(Model& model, const glm::mat4& transform);

}  // namespace myoatlas
