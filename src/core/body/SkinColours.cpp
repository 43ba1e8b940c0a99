#include "core/body/SkinColours.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include "core/Materials.h"
#include "core/body/BodyLandmarks.h"
#include "core/body/Skeleton.h"

namespace myoatlas {
namespace {

// The colours shown, sRGB (a fair skin's lips, brown eyes and brows).
constexpr glm::vec3 kLip{0.76f, 0.55f, 0.5f};
constexpr glm::vec3 kIris{0.36f, 0.24f, 0.15f};
constexpr glm::vec3 kLimbus{0.20f, 0.14f, 0.10f};  // the darker ring round the iris
constexpr glm::vec3 kPupil{0.05f, 0.04f, 0.04f};
constexpr glm::vec3 kSclera{0.9f, 0.87f, 0.83f};
constexpr glm::vec3 kLashes{0.20f, 0.15f, 0.12f};
constexpr glm::vec3 kBrow{0.36f, 0.26f, 0.19f};
constexpr glm::vec3 kAreola{0.70f, 0.49f, 0.42f};
constexpr glm::vec3 kNail{0.87f, 0.71f, 0.67f};      // the nail plate over its pink bed
constexpr glm::vec3 kNailEdge{0.94f, 0.89f, 0.83f};  // the free edge, white
constexpr glm::vec3 kMouthLine{0.56f, 0.37f, 0.34f};  // the shadow between the lips (the folds' shading darkens it further)
// Palms and soles: less pigment, a little lighter and pinker than the rest (one tone everywhere read as wax).
constexpr glm::vec3 kPalm{0.91f, 0.73f, 0.64f};
constexpr glm::vec3 kPalmCrease{0.66f, 0.47f, 0.42f};
constexpr glm::vec3 kHair{0.17f, 0.13f, 0.11f};  // dark brown, cropped short: the scalp shows through a little
// Where thin skin over bone or cartilage and a richer blood supply show a little redder than the rest: the cheeks,
// the nose's tip, the ears, the elbows, the knees and the knuckles. One flat tone read as "a store mannequin's
// plastic" to two reviewers. Kept faint and diffuse: at twice this, knees and elbows showed round pink patches
// that a user could take for a painted pain zone.
constexpr glm::vec3 kFlush{0.86f, 0.6f, 0.52f};

// Angles from the eye's axis (radians) on a 12.5 mm eyeball: the pupil about 4 mm across, the iris 12 mm.
constexpr float kPupilAngle = 0.16f, kIrisAngle = 0.47f, kEdgeAngle = 0.04f;
constexpr float kGazeOut = 0.14f;  // radians (8 degrees)
// A part colours the skin where it is the nearest part, fading out where another lies this much nearer (metres on
// the reference body): the lips' red ends at their border with the skin.
constexpr float kPartFade = 0.0008f;
// The brows along each orbit's upper rim, medial to lateral (reference body, right side), each point with the
// brow's half-height there; and the areola and nipple radii.
constexpr std::array<std::pair<glm::vec3, float>, 4> kBrowLine{{{{-0.014f, 1.664f, 0.092f}, 0.0062f},
                                                                 {{-0.029f, 1.669f, 0.09f}, 0.0055f},
                                                                 {{-0.045f, 1.667f, 0.08f}, 0.0042f},
                                                                 {{-0.055f, 1.661f, 0.068f}, 0.0028f}}};
// The upper lid's crease (the supratarsal fold), where the lid meets the sunken skin under the brow, medial to
// lateral with its half-height: without it the eyes looked "painted on" to a reviewer.
constexpr std::array<std::pair<glm::vec3, float>, 4> kLidCrease{{{{-0.0215f, 1.6485f, 0.083f}, 0.0006f},
                                                                  {{-0.032f, 1.6515f, 0.081f}, 0.0009f},
                                                                  {{-0.0425f, 1.6495f, 0.077f}, 0.0008f},
                                                                  {{-0.048f, 1.6455f, 0.072f}, 0.0005f}}};
constexpr glm::vec3 kCrease{0.62f, 0.46f, 0.4f};
// The palm's flexion creases (right hand, palm forward at rest, points just in front of the palm so they land on
// it), with their half-widths: the distal transverse crease from the ulnar border to between the index and middle
// fingers, the proximal one from the radial border across, and the thenar crease round the thenar eminence to the
// wrist. Without them the palm read as a mitten's.
using CreasePoints = std::vector<std::pair<glm::vec3, float>>;
const std::vector<CreasePoints>& palmCreases() {
  static const std::vector<CreasePoints> creases = {
      {{{-0.221f, 0.772f, 0.03f}, 0.0014f}, {{-0.238f, 0.769f, 0.035f}, 0.0017f}, {{-0.256f, 0.765f, 0.035f}, 0.0016f}, {{-0.274f, 0.757f, 0.03f}, 0.0011f}},
      {{{-0.293f, 0.786f, 0.03f}, 0.0014f}, {{-0.276f, 0.783f, 0.035f}, 0.0017f}, {{-0.256f, 0.785f, 0.035f}, 0.0016f}, {{-0.238f, 0.791f, 0.03f}, 0.0011f}},
      {{{-0.293f, 0.786f, 0.03f}, 0.0014f}, {{-0.281f, 0.799f, 0.04f}, 0.0017f}, {{-0.273f, 0.815f, 0.04f}, 0.0016f}, {{-0.268f, 0.832f, 0.035f}, 0.0013f}, {{-0.265f, 0.846f, 0.03f}, 0.0009f}},
  };
  return creases;
}

// Each finger's flexion creases across its palmar side: at the base (where the finger leaves the palm), the
// middle and the end joint; and the thumb's at its two joints.
std::vector<CreasePoints> fingerCreases() {
  std::vector<CreasePoints> creases;
  const auto across = [&](const glm::vec3& at, const glm::vec3& along, float halfWidth) {
    const glm::vec3 side = glm::normalize(glm::cross(along, glm::vec3(0.0f, 0.0f, 1.0f)));
    const glm::vec3 front = at + glm::vec3(0.0f, 0.0f, 0.015f);
    creases.push_back({{front - side * halfWidth, 0.0011f}, {front, 0.0014f}, {front + side * halfWidth, 0.0011f}});
  };
  for (const char* finger : {"index", "middle", "ring", "little"}) {
    const std::string f(finger);
    const glm::vec3 j1 = referenceJointPosition(f + "1"), j2 = referenceJointPosition(f + "2"), j3 = referenceJointPosition(f + "3");
    const glm::vec3 along = glm::normalize(j2 - j1);
    across(j1 + along * 0.019f, along, 0.0085f);
    across(j2, along, 0.008f);
    across(j3, glm::normalize(j3 - j2), 0.007f);
  }
  return creases;
}
constexpr float kAreolaRadius[2] = {0.012f, 0.018f}, kNippleRadius[2] = {0.0045f, 0.006f};  // male, female
constexpr float kBrowScale[2] = {1.0f, 0.6f};  // male, female

// A flushed place, reference body, right side (mirrored for the left): its centre, radius (metres), how far the
// tone goes towards kFlush at the centre, and, for the ears, the distance from the midline it starts at (the
// auricle, not the side of the head behind it).
struct Flush {
  glm::vec3 centre;
  float radius, strength, fromMidline;
};

std::vector<Flush> flushedPlaces() {
  std::vector<Flush> places = {
      {{-0.045f, 1.61f, 0.07f}, 0.036f, 0.3f, 0.0f},     // the cheek, below the cheekbone
      {{0.0f, 1.609f, 0.1025f}, 0.014f, 0.25f, 0.0f},     // the tip of the nose
      {{-0.082f, 1.627f, -0.02f}, 0.036f, 0.35f, 0.0785f},  // the auricle
  };
  for (const char* id : {"olecranon", "patella"})
    if (const auto at = referenceLandmark(id)) places.push_back({*at, 0.045f, 0.22f, 0.0f});
  // The knuckles over the metacarpal heads (behind each finger's base), and the finger's middle joints.
  for (const char* finger : {"index", "middle", "ring", "little"}) {
    places.push_back({referenceJointPosition(std::string(finger) + "1") + glm::vec3(0.0f, 0.004f, -0.009f), 0.012f, 0.3f, 0.0f});
    places.push_back({referenceJointPosition(std::string(finger) + "2") + glm::vec3(0.0f, 0.0f, -0.008f), 0.009f, 0.25f, 0.0f});
  }
  return places;
}

// Short-cropped hair over the scalp (issue 12): a bald, uniform head read as a mannequin's egg to every reviewer.
// The hairline's height (reference body, metres) by the angle round the head's vertical axis (degrees, 0 in
// front, 180 at the nape): the forehead (about 5 cm above the glabella), the temples (his receding a little),
// the sideburns in front of the ears, over the auricles and behind them down to the nape. Hers is rounder and
// lower at the temples and reaches lower on the nape.
struct HairlinePoint {
  float degrees, male, female;
};
constexpr std::array<HairlinePoint, 16> kHairline{{{0.0f, 1.710f, 1.706f},
                                                   {25.0f, 1.707f, 1.703f},
                                                   {38.0f, 1.703f, 1.697f},
                                                   {48.0f, 1.698f, 1.692f},
                                                   {52.0f, 1.690f, 1.684f},
                                                   {58.0f, 1.668f, 1.664f},
                                                   {70.0f, 1.658f, 1.655f},
                                                   {74.0f, 1.624f, 1.632f},
                                                   {81.0f, 1.618f, 1.628f},
                                                   {83.0f, 1.640f, 1.645f},
                                                   {85.0f, 1.666f, 1.664f},
                                                   {110.0f, 1.664f, 1.662f},
                                                   {117.0f, 1.620f, 1.615f},
                                                   {126.0f, 1.600f, 1.590f},
                                                   {150.0f, 1.588f, 1.574f},
                                                   {180.0f, 1.578f, 1.562f}}};
constexpr float kHeadAxisZ = -0.005f;  // the head's vertical axis, reference body (x = 0)

float hairlineHeight(float degrees, std::size_t female) {
  const auto height = [&](const HairlinePoint& h) { return female ? h.female : h.male; };
  for (std::size_t k = 0; k + 1 < kHairline.size(); ++k)
    if (degrees <= kHairline[k + 1].degrees) {
      const float t = (degrees - kHairline[k].degrees) / (kHairline[k + 1].degrees - kHairline[k].degrees);
      return glm::mix(height(kHairline[k]), height(kHairline[k + 1]), glm::clamp(t, 0.0f, 1.0f));
    }
  return height(kHairline.back());
}

// How much hair covers a point of the reference body: thinning towards the hairline; none on the auricles.
float hairCover(const glm::vec3& r, std::size_t female) {
  if (r.y < 1.55f) return 0.0f;
  // The auricle (core/body/BodyShape.cpp), standing off the side of the head.
  const float inEar = glm::length(glm::vec2((r.y - 1.627f) / 0.036f, (r.z + 0.019f) / 0.024f));
  if (std::abs(r.x) > 0.0765f && inEar < 1.0f) return 0.0f;
  const float degrees = glm::degrees(std::atan2(std::abs(r.x), r.z - kHeadAxisZ));
  // Tapered behind the ears and at the nape, as a short cut is: thinning over 2.2 cm there, 1.2 cm at the face (the
  // skin's triangles there are 6 mm: a sharper edge ran in steps).
  const float fade = glm::mix(0.012f, 0.022f, glm::smoothstep(95.0f, 130.0f, degrees));
  // A little denser over the crown than on the sides.
  const float crown = glm::smoothstep(1.66f, 1.73f, r.y);
  return glm::smoothstep(0.0f, fade, r.y - hairlineHeight(degrees, female)) * (0.85f + 0.15f * crown);
}

float distanceToSegment(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, float& t) {
  const glm::vec3 ab = b - a;
  t = glm::clamp(glm::dot(p - a, ab) / glm::dot(ab, ab), 0.0f, 1.0f);
  return glm::distance(p, a + ab * t);
}

// A painted line of the reference body's right side (points with the line's half-height there) put onto the skin
// on both sides, at the body's scale, its half-heights also scaled by `heightScale`.
template <class Points>
std::array<PaintedLine, 2> linesOnSkin(const Points& line, const SdfUnion& skinField, float scale, float heightScale) {
  std::array<PaintedLine, 2> sides;
  for (int side = 0; side < 2; ++side) {
    const glm::vec3 mirror(side == 0 ? 1.0f : -1.0f, 1.0f, 1.0f);
    for (const auto& [p, halfHeight] : line)
      sides[std::size_t(side)].emplace_back(projectToLevel(skinField, p * mirror * scale), halfHeight * scale * heightScale);
  }
  return sides;
}

}  // namespace

float distanceToLine(const glm::vec3& p, const PaintedLine& line, float& halfHeight) {
  float best = std::numeric_limits<float>::max();
  for (std::size_t k = 0; k + 1 < line.size(); ++k) {
    float t = 0.0f;
    const float d = distanceToSegment(p, line[k].first, line[k + 1].first, t);
    if (d < best) best = d, halfHeight = glm::mix(line[k].second, line[k + 1].second, t);
  }
  return best;
}

float lineCover(const glm::vec3& p, const PaintedLine& line, float inner, float outer) {
  float halfWidth = 0.0f;
  const float d = distanceToLine(p, line, halfWidth);
  return 1.0f - glm::smoothstep(inner * halfWidth, outer * halfWidth, d);
}

bool inHandRegion(const glm::vec3& reference) {
  return std::abs(reference.x) > 0.2f && reference.y > 0.62f && reference.y < 0.87f;
}

std::vector<PaintedLine> handCreaseLines(const SdfUnion& skinField, float scale) {
  std::vector<PaintedLine> lines;
  for (const auto& points : palmCreases())
    for (auto& line : linesOnSkin(points, skinField, scale, 1.0f)) lines.push_back(std::move(line));
  for (const auto& points : fingerCreases())
    for (auto& line : linesOnSkin(points, skinField, scale, 1.0f)) lines.push_back(std::move(line));
  return lines;
}

glm::vec3 skinColourMultiplier(const glm::vec3& srgb) {
  const glm::vec3 base = srgbToLinear(materialFor(TissueKind::Skin, true).baseColor);
  return glm::min(srgbToLinear(srgb) / base, glm::vec3(1.0f));
}

glm::vec3 plainSkinColour() { return skinColourMultiplier(materialFor(TissueKind::Skin).baseColor); }

void colourSkin(Mesh& skin, const std::vector<ShapePart>& parts, const SdfUnion& skinField, float scale, Sex sex) {
  const glm::vec3 lip = skinColourMultiplier(kLip), iris = skinColourMultiplier(kIris), limbus = skinColourMultiplier(kLimbus),
                  pupil = skinColourMultiplier(kPupil), lashes = skinColourMultiplier(kLashes), brow = skinColourMultiplier(kBrow),
                  areola = skinColourMultiplier(kAreola), sclera = skinColourMultiplier(kSclera), skinTone = plainSkinColour(),
                  nail = skinColourMultiplier(kNail), nailEdge = skinColourMultiplier(kNailEdge),
                  mouthLine = skinColourMultiplier(kMouthLine), hair = skinColourMultiplier(kHair);
  const std::size_t female = sex == Sex::Female ? 1 : 0;
  // The brow lines and the nipples, both sides, put on the skin. Her brows are finer, about 0.6 as high (with the
  // male's, a reviewer read her face as his).
  const auto brows = linesOnSkin(kBrowLine, skinField, scale, kBrowScale[female]);
  const auto creases = linesOnSkin(kLidCrease, skinField, scale, 1.0f);
  const glm::vec3 crease = skinColourMultiplier(kCrease);
  const std::vector<PaintedLine> handCreases = handCreaseLines(skinField, scale);
  const glm::vec3 palm = skinColourMultiplier(kPalm), palmCrease = skinColourMultiplier(kPalmCrease);
  const glm::vec3 flush = skinColourMultiplier(kFlush);
  const std::vector<Flush> flushes = flushedPlaces();
  std::vector<glm::vec3> nipples;
  if (const auto nipple = sex == Sex::Female ? femaleReferenceLandmark("nipple") : referenceLandmark("nipple"))
    for (float mirror : {1.0f, -1.0f}) nipples.push_back(projectToLevel(skinField, *nipple * glm::vec3(mirror, 1.0f, 1.0f) * scale));

  std::vector<std::size_t> pigmented;
  for (std::size_t i = 0; i < parts.size(); ++i)
    if (parts[i].pigment != Pigment::None) pigmented.push_back(i);
  // The lips' parts blended as the skin blends them: measured from each part alone, the skin where two of them
  // meet lies a millimetre or two off both, and the red faded there in pale vertical stripes (a reviewer).
  SdfUnion lips;
  for (const std::size_t i : pigmented)
    if (parts[i].pigment == Pigment::Lip) lips.add(parts[i].primitive);
  skin.colours.resize(skin.positions.size());  // each vertex's colour is set below
  for (std::size_t v = 0; v < skin.positions.size(); ++v) {
    const glm::vec3& p = skin.positions[v];
    glm::vec3 c = skinTone;
    const auto paint = [&](const glm::vec3& colour, float coverage) { c = glm::mix(c, colour, glm::clamp(coverage, 0.0f, 1.0f)); };
    // Parts with a pigment: only faces and chests are near them, so the rest of the skin skips the search.
    const glm::vec3 r = p / scale;
    if (r.y > 1.5f) {
      paint(hair, 0.62f * hairCover(r, female));
      float nearest = std::numeric_limits<float>::max();
      for (const auto& part : parts)
        if (!part.primitive.carve) nearest = std::min(nearest, evaluate(part.primitive, p));
      for (const std::size_t i : pigmented) {
        const ShapePart& part = parts[i];
        const float d = evaluate(part.primitive, p);
        if (part.pigment == Pigment::MouthLine) {  // a carved slit: its walls lie on the carved part's surface
          // Lip red over the slit's walls, and the shadow only in a thin line where the lips meet: a dark band
          // as wide as the walls read as a half-open mouth from a distance (a reviewer).
          paint(lip, 1.0f - glm::smoothstep(0.0015f * scale, 0.0045f * scale, std::abs(d)));
          paint(mouthLine, 1.0f - glm::smoothstep(0.0004f * scale, 0.0011f * scale, std::abs(d)));
          continue;
        }
        if (part.pigment == Pigment::Eye && p.z > part.primitive.a.z) {
          // The lash lines where the lids meet the eyeball: just off its surface, dark and full along the upper
          // lid, fainter along the lower. They are what an eye is first read by: without them the eyes looked
          // "painted on" (reviewers).
          const float up = glm::normalize(p - part.primitive.a).y;
          const float rim = glm::smoothstep(0.0002f * scale, 0.0006f * scale, d) * (1.0f - glm::smoothstep(0.0018f * scale, 0.003f * scale, d));
          paint(lashes, rim * (0.95f * glm::smoothstep(0.15f, 0.4f, up) + 0.45f * glm::smoothstep(-0.3f, -0.5f, up)));
        }
        const float coverage = 1.0f - glm::smoothstep(0.0f, kPartFade * scale, d - nearest);
        if (coverage <= 0.0f) continue;
        const SdfPrimitive& s = part.primitive;
        switch (part.pigment) {
          // The red of the lips ends at their border: where the lips' own surface is (the blends about it are skin).
          case Pigment::Lip: paint(lip, coverage * (1.0f - glm::smoothstep(0.0013f * scale, 0.0025f * scale, lips(p)))); break;
          case Pigment::Eye: {
            // Looking ahead: the angle from the gaze through the eyeball's centre, turned kGazeOut outwards so the
            // iris sits in the middle of the lids' opening (straight ahead, it sat against the inner corner, more
            // white outside it than inside: the eyes looked crossed).
            const glm::vec3 gaze(std::copysign(std::sin(kGazeOut), s.a.x), 0.0f, std::cos(kGazeOut));
            const glm::vec3 out = glm::normalize(p - s.a);
            const float angle = std::acos(glm::clamp(glm::dot(out, gaze), -1.0f, 1.0f));
            const float inIris = 1.0f - glm::smoothstep(kIrisAngle - kEdgeAngle, kIrisAngle + kEdgeAngle, angle);
            const float inPupil = 1.0f - glm::smoothstep(kPupilAngle - kEdgeAngle, kPupilAngle + kEdgeAngle, angle);
            const float ring = glm::smoothstep(kIrisAngle - 3.0f * kEdgeAngle, kIrisAngle, angle);
            // The white only on the eyeball itself, not on the blends into the lids about it.
            paint(sclera, coverage * (1.0f - glm::smoothstep(0.0003f * scale, 0.0009f * scale, d)));
            paint(glm::mix(iris, limbus, ring), coverage * inIris);
            paint(pupil, coverage * inPupil);
            break;
          }
          case Pigment::UpperLid: {
            // The lashes along the lid's margin: the lowest part of the lid in front of the eye.
            // Only across the eye itself: the lid reaches beyond the eyeball at the corners.
            const float below = (s.a.y - p.y) / s.radii.y, across = std::abs(p.x - s.a.x) / s.radii.x;
            // A full, dark line thickening to the outer corner: the lashes are what an eye is first read by (a thin
            // line left the eyes "painted on").
            const float outer = glm::clamp((std::abs(p.x) - std::abs(s.a.x)) / s.radii.x, 0.0f, 1.0f);
            paint(lashes, coverage * glm::smoothstep(0.42f - 0.12f * outer, 0.7f - 0.1f * outer, below) *
                              glm::smoothstep(0.0f, 0.004f * scale, p.z - s.a.z) * (1.0f - glm::smoothstep(0.72f, 0.92f, across)));
            break;
          }
          case Pigment::Nail:
          case Pigment::MouthLine:
          case Pigment::None: break;
        }
      }
      // Soft-edged, as hairs thin out: a harder edge read as a painted stripe (a reviewer).
      for (const auto& line : brows) paint(brow, 0.66f * lineCover(p, line, 0.15f, 1.15f));
      for (const auto& line : creases) paint(crease, 0.45f * lineCover(p, line, 0.3f, 1.6f));
    }
    // Nails on the back of each finger's and toe's last segment: the fingers' backs face -Z at rest (palms
    // forward), the toes' up, the thumbs' out and back. A nail covers the segment's end half (a toe's last
    // third: the toe is one part), about a right angle round the back, with a white free edge at the tip.
    // The palms and the soles paler; the palm's and the fingers' flexion creases.
    if (inHandRegion(r) && skin.normals.size() == skin.positions.size()) {
      paint(palm, glm::smoothstep(0.1f, 0.6f, skin.normals[v].z));
      for (const auto& line : handCreases) paint(palmCrease, 0.4f * lineCover(p, line, 0.2f, 1.6f));
    }
    if (r.y < 0.03f && skin.normals.size() == skin.positions.size()) paint(palm, glm::smoothstep(-0.2f, -0.7f, skin.normals[v].y));
    if (r.y < 1.0f)
      for (const std::size_t i : pigmented) {
        const ShapePart& part = parts[i];
        if (part.pigment != Pigment::Nail) continue;
        const SdfPrimitive& s = part.primitive;
        const glm::vec3 axis = s.b - s.a;
        const float t = glm::dot(p - s.a, axis) / glm::dot(axis, axis);
        if (t < 0.0f || t > 1.3f || evaluate(s, p) > 0.0025f * scale) continue;
        const bool toe = part.joint.rfind("toes", 0) == 0, thumb = part.joint.rfind("thumb", 0) == 0;
        const glm::vec3 back = toe ? glm::vec3(0.0f, 1.0f, 0.0f)
                                   : thumb ? glm::normalize(glm::vec3(s.a.x < 0.0f ? -1.0f : 1.0f, 0.0f, -1.0f)) : glm::vec3(0.0f, 0.0f, -1.0f);
        const glm::vec3 dir = glm::normalize(axis);
        glm::vec3 out = (p - s.a) - dir * glm::dot(p - s.a, dir);
        if (glm::dot(out, out) < 1e-12f) continue;
        out = glm::normalize(out);
        const float start = toe ? 0.68f : 0.3f;
        const float along = glm::smoothstep(start, start + 0.08f, t) * (1.0f - glm::smoothstep(1.02f, 1.12f, t));
        const float round = glm::smoothstep(0.55f, 0.75f, glm::dot(out, glm::normalize(back - dir * glm::dot(back, dir))));
        const float cover = along * round;
        if (cover <= 0.0f) continue;
        paint(glm::mix(nail, nailEdge, glm::smoothstep(0.9f, 1.0f, t)), 0.9f * cover);
      }
    const glm::vec3 rightSide(-std::abs(r.x), r.y, r.z);  // the right side's flushed places serve both
    for (const Flush& f : flushes)
      if (std::abs(r.x) >= f.fromMidline)
        paint(flush, f.strength * (1.0f - glm::smoothstep(0.3f * f.radius, f.radius, glm::distance(rightSide, f.centre))));
    for (const glm::vec3& n : nipples) {
      const float d = glm::distance(p, n);
      paint(areola, 0.85f * (1.0f - glm::smoothstep(kAreolaRadius[female] * scale * 0.85f, kAreolaRadius[female] * scale, d)));
      paint(areola * 0.85f, 1.0f - glm::smoothstep(kNippleRadius[female] * scale * 0.7f, kNippleRadius[female] * scale, d));
    }
    skin.colours[v] = c;
  }
}

}  // namespace myoatlas
