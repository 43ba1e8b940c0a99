#include "core/body/BodyShape.h"

#include <array>
#include <iterator>

#include "core/body/Skeleton.h"

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
  glm::vec3 c{0.0f};  // a triangle's third corner
  bool carve = false;  // cut into the form (SdfPrimitive::carve)
  // A part whose skin passes from `joint` at a to this joint at b (a capsule's ends; an ellipsoid's centre and b),
  // so a raised arm bends the skin of the shoulder over a length rather than folding it at one place.
  const char* jointAtB = nullptr;
  Pigment pigment = Pigment::None;  // the colour it gives the skin (the lips, the eyes, the areolae)
  float femaleScale = 1.0f;  // its radii on the female body: a finer brow, nose and jaw, fuller lips, a
                             // smaller deltoid and forearm
};

// The reference 1.75 m body, right side and midline. Limbs hang a little away from the trunk so arms and thighs
// do not fuse with it; blend radii are kept below those gaps.
constexpr PartSpec kParts[] = {
    // The thighs come first so the left blends with the right over a few millimetres only: they meet at the
    // crotch without a web between them (ANSUR II: crotch height 0.48 of stature).
    {Kind::Capsule, {-0.0875f, 0.91f, 0.0f}, {-0.085f, 0.50f, 0.005f}, {0.085f, 0.055f, 0.0f}, 0.01f, "thigh", true},
    // Trunk. Breadths at ANSUR II's male means: chest 0.165 of stature at the nipples, waist 0.186 at the navel.
    {Kind::Ellipsoid, {0.0f, 0.94f, -0.008f}, {}, {0.165f, 0.10f, 0.098f}, 0.04f, "pelvis", false},
    {Kind::Ellipsoid, {0.0f, 1.06f, 0.005f}, {}, {0.145f, 0.13f, 0.088f}, 0.06f, "spine_lumbar", false},  // the skin's is kSurfaceParts' first
    {Kind::Ellipsoid, {0.0f, 1.27f, -0.005f}, {}, {0.135f, 0.16f, 0.11f}, 0.06f, "spine_thoracic_lower", false},
    // The flanks over the lower ribs (T11-L1), so the side of the trunk runs nearly straight from the armpit to the
    // iliac crest as in life (about 29 cm across there); without it the trunk narrowed to 24 cm between the chest
    // and the belly and read as a pear. No deeper front to back than the ellipsoids it blends with.
    {Kind::Ellipsoid, {0.0f, 1.155f, 0.0f}, {}, {0.15f, 0.085f, 0.08f}, 0.05f, "spine_thoracic_lower", false},
    {Kind::Ellipsoid, {-0.075f, 1.31f, 0.035f}, {}, {0.07f, 0.055f, 0.05f}, 0.04f, "spine_thoracic_upper", true},  // pectoral
    {Kind::Ellipsoid, {-0.07f, 1.29f, -0.05f}, {}, {0.054f, 0.11f, 0.05f}, 0.04f, "spine_thoracic_upper", true},  // back
    // The erector spinae columns either side of the spine, in the envelope so the thoracolumbar fascia and the
    // muscles beside the spine lie over them (the fascia conformed to a flat back: a white shield with no relief,
    // to two reviewers) and the skin shows them with the spinal furrow between them, deepest at the waist.
    // They rise from the sacrum medial to the posterior superior iliac spines, whose dimples stay beside them.
    {Kind::Capsule, {-0.034f, 1.0f, -0.081f}, {-0.037f, 1.13f, -0.068f}, {0.021f, 0.025f, 0.0f}, 0.02f, "spine_lumbar", true},
    {Kind::Capsule, {-0.037f, 1.13f, -0.068f}, {-0.035f, 1.25f, -0.093f}, {0.025f, 0.022f, 0.0f}, 0.02f, "spine_thoracic_lower", true},
    // Over the shoulder blade: the infraspinatus and teres muscles round the back out to the posterior axillary
    // fold (BodyParts3D's infraspinatus lies up to 4 cm behind where the back above ended there).
    {Kind::Ellipsoid, {-0.115f, 1.358f, -0.062f}, {}, {0.065f, 0.076f, 0.045f}, 0.04f, "spine_thoracic_upper", true},
    {Kind::Capsule, {0.0f, 1.45f, -0.03f}, {-0.17f, 1.418f, -0.02f}, {0.055f, 0.035f, 0.0f}, 0.04f, "spine_thoracic_upper", true, {}, false, "clavicle"},  // trapezius
    // The buttock over gluteus maximus, about 3 cm of fat over the muscle at its fullest (it stood 4.7 cm off it).
    {Kind::Ellipsoid, {-0.074f, 0.88f, -0.05f}, {}, {0.08f, 0.083f, 0.064f}, 0.03f, "pelvis", true},  // buttock
    // Pectoralis major: a broad plate from the sternum and the clavicle's medial half converging on the front of
    // the armpit (the humerus), its lower border rising from the sixth costal cartilage to the anterior axillary
    // fold; it fills out the chest to the shoulder, which was a step between a barrel and the deltoid. Two thick
    // triangles (their plane the plate's half thickness under the skin), the lower border nearly level from the
    // sternum to below the nipple before it rises, and the clavicular head below the clavicle.
    {Kind::Triangle, {-0.025f, 1.38f, 0.05f}, {-0.165f, 1.345f, 0.028f}, {0.02f, 0.0f, 0.0f}, 0.03f, "spine_thoracic_upper", true, {-0.10f, 1.248f, 0.062f}},
    {Kind::Triangle, {-0.025f, 1.38f, 0.05f}, {-0.10f, 1.248f, 0.062f}, {0.02f, 0.0f, 0.0f}, 0.05f, "spine_thoracic_upper", true, {-0.03f, 1.258f, 0.078f}},
    // Below the clavicle's lateral half, in front of the coracoid process: the clavicular heads of pectoralis
    // major and deltoid meet here at the deltopectoral groove. Without it the form fell 4-5 cm into a pit between
    // the pectoral and the deltoid, the two muscles' edges followed it down, and the écorché showed a hole onto the
    // scapula under the clavicle (an open deltopectoral triangle, to two reviewers).
    {Kind::Ellipsoid, {-0.115f, 1.388f, 0.022f}, {}, {0.035f, 0.028f, 0.03f}, 0.02f, "spine_thoracic_upper", true},
    // Apex of the armpit, where pectoralis major in front and latissimus dorsi behind pass to the humerus.
    {Kind::Ellipsoid, {-0.158f, 1.35f, -0.008f}, {}, {0.03f, 0.045f, 0.055f}, 0.02f, "spine_thoracic_upper", true},
    // Neck and head.
    {Kind::Capsule, {0.0f, 1.40f, -0.02f}, {0.0f, 1.545f, -0.012f}, {0.058f, 0.052f, 0.0f}, 0.03f, "neck", false},
    // The neck broader than deep (the sternocleidomastoids either side): about 38 cm round (ANSUR II: 39.8 cm in
    // men); the round capsule alone made it a thin stalk under the head. Its fullest 6 cm below the jaw's angle
    // (it was 4 cm): higher, it reached up to the angle and made the neck as wide as the jaw just beneath it
    // (13.2 cm), so the jaw line and its angle were lost in the front view (jowls, to two reviewers); now the neck
    // is 12.2 cm there, narrower than the jaw above it.
    {Kind::Ellipsoid, {0.0f, 1.485f, -0.018f}, {}, {0.06f, 0.045f, 0.052f}, 0.03f, "neck", false},
    {Kind::Ellipsoid, {0.0f, 1.645f, -0.006f}, {}, {0.077f, 0.105f, 0.094f}, 0.02f, "head", false},
    // The vault is fuller behind than an ellipsoid (the occiput): head circumference 0.327 of stature (ANSUR II).
    {Kind::Ellipsoid, {0.0f, 1.665f, -0.036f}, {}, {0.072f, 0.075f, 0.068f}, 0.025f, "head", false},
    // The jaw, 5.2 cm to either side (5.6 before: the face was as broad at the mouth as at the cheekbones, jowls);
    // hers 0.93 of that, with a finer chin and jaw line (a reviewer took her face for his).
    {Kind::Ellipsoid, {0.0f, 1.57f, 0.03f}, {}, {0.052f, 0.05f, 0.058f}, 0.03f, "head", false, {}, false, nullptr, Pigment::None, 0.93f},    // jaw
    // The nose under the skin's bridge, tip and alae (kFaceParts): it stood 5 mm in front of the tip, a bulb.
    {Kind::Ellipsoid, {0.0f, 1.618f, 0.09f}, {}, {0.011f, 0.02f, 0.0155f}, 0.01f, "head", false},  // nose
    // Arm.
    // The deltoid; the skin over its top follows the acromion (the clavicle) as the humeral head turns under it.
    // Its top 1 cm over the acromion, as in life (it stood 2 cm over it, square shoulder pads with the level
    // shoulder line).
    {Kind::Ellipsoid, {-0.196f, 1.403f, -0.005f}, {-0.19f, 1.46f, -0.005f}, {0.055f, 0.057f, 0.053f}, 0.035f, "upper_arm", true, {}, false, "clavicle", Pigment::None, 0.9f},
    {Kind::Capsule, {-0.20f, 1.39f, -0.01f}, {-0.24f, 1.105f, -0.02f}, {0.045f, 0.034f, 0.0f}, 0.02f, "upper_arm", true},
    // The forearm begins no broader than the arm ends: a wider end (3.8 cm) and the blends where the two meet stood
    // out round the elbow as a ring, a "sleeve cuff" in every view, with a waist either side of it; the forearm's
    // bulk reaches up to the elbow instead.
    {Kind::Capsule, {-0.24f, 1.10f, -0.02f}, {-0.26f, 0.85f, 0.0f}, {0.032f, 0.024f, 0.0f}, 0.02f, "forearm", true},
    {Kind::Ellipsoid, {-0.247f, 1.03f, -0.01f}, {}, {0.044f, 0.075f, 0.040f}, 0.02f, "forearm", true, {}, false, nullptr, Pigment::None, 0.92f},  // forearm bulk
    // Leg.
    {Kind::Ellipsoid, {-0.09f, 0.70f, 0.02f}, {}, {0.075f, 0.14f, 0.07f}, 0.03f, "thigh", true},  // quadriceps
    {Kind::Ellipsoid, {-0.085f, 0.50f, 0.01f}, {}, {0.05f, 0.055f, 0.05f}, 0.02f, "shin", true},   // knee
    {Kind::Capsule, {-0.085f, 0.49f, 0.0f}, {-0.082f, 0.075f, -0.015f}, {0.048f, 0.024f, 0.0f}, 0.02f, "shin", true},
    {Kind::Ellipsoid, {-0.085f, 0.36f, -0.03f}, {}, {0.05f, 0.11f, 0.055f}, 0.03f, "shin", true},  // calf
    // Soleus below the gastrocnemius' bellies, tapering into the calcaneal tendon: without it the calf ended
    // abruptly at mid-shin in a thin tube.
    {Kind::Capsule, {-0.085f, 0.29f, -0.038f}, {-0.085f, 0.15f, -0.045f}, {0.031f, 0.018f, 0.0f}, 0.03f, "shin", true},
};

