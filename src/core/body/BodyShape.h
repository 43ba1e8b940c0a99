#pragma once
// The outer form of the generated body as a smooth union of ellipsoids and tapered capsules, each attached
// to the skeleton joint that moves it (which also gives the skin its weights). This is the envelope the skin
// is polygonised from until muscles and bones exist to build it from (docs/BODY.md: skin from what is inside).
#include <string>
#include <vector>

#include "core/body/BodyParameters.h"
#include "core/geometry/Sdf.h"

namespace myoatlas {

// Centre and radius of the right eyeball on the reference body: the skin is sampled finely over it
// (BodyGenerator.cpp) so the iris and pupil painted there (SkinColours.h) have sharp edges. The globe and its lids
// sit 2 mm further forward than they did: the face beside the nose stood in front of the cornea and hid the
// medial third of the eye, so the opening was 2 cm wide and lay lateral to the iris (a reviewer: eyes too small
// and too far apart). Now sclera shows either side of the iris.
inline constexpr glm::vec3 kReferenceEyeCentre{-0.032f, 1.637f, 0.0715f};
inline constexpr float kReferenceEyeRadius = 0.0125f;

// What colour a part gives the skin over it (core/body/SkinColours.h): none for most.
enum class Pigment { None, Lip, Eye, UpperLid, Nail, MouthLine };  // Nail: a finger's or toe's last segment's back; MouthLine: a carved slit's walls

struct ShapePart {
  SdfPrimitive primitive;
  std::string joint;  // skeleton joint name ("thigh.r", "spine_lumbar")
  std::string jointAtB;  // the skin passes from `joint` at primitive.a to this joint at primitive.b; empty: `joint` alone
  Pigment pigment = Pigment::None;
};

// The envelope the muscles and bones are fitted into.
std::vector<ShapePart> buildBodyShape(const BodyParameters& params);

// The skin's form: the envelope plus what lies between it and the skin for this sex (the female breasts and
// gluteofemoral fat), so muscles stay where they are under them.
std::vector<ShapePart> buildSkinShape(const BodyParameters& params);

SdfUnion shapeField(const std::vector<ShapePart>& parts);

}  // namespace myoatlas
