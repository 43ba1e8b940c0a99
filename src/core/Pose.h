#pragma once
// Posing a rigged model: named joint rotations in model axes, turned into skinning matrices. The same maths runs
// on the GPU (shaders/mesh.vert) and here on the CPU for bounds, picking and tests.
// Vertices follow their joints by linear blend skinning, as glTF specifies, except around the joints of our
// generated skeleton that bend like hinges (hip, knee, ankle, elbow, wrist, fingers, toes), where dual-quaternion
// skinning keeps a bent knee or a seated hip full instead of collapsing it. At the shoulder linear blending looks
// better: the skin compressed over a raised arm sinks a little inwards rather than ballooning out (measured with
// `myoatlas-genbody --poses` and on screenshots, docs/BODY-GENERATOR.md).
// Per-vertex colours painted on the rest pose ride along for free: skinning moves vertices, not their data.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <glm/glm.hpp>
#include <glm/gtc/quaternion.hpp>

#include "core/Model.h"

namespace myoatlas {

enum class PosePreset { Anatomical, TPose, ArmsRaised, Seated };

std::optional<PosePreset> parsePosePreset(std::string_view name);  // "anatomical", "t-pose", "arms-raised", "seated"
const char* posePresetName(PosePreset preset);
inline constexpr const char* kPosePresetNames = "anatomical, t-pose, arms-raised, seated";
// Every preset, in the order the P key steps through them.
inline constexpr PosePreset kPosePresets[] = {PosePreset::Anatomical, PosePreset::TPose, PosePreset::ArmsRaised,
                                              PosePreset::Seated};
PosePreset nextPosePreset(PosePreset preset);  // wraps around

struct JointRotation {
  std::string joint;  // joint name; joints a model does not have are ignored
  glm::quat rotation;  // about the joint centre, in model axes
};
using Pose = std::vector<JointRotation>;

Pose posePreset(PosePreset preset);

// One matrix per joint: posed joint frame times inverse bind (identity everywhere at rest).
std::vector<glm::mat4> skinningMatrices(const Model& model, const Pose& pose);

// A rigid motion as a unit dual quaternion: `real` the rotation, `dual` half the translation times it.
struct DualQuat {
  glm::quat real{1.0f, 0.0f, 0.0f, 0.0f};
  glm::quat dual{0.0f, 0.0f, 0.0f, 0.0f};
};
// One per matrix, or empty when some matrix is not a rigid motion (then skinning is linear).
std::vector<DualQuat> dualQuaternions(const std::vector<glm::mat4>& matrices);

// Per joint, how far the skin around it blends by dual quaternions (1) rather than linearly (0): 1 for the hinge
// joints of the generated skeleton, 0 for the rest and for every joint of an imported rig.
std::vector<float> dualQuaternionShares(const std::vector<Joint>& joints);

// The seat under a seated body. Soft tissue lower than `height + softness` and behind `front` (z, model space) is
// pressed up towards `height`, as the buttocks and the backs of the thighs flatten on a chair: without it the
// buttocks hung below the thighs like balloons and the body floated (a reviewer). Nothing moves in front of
// `front` (knees, shins, feet) nor far below it; bones rest above it. shaders/mesh.vert does the same on the GPU.
struct Seat {
  float height = 0.0f;      // metres, model space: the seat's surface
  float softness = 0.02f;   // tissue within this of the surface is pressed smoothly, below it flattened
  float front = 0.0f;       // the seat's front edge (z); pressing fades out over kSeatEdge in front of it
  float floor = 0.0f;       // where the feet stand: the renderer draws a padded stool from it up to the seat
  static constexpr float kSeatEdge = 0.04f, kDepthBelow = 0.12f;
  bool operator==(const Seat& o) const { return height == o.height && softness == o.softness && front == o.front && floor == o.floor; }
};
// The seat of a posed generated body: under the ischial tuberosities (landmarks), its front edge 12 cm behind the
// knees; nullopt for any other pose, or a model without those landmarks and the generated skeleton's joints.
std::optional<Seat> seatFor(const Model& model, PosePreset preset, const std::vector<glm::mat4>& matrices);
// A posed point pressed onto the seat.
glm::vec3 onSeat(const glm::vec3& p, const Seat& seat);
// The stool drawn under a seat (render/SceneRenderer): a padded top under the whole seat and a narrower base down
// to the floor. The picker lets nothing behind it be picked through it.
struct Stool {
  Bounds top, base;
};
Stool stoolOf(const Seat& seat);

// Posed positions of one mesh (unskinned meshes are returned unchanged). Each vertex mixes linear and
// dual-quaternion skinning by its joints' `dualShares` (weighted; dualQuaternionShares of the model's joints, as
// the renderer uses them); with empty shares, or when a matrix is not rigid, skinning is linear. With a seat, its
// skinned vertices are pressed onto it.
std::vector<glm::vec3> skinPositions(const Mesh& mesh, const std::vector<glm::mat4>& matrices,
                                     const std::vector<float>& dualShares, const std::optional<Seat>& seat = std::nullopt);

Bounds posedBounds(const Model& model, const std::vector<glm::mat4>& matrices, const std::optional<Seat>& seat = std::nullopt);

}  // namespace myoatlas
