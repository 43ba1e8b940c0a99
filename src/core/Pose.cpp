#include "core/Pose.h"

#include "core/Text.h"
#include "core/body/Skeleton.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

#include <glm/gtc/constants.hpp>
#include <glm/gtc/matrix_transform.hpp>

namespace myoatlas {
namespace {

struct PresetName {
  PosePreset preset;
  const char* name;
};
constexpr PresetName kNames[] = {{PosePreset::Anatomical, "anatomical"},
                                 {PosePreset::TPose, "t-pose"},
                                 {PosePreset::ArmsRaised, "arms-raised"},
                                 {PosePreset::Seated, "seated"}};

glm::quat about(glm::vec3 axis, float degrees) { return glm::angleAxis(glm::radians(degrees), axis); }

// Rotation part of a rigid joint frame.
glm::quat rotationOf(const glm::mat4& m) { return glm::quat_cast(glm::mat3(m)); }

}  // namespace

std::optional<PosePreset> parsePosePreset(std::string_view name) {
  const std::string lower = toLower(name);
  for (const auto& n : kNames)
    if (lower == n.name) return n.preset;
  return std::nullopt;
}

PosePreset nextPosePreset(PosePreset preset) {
  const std::size_t n = std::size(kPosePresets);
  for (std::size_t i = 0; i < n; ++i)
    if (kPosePresets[i] == preset) return kPosePresets[(i + 1) % n];
  return kPosePresets[0];
}

const char* posePresetName(PosePreset preset) {
  for (const auto& n : kNames)
    if (n.preset == preset) return n.name;
  return "?";
}

Pose posePreset(PosePreset preset) {
  const glm::vec3 x(1, 0, 0), y(0, 1, 0), z(0, 0, 1);
  switch (preset) {
    case PosePreset::Anatomical: return {};
    case PosePreset::TPose:
      // The arms hang about 8 degrees out at rest; raising them sideways to horizontal turns the right arm
      // (on -X) about +Z by a negative angle and the left arm by a positive one.
      return {{"upper_arm.r", about(z, -80.0f)}, {"upper_arm.l", about(z, 80.0f)}};
    case PosePreset::ArmsRaised:
      // The shoulder girdle takes its share of raising the arm, as in life (about a third: the scapulohumeral
      // rhythm): the clavicle rises 22 degrees and the scapula turns 20 degrees upwards, so the acromion and the
      // top of the shoulder rise towards the ears and the arms stand close beside the head; the humerus does the
      // remaining 120 of the 162. The top of the shoulder bends over the length of the trapezius rather than
      // folding where the arm meets it. With the humerus alone (147, and 15 at the clavicle) the arms rose in a
      // wide V from a level shoulder line (reviewers: "the shoulders do not rise"). Crossing share 0.69% (0.53%).
      return {{"clavicle.r", about(z, -22.0f)}, {"clavicle.l", about(z, 22.0f)},
              {"scapula.r", about(z, -20.0f)}, {"scapula.l", about(z, 20.0f)},
              {"upper_arm.r", about(z, -120.0f)}, {"upper_arm.l", about(z, 120.0f)}};
    case PosePreset::Seated: {
      // Hips flexed 82 degrees (thighs forward, +Z, the knees a little lower than the hips, as on an examination
      // couch) and knees bent back to vertical shins; the body sits on a seat (seatFor below). The hands rest on
      // the thighs, palms down, as a patient sits for an examination: the arm 10 degrees forward and turned 28
      // degrees in, the elbow bent 54 degrees, the forearm pronated 55 degrees and the hand 55 more (split between
      // the two joints, so neither twists the skin by the whole turn), the wrist extended 19 degrees and turned 15
      // sideways so the fingers point forward along the thigh, and the fingers a little curled. Each rotation is
      // in the parent's posed frame: the long-axis turn first, then the bend. Before, the arms hung at the sides
      // and the hands passed below the seat. A hand resting on the thigh touches it: the fingertips count in the
      // skin's crossing share (myoatlas-genbody --poses: 0.6% of the area on either body; the test's limit is 1%). With the hips
      // at a right angle the thighs' undersides rose 8 cm off the seat towards the knees.
      Pose pose{{"thigh.r", about(x, -82.0f)}, {"thigh.l", about(x, -82.0f)},
                {"shin.r", about(x, 82.0f)}, {"shin.l", about(x, 82.0f)},
                {"upper_arm.r", about(x, -10.0f) * about(y, 28.0f)}, {"upper_arm.l", about(x, -10.0f) * about(y, -28.0f)},
                {"forearm.r", about(x, -54.0f) * about(y, 55.0f)}, {"forearm.l", about(x, -54.0f) * about(y, -55.0f)},
                {"hand.r", about(x, 19.0f) * about(y, 55.0f) * about(z, -15.0f)},
                {"hand.l", about(x, 19.0f) * about(y, -55.0f) * about(z, 15.0f)}};
      struct Curl {
        const char* finger;
        float proximal, middle, distal;  // flexion at each joint, degrees
      };
      constexpr Curl kRelaxed[] = {{"index", 5.6f, 9.8f, 5.6f}, {"middle", 7.0f, 11.2f, 6.3f}, {"ring", 8.4f, 12.6f, 7.0f}, {"little", 9.8f, 14.0f, 7.0f}};
      for (const Curl& c : kRelaxed)
        for (const char* side : {".r", ".l"}) {
          pose.push_back({std::string(c.finger) + "1" + side, about(x, -c.proximal)});
          pose.push_back({std::string(c.finger) + "2" + side, about(x, -c.middle)});
          pose.push_back({std::string(c.finger) + "3" + side, about(x, -c.distal)});
        }
      return pose;
    }
  }
  return {};
}

std::vector<glm::mat4> skinningMatrices(const Model& model, const Pose& pose) {
  const std::size_t n = model.joints.size();
  std::vector<glm::mat4> posedWorld(n), out(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Joint& j = model.joints[i];
    glm::quat rotation(1.0f, 0.0f, 0.0f, 0.0f);
    for (const auto& r : pose)
      if (r.joint == j.name) rotation = r.rotation;
    // The pose is given in model axes; express it in the joint's own rest frame before applying it there.
    const glm::quat restRotation = rotationOf(j.restWorld);
    const glm::mat4 local = glm::mat4_cast(glm::inverse(restRotation) * rotation * restRotation);
    const glm::mat4 parentRest = j.parent >= 0 ? model.joints[std::size_t(j.parent)].restWorld : glm::mat4(1.0f);
    const glm::mat4 parentPosed = j.parent >= 0 ? posedWorld[std::size_t(j.parent)] : glm::mat4(1.0f);
    posedWorld[i] = parentPosed * (glm::inverse(parentRest) * j.restWorld) * local;
    out[i] = posedWorld[i] * j.inverseBind;
  }
  return out;
}

std::vector<DualQuat> dualQuaternions(const std::vector<glm::mat4>& matrices) {
  std::vector<DualQuat> out;
  out.reserve(matrices.size());
  for (const glm::mat4& m : matrices) {
    const glm::mat3 r(m);
    // Rigid: orthonormal columns, no reflection.
    const glm::mat3 shouldBeIdentity = glm::transpose(r) * r;
    for (int c = 0; c < 3; ++c)
      for (int k = 0; k < 3; ++k)
        if (std::abs(shouldBeIdentity[c][k] - (c == k ? 1.0f : 0.0f)) > 1e-3f) return {};
    if (glm::determinant(r) < 0.0f) return {};
    DualQuat d;
    d.real = glm::normalize(glm::quat_cast(r));
    const glm::vec3 t(m[3]);
    d.dual = glm::quat(0.0f, t.x, t.y, t.z) * d.real * 0.5f;
    out.push_back(d);
  }
  return out;
}

std::vector<float> dualQuaternionShares(const std::vector<Joint>& joints) {
  // Joints of the generated skeleton (core/body/Skeleton.cpp) that bend like hinges, by name without the side.
  static constexpr std::string_view kHinges[] = {"pelvis", "thigh", "shin", "foot", "toes", "forearm", "hand",
                                                 "thumb", "index", "middle", "ring", "little"};
  std::vector<float> shares(joints.size(), 0.0f);
  for (std::size_t j = 0; j < joints.size(); ++j) {
    std::string_view name = joints[j].name;
    if (name.size() > 2 && (name.substr(name.size() - 2) == ".r" || name.substr(name.size() - 2) == ".l")) name.remove_suffix(2);  // the side
    while (!name.empty() && std::isdigit(static_cast<unsigned char>(name.back()))) name.remove_suffix(1);  // index1 -> index
    shares[j] = std::find(std::begin(kHinges), std::end(kHinges), name) != std::end(kHinges) ? 1.0f : 0.0f;
  }
  return shares;
}

std::optional<Seat> seatFor(const Model& model, PosePreset preset, const std::vector<glm::mat4>& matrices) {
  if (preset != PosePreset::Seated) return std::nullopt;
  const auto landmark = [&](const char* id) -> const ModelLandmark* {
    for (const auto& l : model.landmarks)
      if (l.id == id) return &l;
    return nullptr;
  };
  const ModelLandmark* ischium = landmark("ischial_tuberosity.r");
  const int pelvis = findJoint(model.joints, "pelvis"), shin = findJoint(model.joints, "shin.r"), foot = findJoint(model.joints, "foot.r");
  if (!ischium || pelvis < 0 || shin < 0 || foot < 0 || std::size_t(std::max({pelvis, shin, foot})) >= matrices.size())
    return std::nullopt;
  // The landmarks move with their bones: the ischium with the pelvis, the knee's joint centre with the shin.
  const glm::vec3 sitting(matrices[std::size_t(pelvis)] * glm::vec4(ischium->position, 1.0f));
  const glm::vec3 knee(matrices[std::size_t(shin)] * model.joints[std::size_t(shin)].restWorld[3]);
  Seat seat;
  seat.height = sitting.y - 0.012f;  // about a centimetre of tissue left under the ischium, pressed
  seat.front = knee.z - 0.12f;
  // The soles moved as the ankle did (the feet keep their angle): the floor is the rest body's lowest point, moved so.
  const glm::vec3 ankle(model.joints[std::size_t(foot)].restWorld[3]);
  seat.floor = model.bounds().min.y + (glm::vec3(matrices[std::size_t(foot)] * glm::vec4(ankle, 1.0f)).y - ankle.y);
  return seat;
}

Stool stoolOf(const Seat& seat) {
  const float back = seat.front - 0.44f;
  Stool s;
  s.top.add({-0.26f, seat.height - 0.08f, back});
  s.top.add({0.26f, seat.height, seat.front + 0.01f});
  s.base.add({-0.2f, seat.floor, back + 0.05f});
  s.base.add({0.2f, seat.height - 0.07f, seat.front - 0.06f});
  return s;
}

glm::vec3 onSeat(const glm::vec3& p, const Seat& seat) {
  const float d = p.y - seat.height;
  if (d >= seat.softness || d < -Seat::kDepthBelow) return p;
  const float behind = glm::smoothstep(seat.front, seat.front - Seat::kSeatEdge, p.z);  // 1 on the seat, 0 in front
  const float deep = glm::smoothstep(-Seat::kDepthBelow, -0.6f * Seat::kDepthBelow, d);  // 0 far below: a calf, not a buttock
  const float pressed = seat.height + seat.softness * std::exp((d - seat.softness) / seat.softness);
  return {p.x, glm::mix(p.y, pressed, behind * deep), p.z};
}

std::vector<glm::vec3> skinPositions(const Mesh& mesh, const std::vector<glm::mat4>& matrices, const std::vector<float>& dualShares,
                                     const std::optional<Seat>& seat) {
  if (!mesh.skinned() || matrices.empty()) return mesh.positions;
  if (seat) {
    auto posed = skinPositions(mesh, matrices, dualShares);
    for (auto& p : posed) p = onSeat(p, *seat);
    return posed;
  }
  std::vector<glm::vec3> out(mesh.positions.size());
  const std::vector<DualQuat> dq = dualShares.empty() ? std::vector<DualQuat>{} : dualQuaternions(matrices);
  for (std::size_t v = 0; v < mesh.positions.size(); ++v) {
    const glm::vec3& p = mesh.positions[v];
    // The same blend as shaders/mesh.vert: linear where the vertex's joints say so, dual quaternions where
    // they say so, mixed by their weights in between.
    float share = 0.0f;
    glm::mat4 m(0.0f);
    glm::quat real(0.0f, 0.0f, 0.0f, 0.0f), dual(0.0f, 0.0f, 0.0f, 0.0f);
    const glm::quat pivot = !dq.empty() && mesh.joints[v][0] < dq.size() ? dq[mesh.joints[v][0]].real : glm::quat(1.0f, 0.0f, 0.0f, 0.0f);
    for (int k = 0; k < kMaxInfluences; ++k) {
      const std::size_t joint = mesh.joints[v][std::size_t(k)];
      if (joint >= matrices.size()) continue;
      const float w = mesh.weights[v][k];
      m += w * matrices[joint];
      if (dq.empty() || joint >= dq.size() || joint >= dualShares.size()) continue;
      share += w * dualShares[joint];
      // Each joint's quaternion is turned to the first one's hemisphere before the weighted sum.
      const float signedWeight = glm::dot(pivot, dq[joint].real) < 0.0f ? -w : w;
      real = real + dq[joint].real * signedWeight;
      dual = dual + dq[joint].dual * signedWeight;
    }
    const glm::vec3 linear(m * glm::vec4(p, 1.0f));
    const float length = glm::length(real);
    if (share <= 0.0f || length < 1e-6f) {
      out[v] = linear;
      continue;
    }
    real = real * (1.0f / length);
    dual = dual * (1.0f / length);
    const glm::vec3 r(real.x, real.y, real.z), d(dual.x, dual.y, dual.z);
    const glm::vec3 translation = 2.0f * (real.w * d - dual.w * r + glm::cross(r, d));
    out[v] = glm::mix(linear, real * p + translation, std::min(share, 1.0f));
  }
  return out;
}

Bounds posedBounds(const Model& model, const std::vector<glm::mat4>& matrices, const std::optional<Seat>& seat) {
  const std::vector<float> shares = dualQuaternionShares(model.joints);
  Bounds b;
  for (const auto& mesh : model.meshes)
    for (const auto& p : skinPositions(mesh, matrices, shares, seat)) b.add(p);
  return b;
}

}  // namespace myoatlas
