#include "core/geometry/Polygonize.h"

#include "core/Parallel.h"
#include "core/geometry/Geodesic.h"
#include "core/geometry/Sdf.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <unordered_map>
#include <vector>

namespace myoatlas {
namespace {

// Corner offsets of a grid cube, and its six tetrahedra sharing the diagonal 0-6.
constexpr int kCorner[8][3] = {{0, 0, 0}, {1, 0, 0}, {1, 1, 0}, {0, 1, 0}, {0, 0, 1}, {1, 0, 1}, {1, 1, 1}, {0, 1, 1}};
constexpr int kTets[6][4] = {{0, 5, 1, 6}, {0, 1, 2, 6}, {0, 2, 3, 6}, {0, 3, 7, 6}, {0, 7, 4, 6}, {0, 4, 5, 6}};

class Extractor {
 public:
  Extractor(const std::vector<float>& values, glm::ivec3 dims, glm::vec3 origin, float cell)
      : values_(values), dims_(dims), origin_(origin), cell_(cell) {}

  void tetrahedron(const std::array<std::int64_t, 4>& ids) {
    std::array<float, 4> f;
    int insideMask = 0;
    for (int i = 0; i < 4; ++i) {
      f[std::size_t(i)] = value(ids[std::size_t(i)]);
      if (f[std::size_t(i)] < 0.0f) insideMask |= 1 << i;
    }
    if (insideMask == 0 || insideMask == 15) return;
    std::vector<int> in, out;
    for (int i = 0; i < 4; ++i) (insideMask & (1 << i) ? in : out).push_back(i);
    const auto v = [&](int i, int o) { return vertex(ids[std::size_t(i)], ids[std::size_t(o)], f[std::size_t(i)], f[std::size_t(o)]); };
    // Each triangle is oriented on the midpoints of the grid edges its corners lie on, not on the corners
    // themselves: those can sit a hair from a grid point, making a sliver whose computed normal is noise, and
    // one wrongly oriented sliver breaks the manifold (an edge used twice the same way). The midpoint triangle
    // has the same orientation about the inside and is never degenerate.
    const auto mid = [&](int i, int o) { return 0.5f * (position(ids[std::size_t(i)]) + position(ids[std::size_t(o)])); };
    const glm::vec3 outward = centroid(ids, out) - centroid(ids, in);
    if (in.size() == 1 || out.size() == 1) {
      const bool oneInside = in.size() == 1;
      const int apex = oneInside ? in[0] : out[0];
      const auto& others = oneInside ? out : in;
      std::array<std::uint32_t, 3> tri{};
      std::array<glm::vec3, 3> at{};
      for (std::size_t k = 0; k < 3; ++k) {
        tri[k] = oneInside ? v(apex, others[k]) : v(others[k], apex);
        at[k] = mid(apex, others[k]);
      }
      emit(tri, at, outward);
    } else {  // two inside, two outside: a quad
      const std::uint32_t a = v(in[0], out[0]), b = v(in[0], out[1]), c = v(in[1], out[1]), d = v(in[1], out[0]);
      const glm::vec3 ma = mid(in[0], out[0]), mb = mid(in[0], out[1]), mc = mid(in[1], out[1]), md = mid(in[1], out[0]);
      emit({a, b, c}, {ma, mb, mc}, outward);
      emit({a, c, d}, {ma, mc, md}, outward);
    }
  }

  Mesh mesh;

 private:
  float value(std::int64_t id) const { return values_[std::size_t(id)]; }
  glm::vec3 position(std::int64_t id) const {
    const std::int64_t x = id % dims_.x, y = (id / dims_.x) % dims_.y, z = id / (std::int64_t(dims_.x) * dims_.y);
    return origin_ + glm::vec3(float(x), float(y), float(z)) * cell_;
  }
  glm::vec3 centroid(const std::array<std::int64_t, 4>& ids, const std::vector<int>& which) const {
    glm::vec3 c(0.0f);
    for (int i : which) c += position(ids[std::size_t(i)]);
    return c / float(which.size());
  }
  // One vertex per grid edge, shared by every tetrahedron that uses the edge.
  std::uint32_t vertex(std::int64_t inside, std::int64_t outside, float fi, float fo) {
    // Grid point ids fit in 32 bits for any grid we build, so the pair packs into one exact key.
    const std::uint64_t key = std::uint64_t(std::min(inside, outside)) << 32 | std::uint64_t(std::max(inside, outside));
    const auto it = edgeVertex_.find(key);
    if (it != edgeVertex_.end()) return it->second;
    const float t = std::clamp(fi / (fi - fo), 0.0f, 1.0f);
    const auto index = std::uint32_t(mesh.positions.size());
    mesh.positions.push_back(glm::mix(position(inside), position(outside), t));
    edgeVertex_.emplace(key, index);
    return index;
  }
  void emit(std::array<std::uint32_t, 3> t, const std::array<glm::vec3, 3>& reference, const glm::vec3& outward) {
    if (t[0] == t[1] || t[1] == t[2] || t[0] == t[2]) return;
    const glm::vec3 n = glm::cross(reference[1] - reference[0], reference[2] - reference[0]);
    if (glm::dot(n, outward) < 0.0f) std::swap(t[1], t[2]);
    mesh.indices.insert(mesh.indices.end(), t.begin(), t.end());
  }

