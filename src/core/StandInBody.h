#pragma once
// A stand-in mannequin built from ellipsoids and tubes at anthropometric proportions. It is what the viewer
// opens until the generated anatomical body (issue "default body") ships in assets/. One mesh per body segment,
// named like "upper_arm.l", in the anatomical position (arms at the sides, palms forward), facing +Z.
#include "core/Model.h"

namespace myoatlas {

inline constexpr float kDefaultStature = 1.75f;  // metres

Model makeStandInBody(float stature = kDefaultStature);

}  // namespace myoatlas
