#include "core/geometry/Occlusion.h"

#include <algorithm>
#include <cmath>

#include "core/Parallel.h"
#include "core/geometry/Geodesic.h"

namespace myoatlas {
namespace {

// Directions over the hemisphere about +z, cosine-weighted (a Fibonacci spiral on the unit disc lifted onto the
// hemisphere), so each ray carries the same share of diffuse light.
std::vector<glm::vec3> hemisphereDirections(int count) {
  std::vector<glm::vec3> out;
  const float golden = 2.39996323f;
  for (int i = 0; i < count; ++i) {
    const float r = std::sqrt((float(i) + 0.5f) / float(count));
    const float phi = golden * float(i);
    const float x = r * std::cos(phi), y = r * std::sin(phi);
    out.emplace_back(x, y, std::sqrt(std::max(0.0f, 1.0f - x * x - y * y)));
  }
  return out;
}

// An orthonormal frame with `n` as its third axis (Duff et al., 2017).
void frame(const glm::vec3& n, glm::vec3& t, glm::vec3& b) {
  const float sign = std::copysign(1.0f, n.z);
  const float a = -1.0f / (sign + n.z), c = n.x * n.y * a;
  t = glm::vec3(1.0f + sign * n.x * n.x * a, sign * c, -sign * n.x);
  b = glm::vec3(c, sign + n.y * n.y * a, -n.y);
}

}  // namespace

std::vector<float> ambientOcclusion(const Mesh& mesh, const Bvh& occluders, const OcclusionOptions& options) {
  const std::size_t n = mesh.positions.size();
  std::vector<float> open(n, 1.0f);
  if (n == 0 || mesh.normals.size() != n || options.rays <= 0) return open;
  const std::vector<glm::vec3> directions = hemisphereDirections(options.rays);
  // The ray starts a little off the surface, so its own triangles (and a neighbour's over a flat stretch) do not
  // block it.
  const float lift = 0.01f * options.reach;
  parallelRanges(n, 512, [&](std::size_t, std::size_t begin, std::size_t end) {
    for (std::size_t v = begin; v < end; ++v) {
      const float length = glm::length(mesh.normals[v]);
      if (!(length > 0.0f)) continue;
      const glm::vec3 normal = mesh.normals[v] / length;
      glm::vec3 t, b;
      frame(normal, t, b);
      // Each vertex turns the pattern by its own angle, so neighbouring vertices sample different directions and
      // the smoothing below averages them out (the same pattern everywhere draws its gaps as bands).
      const float turn = 6.2831853f * std::fmod(float(v) * 0.61803398875f, 1.0f);
      const float ct = std::cos(turn), st = std::sin(turn);
      const glm::vec3 origin = mesh.positions[v] + normal * lift;
      float blocked = 0.0f;
      for (const glm::vec3& d : directions) {
        const float x = ct * d.x - st * d.y, y = st * d.x + ct * d.y;
        const Ray ray{origin, glm::normalize(t * x + b * y + normal * d.z)};
        if (const auto hit = occluders.intersect(ray, options.reach)) blocked += 1.0f - hit->distance / options.reach;
      }
      open[v] = 1.0f - blocked / float(directions.size());
    }
  });
  if (options.smoothing > 0 && !mesh.indices.empty()) {
    const MeshTopology topology(mesh);
    std::vector<float> next(n);
    for (int round = 0; round < options.smoothing; ++round) {
      for (std::size_t v = 0; v < n; ++v) {
        const auto& around = topology.neighbours(std::uint32_t(v));
        float sum = open[v];
        for (const std::uint32_t u : around) sum += open[u];
        next[v] = sum / float(around.size() + 1);
      }
      std::swap(open, next);
    }
  }
  return open;
}

void applyOcclusion(Mesh& mesh, const std::vector<float>& occlusion, float strength, float darkest) {
  if (occlusion.size() != mesh.positions.size()) return;
  if (!mesh.hasColours()) mesh.colours.assign(mesh.positions.size(), glm::vec3(1.0f));
  for (std::size_t v = 0; v < occlusion.size(); ++v) mesh.colours[v] *= std::max(darkest, 1.0f + strength * (occlusion[v] - 1.0f));
}

}  // namespace myoatlas
