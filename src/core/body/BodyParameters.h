#pragma once
// The knobs of the generated default body. Everything else follows from published proportions.
#include <optional>
#include <string>

namespace myoatlas {

// Which generated body: the same joints, landmarks, muscles and names, with each sex's proportions.
enum class Sex { Male, Female };
const char* sexName(Sex sex);                           // "male", "female"
std::optional<Sex> parseSex(const std::string& name);  // case-insensitive

struct BodyParameters {
  Sex sex = Sex::Male;
  float stature = 1.75f;  // metres, vertex to floor
  float build = 1.0f;     // girth factor: 0.85 slender .. 1.2 heavy (scales circumferences, not lengths)
  float gridCell = 0.003f;  // metres: skin polygonisation resolution (smaller = finer, slower)
  float skinTriangleRatio = 0.03f;  // share of the polygonised triangles kept by simplification (1 = keep all)
  bool anatomy = true;  // bones and muscles inside the skin; off for quick skin-only bodies (tests)
  // Rays per vertex for the shading baked into the colours (core/geometry/Occlusion.h); 0 bakes none. Tests that
  // do not look at the shading use a few: 32 rays through every muscle cost minutes under the sanitizers.
  int occlusionRays = 32;
};

// Heights, widths and depths below are written in metres for a 1.75 m reference adult and scaled by
// stature / kReferenceStature. Vertical positions follow the segment proportions of Drillis and Contini (1966)
// as tabulated by Winter (Biomechanics and Motor Control of Human Movement, 4th ed., fig. 4.1): shoulder 0.818 H,
// elbow 0.630 H, wrist 0.485 H, fingertip 0.377 H, hip 0.530 H (greater trochanter), knee 0.285 H, ankle 0.039 H;
// shoulder width 0.259 H, hip width 0.191 H, foot length 0.152 H.
inline constexpr float kReferenceStature = 1.75f;

}  // namespace myoatlas