// The face the skin shows over the skull (the envelope keeps the plain head the muscles are fitted into): a
// cranium rounder than the envelope's, brow ridges over orbits with the eyes and their lids in them, the nose
// with its bridge, tip and alae, cheekbones, lips either side of the mouth's line in front of the teeth, the chin
// and the jaw line to the angle of the mandible, and the ears at the tragion (core/body/BodyLandmarks.cpp).
// Positions are the reference body's, from the landmarks of the face.
constexpr PartSpec kFaceParts[] = {
    {Kind::Capsule, {0.0f, 1.659f, 0.084f}, {-0.046f, 1.661f, 0.062f}, {0.0085f, 0.0075f, 0.0f}, 0.012f, "head", true, {}, false, nullptr, Pigment::None, 0.65f},  // brow ridge
    // The cranium: rounder and broader above the ears than the envelope's egg (head breadth 0.089 of stature).
    {Kind::Ellipsoid, {0.0f, 1.668f, -0.012f}, {}, {0.0745f, 0.072f, 0.09f}, 0.015f, "head", false},
    // The frontal bone: a forehead that rises nearly upright from the brows before it curves back into the vault.
    {Kind::Ellipsoid, {0.0f, 1.69f, 0.03f}, {}, {0.06f, 0.05f, 0.052f}, 0.02f, "head", false},
    {Kind::Ellipsoid, {-0.05f, 1.623f, 0.055f}, {}, {0.015f, 0.0095f, 0.016f}, 0.03f, "head", true},  // cheekbone
    // The cheek below it, over the buccal fat and the masseter: without it the side of the face fell into a
    // hollow that rendered as a dark smudge from the temple down the cheek.
    {Kind::Ellipsoid, {-0.043f, 1.603f, 0.045f}, {}, {0.0165f, 0.021f, 0.022f}, 0.02f, "jaw", true},
    // The masseter over the ramus, from under the zygomatic arch to the angle: the face was no wider there than
    // the bone (6.3 cm from the midline at the ramus' middle, the ramus 5.6), and the muscle had no room outside it.
    {Kind::Ellipsoid, {-0.0525f, 1.576f, 0.022f}, {}, {0.0095f, 0.022f, 0.018f}, 0.01f, "jaw", true, {}, false, nullptr, Pigment::None, 0.93f},
    {Kind::Ellipsoid, {0.0f, 1.585f, 0.066f}, {}, {0.027f, 0.024f, 0.022f}, 0.02f, "head", false},   // over the teeth
    {Kind::Ellipsoid, {-0.032f, 1.638f, 0.0915f}, {}, {0.018f, 0.0135f, 0.014f}, 0.008f, "head", true, {}, true},  // orbit
    {Kind::Ellipsoid, kReferenceEyeCentre, {}, glm::vec3(kReferenceEyeRadius), 0.002f, "head", true, {}, false, nullptr, Pigment::Eye},  // eyeball
    // The lids part about 8 mm (the palpebral fissure), so the eyeball shows between them as an open eye.
    {Kind::Ellipsoid, {-0.032f, 1.644f, 0.0715f}, {}, {0.0148f, 0.0078f, 0.0137f}, 0.003f, "head", true, {}, false, nullptr, Pigment::UpperLid},  // upper lid, over the iris' top
    {Kind::Ellipsoid, {-0.032f, 1.6278f, 0.071f}, {}, {0.0135f, 0.0052f, 0.0137f}, 0.003f, "head", true},  // lower lid, at the iris' lower edge
    // The skin under the lower lid, so the lid meets the cheek in a shallow groove: its lower edge stood 4 mm
    // proud of the cheek below, a ledge whose shadow read as "a dark line under each eye" to three reviewers.
    {Kind::Ellipsoid, {-0.032f, 1.617f, 0.0695f}, {}, {0.0135f, 0.011f, 0.0125f}, 0.012f, "head", true},
    {Kind::Capsule, {0.0f, 1.652f, 0.089f}, {0.0f, 1.612f, 0.106f}, {0.0048f, 0.0064f, 0.0f}, 0.01f, "head", false, {}, false, nullptr, Pigment::None, 0.85f},  // nasal bridge
    {Kind::Ellipsoid, {0.0f, 1.609f, 0.1025f}, {}, {0.0063f, 0.0068f, 0.0078f}, 0.006f, "head", false, {}, false, nullptr, Pigment::None, 0.8f},  // tip of the nose
    {Kind::Ellipsoid, {-0.0105f, 1.605f, 0.0935f}, {}, {0.0054f, 0.0055f, 0.0064f}, 0.005f, "head", true, {}, false, nullptr, Pigment::None, 0.8f},  // ala
    // The lips follow the dental arch back to the corners of the mouth, fullest in the middle: the upper lip
    // rising a little either side of the midline (the bow), the lower lip fuller. Axis-aligned ellipsoids made
    // them two straight bars. The middle of each lip is one midline part, so the two sides blend into it alike.
    // Set back 1.3 mm and thinner front to back: two reviewers saw puckered, protruding lips (2.5 mm hid them).
    // Hers as full as his (1.04 read as "lips like filler" to a reviewer once her jaw was narrower).
    {Kind::Ellipsoid, {0.0f, 1.5846f, 0.0877f}, {}, {0.01f, 0.0038f, 0.0061f}, 0.006f, "jaw", false, {}, false, nullptr, Pigment::Lip, 1.0f},  // upper lip
    {Kind::Capsule, {-0.008f, 1.5858f, 0.0885f}, {-0.025f, 1.5815f, 0.081f}, {0.004f, 0.0028f, 0.0f}, 0.006f, "jaw", true, {}, false, nullptr, Pigment::Lip, 1.0f},
    {Kind::Ellipsoid, {0.0f, 1.5738f, 0.0861f}, {}, {0.0112f, 0.0052f, 0.0067f}, 0.006f, "jaw", false, {}, false, nullptr, Pigment::Lip, 1.0f},  // lower lip
    {Kind::Capsule, {-0.01f, 1.5735f, 0.0862f}, {-0.023f, 1.578f, 0.0815f}, {0.0058f, 0.0032f, 0.0f}, 0.006f, "jaw", true, {}, false, nullptr, Pigment::Lip, 1.0f},
    // The mouth's line: a thin slab from in front of the lips back to the corners of the mouth, following the
    // dental arch, 5 cm from corner to corner (0.8 of the distance between the pupils). An axis-aligned ellipsoid
    // could not follow the arch and stopped 1.8 cm either side, a small pursed mouth to two reviewers. Blended over
    // 5 mm: at 3.5 mm the corner was tight enough that one re-triangulation folded 16 triangles through each other
    // there on her body, and a corner 1 mm shorter folded 85 on his.
    // Its walls are painted as the shadow between closed lips (Pigment::MouthLine): lit as skin, the slit read as
    // a pale line of teeth between parted lips.
    {Kind::Triangle, {0.0f, 1.579f, 0.105f}, {-0.0255f, 1.5805f, 0.093f}, {0.0006f, 0.0f, 0.0f}, 0.005f, "jaw", true, {0.0f, 1.579f, 0.085f}, true, nullptr, Pigment::MouthLine},
    {Kind::Triangle, {-0.0255f, 1.5805f, 0.093f}, {-0.024f, 1.5805f, 0.082f}, {0.0006f, 0.0f, 0.0f}, 0.005f, "jaw", true, {0.0f, 1.579f, 0.085f}, true, nullptr, Pigment::MouthLine},
    // The philtrum: a shallow groove down the middle of the upper lip's skin from the nose to the lip's bow (the
    // skin there was flat, and the lip red reached 12 mm up it: "an upper lip as thick as the lower").
    {Kind::Capsule, {0.0f, 1.5905f, 0.0972f}, {0.0f, 1.5985f, 0.1012f}, {0.0035f, 0.0035f, 0.0f}, 0.003f, "jaw", false, {}, true},
    {Kind::Ellipsoid, {0.0f, 1.54f, 0.077f}, {}, {0.017f, 0.013f, 0.014f}, 0.022f, "jaw", false, {}, false, nullptr, Pigment::None, 0.85f},  // chin
    // The floor of the mouth (over the digastric and mylohyoid) from under the chin back to the neck: the underside
    // of the jaw met the neck in a sharp angle that every reviewer read as a dark seam.
    {Kind::Ellipsoid, {0.0f, 1.533f, 0.042f}, {}, {0.03f, 0.011f, 0.026f}, 0.02f, "jaw", false},
    // The jaw line and chin blend broadly into the neck below them: with narrow blends the underside of the jaw
    // was a hard dark crease (a "gash under the chin" to a reviewer). The line rises about 20 degrees from the
    // chin to the angle, 4 cm below the lobe (it rose 12 degrees to an angle 5 cm below it: a square lower face).
    {Kind::Capsule, {-0.016f, 1.535f, 0.068f}, {-0.053f, 1.558f, 0.008f}, {0.0095f, 0.0072f, 0.0f}, 0.014f, "jaw", true, {}, false, nullptr, Pigment::None, 0.8f},  // jaw line
    {Kind::Capsule, {-0.053f, 1.558f, 0.008f}, {-0.057f, 1.588f, 0.002f}, {0.0072f, 0.005f, 0.0f}, 0.008f, "jaw", true, {}, false, nullptr, Pigment::None, 0.8f},  // the ramus up to the ear
    // The ear: the auricle standing off behind the tragion, its rolled rim (helix) from the crus over the top and
    // down the back, the antihelix inside it, the concha hollowed in front of that, the lobe below.
    {Kind::Ellipsoid, {-0.0795f, 1.627f, -0.019f}, {}, {0.0065f, 0.03f, 0.018f}, 0.006f, "head", true},
    {Kind::Capsule, {-0.0835f, 1.642f, -0.0052f}, {-0.0843f, 1.6534f, -0.0139f}, {0.0034f, 0.004f, 0.0f}, 0.004f, "head", true},  // helix, from its crus over the top
    {Kind::Capsule, {-0.0843f, 1.6534f, -0.0139f}, {-0.0847f, 1.6541f, -0.0238f}, {0.004f, 0.0044f, 0.0f}, 0.004f, "head", true},
    {Kind::Capsule, {-0.0847f, 1.6541f, -0.0238f}, {-0.0846f, 1.6457f, -0.0321f}, {0.0044f, 0.0045f, 0.0f}, 0.004f, "head", true},
    {Kind::Capsule, {-0.0846f, 1.6457f, -0.0321f}, {-0.0842f, 1.6313f, -0.0359f}, {0.0045f, 0.0045f, 0.0f}, 0.004f, "head", true},
    {Kind::Capsule, {-0.0842f, 1.6313f, -0.0359f}, {-0.0835f, 1.616f, -0.0338f}, {0.0045f, 0.0043f, 0.0f}, 0.004f, "head", true},
    {Kind::Capsule, {-0.0835f, 1.616f, -0.0338f}, {-0.0835f, 1.606f, -0.0272f}, {0.0043f, 0.004f, 0.0f}, 0.004f, "head", true},
    {Kind::Capsule, {-0.0836f, 1.612f, -0.0255f}, {-0.0842f, 1.641f, -0.0235f}, {0.0026f, 0.003f, 0.0f}, 0.003f, "head", true},  // antihelix
    {Kind::Ellipsoid, {-0.0875f, 1.625f, -0.016f}, {}, {0.0055f, 0.012f, 0.0095f}, 0.003f, "head", true, {}, true},  // concha
    {Kind::Ellipsoid, {-0.0805f, 1.6f, -0.012f}, {}, {0.0042f, 0.0075f, 0.0068f}, 0.004f, "head", true},  // lobe
};

