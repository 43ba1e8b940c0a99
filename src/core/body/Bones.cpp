#include "core/body/Bones.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "core/body/MuscleGeometry.h"
#include "core/body/Skeleton.h"
#include "core/geometry/Polygonize.h"
#include "core/geometry/Sdf.h"
#include "core/geometry/Simplify.h"

namespace myoatlas {
namespace {

using Kind = SdfPrimitive::Kind;
constexpr float kPi = 3.14159265f;
constexpr float kCell = 0.0032f;   // metres: polygonisation grid of a bone piece at the reference stature
constexpr float kBlend = 0.006f;   // metres: how smoothly a piece's shapes run into each other
constexpr float kUnderSkin = 0.004f;  // metres: bone stays at least this far beneath the body's outer form
constexpr float kUnderRibs = 0.013f;  // metres: ribs stay beneath the superficial muscle layer
constexpr float kUnderMuscle = 0.009f;  // metres: a bone that thin superficial muscles cover stays beneath them
// metres: the clavicle lies just under the skin along its length; held 4 mm under the form it was pressed flat,
// a third of the real bone's volume
constexpr float kUnderClavicle = 0.0015f;
constexpr float kKeepRatio = 0.15f;  // share of the polygonised triangles kept by simplification

// Shapes on the reference body (1.75 m, metres, right side x < 0).
SdfPrimitive E(glm::vec3 centre, glm::vec3 radii) {
  SdfPrimitive p;
  p.kind = Kind::Ellipsoid;
  p.a = centre;
  p.radii = radii;
  p.blend = kBlend;
  return p;
}
SdfPrimitive E(glm::vec3 centre, float r) { return E(centre, glm::vec3(r)); }
SdfPrimitive C(glm::vec3 a, glm::vec3 b, float ra, float rb) {
  SdfPrimitive p;
  p.kind = Kind::Capsule;
  p.a = a;
  p.b = b;
  p.radii = glm::vec3(ra, rb, 0.0f);
  p.blend = kBlend;
  return p;
}
SdfPrimitive C(glm::vec3 a, glm::vec3 b, float r) { return C(a, b, r, r); }
SdfPrimitive T(glm::vec3 a, glm::vec3 b, glm::vec3 c, float halfThickness) {
  SdfPrimitive p;
  p.kind = Kind::Triangle;
  p.a = a;
  p.b = b;
  p.c = c;
  p.radii = glm::vec3(halfThickness, 0.0f, 0.0f);
  p.blend = kBlend;
  return p;
}
SdfPrimitive mirrored(SdfPrimitive p) {
  p.a.x = -p.a.x;
  p.b.x = -p.b.x;
  p.c.x = -p.c.x;
  return p;
}

struct Piece {
  std::vector<SdfPrimitive> shapes;
  std::string joint;  // the skeleton joint it moves with (right side for paired bones)
  float cell = kCell;  // polygonisation grid: finer for the small bones of the hand and foot
  float keep = kKeepRatio;  // share of the polygonised triangles kept: fewer where a fine grid makes many
  float under = kUnderSkin;  // metres it stays beneath the body's outer form at least
};

constexpr float kSmallCell = 0.0016f;  // metres: the grid of a carpal, a phalanx, a metatarsal
constexpr float kSmallBlend = 0.0015f;
constexpr float kSmallKeep = 0.06f;  // a phalanx or a carpal keeps a few hundred triangles

// A small bone of the hand or foot between two points: its base, a waisted shaft and its head, each end a
// little rounder than the shaft, as a phalanx or a metacarpal is.
Piece smallLongBone(glm::vec3 base, glm::vec3 head, float baseRadius, float shaftRadius, float headRadius, const std::string& joint) {
  Piece piece{{}, joint, kSmallCell, kSmallKeep};
  const glm::vec3 along = glm::normalize(head - base);
  const glm::vec3 a = base + along * baseRadius * 0.6f, b = head - along * headRadius * 0.6f;
  for (SdfPrimitive p : {E(a, baseRadius), C(a, b, shaftRadius, shaftRadius * 0.9f), E(b, headRadius)}) {
    p.blend = kSmallBlend * 2.0f;
    piece.shapes.push_back(p);
  }
  return piece;
}

// Small bones packed together (the carpus, the tarsus): each its own piece so that they read apart, its
// shapes blended into each other by `blend`.
Piece smallBone(std::vector<SdfPrimitive> shapes, const std::string& joint, float blend = kSmallBlend) {
  for (auto& p : shapes) p.blend = blend;
  return {std::move(shapes), joint, kSmallCell, kSmallKeep};
}

constexpr glm::vec3 kCartilageTint{0.68f, 0.82f, 1.0f};  // bone (0.91, 0.87, 0.76) becomes a pale blue-grey

struct Bone {
  std::string name;  // without side
  bool paired;       // built on the right and mirrored
  std::vector<Piece> pieces;
  glm::vec3 tint{1.0f};  // a vertex-colour multiplier of the bone material where it is not bone (cartilage)
};

// Both sides of a midline bone's shapes.
void bothSides(std::vector<SdfPrimitive>& shapes, const std::vector<SdfPrimitive>& right) {
  for (const auto& p : right) {
    shapes.push_back(p);
    shapes.push_back(mirrored(p));
  }
}

// The joint a vertebra or rib at height y (reference body) moves with.
std::string spineJointAt(float y) {
  if (y < 1.05f) return "pelvis";
  if (y < 1.17f) return "spine_lumbar";
  if (y < 1.32f) return "spine_thoracic_lower";
  if (y < 1.44f) return "spine_thoracic_upper";
  if (y < 1.56f) return "neck";
  return "head";
}

// Depth (z) of the spinous process tips along the back, from the surface landmarks, 12 mm beneath them.
float spinousTipZ(float y) {
  static const std::array<glm::vec2, 9> table = {glm::vec2(0.99f, -0.088f), {1.06f, -0.083f}, {1.12f, -0.093f}, {1.18f, -0.103f},
                                                 {1.27f, -0.113f}, {1.36f, -0.108f}, {1.44f, -0.083f}, {1.49f, -0.063f}, {1.53f, -0.058f}};
  if (y <= table.front().x) return table.front().y + 0.012f;
  for (std::size_t i = 1; i < table.size(); ++i)
    if (y <= table[i].x) return glm::mix(table[i - 1].y, table[i].y, (y - table[i - 1].x) / (table[i].x - table[i - 1].x)) + 0.012f;
  return table.back().y + 0.012f;
}

// Depth of the vertebral bodies: the lumbar lordosis (most forward at L3), the thoracic kyphosis (furthest back
// at T6-T7) and the cervical lordosis (most forward at C4-C5), about 2.5-4 cm deep as in a standing adult.
float vertebralBodyZ(float y) {
  static const std::array<glm::vec2, 12> curve = {
      glm::vec2(0.975f, -0.034f), {0.99f, -0.023f}, {1.046f, -0.001f}, {1.102f, -0.017f}, {1.15f, -0.037f}, {1.22f, -0.055f},
      {1.27f, -0.06f},            {1.33f, -0.055f}, {1.39f, -0.04f},   {1.44f, -0.024f}, {1.49f, -0.011f}, {1.56f, -0.02f}};
  if (y <= curve.front().x) return curve.front().y;
  for (std::size_t i = 1; i < curve.size(); ++i)
    if (y <= curve[i].x) {
      const float t = (y - curve[i - 1].x) / (curve[i].x - curve[i - 1].x);
      return glm::mix(curve[i - 1].y, curve[i].y, t * t * (3.0f - 2.0f * t));  // smooth between the levels
    }
  return curve.back().y;
}

std::vector<Bone> skeletonBones(const std::vector<Joint>& joints, float scale) {
  const auto jointAt = [&](const std::string& name) {
    const int j = findJoint(joints, name);
    return j >= 0 ? glm::vec3(joints[std::size_t(j)].restWorld[3]) / scale : glm::vec3(0.0f);
  };
  std::vector<Bone> bones;

  // Skull and mandible.
  Bone skull{"skull", false, {}};
  // Cranium: the vault (its lowest sides at the level of the zygomatic arches, so the arches stand out from
  // the temporal fossae), the frontal bone over the orbits with the brow ridges, each orbit a socket inside its
  // rim, the nasal bones over the pear-shaped aperture, the maxillae as curved plates from the orbit floors down
  // to the upper dental arch, the cheek bones with the zygomatic arches running back to the joint before the
  // ear, the mastoid processes and the occiput.
  Piece cranium{{E({0.0f, 1.658f, -0.014f}, {0.0655f, 0.079f, 0.082f}),        // vault, 8-11 mm under the scalp
                 E({0.0f, 1.688f, 0.024f}, {0.053f, 0.043f, 0.031f}),           // frontal bone
                 E({0.0f, 1.646f, 0.048f}, {0.05f, 0.02f, 0.028f}),             // forehead and brow
                 E({0.0f, 1.61f, 0.04f}, {0.026f, 0.03f, 0.03f}),               // between the orbits, behind the nose
                 E({0.0f, 1.585f, 0.03f}, {0.026f, 0.022f, 0.028f}),            // the nasal cavity's walls, the palate
                 E({0.0f, 1.617f, -0.055f}, {0.048f, 0.034f, 0.037f}),          // occiput down to the inion
                 C({0.0f, 1.625f, 0.083f}, {0.0f, 1.603f, 0.089f}, 0.0045f, 0.004f)},  // nasal bones
                "head"};
  std::vector<SdfPrimitive> face;
  const glm::vec3 orbit{-0.034f, 1.624f, 0.07f};
  for (int k = 0; k < 10; ++k) {  // the orbital rim, wider than high, its lateral edge set back
    const float a0 = 2.0f * kPi * float(k) / 10.0f, a1 = 2.0f * kPi * float(k + 1) / 10.0f;
    const auto at = [&](float a) { return orbit + glm::vec3(0.021f * std::cos(a), 0.0185f * std::sin(a), -0.011f * std::max(0.0f, -std::cos(a))); };
    face.push_back(C(at(a0), at(a1), k < 5 ? 0.0048f : 0.004f));
  }
  const glm::vec3 nose{0.0f, 1.583f, 0.08f};
  for (int k = 0; k < 6; ++k) {  // one side of the nasal aperture's rim, from the nasal bones round to the spine
    const float a0 = kPi * (0.5f + float(k) / 6.0f), a1 = kPi * (0.5f + float(k + 1) / 6.0f);
    const auto at = [&](float a) { return nose + glm::vec3(0.0135f * std::cos(a), 0.019f * std::sin(a), -0.004f * std::abs(std::cos(a))); };
    face.push_back(C(at(a0), at(a1), 0.0035f));
  }
  // Maxilla: plates from under the orbit down to the alveolar process, and the upper dental arch.
  const glm::vec3 infraorbital{-0.03f, 1.604f, 0.07f}, zygomaticProcess{-0.046f, 1.596f, 0.055f}, nasalMargin{-0.013f, 1.582f, 0.075f};
  const glm::vec3 alveolarFront{-0.008f, 1.561f, 0.072f}, alveolarSide{-0.025f, 1.562f, 0.06f}, alveolarBack{-0.03f, 1.563f, 0.036f};
  face.push_back(T(infraorbital, zygomaticProcess, alveolarSide, 0.004f));
  face.push_back(T(zygomaticProcess, alveolarBack, alveolarSide, 0.004f));
  face.push_back(T(infraorbital, alveolarSide, nasalMargin, 0.004f));
  face.push_back(T(infraorbital, nasalMargin, {-0.015f, 1.614f, 0.077f}, 0.004f));  // frontal process, up beside the nose
  face.push_back(T(nasalMargin, alveolarSide, alveolarFront, 0.004f));
  face.push_back(C(alveolarFront + glm::vec3(0.008f, -0.002f, 0.0f), alveolarFront, 0.004f));
  face.push_back(C(alveolarFront, alveolarSide, 0.004f, 0.0045f));
  face.push_back(C(alveolarSide, alveolarBack, 0.0045f, 0.005f));                                   // the alveolar process
  // Zygomatic bone: its body on the cheek, the frontal process up the lateral orbital rim, and the arch back
  // to the root over the jaw joint.
  face.push_back(E({-0.05f, 1.603f, 0.058f}, {0.01f, 0.013f, 0.01f}));
  face.push_back(C({-0.05f, 1.61f, 0.06f}, {-0.05f, 1.632f, 0.058f}, 0.005f, 0.0045f));
  face.push_back(C({-0.055f, 1.6f, 0.046f}, {-0.066f, 1.601f, 0.016f}, 0.0055f, 0.0045f));
  face.push_back(C({-0.066f, 1.601f, 0.016f}, {-0.061f, 1.6f, -0.004f}, 0.0045f, 0.005f));
  face.push_back(E({-0.057f, 1.601f, 0.002f}, {0.009f, 0.005f, 0.011f}));   // the glenoid fossa's roof, over the condyle
  face.push_back(E({-0.061f, 1.594f, -0.018f}, {0.007f, 0.009f, 0.009f}));  // round the ear canal
  face.push_back(E({-0.052f, 1.568f, -0.028f}, {0.008f, 0.013f, 0.009f}));  // mastoid process
  bothSides(cranium.shapes, face);
  skull.pieces.push_back(cranium);
  // Teeth, each its own small piece along the dental arches (incisors, canine, premolars, molars), upper ones
  // with the skull, lower ones with the jaw; the mouth is closed, the upper incisors just over the lower.
  const auto teeth = [&](std::vector<Piece>& into, float y, float forward, const std::string& joint) {
    const std::array<glm::vec3, 8> arch = {glm::vec3(-0.0045f, 0.0f, 0.0f), {-0.0125f, 0.0f, -0.003f}, {-0.019f, 0.0f, -0.008f},
                                           {-0.0235f, 0.0f, -0.015f},      {-0.026f, 0.0f, -0.022f},  {-0.0285f, 0.0f, -0.03f},
                                           {-0.03f, 0.0f, -0.04f},         {-0.031f, 0.0f, -0.05f}};
    const std::array<glm::vec3, 8> size = {glm::vec3(0.0042f, 0.0055f, 0.0022f), {0.0035f, 0.005f, 0.0022f}, {0.0038f, 0.006f, 0.0035f},
                                           {0.0035f, 0.0045f, 0.0035f},         {0.0035f, 0.0045f, 0.0035f}, {0.005f, 0.0042f, 0.0048f},
                                           {0.005f, 0.0042f, 0.0048f},          {0.0048f, 0.004f, 0.0045f}};
    for (std::size_t k = 0; k < arch.size(); ++k) {
      const glm::vec3 at = glm::vec3(0.0f, y, forward) + arch[k];
      into.push_back(smallBone({E(at, size[k])}, joint));
      into.push_back(smallBone({E(at * glm::vec3(-1.0f, 1.0f, 1.0f), size[k])}, joint));
    }
  };
  teeth(skull.pieces, 1.5505f, 0.0755f, "head");
  bones.push_back(skull);
  // Mandible: a U-shaped body, tall at the chin with its mental protuberance and thick along its lower border,
  // carrying the lower teeth; at each angle the ramus rises as a plate to the condyle (in the jaw joint under
  // the glenoid fossa, before the ear) and the coronoid process (under the zygomatic arch, where the temporalis
  // inserts), the mandibular notch between them.
  Bone mandible{"mandible", false, {}};
  Piece jaw{{E({0.0f, 1.522f, 0.068f}, {0.013f, 0.009f, 0.006f})}, "jaw"};
  const std::array<glm::vec3, 5> lowerBorder = {glm::vec3(0.0f, 1.514f, 0.064f), {-0.019f, 1.516f, 0.058f}, {-0.032f, 1.522f, 0.044f},
                                                {-0.042f, 1.531f, 0.024f},      {-0.048f, 1.545f, 0.002f}};
  const std::array<glm::vec3, 5> alveolarBorder = {glm::vec3(0.0f, 1.539f, 0.069f), {-0.018f, 1.54f, 0.062f}, {-0.027f, 1.542f, 0.049f},
                                                   {-0.032f, 1.545f, 0.034f},      {-0.036f, 1.55f, 0.028f}};
  std::vector<SdfPrimitive> jawSide;
  for (std::size_t i = 0; i + 1 < lowerBorder.size(); ++i) {
    jawSide.push_back(T(lowerBorder[i], lowerBorder[i + 1], alveolarBorder[i], 0.0042f));
    jawSide.push_back(T(lowerBorder[i + 1], alveolarBorder[i + 1], alveolarBorder[i], 0.0042f));
    jawSide.push_back(C(lowerBorder[i], lowerBorder[i + 1], 0.0055f, 0.005f));                      // the thick lower border
    if (i < 3) jawSide.push_back(C(alveolarBorder[i], alveolarBorder[i + 1], 0.0038f));             // the alveolar border
  }
  const glm::vec3 angle = lowerBorder[4], condyle{-0.054f, 1.591f, 0.001f}, coronoid{-0.047f, 1.588f, 0.028f};
  // The ramus' anterior border lies lateral to the last molar, running down into the body's external oblique line
  // (it ran from the tooth row, 1 cm medial, so the ramus was a plate turned inwards under the masseter).
  const glm::vec3 mandibularNotch{-0.051f, 1.577f, 0.014f}, ramusFront{-0.045f, 1.552f, 0.026f};
  jawSide.push_back(T(angle, ramusFront, alveolarBorder[4], 0.0032f));
  jawSide.push_back(T(angle, condyle, mandibularNotch, 0.0032f));
  jawSide.push_back(T(angle, mandibularNotch, ramusFront, 0.0032f));
  jawSide.push_back(T(mandibularNotch, coronoid, ramusFront, 0.003f));
  jawSide.push_back(C(angle, condyle + glm::vec3(0.0f, -0.006f, 0.0f), 0.0048f, 0.0042f));   // posterior border of the ramus
  jawSide.push_back(E(condyle, {0.009f, 0.005f, 0.0055f}));                                   // condyle, wide from side to side
  jawSide.push_back(C(ramusFront, coronoid, 0.0042f, 0.003f));                                 // anterior border to the coronoid
  bothSides(jaw.shapes, jawSide);
  mandible.pieces.push_back(jaw);
  teeth(mandible.pieces, 1.5435f, 0.0725f, "jaw");
  bones.push_back(mandible);

  // Hyoid, larynx and trachea in front of the cervical vertebrae: the hyoid's U at C3, the thyroid cartilage's two
  // laminae meeting in the laryngeal prominence, the cricoid ring, the trachea down behind the jugular notch. Tinted
  // as cartilage, cooler than bone, so in front of the neck it does not read as bare cervical vertebrae (review).
  Bone airway{"larynx_trachea", false, {}, kCartilageTint};
  Piece larynx{{E({0.0f, 1.447f, 0.028f}, {0.013f, 0.006f, 0.013f}),                       // cricoid
                C({0.0f, 1.442f, 0.026f}, {0.0f, 1.37f, 0.016f}, 0.0095f, 0.009f),           // trachea
                C({0.0f, 1.492f, 0.04f}, {0.0f, 1.49f, 0.04f}, 0.004f)},                       // body of the hyoid
               "neck"};
  bothSides(larynx.shapes, {T({0.0f, 1.478f, 0.046f}, {-0.021f, 1.477f, 0.017f}, {-0.017f, 1.454f, 0.02f}, 0.0022f),  // thyroid lamina
                            T({0.0f, 1.478f, 0.046f}, {0.0f, 1.452f, 0.037f}, {-0.017f, 1.454f, 0.02f}, 0.0022f),
                            C({0.0f, 1.492f, 0.04f}, {-0.02f, 1.494f, 0.03f}, 0.0035f), C({-0.02f, 1.494f, 0.03f}, {-0.033f, 1.498f, 0.008f}, 0.003f, 0.002f)});
  airway.pieces.push_back(larynx);
  bones.push_back(airway);

  // Vertebral column: five lumbar, twelve thoracic and seven cervical vertebrae, each a body (a short drum, four
  // fifths of its level's height: the rest is the disc) and its arch: pedicles, the articular pillars above and
  // below, laminae meeting in the spinous process, and the transverse processes.
  Bone column{"vertebral_column", false, {}};
  for (int i = 0; i < 24; ++i) {
    const float spacing = i < 5 ? 0.028f : (i < 17 ? 0.0235f : 0.021f);
    const float y = i < 5 ? 0.99f + 0.028f * float(i) : (i < 17 ? 1.13f + 0.0235f * float(i - 5) : 1.415f + 0.021f * float(i - 17));
    const float r = i < 5 ? 0.022f : (i < 17 ? 0.016f : 0.012f);
    const float h = spacing * 0.4f;
    const float z = vertebralBodyZ(y);
    // The spinous process: a broad hatchet running straight back in the lumbar spine, a long spine sloping down
    // over the vertebra below in the thoracic, shorter and less steep in the neck.
    const bool lumbar = i < 5, thoracic = i >= 5 && i < 17;
    const float tipY = y - (lumbar ? 0.3f * h : (thoracic ? 1.1f * spacing : 0.55f * spacing));
    const glm::vec3 spineBase{0.0f, y - 0.2f * h, z - r * 1.55f}, tip{0.0f, tipY, spinousTipZ(tipY)};
    Piece v{{E({0.0f, y + 0.45f * h, z}, {r, 0.55f * h, r * 0.8f}), E({0.0f, y - 0.45f * h, z}, {r, 0.55f * h, r * 0.8f}),
             E({0.0f, y, z}, {r * 0.93f, 0.7f * h, r * 0.75f}),                                  // the drum, waisted
             C(spineBase, tip, 0.0045f, 0.004f)},
            spineJointAt(y)};
    if (lumbar) v.shapes.push_back(T(spineBase + glm::vec3(0.0f, 0.5f * h, 0.0f), spineBase - glm::vec3(0.0f, 0.9f * h, 0.0f), tip, 0.0028f));
    for (SdfPrimitive& p : v.shapes) p.blend = 0.004f;
    std::vector<SdfPrimitive> side = {
        C({-0.55f * r, y + 0.2f * h, z - 0.7f * r}, {-0.62f * r, y + 0.2f * h, z - 1.25f * r}, 0.0035f),             // pedicle
        C({-0.65f * r, y + 1.05f * h, z - 1.3f * r}, {-0.65f * r, y - 1.05f * h, z - 1.4f * r}, 0.0042f),             // articular pillar
        C({-0.62f * r, y, z - 1.35f * r}, {0.0f, y - 0.2f * h, z - 1.6f * r}, 0.0035f),                               // lamina
        C({-0.6f * r, y + 0.2f * h, z - 1.2f * r}, {-r - 0.012f, y + 0.2f * h, z - r * 1.3f}, 0.0038f, 0.003f)};     // transverse process
    for (SdfPrimitive& p : side) p.blend = 0.004f;
    bothSides(v.shapes, side);
    // The spinous processes' tips stay under the edges of the muscles and fasciae that meet over them at the
    // midline (trapezius, the thoracolumbar fascia): at 4 mm they showed as a dotted ivory line down the back.
    v.under = kUnderMuscle;
    column.pieces.push_back(v);
  }
  bones.push_back(column);

  // Rib cage: twelve pairs of ribs sweeping round and down from the spine; the bony rib ends at the front
  // further out the lower it is, its costal cartilage running on in and up to the sternum (ribs 1-7), to the
  // cartilage above (8-10, the costal margin, opening at about 80 degrees below the xiphoid), or free (11-12).
  // The sternum: the manubrium with the jugular notch at T2, the body from the sternal angle (rib 2) to the
  // xiphisternal joint (rib 7, T9), the xiphoid below.
  Bone ribs{"rib_cage", false, {}};
  // The lower ribs narrow with the waist so the flank keeps 1.5-2 cm for the obliques and latissimus over them.
  const std::array<float, 12> halfWidth = {0.06f, 0.085f, 0.1f, 0.11f, 0.118f, 0.122f, 0.122f, 0.118f, 0.11f, 0.103f, 0.098f, 0.09f};
  const std::array<float, 12> halfDepth = {0.05f, 0.06f, 0.068f, 0.074f, 0.078f, 0.081f, 0.083f, 0.083f, 0.081f, 0.078f, 0.074f, 0.07f};
  const std::array<float, 12> drop = {0.03f, 0.05f, 0.07f, 0.08f, 0.09f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.06f, 0.05f};
  const std::array<float, 10> boneEnd = {0.028f, 0.042f, 0.052f, 0.06f, 0.066f, 0.074f, 0.083f, 0.092f, 0.098f, 0.096f};  // |x| at the front
  const std::array<float, 7> sternalY = {1.392f, 1.366f, 1.342f, 1.317f, 1.292f, 1.27f, 1.254f};
  const auto sternumZ = [](float y) { return glm::mix(0.088f, 0.072f, (y - 1.225f) / (1.41f - 1.225f)); };
  std::vector<glm::vec3> cartilageMid(10);  // where the cartilage of the rib below joins
  for (int k = 0; k < 12; ++k) {
    const float yBack = 1.405f - 0.0215f * float(k);
    const float a = halfWidth[std::size_t(k)], b = halfDepth[std::size_t(k)], zc = -0.005f;
    const float end = k < 10 ? kPi - std::asin(std::min(1.0f, boneEnd[std::size_t(k)] / a)) : 0.6f * kPi;
    const auto at = [&](float theta) {
      return glm::vec3(-a * std::sin(theta), yBack - drop[std::size_t(k)] * 0.5f * (1.0f - std::cos(theta)), zc - b * std::cos(theta));
    };
    // A rib stays under the superficial muscles that cover it (the obliques, serratus, latissimus: their outer
    // face 4 mm beneath the form, 8 mm thick), or it shows through them where the flank is tight.
    Piece rib{{}, spineJointAt(yBack)};
    rib.under = kUnderRibs;
    std::vector<SdfPrimitive> right{C({-0.012f, yBack, vertebralBodyZ(yBack) - 0.01f}, at(0.25f), 0.004f)};
    const int steps = 8;
    for (int s = 0; s < steps; ++s) {
      const float t0 = 0.25f + (end - 0.25f) * float(s) / float(steps), t1 = 0.25f + (end - 0.25f) * float(s + 1) / float(steps);
      right.push_back(C(at(t0), at(t1), 0.0045f));
    }
    if (k < 10) {
      // The cartilage: on from the bone's end, dipping a little, then in and up to its attachment.
      const glm::vec3 from = at(end);
      const glm::vec3 to = k < 7 ? glm::vec3(k == 0 ? -0.021f : -0.015f, sternalY[std::size_t(k)], sternumZ(sternalY[std::size_t(k)]))
                                 : cartilageMid[std::size_t(k - 1)];
      const glm::vec3 mid{0.5f * (from.x + to.x), std::min(from.y, to.y) - (k < 4 ? 0.0f : 0.006f * float(k - 3)), 0.5f * (from.z + to.z) + 0.006f};
      right.push_back(C(from, mid, 0.0042f, 0.004f));
      right.push_back(C(mid, to, 0.004f, k < 7 ? 0.0045f : 0.0035f));
      cartilageMid[std::size_t(k)] = glm::mix(mid, to, 0.35f);
    }
    for (const auto& p : right) {
      rib.shapes.push_back(p);
      rib.shapes.push_back(mirrored(p));
    }
    ribs.pieces.push_back(rib);
  }
  {
    Piece sternum{{}, "spine_thoracic_upper"};
    const glm::vec3 notch{0.0f, 1.404f, sternumZ(1.404f)}, sternalAngle{0.0f, 1.366f, sternumZ(1.366f)}, xiphisternal{0.0f, 1.25f, sternumZ(1.25f)};
    std::vector<SdfPrimitive> half = {
        T(notch + glm::vec3(-0.009f, 0.0f, 0.0f), notch + glm::vec3(-0.027f, 0.004f, -0.004f), sternalAngle + glm::vec3(-0.014f, 0.0f, 0.0f), 0.0045f),
        T(notch + glm::vec3(-0.009f, 0.0f, 0.0f), sternalAngle + glm::vec3(-0.014f, 0.0f, 0.0f), sternalAngle, 0.0045f),          // manubrium
        T(sternalAngle, sternalAngle + glm::vec3(-0.014f, 0.0f, 0.0f), xiphisternal + glm::vec3(-0.016f, 0.0f, 0.0f), 0.004f),
        T(sternalAngle, xiphisternal + glm::vec3(-0.016f, 0.0f, 0.0f), xiphisternal, 0.004f),                              // body
        C(notch + glm::vec3(-0.027f, 0.004f, -0.004f), notch + glm::vec3(-0.02f, -0.003f, -0.002f), 0.0055f)};      // clavicular notch
    bothSides(sternum.shapes, half);
    sternum.shapes.push_back(C(sternalAngle + glm::vec3(-0.014f, 0.0f, 0.0f), sternalAngle + glm::vec3(0.014f, 0.0f, 0.0f), 0.0055f));  // the sternal angle
    sternum.shapes.push_back(C(xiphisternal, xiphisternal + glm::vec3(0.0f, -0.035f, 0.004f), 0.007f, 0.003f));          // xiphoid
    ribs.pieces.push_back(sternum);
  }
  bones.push_back(ribs);

  // Pelvis: the two hip bones (the sacrum and coccyx follow as a bone of their own), on key points measured on BodyParts3D's hip bone in this body's frame
  // (docs/ANATOMY.md), fitted to our hip joint, tilted so the ASIS and the pubic symphysis lie in one frontal
  // plane.
  Bone pelvis{"pelvic_girdle", false, {}};
  const glm::vec3 hip = jointAt("thigh.r");
  Piece hips{{}, "pelvis"};
  std::vector<SdfPrimitive> right;
  // Ilium: the wing as a curved sheet between its base (the body over the acetabulum, the greater sciatic
  // notch, the auricular surface) and the iliac crest, bowed out so the iliac fossa is hollow inside and the
  // gluteal surface convex outside; the crest a thick rim with the tubercle, from the ASIS round to the PSIS.
  // (The wing's surface is placed on rays cast through BodyParts3D's hip bone from the front and from behind:
  // between the crest and the base it runs at about 50 degrees to the frontal plane, facing forward and in.)
  const std::array<glm::vec3, 8> crest = {glm::vec3(-0.122f, 0.977f, 0.064f), {-0.132f, 0.997f, 0.045f}, {-0.134f, 1.014f, 0.022f},
                                          {-0.117f, 1.031f, 0.002f},         {-0.102f, 1.037f, -0.01f},  {-0.08f, 1.027f, -0.028f},
                                          {-0.062f, 1.008f, -0.045f},        {-0.047f, 0.99f, -0.068f}};
  const std::array<float, 8> crestRadius = {0.0055f, 0.006f, 0.0075f, 0.0065f, 0.006f, 0.0055f, 0.006f, 0.0075f};
  const std::array<glm::vec3, 8> base = {glm::vec3(-0.106f, 0.945f, 0.05f), {-0.11f, 0.942f, 0.04f},   {-0.104f, 0.94f, 0.026f},
                                         {-0.095f, 0.94f, 0.015f},          {-0.086f, 0.942f, 0.005f}, {-0.076f, 0.946f, -0.004f},
                                         {-0.064f, 0.955f, -0.022f},        {-0.052f, 0.965f, -0.052f}};
  const glm::vec3 bow{-0.004f, 0.0f, -0.002f};  // the middle of the wing stands out a little from the line base-crest
  std::array<glm::vec3, 8> middle{};
  for (std::size_t i = 0; i < crest.size(); ++i) middle[i] = glm::mix(base[i], crest[i], 0.55f) + bow * std::sin(kPi * float(i + 1) / 9.0f);
  for (std::size_t i = 0; i + 1 < crest.size(); ++i) {
    right.push_back(T(base[i], base[i + 1], middle[i], 0.003f));
    right.push_back(T(base[i + 1], middle[i + 1], middle[i], 0.003f));
    right.push_back(T(middle[i], middle[i + 1], crest[i], 0.0025f));
    right.push_back(T(middle[i + 1], crest[i + 1], crest[i], 0.0025f));
    right.push_back(C(crest[i], crest[i + 1], crestRadius[i], crestRadius[i + 1]));
  }
  right.push_back(E(crest[2], {0.006f, 0.008f, 0.009f}));                       // iliac tubercle
  right.push_back(C(crest[0], base[0], 0.0055f, 0.006f));                       // ASIS down to the AIIS
  right.push_back(E(base[0], 0.0065f));                                          // AIIS
  right.push_back(C(crest[7], base[7] + glm::vec3(0.0f, -0.01f, -0.002f), 0.007f, 0.0065f));  // PSIS to PIIS
  // The body of the ilium: a thick column from the base of the wing into the roof of the acetabulum.
  const glm::vec3 socketRoof = hip + glm::vec3(0.002f, 0.027f, -0.004f);
  right.push_back(C(base[3], socketRoof, 0.011f, 0.013f));
  right.push_back(C(base[5], socketRoof + glm::vec3(0.006f, 0.0f, -0.01f), 0.009f, 0.012f));
  right.push_back(C(base[1], hip + glm::vec3(0.004f, 0.018f, 0.022f), 0.008f, 0.01f));
  // The acetabulum: a deep cup facing out, forward and down round the femoral head, its rim open below (the
  // acetabular notch).
  const glm::vec3 socketAxis = glm::normalize(glm::vec3(-1.0f, -0.45f, 0.5f));
  const glm::vec3 u = glm::normalize(glm::cross(socketAxis, glm::vec3(0, 0, 1))), w = glm::cross(socketAxis, u);
  const glm::vec3 rimCentre = hip - socketAxis * 0.002f;
  for (int k = 0; k < 12; ++k) {
    const float a0 = 2.0f * kPi * float(k) / 12.0f, a1 = 2.0f * kPi * float(k + 1) / 12.0f;
    const auto rim = [&](float a) { return rimCentre + 0.028f * (std::cos(a) * u + std::sin(a) * w); };
    if (std::sin(0.5f * (a0 + a1)) * glm::dot(w, glm::vec3(0, -1, 0)) > 0.8f) continue;  // the notch, facing down
    right.push_back(C(rim(a0), rim(a1), 0.0065f));
  }
  right.push_back(E(hip + socketAxis * -0.024f, {0.01f, 0.024f, 0.024f}));  // the floor of the cup, behind the head
  // Pubis: the body beside the symphysis, a thick plate with its tubercle; the superior ramus out to the
  // acetabulum (the iliopubic eminence); the inferior ramus down and out to meet the ischial ramus.
  const glm::vec3 symphysisTop{-0.004f, 0.895f, 0.065f}, symphysisBottom{-0.004f, 0.858f, 0.055f};
  const glm::vec3 bodyTopOut{-0.03f, 0.896f, 0.061f}, bodyBottomOut{-0.024f, 0.858f, 0.049f};
  right.push_back(T(symphysisTop, symphysisBottom, bodyTopOut, 0.005f));
  right.push_back(T(symphysisBottom, bodyBottomOut, bodyTopOut, 0.005f));
  right.push_back(E({-0.024f, 0.897f, 0.066f}, 0.005f));                               // pubic tubercle
  const glm::vec3 eminence = hip + glm::vec3(0.02f, 0.004f, 0.03f);
  right.push_back(C(bodyTopOut, eminence, 0.0085f, 0.01f));                            // superior ramus
  right.push_back(C(eminence, hip + glm::vec3(0.01f, 0.018f, 0.018f), 0.009f));
  const glm::vec3 ischialTuberosity{-0.056f, 0.83f, -0.03f}, ramiMeet{-0.034f, 0.836f, 0.022f};
  // The rami are flat bars about 1.5 cm broad: a thick strip each, edge to the obturator foramen.
  right.push_back(C(bodyBottomOut, ramiMeet, 0.0075f, 0.0075f));                       // inferior pubic ramus
  right.push_back(C(ramiMeet, ischialTuberosity + glm::vec3(0.004f, 0.004f, 0.012f), 0.0075f, 0.01f));  // ischial ramus
  // Ischium: its body down from behind the acetabulum to the tuberosity, the spine pointing in and back
  // between the greater and lesser sciatic notches.
  right.push_back(C(hip + glm::vec3(0.012f, -0.012f, -0.022f), ischialTuberosity, 0.013f, 0.012f));
  right.push_back(E(ischialTuberosity, {0.0105f, 0.016f, 0.012f}));
  right.push_back(C(hip + glm::vec3(0.016f, -0.012f, -0.028f), {-0.05f, 0.874f, -0.047f}, 0.006f, 0.0035f));  // ischial spine
  right.push_back(C(base[6], hip + glm::vec3(0.016f, -0.004f, -0.022f), 0.007f, 0.01f));  // posterior border, round the notch
  bothSides(hips.shapes, right);
  pelvis.pieces.push_back(hips);
  bones.push_back(pelvis);
  // Sacrum: a curved wedge, its base forward under L5 (the promontory) with the alae out to the sacroiliac
  // joints, tapering and curving back and down to the apex; the median crest behind; the coccyx curls below.
  Bone sacrumBone{"sacrum", false, {}};
  Piece sacral{{}, "pelvis"};
  right.clear();
  struct Level { float y, z, halfWidth, halfThickness; };
  const std::array<Level, 5> sacrum = {Level{0.972f, -0.046f, 0.052f, 0.008f}, {0.95f, -0.058f, 0.047f, 0.0075f},
                                       {0.925f, -0.068f, 0.036f, 0.0065f}, {0.898f, -0.075f, 0.026f, 0.0055f},
                                       {0.872f, -0.077f, 0.014f, 0.0045f}};
  for (std::size_t i = 0; i + 1 < sacrum.size(); ++i) {
    const Level &a = sacrum[i], &b = sacrum[i + 1];
    const float bend = 0.008f;  // the sacrum is hollow in front across as well as along
    const glm::vec3 a0{0.0f, a.y, a.z}, a1{-a.halfWidth, a.y, a.z + bend}, b0{0.0f, b.y, b.z}, b1{-b.halfWidth, b.y, b.z + bend * 0.6f};
    right.push_back(T(a0, a1, b0, a.halfThickness));
    right.push_back(T(a1, b1, b0, b.halfThickness));
  }
  right.push_back(C({-0.052f, 0.972f, -0.038f}, {-0.05f, 0.955f, -0.056f}, 0.009f, 0.008f));  // ala, to the sacroiliac joint
  right.push_back(C({-0.05f, 0.966f, -0.052f}, crest[7] + glm::vec3(0.004f, -0.022f, 0.01f), 0.008f, 0.007f));  // sacroiliac joint
  bothSides(sacral.shapes, right);
  sacral.shapes.push_back(E({0.0f, 0.968f, -0.034f}, {0.024f, 0.011f, 0.016f}));            // body of S1 and the promontory
  sacral.shapes.push_back(C({0.0f, 0.962f, -0.06f}, {0.0f, 0.885f, -0.086f}, 0.004f, 0.003f));  // median sacral crest
  sacral.shapes.push_back(C({0.0f, 0.868f, -0.08f}, {0.0f, 0.846f, -0.07f}, 0.005f, 0.003f));  // coccyx
  sacral.under = kUnderMuscle;  // under the thoracolumbar fascia and gluteus maximus' origin, not through them
  sacrumBone.pieces.push_back(sacral);
  bones.push_back(sacrumBone);

  // Shoulder girdle and arm.
  // Shoulder girdle and arm, placed on BodyParts3D's (docs/ANATOMY.md: its acromion, coracoid and humeral head
  // lie about 2 cm nearer the midline than a population-average shoulder breadth puts them; the measured
  // muscles of the shoulder follow the real bones, so ours follow them too).
  // Clavicle: an S, convex forward over its medial two thirds and concave over its lateral third, round and
  // bulbous at the sternum, flattened where it meets the acromion.
  bones.push_back({"clavicle_bone", true, {{{E({-0.021f, 1.419f, 0.05f}, {0.011f, 0.0105f, 0.01f}),
                                         C({-0.021f, 1.419f, 0.05f}, {-0.05f, 1.426f, 0.058f}, 0.0095f, 0.008f),
                                         C({-0.05f, 1.426f, 0.058f}, {-0.085f, 1.432f, 0.046f}, 0.008f, 0.0072f),
                                         C({-0.085f, 1.432f, 0.046f}, {-0.116f, 1.436f, 0.021f}, 0.0072f, 0.0068f),
                                         C({-0.116f, 1.436f, 0.021f}, {-0.14f, 1.44f, -0.004f}, 0.0068f, 0.0066f),
                                         C({-0.14f, 1.44f, -0.004f}, {-0.152f, 1.441f, -0.019f}, 0.0066f, 0.006f),
                                         E({-0.149f, 1.438f, -0.016f}, {0.009f, 0.0045f, 0.011f})}, "clavicle.r", kCell, kKeepRatio, kUnderClavicle}}});
  // Scapula: the blade from the superior angle (T2) to the inferior angle (T7) as measured on BodyParts3D,
  // bent round the ribs, a thick lateral border up to the glenoid, the spine rising from the blade as a ridge
  // to the acromion over the humeral head (meeting the clavicle), and the coracoid hooking forward under the
  // clavicle, so the supraspinatus and infraspinatus fill the fossae over the blade, not under it.
  const glm::vec3 superiorAngle{-0.076f, 1.424f, -0.074f}, inferiorAngle{-0.097f, 1.272f, -0.080f};
  const glm::vec3 medialBorder{-0.066f, 1.36f, -0.086f}, glenoidNeck{-0.14f, 1.382f, -0.05f};
  const glm::vec3 spineRoot{-0.068f, 1.377f, -0.092f}, acromionBase{-0.156f, 1.428f, -0.054f};
  // The blade, its borders, the coracoid and the glenoid lie under the muscles that cover them (trapezius,
  // supraspinatus, infraspinatus, deltoid: at 4 mm beneath the form the superior angle and the spine's root came
  // through the thin trapezius as white dots); the spine's crest and the acromion lie under the skin.
  Piece blade{{T(superiorAngle, medialBorder, glenoidNeck, 0.0025f),
               T(medialBorder, inferiorAngle, glenoidNeck, 0.0025f),
               C(inferiorAngle, glenoidNeck, 0.004f, 0.006f),                     // lateral border
               C(superiorAngle, {-0.124f, 1.397f, -0.05f}, 0.003f),              // superior border, down to the notch
               T(spineRoot, acromionBase, {-0.115f, 1.385f, -0.066f}, 0.003f),   // spine
               C({-0.14f, 1.4f, -0.042f}, {-0.132f, 1.415f, -0.018f}, 0.0065f, 0.0055f),  // coracoid
               C({-0.132f, 1.415f, -0.018f}, {-0.14f, 1.41f, 0.012f}, 0.0055f, 0.0048f),
               E({-0.155f, 1.392f, -0.036f}, {0.007f, 0.018f, 0.012f})},  // glenoid
              "scapula.r"};
  blade.under = kUnderMuscle;
  // (as close under the form as the clavicle, so the acromioclavicular joint reads as one bony top of the
  // shoulder rather than the clavicle's end standing on the acromion as a second knob)
  const Piece spineCrest{{C(spineRoot, acromionBase - glm::vec3(0.0f, 0.0f, 0.004f), 0.004f, 0.007f),  // the spine's crest
                          E({-0.161f, 1.437f, -0.029f}, {0.014f, 0.0055f, 0.021f})},                 // acromion, meeting the clavicle
                         "scapula.r", kCell, kKeepRatio, kUnderClavicle};
  bones.push_back({"scapula_bone", true, {blade, spineCrest}});
  // Humerus: the head against the glenoid with the greater tubercle lateral and the lesser in front, the
  // shaft widening below into the epicondyles, the spool of the trochlea (for the ulna) and the round
  // capitulum (for the radius).
  bones.push_back({"humerus", true, {{{E({-0.178f, 1.397f, -0.016f}, 0.022f), E({-0.194f, 1.391f, -0.008f}, {0.009f, 0.012f, 0.011f}),
                                        E({-0.182f, 1.384f, 0.008f}, 0.006f),
                                        C({-0.19f, 1.375f, -0.014f}, {-0.238f, 1.14f, -0.022f}, 0.011f, 0.009f),
                                        T({-0.238f, 1.17f, -0.022f}, {-0.212f, 1.112f, -0.028f}, {-0.268f, 1.112f, -0.024f}, 0.006f),
                                        E({-0.211f, 1.112f, -0.028f}, {0.008f, 0.007f, 0.007f}),       // medial epicondyle
                                        E({-0.267f, 1.113f, -0.024f}, {0.005f, 0.007f, 0.006f}),        // lateral epicondyle
                                        C({-0.222f, 1.104f, -0.02f}, {-0.243f, 1.104f, -0.02f}, 0.009f),  // trochlea
                                        E({-0.254f, 1.106f, -0.014f}, 0.0085f)}, "upper_arm.r"}}});    // capitulum
  // Radius: the round head under the capitulum, a shaft that widens to the broad distal end and its styloid.
  // Ulna: the olecranon hooking behind the trochlea, the coronoid process in front, a shaft that narrows to
  // the small head and its styloid.
  // The radius' lower end keeps 5 mm under this forearm's skin on its lateral side, where the brachioradialis
  // tendon and the thumb's outcropping muscles cross it.
  bones.push_back({"radius", true, {{{C({-0.262f, 1.095f, -0.008f}, {-0.278f, 0.876f, 0.004f}, 0.0055f, 0.0095f),
                                       E({-0.261f, 1.094f, -0.01f}, {0.0095f, 0.005f, 0.0095f}),
                                       E({-0.275f, 0.867f, 0.004f}, {0.014f, 0.008f, 0.009f}),
                                       E({-0.287f, 0.862f, 0.004f}, {0.004f, 0.008f, 0.005f})}, "forearm.r"}}});
  bones.push_back({"ulna", true, {{{C({-0.237f, 1.128f, -0.044f}, {-0.236f, 1.085f, -0.028f}, 0.0095f, 0.009f),
                                     E({-0.236f, 1.122f, -0.047f}, {0.009f, 0.012f, 0.008f}),    // olecranon
                                     E({-0.233f, 1.097f, -0.013f}, {0.006f, 0.005f, 0.006f}),    // coronoid process
                                     C({-0.236f, 1.085f, -0.028f}, {-0.24f, 0.868f, -0.01f}, 0.008f, 0.005f),
                                     E({-0.241f, 0.865f, -0.011f}, 0.0065f)}, "forearm.r"}}});
  // Hand, palm forward: the carpus in two rows (scaphoid, lunate, triquetrum with the pisiform in front; then
  // trapezium, trapezoid, capitate and hamate), five metacarpals fanning from it to the knuckles, and the
  // phalanges, each its own bone with a joint space between them.
  Bone hand{"hand_bones", true, {}};
  for (const auto& [centre, radii] : std::initializer_list<std::pair<glm::vec3, glm::vec3>>{
           {{-0.273f, 0.850f, 0.002f}, {0.0065f, 0.0055f, 0.0075f}},    // scaphoid
           {{-0.2605f, 0.852f, 0.0f}, {0.0055f, 0.006f, 0.008f}},       // lunate
           {{-0.2495f, 0.849f, -0.001f}, {0.005f, 0.0055f, 0.007f}},    // triquetrum
           {{-0.2475f, 0.847f, 0.0085f}, {0.0035f, 0.004f, 0.0035f}},   // pisiform
           {{-0.2765f, 0.834f, 0.004f}, {0.006f, 0.006f, 0.007f}},      // trapezium
           {{-0.268f, 0.833f, 0.0f}, {0.0045f, 0.0055f, 0.0065f}},      // trapezoid
           {{-0.259f, 0.834f, 0.001f}, {0.0055f, 0.0085f, 0.0075f}},    // capitate
           {{-0.2495f, 0.835f, 0.001f}, {0.0055f, 0.0075f, 0.0075f}},   // hamate
           {{-0.2485f, 0.830f, 0.009f}, {0.003f, 0.003f, 0.0035f}}})    // its hook
    hand.pieces.push_back(smallBone({E(centre, radii)}, "hand.r"));
  const std::array<const char*, 4> fingers = {"index", "middle", "ring", "little"};
  const std::array<float, 4> metacarpalBase = {-0.2685f, -0.259f, -0.2505f, -0.2445f};
  const std::array<float, 4> girth = {1.0f, 1.0f, 0.92f, 0.85f};
  for (std::size_t i = 0; i < fingers.size(); ++i) {
    const std::string f = fingers[i];
    const float g = girth[i];
    const glm::vec3 p1 = jointAt(f + "1.r"), p2 = jointAt(f + "2.r"), p3 = jointAt(f + "3.r");
    const glm::vec3 tip = p3 + (p3 - p2) * 0.75f;
    const glm::vec3 d1 = glm::normalize(p2 - p1), d2 = glm::normalize(p3 - p2), d3 = glm::normalize(tip - p3);
    hand.pieces.push_back(smallLongBone({metacarpalBase[i], 0.8235f, 0.0f}, p1 - glm::vec3(0.0f, 0.0f, 0.002f), 0.0048f * g, 0.0032f * g,
                                        0.0055f * g, "hand.r"));  // metacarpal, its head the knuckle
    hand.pieces.push_back(smallLongBone(p1 + d1 * 0.0065f, p2 - d1 * 0.001f, 0.0048f * g, 0.003f * g, 0.0036f * g, f + "1.r"));
    hand.pieces.push_back(smallLongBone(p2 + d2 * 0.0045f, p3 - d2 * 0.001f, 0.0037f * g, 0.0026f * g, 0.0031f * g, f + "2.r"));
    hand.pieces.push_back(smallLongBone(p3 + d3 * 0.004f, tip, 0.0031f * g, 0.0021f * g, 0.003f * g, f + "3.r"));  // with its tuft
  }
  {
    const glm::vec3 t1 = jointAt("thumb1.r"), t2 = jointAt("thumb2.r"), t3 = jointAt("thumb3.r");
    const glm::vec3 tip = t3 + (t3 - t2) * 0.85f;
    const glm::vec3 d1 = glm::normalize(t2 - t1), d2 = glm::normalize(t3 - t2), d3 = glm::normalize(tip - t3);
    hand.pieces.push_back(smallLongBone(t1 + d1 * 0.005f, t2, 0.0058f, 0.0038f, 0.006f, "thumb1.r"));  // first metacarpal
    hand.pieces.push_back(smallLongBone(t2 + d2 * 0.0072f, t3 - d2 * 0.001f, 0.0052f, 0.0036f, 0.0042f, "thumb2.r"));
    hand.pieces.push_back(smallLongBone(t3 + d3 * 0.005f, tip, 0.004f, 0.0028f, 0.0036f, "thumb3.r"));
  }
  bones.push_back(hand);

  // Leg.
  // Femur: head, the neck running down and out to the greater trochanter (its top level with the head's centre,
  // its most lateral point 3 cm lower, as on BodyParts3D), the lesser trochanter behind and inside (where the
  // psoas inserts), the shaft, and at the knee two condyles either side of the intercondylar notch with the
  // patellar groove in front.
  bones.push_back({"femur", true, {{{E({-0.08f, 0.91f, 0.0f}, 0.023f), C({-0.08f, 0.91f, 0.0f}, {-0.128f, 0.886f, -0.006f}, 0.0145f, 0.015f),
                                      E({-0.139f, 0.879f, -0.012f}, {0.014f, 0.022f, 0.017f}),
                                      C({-0.135f, 0.897f, -0.02f}, {-0.108f, 0.843f, -0.018f}, 0.006f),  // intertrochanteric crest
                                      E({-0.106f, 0.841f, -0.016f}, 0.0085f),                          // lesser trochanter, on the shaft
                                      C({-0.134f, 0.87f, -0.004f}, {-0.09f, 0.54f, 0.0f}, 0.0145f, 0.013f),
                                      T({-0.09f, 0.56f, 0.0f}, {-0.067f, 0.51f, -0.008f}, {-0.109f, 0.51f, -0.008f}, 0.01f),
                                      E({-0.068f, 0.503f, -0.002f}, {0.015f, 0.021f, 0.026f}),          // medial condyle
                                      E({-0.107f, 0.505f, -0.002f}, {0.015f, 0.02f, 0.025f}),           // lateral condyle
                                      E({-0.087f, 0.52f, 0.02f}, {0.02f, 0.016f, 0.01f})}, "thigh.r"}}});  // patellar surface
  // Patella: a rounded triangle, apex down, in the groove in front of the condyles, close under the skin (the
  // condyles and the tibia's upper end sit 8 mm further forward than the shafts: BodyParts3D's femur lies
  // 9 mm ahead of ours, and the patella and tuberosity are subcutaneous).
  bones.push_back({"patella", true, {{{E({-0.087f, 0.519f, 0.038f}, {0.017f, 0.015f, 0.009f}),
                                        T({-0.104f, 0.53f, 0.04f}, {-0.07f, 0.53f, 0.04f}, {-0.087f, 0.497f, 0.039f}, 0.008f)}, "shin.r"}}});
  // Tibia: the medial and lateral condyles flaring from the shaft under the plateau, the tuberosity in front,
  // the medial malleolus below.
  bones.push_back({"tibia", true, {{{E({-0.07f, 0.471f, 0.003f}, {0.018f, 0.011f, 0.025f}), E({-0.098f, 0.471f, 0.002f}, {0.017f, 0.011f, 0.023f}),
                                      C({-0.083f, 0.466f, 0.004f}, {-0.081f, 0.42f, 0.004f}, 0.024f, 0.016f),
                                      C({-0.08f, 0.47f, 0.006f}, {-0.074f, 0.09f, -0.012f}, 0.016f, 0.011f),
                                      E({-0.085f, 0.438f, 0.033f}, {0.009f, 0.011f, 0.008f}), E({-0.062f, 0.075f, -0.01f}, {0.008f, 0.012f, 0.01f}),
                                      C({-0.084f, 0.425f, 0.022f}, {-0.076f, 0.14f, 0.002f}, 0.006f, 0.005f),  // anterior border
                                      E({-0.079f, 0.086f, -0.012f}, {0.017f, 0.013f, 0.016f})}, "shin.r"}}});  // broad lower end
  // Fibula: its head against the underside of the lateral tibial condyle, a thin shaft, and the lateral
  // malleolus in the notch of the tibia's lower end, lower than the medial one.
  bones.push_back({"fibula", true, {{{E({-0.113f, 0.453f, -0.02f}, 0.0095f), C({-0.114f, 0.45f, -0.02f}, {-0.102f, 0.085f, -0.022f}, 0.006f, 0.005f),
                                       E({-0.103f, 0.068f, -0.021f}, {0.008f, 0.014f, 0.01f})}, "shin.r"}}});
  // Foot: the talus under the tibia with its head forward; the calcaneus below and behind it to the heel; the
  // navicular, three cuneiforms and the cuboid; five metatarsals sloping down from the arch to their heads on
  // the ball of the foot; the phalanges (two for the great toe, three for the others).
  Bone foot{"foot_bones", true, {}};
  const auto tarsal = [&](std::vector<SdfPrimitive> shapes) { foot.pieces.push_back(smallBone(std::move(shapes), "foot.r", 0.004f)); };
  // The longitudinal arch: the calcaneus rises about 20 degrees from its tuber on the ground to the cuboid, the
  // talus' head sits on it at the keystone with the navicular 5 cm up on the medial side, and the metatarsals
  // slope down to their heads on the ball of the foot.
  tarsal({E({-0.082f, 0.061f, -0.012f}, {0.0155f, 0.011f, 0.019f}),           // talus: body with its trochlea
          C({-0.08f, 0.059f, 0.0f}, {-0.071f, 0.054f, 0.024f}, 0.011f, 0.0105f)});  // neck and head
  tarsal({E({-0.088f, 0.029f, -0.053f}, {0.0135f, 0.02f, 0.017f}),          // calcaneus: the tall tuber of the heel,
          E({-0.091f, 0.033f, -0.018f}, {0.015f, 0.015f, 0.03f}),            // its body under the talus,
          C({-0.093f, 0.035f, 0.0f}, {-0.097f, 0.039f, 0.014f}, 0.011f, 0.01f),  // the anterior process to the cuboid
          E({-0.074f, 0.044f, -0.008f}, {0.009f, 0.005f, 0.011f})});        // the sustentaculum tali, medial
  tarsal({E({-0.069f, 0.053f, 0.037f}, {0.012f, 0.011f, 0.0065f})});          // navicular
  tarsal({E({-0.103f, 0.033f, 0.036f}, {0.0105f, 0.011f, 0.012f})});          // cuboid
  tarsal({E({-0.0585f, 0.045f, 0.053f}, {0.0072f, 0.012f, 0.009f})});         // medial cuneiform
  tarsal({E({-0.0715f, 0.051f, 0.051f}, {0.0055f, 0.0085f, 0.0075f})});       // intermediate cuneiform
  tarsal({E({-0.0835f, 0.046f, 0.051f}, {0.0058f, 0.0095f, 0.0085f})});       // lateral cuneiform
  struct Ray { glm::vec3 base, head; float baseR, shaftR, headR; int phalanges; };
  const std::array<Ray, 5> rays = {Ray{{-0.058f, 0.045f, 0.063f}, {-0.057f, 0.02f, 0.142f}, 0.0085f, 0.006f, 0.0095f, 2},
                                   Ray{{-0.0715f, 0.05f, 0.06f}, {-0.073f, 0.019f, 0.147f}, 0.0062f, 0.0036f, 0.0065f, 3},
                                   Ray{{-0.0835f, 0.045f, 0.06f}, {-0.087f, 0.018f, 0.141f}, 0.006f, 0.0034f, 0.006f, 3},
                                   Ray{{-0.0965f, 0.038f, 0.054f}, {-0.1f, 0.017f, 0.132f}, 0.0058f, 0.0033f, 0.0057f, 3},
                                   Ray{{-0.112f, 0.029f, 0.05f}, {-0.113f, 0.016f, 0.121f}, 0.0068f, 0.0034f, 0.0055f, 3}};
  for (std::size_t i = 0; i < rays.size(); ++i) {
    const Ray& r = rays[i];
    foot.pieces.push_back(smallLongBone(r.base, r.head, r.baseR, r.shaftR, r.headR, "foot.r"));
    if (i == 4) foot.pieces.push_back(smallBone({E({-0.12f, 0.026f, 0.049f}, {0.005f, 0.005f, 0.007f})}, "foot.r"));  // its tuberosity
    // The toe: forward and slightly down from the metatarsal head, each phalanx shorter than the one before.
    const float toeScale = i == 0 ? 1.0f : 1.0f - 0.1f * float(i - 1);
    const std::array<float, 3> lengths = i == 0 ? std::array<float, 3>{0.027f, 0.021f, 0.0f}
                                                : std::array<float, 3>{0.022f * toeScale, 0.01f * toeScale, 0.008f * toeScale};
    glm::vec3 at = r.head + glm::vec3(0.0f, 0.0f, r.headR + 0.002f);
    for (int k = 0; k < r.phalanges; ++k) {
      const glm::vec3 dir = glm::normalize(glm::vec3(0.0f, k == 0 ? 0.0f : -0.15f, 1.0f));  // the last ones bend down
      const float len = lengths[std::size_t(k)];
      const float rad = (i == 0 ? 0.0068f : 0.0042f * toeScale) * (1.0f - 0.18f * float(k));
      foot.pieces.push_back(smallLongBone(at, at + dir * len, rad, rad * 0.7f, rad * 0.85f, "toes.r"));
      at += dir * (len + 0.0015f);
    }
  }
  bones.push_back(foot);
  return bones;
}

std::string leftOf(const std::string& joint) {
  return joint.size() > 2 && joint.substr(joint.size() - 2) == ".r" ? joint.substr(0, joint.size() - 2) + ".l" : joint;
}

}  // namespace

std::vector<Mesh> buildBones(const BodyParameters& params, const std::vector<Joint>& joints, const SdfUnion& envelope) {
  const float scale = params.stature / kReferenceStature;
  std::vector<Mesh> out;
  for (const Bone& bone : skeletonBones(joints, scale)) {
    Mesh mesh;
    mesh.name = bone.paired ? bone.name + ".r" : bone.name;
    mesh.tissue = TissueKind::Bone;
    std::vector<std::string> vertexJoint;
    for (const Piece& piece : bone.pieces) {
      SdfUnion field;
      for (SdfPrimitive p : piece.shapes) {
        p.a *= scale;
        p.b *= scale;
        p.c *= scale;
        p.radii *= scale;
        p.blend *= scale;
        field.add(p);
      }
      const float cell = piece.cell * scale;
      Mesh part = polygonize(field, field.bounds(2.0f * cell), cell);
      taubinSmooth(part, 4);
      // meshoptimizer's error bound is relative to the piece's size: 0.6 of a grid cell in absolute terms, so a
      // phalanx is simplified as far as a femur is.
      const glm::vec3 size = part.bounds().size();
      const float extent = std::max({size.x, size.y, size.z, cell});
      simplifyMesh(part, piece.keep, 0.6f * cell / extent);
      for (auto& p : part.positions) p = keepInside(envelope, p, piece.under * scale);
      appendTriangles(mesh, part);
      vertexJoint.insert(vertexJoint.end(), part.positions.size(), piece.joint);
    }
    computeSmoothNormals(mesh);
    if (bone.tint != glm::vec3(1.0f)) mesh.colours.assign(mesh.positions.size(), bone.tint);
    const auto rig = [&](Mesh& m, bool left) {
      m.joints.clear();
      m.weights.clear();
      for (const auto& name : vertexJoint) {
        const int j = findJoint(joints, left ? leftOf(name) : name);
        m.joints.push_back({std::uint16_t(std::max(j, 0)), 0, 0, 0});
        m.weights.emplace_back(1.0f, 0.0f, 0.0f, 0.0f);
      }
    };
    rig(mesh, false);
    if (bone.paired) {
      Mesh left = mirrorMesh(mesh, bone.name + ".l");
      rig(left, true);
      out.push_back(std::move(mesh));
      out.push_back(std::move(left));
    } else {
      out.push_back(std::move(mesh));
    }
  }
  return out;
}

}  // namespace myoatlas
