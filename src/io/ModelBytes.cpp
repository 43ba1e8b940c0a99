#include "io/ModelBytes.h"

#include <cstdint>
#include <cstring>
#include <type_traits>

namespace myoatlas {
namespace {

class Writer {
 public:
  template <class T>
  void pod(const T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    out_.append(reinterpret_cast<const char*>(&value), sizeof(T));
  }
  void text(const std::string& s) {
    pod(std::uint64_t(s.size()));
    out_ += s;
  }
  template <class T>
  void array(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    pod(std::uint64_t(v.size()));
    if (!v.empty()) out_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  void reserve(std::size_t bytes) { out_.reserve(bytes); }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  template <class T>
  bool pod(T& value) {
    if (in_.size() < sizeof(T)) return false;
    std::memcpy(&value, in_.data(), sizeof(T));
    in_.remove_prefix(sizeof(T));
    return true;
  }
  bool count(std::uint64_t& n, std::size_t elementBytes) {  // a length that the remaining bytes can hold
    return pod(n) && n <= in_.size() / elementBytes;
  }
  bool text(std::string& s) {
    std::uint64_t n = 0;
    if (!count(n, 1)) return false;
    s.assign(in_.data(), std::size_t(n));
    in_.remove_prefix(std::size_t(n));
    return true;
  }
  template <class T>
  bool array(std::vector<T>& v) {
    std::uint64_t n = 0;
    if (!count(n, sizeof(T))) return false;
    v.resize(std::size_t(n));
    if (n > 0) std::memcpy(v.data(), in_.data(), std::size_t(n) * sizeof(T));  // an empty vector's data() may be null
    in_.remove_prefix(std::size_t(n) * sizeof(T));
    return true;
  }
  bool done() const { return in_.empty(); }

 private:
  std::string_view in_;
};

constexpr std::uint32_t kMagic = 0x4d594f49;  // "MYOI"

}  // namespace

std::string importToBytes(const RawImport& raw) {
  Writer w;
  std::size_t bytes = 1024 + raw.model.source.size();  // the counts, lengths and joints are small beside the meshes
  for (const Mesh& mesh : raw.model.meshes)
    bytes += 128 + mesh.name.size() + (mesh.positions.size() + mesh.normals.size() + mesh.fibres.size()) * sizeof(glm::vec3) +
             mesh.indices.size() * 4 + mesh.joints.size() * sizeof(mesh.joints[0]) + mesh.weights.size() * sizeof(glm::vec4) +
             mesh.tendon.size() * 4 + mesh.colours.size() * sizeof(glm::vec3);
  w.reserve(bytes);
  w.pod(kMagic);
  w.pod(std::uint8_t(raw.hints.metresPerUnit.has_value()));
  w.pod(raw.hints.metresPerUnit.value_or(0.0f));
  w.pod(std::int8_t(raw.hints.up ? int(*raw.hints.up) : -1));
  w.pod(std::int32_t(raw.droppedNonTriangleMeshes));
  const Model& m = raw.model;
  w.text(m.source);
  w.pod(std::uint64_t(m.meshes.size()));
  for (const Mesh& mesh : m.meshes) {
    w.text(mesh.name);
    w.pod(mesh.tissue);
    w.array(mesh.positions);
    w.array(mesh.normals);
    w.array(mesh.indices);
    w.array(mesh.joints);
    w.array(mesh.weights);
    w.array(mesh.fibres);
    w.array(mesh.tendon);
    w.array(mesh.colours);
  }
  w.pod(std::uint64_t(m.joints.size()));
  for (const Joint& joint : m.joints) {
    w.text(joint.name);
    w.pod(std::int32_t(joint.parent));
    w.pod(joint.restWorld);
    w.pod(joint.inverseBind);
  }
  w.pod(std::uint64_t(m.landmarks.size()));
  for (const ModelLandmark& landmark : m.landmarks) {
    w.text(landmark.id);
    w.pod(landmark.position);
  }
  return w.take();
}

std::optional<RawImport> importFromBytes(std::string_view bytes) {
  Reader r(bytes);
  RawImport raw;
  std::uint32_t magic = 0;
  std::uint8_t hasScale = 0;
  float scale = 0.0f;
  std::int8_t up = -1;
  std::int32_t dropped = 0;
  if (!r.pod(magic) || magic != kMagic || !r.pod(hasScale) || !r.pod(scale) || !r.pod(up) || !r.pod(dropped))
    return std::nullopt;
  if (hasScale) raw.hints.metresPerUnit = scale;
  if (up == int(UpAxis::Y) || up == int(UpAxis::Z)) raw.hints.up = UpAxis(up);
  raw.droppedNonTriangleMeshes = dropped;
  Model& m = raw.model;
  std::uint64_t n = 0;
  // Each record takes at least 8 bytes (its name's length), which bounds the counts before anything is resized.
  if (!r.text(m.source) || !r.count(n, 8)) return std::nullopt;
  m.meshes.resize(std::size_t(n));
  for (Mesh& mesh : m.meshes)
    if (!r.text(mesh.name) || !r.pod(mesh.tissue) || !r.array(mesh.positions) || !r.array(mesh.normals) ||
        !r.array(mesh.indices) || !r.array(mesh.joints) || !r.array(mesh.weights) || !r.array(mesh.fibres) ||
        !r.array(mesh.tendon) || !r.array(mesh.colours))
      return std::nullopt;
  if (!r.count(n, 8)) return std::nullopt;
  m.joints.resize(std::size_t(n));
  for (Joint& joint : m.joints) {
    std::int32_t parent = -1;
    if (!r.text(joint.name) || !r.pod(parent) || !r.pod(joint.restWorld) || !r.pod(joint.inverseBind))
      return std::nullopt;
    joint.parent = parent;
  }
  if (!r.count(n, 8)) return std::nullopt;
  m.landmarks.resize(std::size_t(n));
  for (ModelLandmark& landmark : m.landmarks)
    if (!r.text(landmark.id) || !r.pod(landmark.position)) return std::nullopt;
  if (!r.done()) return std::nullopt;
  return raw;
}

}  // namespace myoatlas