// Surface anatomy the skin shows over bones and muscles near it (issue 12, item 1), the skin's only like the
// face: each part is the structure beneath plus the few millimetres of tissue over it, so it shows where the
// envelope lies deeper and vanishes where the envelope already covers it. Positions from core/body/Bones.cpp
// and the landmarks (core/body/BodyLandmarks.cpp). The first parts are subcutaneous fat where the muscles
// already have their measured volumes (the calf, the slope of the shoulder, the upper arm): in the envelope the
// muscles would conform to them.
constexpr PartSpec kSurfaceParts[] = {
    // The subcutaneous fat of the waist and belly over the abdominal muscles: the envelope's lumbar part is 1.5 cm
    // narrower and 0.7 cm shallower, so in the écorché the obliques and rectus lie inside it instead of filling the
    // skin's waist (a pot belly wider than the chest, to a reviewer); the skin keeps its waist (ANSUR II -1.8%)
    // through this part, a little smaller than the envelope's was since two parts blended bulge.
    {Kind::Ellipsoid, {0.0f, 1.06f, 0.005f}, {}, {0.145f, 0.12f, 0.078f}, 0.06f, "spine_lumbar", false},
    // The top of the calf just below the knee, where the gastrocnemius' heads leave the femur: the leg narrowed
    // there to 9.4 cm across (from the front a ball of a knee on a stalk); about 10 cm, as wide as the calf below.
    {Kind::Ellipsoid, {-0.085f, 0.43f, -0.008f}, {}, {0.05f, 0.065f, 0.045f}, 0.03f, "shin", true},
    // The medial head of gastrocnemius, lower and fuller than the lateral: from the front the calf swells on its
    // inner side in its upper third (the leg was a straight tube).
    {Kind::Ellipsoid, {-0.069f, 0.385f, -0.035f}, {}, {0.037f, 0.075f, 0.045f}, 0.03f, "shin", true},
    // The neck's slope to the shoulder over upper trapezius: from the side of the neck 1-2 cm higher than the
    // muscles' envelope, down to the acromion, so the neck no longer meets a level shoulder line at a right angle
    // (a coat hanger, in every front and back view). Skin only: the muscles keep their measured course.
    {Kind::Capsule, {0.0f, 1.477f, -0.012f}, {-0.13f, 1.416f, -0.02f}, {0.05f, 0.035f, 0.0f}, 0.04f, "spine_thoracic_upper", true, {}, false, "clavicle"},
    // The upper arm's girth at mid-humerus, about 30 cm round (relaxed mid-upper-arm circumference is about 30 cm
    // in young men); the muscles' envelope alone left 25 cm, a stick under the deltoid. Skin only: the subcutaneous
    // fat of the arm, over biceps and triceps of their measured volumes (docs/ANATOMY.md).
    // Hers slimmer (0.9): at his girth, scaled only with her stature, her arms read as a man's to two reviewers.
    {Kind::Ellipsoid, {-0.224f, 1.225f, -0.013f}, {}, {0.044f, 0.08f, 0.047f}, 0.02f, "upper_arm", true, {}, false, nullptr, Pigment::None, 0.9f},
    // The buttock's fat over gluteus maximus, fullest behind at the level of the greater trochanters: in profile
    // the buttocks stood only 0.6 cm behind the hollow of the lower back (a plank), against 3-5 cm standing in
    // life; now about 3 cm. Skin only: gluteus maximus keeps BodyParts3D's measured form, which was scanned lying
    // down, the buttocks pressed flat. Blended so the lower back slopes into it without a shelf: 1.2 cm higher and
    // taller, its top made a shelf at the iliac crests ("the buttocks start at the waist", a reviewer).
    {Kind::Ellipsoid, {-0.072f, 0.868f, -0.084f}, {}, {0.058f, 0.072f, 0.045f}, 0.05f, "pelvis", true, {}, false, nullptr, Pigment::None, 0.85f},
    // Below the buttock's lateral half, the skin runs smoothly into the thigh, so the gluteal fold is the short
    // oblique crease of life, from the cleft out to about the buttock's middle: it ran across the whole buttock,
    // which hung over the thigh ("balloons overhanging the thighs", a reviewer).
    {Kind::Ellipsoid, {-0.118f, 0.80f, -0.045f}, {}, {0.042f, 0.06f, 0.048f}, 0.04f, "thigh", true},
    // The clavicle's S from the sternoclavicular joint to the acromion: the bone (Bones.cpp) under a few
    // millimetres, blended broadly into the hollows above and below it; below it, the pectoral's clavicular head
    // fills the infraclavicular region so the bone shows as a ridge, not a bar.
    {Kind::Capsule, {-0.021f, 1.419f, 0.05f}, {-0.07f, 1.43f, 0.055f}, {0.0075f, 0.007f, 0.0f}, 0.025f, "clavicle", true},
    {Kind::Capsule, {-0.07f, 1.43f, 0.055f}, {-0.14f, 1.44f, -0.004f}, {0.007f, 0.0065f, 0.0f}, 0.025f, "clavicle", true},
    {Kind::Ellipsoid, {-0.066f, 1.383f, 0.033f}, {}, {0.052f, 0.034f, 0.025f}, 0.03f, "spine_thoracic_upper", true},
    // Pectoralis major's clavicular head below the clavicle: the skin's only, so the muscle's origin stays below the
    // bone in the écorché.
    {Kind::Capsule, {-0.03f, 1.405f, 0.05f}, {-0.13f, 1.38f, 0.03f}, {0.016f, 0.014f, 0.0f}, 0.03f, "spine_thoracic_upper", true},
    // The anterior deltoid's origin under the clavicle's lateral third: the skin there fell 3-4 cm into a pit
    // between the clavicle, the pectoral and the deltoid (a dark notch that read as torn skin).
    {Kind::Ellipsoid, {-0.145f, 1.41f, 0.025f}, {}, {0.03f, 0.03f, 0.022f}, 0.03f, "clavicle", true},
    // The infraclavicular fossa between them, shallow: deeper, it rendered as a dark smudge under the clavicle.
    {Kind::Ellipsoid, {-0.115f, 1.398f, 0.036f}, {}, {0.024f, 0.014f, 0.014f}, 0.025f, "clavicle", true},
    // ... and under the clavicle's bend, where a pit facing away from the key light read as a dark dot.
    {Kind::Ellipsoid, {-0.086f, 1.41f, 0.047f}, {}, {0.016f, 0.01f, 0.01f}, 0.02f, "clavicle", true},
    // Sternocleidomastoid's sternal head, from beside the jugular notch up and back to the mastoid process: the V
    // of the front of the neck.
    // It thins to the mastoid, where a thick end stood out as a lump behind the jaw.
    {Kind::Capsule, {-0.013f, 1.432f, 0.058f}, {-0.048f, 1.55f, -0.022f}, {0.007f, 0.0055f, 0.0f}, 0.018f, "neck", true},
    // The jugular (suprasternal) notch between the clavicles' heads.
    {Kind::Ellipsoid, {0.0f, 1.44f, 0.07f}, {}, {0.014f, 0.01f, 0.01f}, 0.012f, "spine_thoracic_upper", false, {}, true},
    // The epigastrium below the sternum, over the costal margins: the pectorals' lower borders met in one level
    // crease right across the chest, which two reviewers read as breast folds on the male. Filled at the midline,
    // the crease stays only under each pectoral, rising to the armpit, and the chest slopes into the belly.
    {Kind::Ellipsoid, {0.0f, 1.2f, 0.03f}, {}, {0.075f, 0.06f, 0.066f}, 0.04f, "spine_thoracic_lower", false},
    // The navel.
    {Kind::Ellipsoid, {0.0f, 1.03f, 0.103f}, {}, {0.009f, 0.01f, 0.009f}, 0.007f, "spine_lumbar", false, {}, true},
    // The knee from the front: the patella, its ligament to the tibial tuberosity, and vastus medialis' bulge above
    // the knee's inner side; the tibia's anterior border down the shin, under the skin all its length.
    {Kind::Ellipsoid, {-0.085f, 0.515f, 0.052f}, {}, {0.024f, 0.027f, 0.015f}, 0.016f, "shin", true},
    {Kind::Capsule, {-0.085f, 0.49f, 0.048f}, {-0.085f, 0.447f, 0.041f}, {0.0065f, 0.007f, 0.0f}, 0.014f, "shin", true},
    {Kind::Ellipsoid, {-0.085f, 0.44f, 0.039f}, {}, {0.0075f, 0.008f, 0.0075f}, 0.018f, "shin", true},  // tibial tuberosity, under the skin of the ligament's end (9 mm, a second knob below the knee)
    {Kind::Ellipsoid, {-0.058f, 0.58f, 0.03f}, {}, {0.04f, 0.055f, 0.038f}, 0.02f, "thigh", true},
    {Kind::Capsule, {-0.083f, 0.43f, 0.04f}, {-0.081f, 0.14f, 0.013f}, {0.0045f, 0.0045f, 0.0f}, 0.022f, "shin", true},
};

