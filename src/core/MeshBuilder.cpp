#include "core/MeshBuilder.h"

#include <cmath>

#include <glm/gtc/constants.hpp>

namespace myoatlas {
namespace {

// Stitches rings of `slices` vertices between a bottom pole (index 0) and a top pole (last index). Rings are
// stored in order from bottom to top, each starting at 1 + ring * slices.
void stitchRings(Mesh& mesh, int ringCount, int slices) {
  const auto ring = [&](int r, int s) { return std::uint32_t(1 + r * slices + (s % slices)); };
  const auto top = std::uint32_t(mesh.positions.size() - 1);
  for (int s = 0; s < slices; ++s) mesh.indices.insert(mesh.indices.end(), {0u, ring(0, s + 1), ring(0, s)});
  for (int r = 0; r + 1 < ringCount; ++r)
    for (int s = 0; s < slices; ++s) {
      mesh.indices.insert(mesh.indices.end(), {ring(r, s), ring(r, s + 1), ring(r + 1, s + 1)});
      mesh.indices.insert(mesh.indices.end(), {ring(r, s), ring(r + 1, s + 1), ring(r + 1, s)});
    }
  for (int s = 0; s < slices; ++s)
    mesh.indices.insert(mesh.indices.end(), {top, ring(ringCount - 1, s), ring(ringCount - 1, s + 1)});
}

// Two unit vectors perpendicular to `axis` and to each other, chosen so (u, v, axis) is right-handed.
void perpendicularBasis(glm::vec3 axis, glm::vec3& u, glm::vec3& v) {
  const glm::vec3 helper = std::abs(axis.z) < 0.9f ? glm::vec3(0, 0, 1) : glm::vec3(1, 0, 0);
  u = glm::normalize(glm::cross(helper, axis));
  v = glm::cross(axis, u);
}

}  // namespace

Mesh makeEllipsoid(std::string name, glm::vec3 center, glm::vec3 radii, int slices, int stacks) {
  Mesh mesh;
  mesh.name = std::move(name);
  mesh.positions.push_back(center - glm::vec3(0, radii.y, 0));
  for (int i = 1; i < stacks; ++i) {
    const float phi = -glm::half_pi<float>() + glm::pi<float>() * float(i) / float(stacks);
    for (int s = 0; s < slices; ++s) {
      const float theta = glm::two_pi<float>() * float(s) / float(slices);
      // theta runs from +Z towards +X so that rings wind counter-clockwise seen from +Y.
      const glm::vec3 unit(std::cos(phi) * std::sin(theta), std::sin(phi), std::cos(phi) * std::cos(theta));
      mesh.positions.push_back(center + unit * radii);
    }
  }
  mesh.positions.push_back(center + glm::vec3(0, radii.y, 0));
  stitchRings(mesh, stacks - 1, slices);
  computeSmoothNormals(mesh);
  return mesh;
}

Mesh makeTube(std::string name, glm::vec3 a, glm::vec3 b, const std::function<float(float)>& radius, int slices,
              int rings, int capRings) {
  Mesh mesh;
  mesh.name = std::move(name);
  const glm::vec3 axis = glm::normalize(b - a);
  glm::vec3 u, v;
  perpendicularBasis(axis, u, v);
  const float r0 = radius(0.0f), r1 = radius(1.0f);

  struct Ring {
    glm::vec3 center;
    float r;
  };
  std::vector<Ring> profile;
  for (int i = 1; i <= capRings; ++i) {  // cap at a, from the pole towards the equator
    const float ang = glm::half_pi<float>() * (1.0f - float(i) / float(capRings));
    profile.push_back({a - axis * (r0 * std::sin(ang)), r0 * std::cos(ang)});
  }
  for (int i = 1; i < rings; ++i) {
    const float t = float(i) / float(rings);
    profile.push_back({glm::mix(a, b, t), radius(t)});
  }
  for (int i = 0; i < capRings; ++i) {  // cap at b, from the equator towards the pole
    const float ang = glm::half_pi<float>() * float(i) / float(capRings);
    profile.push_back({b + axis * (r1 * std::sin(ang)), r1 * std::cos(ang)});
  }

  mesh.positions.push_back(a - axis * r0);
  for (const auto& ring : profile)
    for (int s = 0; s < slices; ++s) {
      const float theta = glm::two_pi<float>() * float(s) / float(slices);
      mesh.positions.push_back(ring.center + (u * std::cos(theta) + v * std::sin(theta)) * ring.r);
    }
  mesh.positions.push_back(b + axis * r1);
  stitchRings(mesh, int(profile.size()), slices);
  computeSmoothNormals(mesh);
  return mesh;
}

Mesh makeRoundedBox(std::string name, glm::vec3 lo, glm::vec3 hi, float rounding) {
  Mesh box = makeEllipsoid(std::move(name), glm::vec3(0.0f), glm::vec3(1.0f), 32, 20);
  const glm::vec3 centre = 0.5f * (lo + hi), inner = glm::max(0.5f * (hi - lo) - glm::vec3(rounding), glm::vec3(0.0f));
  for (std::size_t v = 0; v < box.positions.size(); ++v) {
    const glm::vec3 d = glm::normalize(box.positions[v]);
    box.positions[v] = centre + glm::clamp(d * 1e3f, -inner, inner) + rounding * d;
    box.normals[v] = d;
  }
  return box;
}

}  // namespace myoatlas
