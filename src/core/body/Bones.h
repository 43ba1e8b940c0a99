#pragma once
// The skeleton's bones as meshes: simple but recognisable shapes (docs/BODY.md, "Bones are the scaffold"). Each
// bone is a few pieces (a vertebra, a rib, a shaft with its ends), each piece a smooth union of ellipsoids,
// tapered capsules and thick triangles, polygonised on its own small grid, smoothed and simplified. Every piece
// moves rigidly with one skeleton joint. Paired bones are built on the right and mirrored.
#include <vector>

#include "core/Model.h"
#include "core/body/BodyParameters.h"
#include "core/geometry/Sdf.h"

namespace myoatlas {

// Bone meshes of the reference body scaled to `params`, skinned to `joints` (one joint per piece, weight 1).
// Names: skull, mandible, larynx_trachea (hyoid, laryngeal cartilages and trachea), vertebral_column, rib_cage
// (with the sternum), pelvic_girdle (the two hip bones), sacrum (with the coccyx), and per side clavicle_bone,
// scapula_bone, humerus, radius, ulna, hand_bones, femur, patella, tibia, fibula, foot_bones (".r"/".l"). Never a skeleton joint's name: a glTF node must not be both.
// Where a bone would reach the body's outer form (`envelope`) it is flattened a few millimetres beneath it, as
// subcutaneous bone (clavicle, shin, sacrum) lies just under the skin.
std::vector<Mesh> buildBones(const BodyParameters& params, const std::vector<Joint>& joints, const SdfUnion& envelope);

}  // namespace myoatlas