// The laryngeal prominence stands out in front of the neck in men; in women it hardly shows.
constexpr PartSpec kMaleSkinParts[] = {
    {Kind::Ellipsoid, {0.0f, 1.468f, 0.036f}, {}, {0.011f, 0.015f, 0.012f}, 0.012f, "neck", false},
    // The nipple over the fourth intercostal space (the `nipple` landmark): the areola a low disc, the papilla on it.
    {Kind::Ellipsoid, {-0.095f, 1.272f, 0.096f}, {}, {0.012f, 0.012f, 0.004f}, 0.004f, "spine_thoracic_upper", true},
    {Kind::Ellipsoid, {-0.095f, 1.272f, 0.1005f}, {}, {0.0045f, 0.0045f, 0.0035f}, 0.003f, "spine_thoracic_upper", true},
};

// What only the female skin has over the same muscles and bones, in the reference frame before the female
// proportions are applied (core/body/BodyProportions.h): the breasts over pectoralis major, and the
// gluteofemoral fat of the buttocks, hips and upper thighs.
constexpr PartSpec kFemaleSkinParts[] = {
    // The breast over pectoralis major, from beside the sternum to the front of the armpit, fuller below its
    // centre than above (the upper slope is a flatter part), ending in a fold over the chest below.
    {Kind::Ellipsoid, {-0.079f, 1.254f, 0.073f}, {}, {0.06f, 0.058f, 0.061f}, 0.04f, "spine_thoracic_upper", true},  // breast
    // Its lower pole, fuller than the upper and rounding into the fold beneath (a plain ellipsoid read as a cone).
    {Kind::Ellipsoid, {-0.079f, 1.23f, 0.081f}, {}, {0.049f, 0.037f, 0.048f}, 0.03f, "spine_thoracic_upper", true},
    // The upper slope, from below the clavicle and spreading towards the armpit (the axillary tail), full enough
    // that the breast does not stand off the chest as a shelf in profile.
    {Kind::Ellipsoid, {-0.086f, 1.298f, 0.055f}, {}, {0.066f, 0.058f, 0.042f}, 0.045f, "spine_thoracic_upper", true},
    // The buttock, rounding into the gluteal fold (blended broadly: narrowly it ended in a sharp undercut; at 4 cm
    // the buttocks and hips met the waist in a shelf, "two large balls" to a reviewer).
    {Kind::Ellipsoid, {-0.072f, 0.892f, -0.06f}, {}, {0.078f, 0.083f, 0.068f}, 0.042f, "pelvis", true},  // buttock
    // The hips and upper thighs, tapering down the thigh (a shorter part stood out as a bulge high on the thigh),
    // fullest at the greater trochanters and blended broadly into the waist: narrowly blended and 1 cm lower, the
    // hips met the waist in a shelf and were widest at the crotch (a reviewer).
    {Kind::Ellipsoid, {-0.1f, 0.885f, -0.012f}, {}, {0.052f, 0.115f, 0.075f}, 0.07f, "thigh", true},  // hip and thigh
    // Fuller cheeks over the malar and buccal fat, below and in front of the cheekbone: with the male face only
    // narrowed, hers read as "gaunt, long-faced" to a reviewer. Blended broadly so it rounds the cheek, not a ball.
    {Kind::Ellipsoid, {-0.04f, 1.603f, 0.056f}, {}, {0.019f, 0.02f, 0.019f}, 0.02f, "jaw", true},
};

