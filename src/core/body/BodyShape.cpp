#include "core/body/BodyShape.h"

#include <iterator>

namespace myoatlas {
namespace {

using Kind = SdfPrimitive::Kind;

struct PartSpec {
  Kind kind;
  glm::vec3 a, b;  // ellipsoid: centre in a; capsule: from a to b (metres, reference body, right side)
  glm::vec3 radii;  // ellipsoid semi-axes, or capsule radii (x at a, y at b)
  float blend;
  const char* joint;
  bool bilateral;
};

// The reference 1.75 m body, right side and midline. Limbs hang a little away from the trunk so arms and thighs
// do not fuse with it; blend radii are kept below those gaps.
constexpr PartSpec kParts[] = {
    // The thighs come first so the left blends with the right over a few millimetres only: they meet at the
    // crotch without a web between them (ANSUR II: crotch height 0.48 of stature).
    {Kind::Capsule, {-0.0875f, 0.91f, 0.0f}, {-0.085f, 0.50f, 0.005f}, {0.085f, 0.055f, 0.0f}, 0.01f, "thigh", true},
    // Trunk. Breadths at ANSUR II's male means: chest 0.165 of stature at the nipples, waist 0.186 at the navel.
    {Kind::Ellipsoid, {0.0f, 0.94f, -0.015f}, {}, {0.165f, 0.10f, 0.105f}, 0.04f, "pelvis", false},
    {Kind::Ellipsoid, {0.0f, 1.06f, 0.0f}, {}, {0.16f, 0.13f, 0.10f}, 0.06f, "spine_lumbar", false},
    {Kind::Ellipsoid, {0.0f, 1.27f, -0.005f}, {}, {0.135f, 0.16f, 0.11f}, 0.06f, "spine_thoracic_lower", false},
    {Kind::Ellipsoid, {-0.075f, 1.31f, 0.035f}, {}, {0.07f, 0.055f, 0.05f}, 0.04f, "spine_thoracic_upper", true},  // pectoral
    {Kind::Ellipsoid, {-0.07f, 1.29f, -0.05f}, {}, {0.054f, 0.11f, 0.05f}, 0.04f, "spine_thoracic_upper", true},  // back
    // Over the shoulder blade: the infraspinatus and teres muscles round the back out to the posterior axillary
    // fold (BodyParts3D's infraspinatus lies up to 4 cm behind where the back above ended there).
    {Kind::Ellipsoid, {-0.115f, 1.358f, -0.062f}, {}, {0.065f, 0.076f, 0.045f}, 0.04f, "spine_thoracic_upper", true},
    {Kind::Capsule, {0.0f, 1.45f, -0.03f}, {-0.17f, 1.43f, -0.02f}, {0.055f, 0.035f, 0.0f}, 0.04f, "spine_thoracic_upper", true},  // trapezius
    {Kind::Ellipsoid, {-0.072f, 0.885f, -0.055f}, {}, {0.08f, 0.085f, 0.068f}, 0.03f, "pelvis", true},  // buttock
    // Apex of the armpit, where pectoralis major in front and latissimus dorsi behind pass to the humerus.
    {Kind::Ellipsoid, {-0.158f, 1.35f, -0.008f}, {}, {0.03f, 0.045f, 0.055f}, 0.02f, "spine_thoracic_upper", true},
    // Neck and head.
    {Kind::Capsule, {0.0f, 1.40f, -0.02f}, {0.0f, 1.545f, -0.005f}, {0.058f, 0.05f, 0.0f}, 0.03f, "neck", false},
    {Kind::Ellipsoid, {0.0f, 1.645f, -0.01f}, {}, {0.077f, 0.105f, 0.098f}, 0.02f, "head", false},
    // The vault is fuller behind than an ellipsoid (the occiput): head circumference 0.327 of stature (ANSUR II).
    {Kind::Ellipsoid, {0.0f, 1.665f, -0.04f}, {}, {0.072f, 0.075f, 0.072f}, 0.025f, "head", false},
    {Kind::Ellipsoid, {0.0f, 1.57f, 0.03f}, {}, {0.056f, 0.05f, 0.058f}, 0.03f, "head", false},    // jaw
    {Kind::Ellipsoid, {0.0f, 1.615f, 0.095f}, {}, {0.012f, 0.022f, 0.02f}, 0.01f, "head", false},  // nose
    // Arm.
    {Kind::Ellipsoid, {-0.195f, 1.40f, -0.005f}, {}, {0.055f, 0.07f, 0.055f}, 0.03f, "upper_arm", true},  // deltoid
    {Kind::Capsule, {-0.20f, 1.39f, -0.01f}, {-0.24f, 1.105f, -0.02f}, {0.045f, 0.035f, 0.0f}, 0.02f, "upper_arm", true},
    {Kind::Capsule, {-0.24f, 1.10f, -0.02f}, {-0.26f, 0.85f, 0.0f}, {0.038f, 0.024f, 0.0f}, 0.015f, "forearm", true},
    {Kind::Ellipsoid, {-0.247f, 1.02f, -0.01f}, {}, {0.042f, 0.07f, 0.038f}, 0.02f, "forearm", true},  // forearm bulk
    {Kind::Ellipsoid, {-0.262f, 0.795f, 0.004f}, {}, {0.042f, 0.05f, 0.016f}, 0.015f, "hand", true},   // palm
    {Kind::Ellipsoid, {-0.26f, 0.715f, 0.004f}, {}, {0.036f, 0.055f, 0.011f}, 0.01f, "middle1", true},  // fingers
    {Kind::Capsule, {-0.283f, 0.82f, 0.01f}, {-0.30f, 0.745f, 0.02f}, {0.012f, 0.009f, 0.0f}, 0.008f, "thumb1", true},
    // Leg.
    {Kind::Ellipsoid, {-0.09f, 0.70f, 0.02f}, {}, {0.075f, 0.14f, 0.07f}, 0.03f, "thigh", true},  // quadriceps
    {Kind::Ellipsoid, {-0.085f, 0.50f, 0.01f}, {}, {0.05f, 0.055f, 0.05f}, 0.02f, "shin", true},   // knee
    {Kind::Capsule, {-0.085f, 0.49f, 0.0f}, {-0.082f, 0.075f, -0.015f}, {0.048f, 0.03f, 0.0f}, 0.02f, "shin", true},
    {Kind::Ellipsoid, {-0.085f, 0.36f, -0.03f}, {}, {0.05f, 0.11f, 0.055f}, 0.03f, "shin", true},  // calf
    {Kind::Ellipsoid, {-0.082f, 0.07f, -0.015f}, {}, {0.035f, 0.03f, 0.035f}, 0.02f, "shin", true},  // ankle
    {Kind::Ellipsoid, {-0.088f, 0.03f, 0.075f}, {}, {0.045f, 0.03f, 0.135f}, 0.025f, "foot", true},
    {Kind::Ellipsoid, {-0.082f, 0.035f, -0.04f}, {}, {0.032f, 0.035f, 0.035f}, 0.02f, "foot", true},  // heel
};

// What only the female skin has over the same muscles and bones, in the reference frame before the female
// proportions are applied (core/body/BodyProportions.h): the breasts over pectoralis major, and the
// gluteofemoral fat of the buttocks, hips and upper thighs.
constexpr PartSpec kFemaleSkinParts[] = {
    // The breast over pectoralis major, from beside the sternum to the front of the armpit, fuller below its
    // centre than above (the upper slope is a flatter part), ending in a fold over the chest below.
    {Kind::Ellipsoid, {-0.084f, 1.238f, 0.073f}, {}, {0.06f, 0.056f, 0.058f}, 0.04f, "spine_thoracic_upper", true},  // breast
    // The upper slope, from below the clavicle and spreading towards the armpit (the axillary tail).
    {Kind::Ellipsoid, {-0.088f, 1.29f, 0.05f}, {}, {0.066f, 0.055f, 0.036f}, 0.04f, "spine_thoracic_upper", true},
    {Kind::Ellipsoid, {-0.07f, 0.9f, -0.066f}, {}, {0.078f, 0.082f, 0.07f}, 0.035f, "pelvis", true},  // buttock
    {Kind::Ellipsoid, {-0.112f, 0.835f, -0.012f}, {}, {0.065f, 0.095f, 0.078f}, 0.045f, "thigh", true},  // hip and thigh
};

std::vector<ShapePart> scaledParts(const PartSpec* begin, const PartSpec* end, const BodyParameters& params) {
  const float s = params.stature / kReferenceStature;
  const glm::vec3 girth(params.build, 1.0f, params.build);  // circumferences scale, lengths do not
  std::vector<ShapePart> parts;
  for (const PartSpec* spec = begin; spec != end; ++spec) {
    for (int side = 0; side < (spec->bilateral ? 2 : 1); ++side) {
      const glm::vec3 mirror = side == 0 ? glm::vec3(1.0f) : glm::vec3(-1.0f, 1.0f, 1.0f);
      SdfPrimitive p;
      p.kind = spec->kind;
      p.a = spec->a * mirror * s;
      p.b = spec->b * mirror * s;
      p.radii = spec->kind == Kind::Ellipsoid ? spec->radii * girth * s : spec->radii * (params.build * s);
      p.blend = spec->blend * s;
      std::string joint = spec->joint;
      if (spec->bilateral && joint != "pelvis" && joint.rfind("spine", 0) != 0)  // trunk parts move with the spine
        joint += side == 0 ? ".r" : ".l";
      parts.push_back({p, joint});
    }
  }
  return parts;
}

}  // namespace

std::vector<ShapePart> buildBodyShape(const BodyParameters& params) {
  return scaledParts(std::begin(kParts), std::end(kParts), params);
}

std::vector<ShapePart> buildSkinShape(const BodyParameters& params) {
  std::vector<ShapePart> parts = buildBodyShape(params);
  if (params.sex == Sex::Female) {
    auto fat = scaledParts(std::begin(kFemaleSkinParts), std::end(kFemaleSkinParts), params);
    parts.insert(parts.end(), fat.begin(), fat.end());
  }
  return parts;
}

SdfUnion shapeField(const std::vector<ShapePart>& parts) {
  SdfUnion field;
  for (const auto& part : parts) field.add(part.primitive);
  return field;
}

}  // namespace myoatlas
