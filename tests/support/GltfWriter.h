#pragma once
// Writes small glTF 2.0 files (.gltf with an embedded buffer, or .glb) for importer tests: named nodes with
// transforms, triangle or line primitives, and an optional skin. Test code only.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include <glm/glm.hpp>
#include <glm/gtc/quaternion.hpp>

namespace myoatlas::test {

struct TestPrimitive {
  std::vector<glm::vec3> positions;
  std::vector<std::uint32_t> indices;
  bool lines = false;  // mode LINES instead of TRIANGLES
  std::vector<std::array<std::uint16_t, 4>> joints;  // skin influences, empty when rigid
  std::vector<glm::vec4> weights;
};

struct TestNode {
  std::string name;
  int parent = -1;
  glm::vec3 translation{0.0f};
  glm::vec3 scale{1.0f};
  std::optional<TestPrimitive> mesh;
  bool skinned = false;  // uses the file's single skin (joints are the nodes listed in TestScene::skinJoints)
  glm::quat rotation{1.0f, 0.0f, 0.0f, 0.0f};  // written only when it turns
};

struct TestScene {
  std::vector<TestNode> nodes;
  std::vector<int> skinJoints;  // node indices; inverse bind matrices are the inverses of their rest transforms
};

// A closed axis-aligned box as a triangle primitive (12 triangles, outward winding).
TestPrimitive boxPrimitive(glm::vec3 min, glm::vec3 max);

void writeGltf(const std::string& path, const TestScene& scene);  // embedded base64 buffer
std::string base64(const std::string& bytes);
void writeGlb(const std::string& path, const TestScene& scene);   // binary container

}  // namespace myoatlas::test