// Cut from the whole skin last, so they cut through every sex's parts: the sacral dimples, and the natal
// (intergluteal) cleft from the sacrum's tip down between the buttocks, which the fuller buttocks had filled into
// one round mass.
constexpr PartSpec kSkinClefts[] = {
    // The dimples over the posterior superior iliac spines (the `psis` landmark), 9 cm apart, where the skin is
    // bound to the bone: the triangle they make with the cleft's top frames the sacrum.
    {Kind::Ellipsoid, {-0.045f, 0.972f, -0.1215f}, {}, {0.0095f, 0.011f, 0.0088f}, 0.011f, "pelvis", true, {}, true},
    {Kind::Triangle, {0.0f, 0.918f, -0.122f}, {0.0f, 0.785f, -0.085f}, {0.005f, 0.0f, 0.0f}, 0.01f, "pelvis", false, {0.0f, 0.785f, -0.19f}, true},
    // The groin's crease over the inguinal ligament, from beside the anterior superior iliac spine down and in
    // towards the pubic tubercle, where the abdomen meets the thigh: with it the front of the hips shows the
    // oblique "V" of life, not a level bulge like a waistband (a reviewer). A shallow groove following the skin's
    // curve, about a millimetre: deeper, or reaching the spine or the tubercle, the external oblique's aponeurosis
    // and sartorius' origin showed through it (ShippedBody.NoMuscleShowsThroughTheSkin: 2.8% of the oblique).
    // Half as deep on the female body: at the male's depth her seated groin folded through itself over 0.24% more
    // of the skin's area (0.78%; the test allows 1%).
    {Kind::Capsule, {-0.106f, 0.945f, 0.0985f}, {-0.08f, 0.921f, 0.106f}, {0.0125f, 0.0145f, 0.0f}, 0.025f, "pelvis", true, {}, true, nullptr, Pigment::None, 0.5f},
    {Kind::Capsule, {-0.08f, 0.921f, 0.106f}, {-0.046f, 0.897f, 0.0995f}, {0.0145f, 0.0125f, 0.0f}, 0.025f, "pelvis", true, {}, true, nullptr, Pigment::None, 0.5f},
};