  const std::vector<float>& values_;
  glm::ivec3 dims_;
  glm::vec3 origin_;
  float cell_;
  std::unordered_map<std::uint64_t, std::uint32_t> edgeVertex_;
};

}  // namespace

namespace {

// Samples a field on the grid block by block (kBlock cells a side), in super-blocks of kSuper blocks a side.
// `narrow(box, parent)` gives a field exact inside box (parent: the one made for a box containing it, or null);
// each super-block's narrowed field samples its blocks' centres, and each block near the surface samples its
// points through its own.
//
// A block whose centre lies far from the surface, further than its half diagonal with a margin (the fields here
// change by at most about one metre per metre), lies wholly on one side: its samples take that side's sign
// without evaluating the field, and since they all stay well away from zero no edge next to them crosses the
// surface, so the mesh is the same. Most of a thin piece's box is skipped this way.
template <class Narrow>
Mesh sampleAndPolygonize(const Narrow& narrow, const Bounds& bounds, float cellSize) {
  const glm::vec3 size = bounds.size();
  const glm::ivec3 dims = glm::ivec3(glm::ceil(size / cellSize)) + 1;
  const std::size_t count = std::size_t(dims.x) * std::size_t(dims.y) * std::size_t(dims.z);
  std::vector<float> values(count);
  std::vector<bool> sampled(count);  // values[i] is the field's own value, not a far block's stand-in
  const auto index = [&](int x, int y, int z) { return std::size_t(x) + std::size_t(dims.x) * (std::size_t(y) + std::size_t(dims.y) * std::size_t(z)); };
  constexpr int kBlock = 4, kSuper = 4;
  const float halfDiagonal = 0.5f * std::sqrt(3.0f) * float(kBlock) * cellSize;
  const auto boxOf = [&](glm::ivec3 from, glm::ivec3 to) {  // grid points from..to inclusive
    Bounds b;
    b.add(bounds.min + glm::vec3(from) * cellSize);
    b.add(bounds.min + glm::vec3(to) * cellSize);
    return b;
  };
  for (int sz = 0; sz < dims.z; sz += kBlock * kSuper)
    for (int sy = 0; sy < dims.y; sy += kBlock * kSuper)
      for (int sx = 0; sx < dims.x; sx += kBlock * kSuper) {
        const glm::ivec3 s(sx, sy, sz);
        // The block centres may lie half a block beyond the last grid point.
        const auto superField = narrow(boxOf(s, s + kBlock * kSuper), nullptr);
        for (int bz = sz; bz < std::min(sz + kBlock * kSuper, dims.z); bz += kBlock)
          for (int by = sy; by < std::min(sy + kBlock * kSuper, dims.y); by += kBlock)
            for (int bx = sx; bx < std::min(sx + kBlock * kSuper, dims.x); bx += kBlock) {
              const glm::ivec3 b(bx, by, bz);
              const glm::ivec3 end = glm::min(b + kBlock + 1, dims);
              const glm::vec3 centre = bounds.min + (glm::vec3(b) + 0.5f * float(kBlock)) * cellSize;
              const float atCentre = superField(centre);
              const bool far = std::abs(atCentre) > 1.6f * halfDiagonal + cellSize;
              if (far) {
                for (int z = bz; z < end.z; ++z)
                  for (int y = by; y < end.y; ++y)
                    for (int x = bx; x < end.x; ++x) {
                      float& value = values[index(x, y, z)];
                      if (value == 0.0f) value = atCentre > 0.0f ? halfDiagonal : -halfDiagonal;  // a neighbour may have sampled it
                    }
                continue;
              }
              const auto blockField = narrow(boxOf(b, end - 1), &superField);
              for (int z = bz; z < end.z; ++z)
                for (int y = by; y < end.y; ++y)
                  for (int x = bx; x < end.x; ++x) {
                    const std::size_t i = index(x, y, z);
                    if (sampled[i]) continue;  // a neighbouring block shares this face
                    float f = blockField(bounds.min + glm::vec3(float(x), float(y), float(z)) * cellSize);
                    // Keep samples off exactly zero so no vertex lands on a grid point (that would make
                    // degenerate triangles).
                    if (std::abs(f) < 1e-7f) f = 1e-7f;
                    values[i] = f;
                    sampled[i] = true;
                  }
            }
      }
  return polygonizeGrid(values, dims, bounds.min, cellSize);
}

// An SdfUnion narrowed to the primitives that reach a box.
struct NarrowedUnion {
  const SdfUnion* field;
  std::vector<std::uint32_t> only;
  float operator()(const glm::vec3& q) const { return (*field)(q, only); }
};

}  // namespace

Mesh polygonize(const ScalarField& field, const Bounds& bounds, float cellSize) {
  return sampleAndPolygonize([&](const Bounds&, const void*) { return std::cref(field); }, bounds, cellSize);
}

Mesh polygonize(const SdfUnion& field, const Bounds& bounds, float cellSize) {
  return sampleAndPolygonize(
      [&](const Bounds& box, const NarrowedUnion* parent) {
        return NarrowedUnion{&field, field.reaching(box, parent ? &parent->only : nullptr)};
      },
      bounds, cellSize);
}

Mesh polygonizeGrid(const std::vector<float>& values, glm::ivec3 dims, glm::vec3 origin, float cellSize) {
  Extractor ex(values, dims, origin, cellSize);
  const auto id = [&](int x, int y, int z) { return std::int64_t(x) + std::int64_t(dims.x) * (std::int64_t(y) + std::int64_t(dims.y) * z); };
  for (int z = 0; z + 1 < dims.z; ++z)
    for (int y = 0; y + 1 < dims.y; ++y)
      for (int x = 0; x + 1 < dims.x; ++x) {
        std::array<std::int64_t, 8> corner;
        for (int c = 0; c < 8; ++c) corner[std::size_t(c)] = id(x + kCorner[c][0], y + kCorner[c][1], z + kCorner[c][2]);
        for (const auto& tet : kTets)
          ex.tetrahedron({corner[std::size_t(tet[0])], corner[std::size_t(tet[1])], corner[std::size_t(tet[2])], corner[std::size_t(tet[3])]});
      }
  computeSmoothNormals(ex.mesh);
  return std::move(ex.mesh);
}

void taubinSmooth(Mesh& mesh, int iterations, float lambda, float mu) {
  // Each vertex's neighbours in one flat list (offsets into it per vertex): the same sums in the same order as
  // the topology's lists, without a heap block per vertex to chase (a third of the smoothing's time).
  std::vector<std::uint32_t> offsets(mesh.positions.size() + 1, 0), flat;
  {
    const MeshTopology topology(mesh);
    for (std::size_t v = 0; v < mesh.positions.size(); ++v) {
      const auto& around = topology.neighbours(std::uint32_t(v));
      flat.insert(flat.end(), around.begin(), around.end());
      offsets[v + 1] = std::uint32_t(flat.size());
    }
  }
  std::vector<glm::vec3> next(mesh.positions.size());
  const auto step = [&](float factor) {  // every vertex from the previous positions: split across the cores
    parallelRanges(mesh.positions.size(), 8192, [&](std::size_t, std::size_t first, std::size_t last) {
      for (std::size_t v = first; v < last; ++v) {
        const std::uint32_t begin = offsets[v], end = offsets[v + 1];
        if (begin == end) {
          next[v] = mesh.positions[v];
          continue;
        }
        glm::vec3 mean(0.0f);
        for (std::uint32_t k = begin; k < end; ++k) mean += mesh.positions[flat[k]];
        mean /= float(end - begin);
        next[v] = mesh.positions[v] + factor * (mean - mesh.positions[v]);
      }
    });
    mesh.positions.swap(next);
  };
  for (int i = 0; i < iterations; ++i) {
    step(lambda);
    step(mu);
  }
  computeSmoothNormals(mesh);
}

}  // namespace myoatlas