// The hand, palm forward, laid out on the skeleton's joints (core/body/Skeleton.cpp) so the skin's fingers
// follow the phalanges and bend with their joints: a palm with the knuckles' arc across the metacarpal heads,
// the thenar and hypothenar eminences, four fingers of three segments tapering to the tip, and the thumb in
// front of the palm's plane.
std::vector<PartSpec> handParts() {
  const auto at = [](const char* joint) { return referenceJointPosition(joint); };
  std::vector<PartSpec> parts = {
      // The palm: a rounded slab 2.2 cm thick from the wrist to the knuckles' arc (two thick triangles), 5.5 cm
      // across at the wrist, as the carpus is, widening to the knuckles (6.2 cm at the wrist stood out of the
      // forearm's end as a lump).
      {Kind::Triangle, {-0.278f, 0.836f, 0.003f}, {-0.245f, 0.836f, 0.001f}, {0.011f, 0.0f, 0.0f}, 0.012f, "hand", true, at("little1")},
      {Kind::Triangle, {-0.278f, 0.836f, 0.003f}, at("little1"), {0.011f, 0.0f, 0.0f}, 0.0f, "hand", true, at("index1")},
      {Kind::Ellipsoid, {-0.232f, 0.806f, 0.009f}, {}, {0.0115f, 0.032f, 0.0135f}, 0.01f, "hand", true},  // hypothenar eminence
      {Kind::Capsule, {-0.276f, 0.83f, 0.008f}, {-0.297f, 0.797f, 0.024f}, {0.0105f, 0.0115f, 0.0f}, 0.008f, "thumb1", true},  // first metacarpal
      // The thenar eminence, the palm's fullest part: a mound along the first metacarpal from the wrist to the
      // thumb's base (an ellipsoid centred 3 cm below the wrist read as a ball with the thumb sprouting above it).
      {Kind::Capsule, {-0.2735f, 0.832f, 0.0125f}, {-0.2845f, 0.797f, 0.018f}, {0.0135f, 0.0145f, 0.0f}, 0.012f, "thumb1", true},
      // Its medial half over the palm's lateral third (the short thumb muscles), so the thumb grows out of a broad
      // fleshy mound rather than a ridge beside a pinched crease (a reviewer).
      {Kind::Ellipsoid, {-0.2665f, 0.816f, 0.0135f}, {}, {0.0115f, 0.019f, 0.0095f}, 0.012f, "hand", true},
      // The first web space between the thumb's metacarpal and the index' base, so the thumb grows out of the
      // palm's side rather than standing off the wrist like a peg.
      {Kind::Triangle, {-0.276f, 0.828f, 0.007f}, {-0.292f, 0.802f, 0.018f}, {0.0065f, 0.0f, 0.0f}, 0.008f, "thumb1", true, at("index1") + glm::vec3(-0.004f, 0.012f, 0.004f)},
      // The back of the hand arches across the metacarpals (a flat slab read as a paddle with a hard edge).
      {Kind::Ellipsoid, {-0.263f, 0.8f, -0.002f}, {}, {0.026f, 0.036f, 0.009f}, 0.014f, "hand", true},
  };
  // Thumb: proximal and distal phalanx, the pad a little beyond the bone's tip.
  const glm::vec3 t2 = at("thumb2"), t3 = at("thumb3");
  parts.push_back({Kind::Capsule, t2, t3, {0.0108f, 0.0098f, 0.0f}, 0.006f, "thumb2", true});
  parts.push_back({Kind::Capsule, t3, t3 + (t3 - t2) * 0.8f, {0.0098f, 0.0084f, 0.0f}, 0.004f, "thumb3", true, {}, false, nullptr, Pigment::Nail});
  // Radii at the knuckle, the two joints and the tip: 2 cm across at the middle finger's base. 8% broader, the
  // fingers were joined by their webs past the middle of the proximal phalanges (a third of the way, in life).
  struct Finger { const char* joints[3]; std::array<float, 4> radii; };
  constexpr Finger kFingers[] = {{{"index1", "index2", "index3"}, {0.01f, 0.0095f, 0.0087f, 0.0075f}},
                                 {{"middle1", "middle2", "middle3"}, {0.0102f, 0.0097f, 0.0089f, 0.0077f}},
                                 {{"ring1", "ring2", "ring3"}, {0.0095f, 0.009f, 0.0083f, 0.0072f}},
                                 {{"little1", "little2", "little3"}, {0.0085f, 0.008f, 0.0073f, 0.0064f}}};
  for (const Finger& f : kFingers) {
    const glm::vec3 p1 = at(f.joints[0]), p2 = at(f.joints[1]), p3 = at(f.joints[2]);
    const glm::vec3 tip = p3 + (p3 - p2) * 0.72f;  // the distal phalanx' bone ends at 0.75 (Bones.cpp), under the pad
    // Small blends: neighbouring fingers lie a few millimetres apart and must not web beyond their bases.
    // The shafts of the phalanges a little slimmer than the joints between them, which stand out most on the back
    // of the finger: even capsules read as "sausages with no knuckle bumps" to a reviewer.
    constexpr float kShaft = 0.94f;
    const glm::vec3 dorsal(0.0f, 0.0f, -1.0f);  // the palm faces forward
    parts.push_back({Kind::Capsule, p1, p2, {f.radii[0], kShaft * f.radii[1], 0.0f}, 0.004f, f.joints[0], true});
    // The knuckle: the metacarpal head behind the finger's base, so the back of the hand ends in the knuckles' arc.
    parts.push_back({Kind::Ellipsoid, p1 + glm::vec3(0.0f, 0.004f, -0.003f), {}, glm::vec3(0.85f * f.radii[0]), 0.007f, "hand", true});
    // The middle and end joints (interphalangeal), their heads bulging dorsally.
    parts.push_back({Kind::Ellipsoid, p2 + dorsal * (0.12f * f.radii[1]), {}, f.radii[1] * glm::vec3(1.0f, 0.85f, 0.92f), 0.003f, f.joints[1], true});
    parts.push_back({Kind::Capsule, p2, p3, {kShaft * f.radii[1], kShaft * f.radii[2], 0.0f}, 0.003f, f.joints[1], true});
    parts.push_back({Kind::Ellipsoid, p3 + dorsal * (0.1f * f.radii[2]), {}, f.radii[2] * glm::vec3(0.97f, 0.8f, 0.9f), 0.003f, f.joints[2], true});
    parts.push_back({Kind::Capsule, p3, tip, {kShaft * f.radii[2], f.radii[3], 0.0f}, 0.003f, f.joints[2], true, {}, false, nullptr, Pigment::Nail});
  }
  return parts;
}

// The ankle and foot: both malleoli standing out either side of a narrow ankle, the calcaneal tendon behind it
// running down to the heel, a foot whose lateral border rests on the ground while its medial side rises into the
// longitudinal arch, the ball of the foot across the metatarsal heads and five toes on their phalanges
// (core/body/Bones.cpp), the great toe the broadest.
std::vector<PartSpec> footParts() {
  std::vector<PartSpec> parts = {
      {Kind::Ellipsoid, {-0.083f, 0.08f, -0.016f}, {}, {0.024f, 0.03f, 0.028f}, 0.02f, "shin", true},         // ankle
      // The front of the ankle over the talus' neck and the extensor tendons, so the shin curves into the dorsum
      // of the foot: they met at a right angle (a reviewer).
      {Kind::Capsule, {-0.082f, 0.14f, 0.006f}, {-0.076f, 0.062f, 0.038f}, {0.016f, 0.018f, 0.0f}, 0.025f, "foot", true},
      {Kind::Ellipsoid, {-0.106f, 0.066f, -0.021f}, {}, {0.0095f, 0.015f, 0.0125f}, 0.012f, "shin", true},     // lateral malleolus
      {Kind::Ellipsoid, {-0.0595f, 0.076f, -0.01f}, {}, {0.0085f, 0.014f, 0.0125f}, 0.012f, "shin", true},     // medial malleolus
      {Kind::Capsule, {-0.084f, 0.24f, -0.046f}, {-0.085f, 0.05f, -0.058f}, {0.011f, 0.0095f, 0.0f}, 0.02f, "shin", true},  // calcaneal tendon, blended broadly where it leaves the calf (a hard "sock cuff" at 1 cm)
      {Kind::Ellipsoid, {-0.087f, 0.033f, -0.044f}, {}, {0.024f, 0.033f, 0.028f}, 0.022f, "foot", true},       // heel
      // The dorsum slopes from the instep over the talus and navicular (7-8 cm up) down to the metatarsal heads
      // (3-4 cm): two tapering columns, the medial one higher, over the bones (Bones.cpp). Level ellipsoids had
      // made the foot a loaf with a flat top.
      {Kind::Capsule, {-0.074f, 0.048f, 0.0f}, {-0.065f, 0.024f, 0.14f}, {0.03f, 0.015f, 0.0f}, 0.02f, "foot", true},  // medial column
      {Kind::Capsule, {-0.097f, 0.033f, -0.01f}, {-0.11f, 0.018f, 0.118f}, {0.026f, 0.015f, 0.0f}, 0.02f, "foot", true},  // lateral column
      // The lateral sole, flat on the ground from the heel to the fifth metatarsal's head.
      {Kind::Triangle, {-0.088f, 0.012f, -0.035f}, {-0.112f, 0.012f, 0.12f}, {0.012f, 0.0f, 0.0f}, 0.015f, "foot", true, {-0.117f, 0.013f, 0.05f}},
      // The ball, under the metatarsal heads: 3.3 cm thick at the great toe's (3.7 stood over the toes' roots as
      // a rounded bumper, so the toes read as beads under it, a reviewer), so the dorsum slopes into the toes.
      {Kind::Capsule, {-0.058f, 0.0165f, 0.14f}, {-0.112f, 0.0145f, 0.119f}, {0.0165f, 0.0145f, 0.0f}, 0.018f, "foot", true},  // ball
      // The medial longitudinal arch: the sole lifted off the ground between the heel and the ball.
      {Kind::Ellipsoid, {-0.06f, -0.002f, 0.052f}, {}, {0.02f, 0.014f, 0.048f}, 0.012f, "foot", true, {}, true},
  };
  // Toes forward from the metatarsal heads, resting on the ground at their tips; the great toe about 2.5 cm
  // across, 1.5 times the second (3.1 cm before, overlapping the second by 9 mm).
  struct Toe { glm::vec3 base, tip; float baseRadius, tipRadius; };
  // 5-8 mm longer than before, so they stand clear of the ball (their tips at the foot's length of 26.8 cm).
  constexpr Toe kToes[] = {{{-0.056f, 0.02f, 0.146f}, {-0.055f, 0.0135f, 0.202f}, 0.0128f, 0.0115f},
                           {{-0.073f, 0.019f, 0.148f}, {-0.074f, 0.0095f, 0.194f}, 0.0088f, 0.0074f},
                           {{-0.087f, 0.018f, 0.142f}, {-0.089f, 0.009f, 0.184f}, 0.0084f, 0.007f},
                           {{-0.1f, 0.017f, 0.133f}, {-0.103f, 0.0085f, 0.171f}, 0.008f, 0.0067f},
                           {{-0.113f, 0.016f, 0.121f}, {-0.117f, 0.008f, 0.156f}, 0.0075f, 0.0064f}};
  for (const Toe& t : kToes)
    parts.push_back({Kind::Capsule, t.base, t.tip, {t.baseRadius, t.tipRadius, 0.0f}, 0.003f, "toes", true, {}, false, nullptr, Pigment::Nail});
  return parts;
}

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
      p.c = spec->c * mirror * s;
      p.carve = spec->carve;
      p.radii = spec->kind == Kind::Ellipsoid ? spec->radii * girth * s : spec->radii * (params.build * s);
      if (params.sex == Sex::Female) p.radii *= spec->femaleScale;
      p.blend = spec->blend * s;
      std::string joint = spec->joint;
      // Paired parts of the trunk and head move with the midline joint there (the spine, the head).
      const char* suffix = side == 0 ? ".r" : ".l";
      if (spec->bilateral && isPairedJoint(joint)) joint += suffix;
      std::string jointAtB = spec->jointAtB ? spec->jointAtB : "";
      if (spec->bilateral && isPairedJoint(jointAtB)) jointAtB += suffix;
      parts.push_back({p, joint, jointAtB, spec->pigment});
    }
  }
  return parts;
}

}  // namespace

std::vector<ShapePart> buildBodyShape(const BodyParameters& params) {
  std::vector<ShapePart> parts = scaledParts(std::begin(kParts), std::end(kParts), params);
  for (const auto& extremity : {handParts(), footParts()}) {
    auto more = scaledParts(extremity.data(), extremity.data() + extremity.size(), params);
    parts.insert(parts.end(), more.begin(), more.end());
  }
  return parts;
}

std::vector<ShapePart> buildSkinShape(const BodyParameters& params) {
  std::vector<ShapePart> parts = buildBodyShape(params);
  const auto append = [&](const auto& table) {
    auto more = scaledParts(std::begin(table), std::end(table), params);
    parts.insert(parts.end(), more.begin(), more.end());
  };
  append(kFaceParts);
  append(kSurfaceParts);
  if (params.sex == Sex::Male) append(kMaleSkinParts);
  if (params.sex == Sex::Female) append(kFemaleSkinParts);
  append(kSkinClefts);  // last: they cut what every table before them added
  return parts;
}

SdfUnion shapeField(const std::vector<ShapePart>& parts) {
  SdfUnion field;
  for (const auto& part : parts) field.add(part.primitive);
  return field;
}

}  // namespace myoatlas
