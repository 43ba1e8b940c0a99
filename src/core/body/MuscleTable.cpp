// Attachment geometry of every atlas muscle on the 1.75 m reference body: metres, x the subject's left (right
// side negative), y up from the floor, z anterior. Origins, insertions and via points follow the attachments
// written in data/muscles/*.json (standard anatomy: Gray's Anatomy, 42nd ed.; Travell & Simons' Manual), placed
// against the body shape and skeleton of core/body (BodyShape.cpp, Skeleton.cpp, BodyLandmarks.cpp).
// Superficial muscles conform to the body 4 mm beneath the envelope, intermediate ones under them, deep ones are
// free between their bony points. tests/core/MuscleGeometryTest.cpp checks that the ids match the atlas.
#include "core/body/MuscleGeometry.h"

namespace myoatlas {
namespace {

using S = MuscleShape;
using Pts = std::vector<glm::vec3>;
constexpr float kSup = 0.004f;   // outer face beneath the envelope: superficial layer
constexpr float kInt = 0.014f;   // intermediate layer, under the superficial muscles
constexpr float kDeep = 0.026f;  // deep layer that still follows the body's form
constexpr float kFree = -1.0f;   // free: placed between its attachment points

glm::vec3 P(float x, float y, float z) { return {x, y, z}; }

// A bundle lofted between sections that may be lines (broad origins and insertions).
MuscleBundle loft(S shape, float width, float thickness, float depth, std::initializer_list<Pts> sections,
                  float tendonEnd = -1.0f, float depthEnd = -1.0f) {
  MuscleBundle b;
  b.shape = shape;
  b.width = width;
  b.thickness = thickness;
  b.depth = depth;
  b.depthEnd = depthEnd;
  b.tendonEnd = tendonEnd;
  for (const auto& s : sections) b.sections.push_back(s);
  return b;
}

// A bundle whose sections are single points (origin, via points, insertion).
MuscleBundle tube(S shape, float width, float thickness, float depth, std::initializer_list<glm::vec3> path,
                  float tendonEnd = -1.0f, float depthEnd = -1.0f) {
  MuscleBundle b = loft(shape, width, thickness, depth, {}, tendonEnd, depthEnd);
  for (const auto& p : path) b.sections.push_back({p});
  return b;
}

std::vector<MuscleSpec> build() {
  std::vector<MuscleSpec> t;
  const auto add = [&](const char* id, std::initializer_list<MuscleBundle> bundles) { t.push_back({id, bundles}); };

  // Head and face.
  add("masseter", {loft(S::Sheet, 0.03f, 0.012f, kSup, {{P(-0.064f, 1.613f, 0.058f), P(-0.066f, 1.613f, 0.02f)},
                                                         {P(-0.056f, 1.538f, 0.048f), P(-0.054f, 1.537f, 0.006f)}}, 0.08f)});
  add("temporalis", {loft(S::Fan, 0.014f, 0.008f, kSup, {{P(-0.068f, 1.655f, 0.065f), P(-0.074f, 1.70f, 0.03f), P(-0.074f, 1.695f, -0.01f), P(-0.07f, 1.665f, -0.035f)},
                                                          {P(-0.062f, 1.60f, 0.045f)}}, 0.15f)});
  add("medial_pterygoid", {tube(S::Fusiform, 0.014f, 0.01f, kFree, {P(-0.022f, 1.585f, 0.05f), P(-0.046f, 1.54f, 0.018f)})});
  add("lateral_pterygoid", {tube(S::Fusiform, 0.014f, 0.01f, kFree, {P(-0.025f, 1.598f, 0.055f), P(-0.055f, 1.592f, 0.018f)})});
  add("digastric", {tube(S::Fusiform, 0.01f, 0.008f, kFree, {P(-0.05f, 1.555f, -0.02f), P(-0.035f, 1.52f, 0.01f), P(-0.015f, 1.495f, 0.04f)}),
                    tube(S::Fusiform, 0.01f, 0.007f, kFree, {P(-0.015f, 1.495f, 0.045f), P(-0.01f, 1.515f, 0.075f)})});
  add("orbicularis_oculi", {loft(S::Sheet, 0.02f, 0.004f, kSup, {{P(-0.012f, 1.655f, 0.095f), P(-0.032f, 1.658f, 0.095f), P(-0.052f, 1.648f, 0.08f)},
                                                                  {P(-0.014f, 1.62f, 0.093f), P(-0.033f, 1.615f, 0.093f), P(-0.052f, 1.625f, 0.078f)}})});
  add("zygomaticus_major", {tube(S::Strap, 0.01f, 0.005f, kSup, {P(-0.056f, 1.622f, 0.07f), P(-0.045f, 1.60f, 0.085f), P(-0.027f, 1.575f, 0.093f)})});
  add("platysma", {loft(S::Sheet, 0.03f, 0.0025f, 0.002f, {{P(-0.025f, 1.40f, 0.085f), P(-0.07f, 1.415f, 0.075f)},
                                                           {P(-0.02f, 1.47f, 0.06f), P(-0.05f, 1.48f, 0.045f)},
                                                           {P(-0.012f, 1.515f, 0.085f), P(-0.045f, 1.525f, 0.055f)}})});
  add("buccinator", {loft(S::Sheet, 0.02f, 0.005f, kInt, {{P(-0.048f, 1.59f, 0.05f), P(-0.048f, 1.56f, 0.05f)},
                                                          {P(-0.03f, 1.585f, 0.08f), P(-0.03f, 1.568f, 0.08f)}})});
  add("frontalis", {loft(S::Sheet, 0.02f, 0.003f, kSup, {{P(-0.004f, 1.725f, 0.06f), P(-0.03f, 1.725f, 0.055f), P(-0.055f, 1.715f, 0.04f)},
                                                          {P(-0.004f, 1.665f, 0.094f), P(-0.028f, 1.665f, 0.092f), P(-0.052f, 1.66f, 0.075f)}}, 0.02f)});
  add("occipitalis", {loft(S::Sheet, 0.02f, 0.003f, kSup, {{P(-0.02f, 1.61f, -0.1f), P(-0.06f, 1.61f, -0.075f)},
                                                           {P(-0.02f, 1.665f, -0.105f), P(-0.055f, 1.665f, -0.085f)}}, 0.3f)});

  // Neck.
  add("upper_trapezius", {loft(S::Fan, 0.02f, 0.01f, 0.003f, {{P(-0.004f, 1.6f, -0.095f), P(-0.004f, 1.565f, -0.07f), P(-0.004f, 1.52f, -0.06f), P(-0.004f, 1.44f, -0.09f)},
                                                               {P(-0.05f, 1.53f, -0.06f), P(-0.085f, 1.46f, -0.06f), P(-0.12f, 1.445f, -0.06f)},
                                                               {P(-0.12f, 1.445f, 0.015f), P(-0.16f, 1.45f, 0.0f), P(-0.195f, 1.455f, -0.015f)}}, 0.05f)});
  add("sternocleidomastoid", {tube(S::Strap, 0.028f, 0.012f, kSup, {P(-0.022f, 1.42f, 0.07f), P(-0.04f, 1.49f, 0.04f), P(-0.056f, 1.56f, -0.03f)})});
  add("splenius_capitis", {loft(S::Sheet, 0.02f, 0.006f, kInt, {{P(-0.004f, 1.505f, -0.07f), P(-0.004f, 1.38f, -0.105f)},
                                                                {P(-0.045f, 1.598f, -0.075f), P(-0.056f, 1.562f, -0.04f)}})});
  add("splenius_cervicis", {tube(S::Strap, 0.015f, 0.006f, 0.022f, {P(-0.01f, 1.34f, -0.105f), P(-0.03f, 1.45f, -0.07f), P(-0.035f, 1.53f, -0.035f)})});
  add("semispinalis_capitis", {tube(S::Strap, 0.024f, 0.01f, 0.02f, {P(-0.022f, 1.34f, -0.095f), P(-0.02f, 1.48f, -0.075f), P(-0.02f, 1.60f, -0.085f)})});
  add("semispinalis_cervicis", {tube(S::Strap, 0.015f, 0.008f, kFree, {P(-0.022f, 1.35f, -0.085f), P(-0.012f, 1.43f, -0.07f), P(-0.008f, 1.50f, -0.06f)})});
  add("cervical_multifidi", {tube(S::Strap, 0.012f, 0.008f, kFree, {P(-0.016f, 1.43f, -0.06f), P(-0.006f, 1.52f, -0.05f)})});
  add("rectus_capitis_posterior_major", {tube(S::Fan, 0.016f, 0.006f, kFree, {P(-0.004f, 1.53f, -0.055f), P(-0.025f, 1.585f, -0.066f)})});
  add("rectus_capitis_posterior_minor", {tube(S::Fan, 0.01f, 0.005f, kFree, {P(-0.002f, 1.555f, -0.05f), P(-0.011f, 1.59f, -0.064f)})});
  add("obliquus_capitis_inferior", {tube(S::Fusiform, 0.012f, 0.007f, kFree, {P(-0.004f, 1.53f, -0.05f), P(-0.04f, 1.552f, -0.03f)})});
  add("obliquus_capitis_superior", {tube(S::Fusiform, 0.01f, 0.006f, kFree, {P(-0.04f, 1.558f, -0.032f), P(-0.03f, 1.597f, -0.064f)})});
  add("levator_scapulae", {tube(S::Strap, 0.02f, 0.012f, kInt, {P(-0.035f, 1.54f, -0.03f), P(-0.06f, 1.47f, -0.045f), P(-0.085f, 1.40f, -0.09f)})});
  add("anterior_scalene", {tube(S::Fusiform, 0.012f, 0.01f, kFree, {P(-0.025f, 1.50f, 0.0f), P(-0.045f, 1.41f, 0.035f)})});
  add("middle_scalene", {tube(S::Fusiform, 0.014f, 0.011f, kFree, {P(-0.03f, 1.52f, -0.012f), P(-0.06f, 1.41f, 0.012f)})});
  add("posterior_scalene", {tube(S::Fusiform, 0.012f, 0.009f, kFree, {P(-0.036f, 1.49f, -0.022f), P(-0.075f, 1.40f, -0.008f)})});
  add("scalenus_minimus", {tube(S::Fusiform, 0.006f, 0.005f, kFree, {P(-0.026f, 1.45f, 0.006f), P(-0.045f, 1.412f, 0.022f)})});

  // Shoulder and upper back.
  add("middle_trapezius", {loft(S::Sheet, 0.02f, 0.007f, 0.003f, {{P(-0.004f, 1.44f, -0.09f), P(-0.004f, 1.37f, -0.112f)},
                                                                  {P(-0.185f, 1.45f, -0.035f), P(-0.15f, 1.395f, -0.11f)}}, 0.08f)});
  add("lower_trapezius", {loft(S::Fan, 0.022f, 0.006f, 0.003f, {{P(-0.004f, 1.365f, -0.112f), P(-0.004f, 1.25f, -0.118f), P(-0.004f, 1.12f, -0.098f)},
                                                                {P(-0.085f, 1.36f, -0.118f)}}, 0.1f)});
  add("supraspinatus", {tube(S::Fusiform, 0.026f, 0.014f, 0.014f, {P(-0.095f, 1.405f, -0.095f), P(-0.15f, 1.425f, -0.07f), P(-0.2f, 1.425f, -0.005f)})});
  add("infraspinatus", {loft(S::Fan, 0.022f, 0.012f, 0.008f, {{P(-0.082f, 1.345f, -0.118f), P(-0.09f, 1.25f, -0.118f)},
                                                               {P(-0.205f, 1.40f, -0.035f)}}, 0.12f)});
  add("teres_minor", {tube(S::Strap, 0.018f, 0.01f, 0.008f, {P(-0.145f, 1.30f, -0.098f), P(-0.205f, 1.385f, -0.045f)})});
  add("teres_major", {tube(S::Strap, 0.03f, 0.016f, kSup, {P(-0.1f, 1.225f, -0.112f), P(-0.14f, 1.29f, -0.09f), P(-0.178f, 1.345f, -0.02f)})});
  add("latissimus_dorsi", {loft(S::Fan, 0.022f, 0.007f, 0.006f, {{P(-0.004f, 1.27f, -0.118f), P(-0.004f, 1.06f, -0.09f), P(-0.03f, 0.98f, -0.1f), P(-0.1f, 1.0f, -0.075f), P(-0.15f, 1.03f, -0.02f)},
                                                                 {P(-0.1f, 1.22f, -0.115f), P(-0.125f, 1.17f, -0.1f), P(-0.145f, 1.13f, -0.06f)},
                                                                 {P(-0.1f, 1.31f, -0.105f), P(-0.14f, 1.305f, -0.07f)},
                                                                 {P(-0.18f, 1.35f, -0.01f)}}, 0.12f)});
  add("subscapularis", {loft(S::Fan, 0.02f, 0.012f, kFree, {{P(-0.085f, 1.38f, -0.085f), P(-0.095f, 1.25f, -0.09f)},
                                                            {P(-0.19f, 1.39f, 0.015f)}}, 0.12f)});
  add("rhomboid_major", {loft(S::Sheet, 0.02f, 0.006f, kInt, {{P(-0.004f, 1.385f, -0.108f), P(-0.004f, 1.32f, -0.115f)},
                                                              {P(-0.077f, 1.355f, -0.115f), P(-0.087f, 1.23f, -0.115f)}})});
  add("rhomboid_minor", {loft(S::Sheet, 0.02f, 0.006f, kInt, {{P(-0.004f, 1.44f, -0.09f), P(-0.004f, 1.405f, -0.1f)},
                                                              {P(-0.08f, 1.385f, -0.11f), P(-0.077f, 1.36f, -0.115f)}})});
  add("anterior_deltoid", {loft(S::Fan, 0.016f, 0.016f, kSup, {{P(-0.13f, 1.44f, 0.035f), P(-0.185f, 1.455f, 0.01f)},
                                                               {P(-0.17f, 1.40f, 0.06f), P(-0.225f, 1.40f, 0.035f)},
                                                               {P(-0.25f, 1.29f, 0.0f)}}, 0.12f)});
  add("middle_deltoid", {loft(S::Fan, 0.016f, 0.018f, kSup, {{P(-0.19f, 1.46f, 0.008f), P(-0.205f, 1.46f, -0.028f)},
                                                             {P(-0.25f, 1.40f, 0.02f), P(-0.25f, 1.40f, -0.04f)},
                                                             {P(-0.255f, 1.29f, -0.008f)}}, 0.12f)});
  add("posterior_deltoid", {loft(S::Fan, 0.016f, 0.016f, kSup, {{P(-0.12f, 1.395f, -0.115f), P(-0.195f, 1.45f, -0.045f)},
                                                                {P(-0.165f, 1.37f, -0.085f), P(-0.23f, 1.39f, -0.055f)},
                                                                {P(-0.25f, 1.29f, -0.018f)}}, 0.12f)});
  add("serratus_posterior_superior", {loft(S::Sheet, 0.02f, 0.004f, 0.022f, {{P(-0.004f, 1.44f, -0.09f), P(-0.004f, 1.37f, -0.112f)},
                                                                             {P(-0.07f, 1.375f, -0.11f), P(-0.075f, 1.30f, -0.118f)}}, 0.2f)});

  // Arm.
  add("coracobrachialis", {tube(S::Fusiform, 0.018f, 0.014f, kInt, {P(-0.15f, 1.39f, 0.07f), P(-0.19f, 1.32f, 0.02f), P(-0.215f, 1.25f, 0.005f)})});
  add("biceps_brachii", {tube(S::Fusiform, 0.042f, 0.03f, kSup, {P(-0.19f, 1.40f, 0.03f), P(-0.222f, 1.26f, 0.04f), P(-0.25f, 1.08f, 0.015f)}, 0.18f)});
  add("brachialis", {tube(S::Fusiform, 0.036f, 0.015f, 0.022f, {P(-0.228f, 1.25f, 0.01f), P(-0.24f, 1.15f, 0.02f), P(-0.242f, 1.07f, 0.0f)})});
  add("triceps_brachii", {tube(S::Fusiform, 0.046f, 0.03f, kSup, {P(-0.175f, 1.37f, -0.06f), P(-0.225f, 1.25f, -0.065f), P(-0.24f, 1.105f, -0.058f)}, 0.2f)});
  add("anconeus", {tube(S::Fan, 0.016f, 0.006f, kSup, {P(-0.272f, 1.10f, -0.04f), P(-0.252f, 1.06f, -0.052f)})});

  // Forearm and hand (palm forward: the thumb side is lateral, x more negative).
  add("brachioradialis", {tube(S::Fusiform, 0.03f, 0.018f, kSup, {P(-0.268f, 1.17f, -0.02f), P(-0.286f, 1.05f, 0.0f), P(-0.283f, 0.87f, 0.005f)}, 0.35f)});
  add("extensor_carpi_radialis_longus", {tube(S::Fusiform, 0.022f, 0.012f, kSup, {P(-0.274f, 1.135f, -0.028f), P(-0.287f, 1.03f, -0.022f), P(-0.272f, 0.83f, -0.012f)}, 0.45f)});
  add("extensor_carpi_radialis_brevis", {tube(S::Fusiform, 0.02f, 0.011f, kSup, {P(-0.275f, 1.10f, -0.032f), P(-0.278f, 1.0f, -0.035f), P(-0.263f, 0.83f, -0.014f)}, 0.4f)});
  add("extensor_carpi_ulnaris", {tube(S::Fusiform, 0.02f, 0.011f, kSup, {P(-0.265f, 1.09f, -0.05f), P(-0.236f, 0.98f, -0.042f), P(-0.242f, 0.84f, -0.01f)}, 0.3f)});
  add("extensor_digitorum", {tube(S::Fusiform, 0.024f, 0.012f, kSup, {P(-0.27f, 1.095f, -0.042f), P(-0.255f, 0.98f, -0.048f), P(-0.262f, 0.84f, -0.022f), P(-0.262f, 0.76f, -0.01f)}, 0.4f)});
  add("extensor_indicis", {tube(S::Fusiform, 0.012f, 0.007f, 0.012f, {P(-0.24f, 0.95f, -0.035f), P(-0.258f, 0.86f, -0.02f), P(-0.276f, 0.77f, -0.008f)}, 0.45f)});
  add("supinator", {tube(S::Fan, 0.02f, 0.008f, 0.016f, {P(-0.27f, 1.09f, -0.03f), P(-0.263f, 1.03f, 0.01f)})});
  add("palmaris_longus", {tube(S::Fusiform, 0.012f, 0.008f, kSup, {P(-0.212f, 1.10f, -0.015f), P(-0.24f, 1.0f, 0.032f), P(-0.26f, 0.86f, 0.022f), P(-0.262f, 0.81f, 0.018f)}, 0.5f)});
  add("flexor_carpi_radialis", {tube(S::Fusiform, 0.02f, 0.012f, kSup, {P(-0.212f, 1.095f, -0.005f), P(-0.252f, 1.0f, 0.032f), P(-0.273f, 0.85f, 0.018f)}, 0.4f)});
  add("flexor_carpi_ulnaris", {tube(S::Fusiform, 0.022f, 0.012f, kSup, {P(-0.207f, 1.095f, -0.03f), P(-0.222f, 1.0f, 0.0f), P(-0.242f, 0.845f, 0.012f)}, 0.25f)});
  add("flexor_digitorum_superficialis", {tube(S::Fusiform, 0.034f, 0.014f, kInt, {P(-0.216f, 1.08f, 0.0f), P(-0.245f, 0.97f, 0.02f), P(-0.26f, 0.86f, 0.015f), P(-0.262f, 0.79f, 0.012f)}, 0.35f)});
  add("flexor_digitorum_profundus", {tube(S::Fusiform, 0.03f, 0.014f, 0.022f, {P(-0.23f, 1.05f, -0.012f), P(-0.245f, 0.95f, -0.005f), P(-0.256f, 0.86f, 0.008f)}, 0.3f)});
  add("flexor_pollicis_longus", {tube(S::Pennate, 0.015f, 0.009f, 0.018f, {P(-0.27f, 1.02f, 0.0f), P(-0.278f, 0.86f, 0.01f), P(-0.294f, 0.775f, 0.016f)}, 0.4f)});
  add("pronator_teres", {tube(S::Fusiform, 0.02f, 0.012f, kSup, {P(-0.208f, 1.105f, 0.0f), P(-0.245f, 1.05f, 0.03f), P(-0.276f, 1.02f, 0.01f)})});
  add("adductor_pollicis", {loft(S::Fan, 0.012f, 0.006f, kFree, {{P(-0.26f, 0.815f, 0.01f), P(-0.262f, 0.78f, 0.008f)},
                                                                 {P(-0.286f, 0.805f, 0.01f)}})});
  add("opponens_pollicis", {tube(S::Fusiform, 0.01f, 0.006f, kFree, {P(-0.27f, 0.835f, 0.013f), P(-0.287f, 0.80f, 0.011f)})});
  add("first_dorsal_interosseous", {tube(S::Pennate, 0.012f, 0.008f, kFree, {P(-0.276f, 0.825f, -0.004f), P(-0.281f, 0.77f, 0.0f)})});
  add("dorsal_interossei_hand", {tube(S::Pennate, 0.006f, 0.005f, kFree, {P(-0.266f, 0.83f, -0.004f), P(-0.266f, 0.77f, -0.002f)}),
                                 tube(S::Pennate, 0.006f, 0.005f, kFree, {P(-0.255f, 0.83f, -0.004f), P(-0.255f, 0.77f, -0.002f)}),
                                 tube(S::Pennate, 0.006f, 0.005f, kFree, {P(-0.245f, 0.83f, -0.004f), P(-0.245f, 0.775f, -0.002f)})});
  add("abductor_digiti_minimi_hand", {tube(S::Fusiform, 0.01f, 0.007f, kFree, {P(-0.243f, 0.838f, 0.01f), P(-0.239f, 0.77f, 0.005f)})});
  add("flexor_pollicis_brevis", {tube(S::Fusiform, 0.01f, 0.006f, kFree, {P(-0.271f, 0.835f, 0.017f), P(-0.29f, 0.79f, 0.016f)})});
  add("abductor_pollicis_brevis", {tube(S::Fusiform, 0.011f, 0.006f, kFree, {P(-0.276f, 0.842f, 0.016f), P(-0.294f, 0.792f, 0.011f)})});

  // Chest and abdomen.
  add("pectoralis_major", {loft(S::Fan, 0.026f, 0.016f, kSup, {{P(-0.095f, 1.432f, 0.055f), P(-0.03f, 1.425f, 0.075f), P(-0.008f, 1.33f, 0.105f), P(-0.012f, 1.23f, 0.108f), P(-0.07f, 1.205f, 0.11f)},
                                                               {P(-0.12f, 1.40f, 0.07f), P(-0.125f, 1.35f, 0.085f), P(-0.135f, 1.315f, 0.075f)},
                                                               {P(-0.195f, 1.355f, 0.03f)}}, 0.1f)});
  add("subclavius", {tube(S::Fusiform, 0.01f, 0.008f, kFree, {P(-0.04f, 1.40f, 0.04f), P(-0.11f, 1.415f, 0.025f)})});
  add("sternalis", {tube(S::Strap, 0.012f, 0.003f, 0.0025f, {P(-0.014f, 1.38f, 0.1f), P(-0.018f, 1.25f, 0.106f)})});
  add("pectoralis_minor", {loft(S::Fan, 0.014f, 0.008f, 0.022f, {{P(-0.07f, 1.335f, 0.1f), P(-0.085f, 1.26f, 0.105f)},
                                                                 {P(-0.145f, 1.385f, 0.065f)}}, 0.1f)});
  add("serratus_anterior", {loft(S::Sheet, 0.02f, 0.007f, 0.006f, {{P(-0.12f, 1.36f, 0.045f), P(-0.14f, 1.30f, 0.055f), P(-0.15f, 1.24f, 0.055f), P(-0.145f, 1.17f, 0.045f)},
                                                                   {P(-0.135f, 1.37f, -0.045f), P(-0.14f, 1.24f, -0.06f)}}, 0.05f)});
  add("intercostals", {loft(S::Sheet, 0.02f, 0.004f, kDeep, {{P(-0.06f, 1.36f, 0.1f), P(-0.14f, 1.30f, 0.0f), P(-0.09f, 1.32f, -0.1f)},
                                                             {P(-0.07f, 1.19f, 0.1f), P(-0.15f, 1.17f, 0.0f), P(-0.1f, 1.17f, -0.09f)}}, 0.05f)});
  add("diaphragm", {loft(S::Sheet, 0.02f, 0.004f, kFree, {{P(-0.004f, 1.205f, 0.085f), P(-0.12f, 1.15f, 0.0f), P(-0.03f, 1.11f, -0.06f)},
                                                          {P(-0.004f, 1.245f, 0.045f), P(-0.07f, 1.27f, 0.0f), P(-0.02f, 1.23f, -0.03f)},
                                                          {P(-0.004f, 1.265f, 0.0f)}}, 0.3f)});
  add("rectus_abdominis", {loft(S::Strap, 0.04f, 0.01f, kSup, {{P(-0.005f, 0.895f, 0.08f), P(-0.032f, 0.895f, 0.08f)},
                                                               {P(-0.005f, 1.03f, 0.1f), P(-0.065f, 1.03f, 0.095f)},
                                                               {P(-0.005f, 1.215f, 0.105f), P(-0.075f, 1.2f, 0.1f)}}, 0.04f)});
  add("external_oblique", {loft(S::Sheet, 0.02f, 0.008f, kSup, {{P(-0.09f, 1.25f, 0.1f), P(-0.135f, 1.20f, 0.07f), P(-0.155f, 1.12f, 0.02f), P(-0.15f, 1.06f, -0.03f)},
                                                                {P(-0.075f, 1.17f, 0.104f), P(-0.075f, 1.05f, 0.102f), P(-0.09f, 0.95f, 0.09f), P(-0.15f, 0.99f, 0.02f)}}, 0.35f)});
  add("internal_oblique", {loft(S::Sheet, 0.02f, 0.006f, kInt, {{P(-0.15f, 1.0f, -0.02f), P(-0.12f, 0.96f, 0.07f)},
                                                                {P(-0.13f, 1.15f, 0.06f), P(-0.07f, 1.05f, 0.1f)}}, 0.25f)});
  add("transversus_abdominis", {loft(S::Sheet, 0.02f, 0.005f, kDeep, {{P(-0.14f, 1.14f, -0.04f), P(-0.15f, 1.0f, -0.03f)},
                                                                      {P(-0.07f, 1.15f, 0.1f), P(-0.07f, 0.97f, 0.095f)}}, 0.25f)});
  add("pyramidalis", {tube(S::Fan, 0.016f, 0.004f, 0.003f, {P(-0.012f, 0.895f, 0.082f), P(-0.004f, 0.95f, 0.092f)})});

  // Low back.
  add("iliocostalis_thoracis", {tube(S::Strap, 0.02f, 0.012f, kInt, {P(-0.062f, 1.12f, -0.098f), P(-0.068f, 1.25f, -0.11f), P(-0.065f, 1.38f, -0.095f)})});
  add("iliocostalis_lumborum", {tube(S::Strap, 0.026f, 0.018f, 0.008f, {P(-0.05f, 0.98f, -0.095f), P(-0.062f, 1.05f, -0.1f), P(-0.07f, 1.15f, -0.1f)})});
  add("longissimus_thoracis", {tube(S::Strap, 0.026f, 0.02f, 0.008f, {P(-0.025f, 0.96f, -0.105f), P(-0.032f, 1.10f, -0.1f), P(-0.035f, 1.37f, -0.1f)}, -1.0f, kInt)});
  add("lumbar_multifidi", {tube(S::Pennate, 0.018f, 0.014f, kFree, {P(-0.012f, 0.95f, -0.095f), P(-0.011f, 1.03f, -0.085f), P(-0.008f, 1.10f, -0.075f)})});
  add("rotatores", {tube(S::Strap, 0.01f, 0.006f, kFree, {P(-0.014f, 1.15f, -0.065f), P(-0.01f, 1.25f, -0.072f), P(-0.008f, 1.35f, -0.07f)})});
  add("quadratus_lumborum", {loft(S::Sheet, 0.02f, 0.015f, kFree, {{P(-0.075f, 1.0f, -0.05f), P(-0.035f, 0.99f, -0.05f)},
                                                                   {P(-0.065f, 1.13f, -0.05f), P(-0.03f, 1.12f, -0.045f)}})});
  add("serratus_posterior_inferior", {loft(S::Sheet, 0.02f, 0.004f, kInt, {{P(-0.004f, 1.15f, -0.1f), P(-0.004f, 1.06f, -0.088f)},
                                                                           {P(-0.1f, 1.17f, -0.095f), P(-0.11f, 1.12f, -0.085f)}}, 0.25f)});
  add("thoracic_multifidi", {tube(S::Pennate, 0.014f, 0.01f, kFree, {P(-0.016f, 1.15f, -0.08f), P(-0.014f, 1.26f, -0.09f), P(-0.01f, 1.37f, -0.085f)})});

  // Hip and buttock.
  add("psoas_major", {tube(S::Fusiform, 0.036f, 0.03f, kFree, {P(-0.028f, 1.12f, -0.025f), P(-0.045f, 1.0f, -0.005f), P(-0.07f, 0.92f, 0.045f), P(-0.095f, 0.862f, 0.005f)}, 0.12f)});
  add("iliacus", {loft(S::Fan, 0.02f, 0.014f, kFree, {{P(-0.13f, 1.0f, 0.01f), P(-0.08f, 1.0f, -0.03f)},
                                                      {P(-0.095f, 0.92f, 0.045f)},
                                                      {P(-0.097f, 0.862f, 0.008f)}}, 0.1f)});
  add("gluteus_maximus", {loft(S::Fan, 0.03f, 0.032f, 0.003f, {{P(-0.055f, 1.0f, -0.095f), P(-0.02f, 0.94f, -0.11f), P(-0.01f, 0.865f, -0.11f)},
                                                               {P(-0.11f, 0.975f, -0.11f), P(-0.09f, 0.88f, -0.135f), P(-0.07f, 0.815f, -0.105f)},
                                                               {P(-0.167f, 0.90f, -0.04f), P(-0.145f, 0.80f, -0.035f)}}, 0.12f)});
  add("gluteus_medius", {loft(S::Fan, 0.02f, 0.022f, 0.012f, {{P(-0.125f, 0.975f, 0.07f), P(-0.158f, 1.02f, 0.0f), P(-0.1f, 1.005f, -0.085f)},
                                                              {P(-0.172f, 0.912f, -0.01f)}}, 0.12f)});
  add("gluteus_minimus", {loft(S::Fan, 0.02f, 0.014f, 0.036f, {{P(-0.15f, 0.99f, 0.03f), P(-0.12f, 0.985f, -0.05f)},
                                                               {P(-0.165f, 0.915f, 0.01f)}}, 0.1f)});
  add("piriformis", {tube(S::Fusiform, 0.026f, 0.016f, kFree, {P(-0.02f, 0.93f, -0.09f), P(-0.09f, 0.925f, -0.085f), P(-0.158f, 0.918f, -0.03f)}, 0.15f)});
  add("superior_gemellus", {tube(S::Strap, 0.008f, 0.007f, kFree, {P(-0.05f, 0.882f, -0.078f), P(-0.155f, 0.906f, -0.028f)})});
  add("obturator_internus", {tube(S::Strap, 0.011f, 0.008f, kFree, {P(-0.05f, 0.868f, -0.07f), P(-0.155f, 0.899f, -0.028f)})});
  add("inferior_gemellus", {tube(S::Strap, 0.008f, 0.007f, kFree, {P(-0.055f, 0.855f, -0.075f), P(-0.155f, 0.892f, -0.028f)})});
  add("quadratus_femoris", {tube(S::Strap, 0.024f, 0.01f, kFree, {P(-0.062f, 0.835f, -0.075f), P(-0.15f, 0.866f, -0.035f)})});
  add("obturator_externus", {tube(S::Fan, 0.022f, 0.01f, kFree, {P(-0.042f, 0.86f, 0.03f), P(-0.1f, 0.87f, 0.0f), P(-0.14f, 0.89f, -0.022f)})});
  add("tensor_fasciae_latae", {tube(S::Strap, 0.03f, 0.015f, kSup, {P(-0.128f, 0.962f, 0.07f), P(-0.16f, 0.84f, 0.025f), P(-0.16f, 0.68f, 0.0f), P(-0.14f, 0.51f, -0.005f)}, 0.68f)});
  add("levator_ani", {loft(S::Sheet, 0.02f, 0.004f, kFree, {{P(-0.04f, 0.875f, 0.04f), P(-0.05f, 0.865f, -0.04f)},
                                                            {P(-0.006f, 0.845f, 0.0f), P(-0.006f, 0.845f, -0.06f)}})});
  add("coccygeus", {tube(S::Fan, 0.018f, 0.005f, kFree, {P(-0.045f, 0.865f, -0.072f), P(-0.01f, 0.872f, -0.1f)})});
  add("sphincter_ani", {tube(S::Strap, 0.012f, 0.006f, kFree, {P(-0.005f, 0.83f, -0.052f), P(-0.012f, 0.83f, -0.064f), P(-0.005f, 0.83f, -0.076f)})});
  add("bulbospongiosus", {tube(S::Strap, 0.01f, 0.006f, kFree, {P(-0.006f, 0.835f, -0.02f), P(-0.009f, 0.842f, 0.028f)})});
  add("ischiocavernosus", {tube(S::Strap, 0.008f, 0.005f, kFree, {P(-0.045f, 0.838f, -0.04f), P(-0.016f, 0.847f, 0.028f)})});

  // Thigh.
  add("sartorius", {tube(S::Strap, 0.028f, 0.01f, 0.003f, {P(-0.122f, 0.955f, 0.075f), P(-0.085f, 0.78f, 0.08f), P(-0.045f, 0.60f, 0.03f), P(-0.05f, 0.44f, 0.02f)}, 0.1f)});
  add("pectineus", {tube(S::Fan, 0.03f, 0.012f, kInt, {P(-0.035f, 0.892f, 0.072f), P(-0.08f, 0.83f, 0.03f)})});
  add("rectus_femoris", {tube(S::Pennate, 0.05f, 0.03f, kSup, {P(-0.112f, 0.93f, 0.07f), P(-0.095f, 0.72f, 0.09f), P(-0.086f, 0.55f, 0.06f)}, 0.12f)});
  add("vastus_medialis", {tube(S::Pennate, 0.052f, 0.03f, kSup, {P(-0.06f, 0.80f, 0.03f), P(-0.052f, 0.62f, 0.045f), P(-0.07f, 0.53f, 0.05f)}, 0.08f)});
  add("vastus_intermedius", {tube(S::Pennate, 0.05f, 0.02f, 0.03f, {P(-0.1f, 0.85f, 0.03f), P(-0.092f, 0.70f, 0.05f), P(-0.086f, 0.56f, 0.04f)})});
  add("vastus_lateralis", {tube(S::Pennate, 0.07f, 0.03f, kSup, {P(-0.165f, 0.88f, 0.0f), P(-0.148f, 0.70f, 0.02f), P(-0.104f, 0.535f, 0.05f)}, 0.1f)});
  add("adductor_longus", {tube(S::Fan, 0.04f, 0.016f, kSup, {P(-0.022f, 0.88f, 0.07f), P(-0.045f, 0.77f, 0.045f), P(-0.07f, 0.66f, 0.0f)}, 0.1f)});
  add("adductor_brevis", {tube(S::Fan, 0.03f, 0.012f, kInt, {P(-0.035f, 0.88f, 0.045f), P(-0.076f, 0.76f, 0.0f)})});
  add("adductor_magnus", {loft(S::Fan, 0.02f, 0.03f, 0.012f, {{P(-0.03f, 0.85f, 0.0f), P(-0.055f, 0.835f, -0.06f)},
                                                              {P(-0.08f, 0.80f, -0.02f), P(-0.052f, 0.52f, -0.01f)}}, 0.08f)});
  add("gracilis", {tube(S::Strap, 0.026f, 0.008f, 0.003f, {P(-0.02f, 0.86f, 0.04f), P(-0.026f, 0.65f, -0.005f), P(-0.045f, 0.44f, 0.005f)}, 0.2f)});
  add("biceps_femoris", {tube(S::Fusiform, 0.045f, 0.03f, kSup, {P(-0.065f, 0.835f, -0.078f), P(-0.11f, 0.65f, -0.07f), P(-0.126f, 0.46f, -0.025f)}, 0.15f)});
  add("semitendinosus", {tube(S::Fusiform, 0.04f, 0.025f, kSup, {P(-0.06f, 0.83f, -0.082f), P(-0.062f, 0.65f, -0.075f), P(-0.046f, 0.49f, -0.04f), P(-0.05f, 0.44f, 0.02f)}, 0.35f)});
  add("semimembranosus", {tube(S::Fusiform, 0.045f, 0.025f, kInt, {P(-0.07f, 0.82f, -0.065f), P(-0.065f, 0.62f, -0.06f), P(-0.05f, 0.47f, -0.03f)}, 0.1f)});

  // Leg and foot.
  add("popliteus", {tube(S::Fan, 0.03f, 0.008f, kFree, {P(-0.12f, 0.49f, -0.03f), P(-0.06f, 0.43f, -0.04f)})});
  add("tibialis_anterior", {tube(S::Fusiform, 0.035f, 0.022f, kSup, {P(-0.1f, 0.45f, 0.03f), P(-0.094f, 0.28f, 0.035f), P(-0.075f, 0.08f, 0.04f), P(-0.062f, 0.04f, 0.07f)}, 0.4f)});
  add("extensor_digitorum_longus", {tube(S::Fusiform, 0.024f, 0.014f, kSup, {P(-0.116f, 0.44f, 0.0f), P(-0.11f, 0.25f, 0.02f), P(-0.092f, 0.07f, 0.05f), P(-0.1f, 0.03f, 0.15f)}, 0.45f)});
  add("extensor_hallucis_longus", {tube(S::Fusiform, 0.018f, 0.01f, kInt, {P(-0.105f, 0.33f, 0.02f), P(-0.086f, 0.08f, 0.045f), P(-0.06f, 0.025f, 0.19f)}, 0.5f)});
  add("fibularis_longus", {tube(S::Pennate, 0.03f, 0.018f, kSup, {P(-0.126f, 0.44f, -0.02f), P(-0.126f, 0.28f, -0.02f), P(-0.112f, 0.07f, -0.035f)}, 0.35f)});
  add("fibularis_brevis", {tube(S::Pennate, 0.025f, 0.012f, kInt, {P(-0.12f, 0.30f, -0.02f), P(-0.112f, 0.065f, -0.04f), P(-0.125f, 0.025f, 0.05f)}, 0.35f)});
  add("fibularis_tertius", {tube(S::Fusiform, 0.015f, 0.008f, kSup, {P(-0.11f, 0.18f, 0.02f), P(-0.115f, 0.04f, 0.06f)}, 0.4f)});
  add("gastrocnemius", {tube(S::Fusiform, 0.045f, 0.03f, kSup, {P(-0.058f, 0.50f, -0.04f), P(-0.062f, 0.38f, -0.085f), P(-0.08f, 0.25f, -0.07f)}, 0.15f),
                        tube(S::Fusiform, 0.04f, 0.026f, kSup, {P(-0.113f, 0.50f, -0.04f), P(-0.108f, 0.39f, -0.078f), P(-0.086f, 0.26f, -0.07f)}, 0.15f)});
  add("soleus", {tube(S::Pennate, 0.07f, 0.025f, 0.02f, {P(-0.1f, 0.45f, -0.04f), P(-0.085f, 0.30f, -0.07f), P(-0.082f, 0.12f, -0.06f), P(-0.082f, 0.04f, -0.062f)}, 0.4f, kSup)});
  add("plantaris", {tube(S::Fusiform, 0.012f, 0.008f, kFree, {P(-0.115f, 0.50f, -0.045f), P(-0.1f, 0.42f, -0.055f), P(-0.088f, 0.2f, -0.06f)}, 0.6f)});
  add("tibialis_posterior", {tube(S::Pennate, 0.03f, 0.015f, kFree, {P(-0.09f, 0.42f, -0.02f), P(-0.078f, 0.15f, -0.022f), P(-0.06f, 0.07f, -0.025f), P(-0.052f, 0.04f, 0.04f)}, 0.35f)});
  add("flexor_digitorum_longus", {tube(S::Pennate, 0.02f, 0.012f, kFree, {P(-0.07f, 0.38f, -0.035f), P(-0.062f, 0.1f, -0.035f), P(-0.075f, 0.012f, 0.08f)}, 0.35f)});
  add("flexor_hallucis_longus", {tube(S::Pennate, 0.022f, 0.014f, kFree, {P(-0.1f, 0.33f, -0.045f), P(-0.072f, 0.08f, -0.045f), P(-0.062f, 0.012f, 0.17f)}, 0.35f)});
  add("extensor_digitorum_brevis", {tube(S::Fan, 0.025f, 0.008f, kSup, {P(-0.112f, 0.04f, 0.04f), P(-0.1f, 0.035f, 0.11f)})});
  add("extensor_hallucis_brevis", {tube(S::Fusiform, 0.012f, 0.006f, kSup, {P(-0.106f, 0.045f, 0.05f), P(-0.07f, 0.035f, 0.14f)}, 0.3f)});
  add("abductor_hallucis", {tube(S::Pennate, 0.02f, 0.012f, kSup, {P(-0.06f, 0.02f, -0.03f), P(-0.052f, 0.02f, 0.06f), P(-0.055f, 0.012f, 0.14f)}, 0.2f)});
  add("flexor_digitorum_brevis", {tube(S::Fusiform, 0.03f, 0.01f, kSup, {P(-0.082f, 0.006f, -0.02f), P(-0.09f, 0.004f, 0.07f), P(-0.095f, 0.005f, 0.15f)}, 0.25f)});
  add("abductor_digiti_minimi_foot", {tube(S::Fusiform, 0.016f, 0.01f, kSup, {P(-0.105f, 0.008f, -0.03f), P(-0.12f, 0.01f, 0.05f), P(-0.125f, 0.01f, 0.12f)}, 0.2f)});
  add("quadratus_plantae", {tube(S::Strap, 0.025f, 0.008f, kFree, {P(-0.082f, 0.016f, -0.03f), P(-0.085f, 0.016f, 0.05f)})});
  add("flexor_hallucis_brevis", {tube(S::Fusiform, 0.014f, 0.008f, kFree, {P(-0.07f, 0.014f, 0.07f), P(-0.06f, 0.011f, 0.15f)})});
  add("adductor_hallucis", {tube(S::Fusiform, 0.014f, 0.008f, kFree, {P(-0.092f, 0.016f, 0.10f), P(-0.066f, 0.013f, 0.15f)})});
  add("interossei_foot", {tube(S::Pennate, 0.006f, 0.006f, kFree, {P(-0.076f, 0.028f, 0.08f), P(-0.076f, 0.024f, 0.15f)}),
                          tube(S::Pennate, 0.006f, 0.006f, kFree, {P(-0.092f, 0.028f, 0.08f), P(-0.092f, 0.024f, 0.145f)}),
                          tube(S::Pennate, 0.006f, 0.006f, kFree, {P(-0.108f, 0.026f, 0.075f), P(-0.108f, 0.022f, 0.135f)})});
  add("flexor_digiti_minimi_brevis_foot", {tube(S::Fusiform, 0.01f, 0.007f, kFree, {P(-0.12f, 0.013f, 0.06f), P(-0.122f, 0.012f, 0.12f)})});
  add("lumbricals_foot", {tube(S::Fusiform, 0.012f, 0.005f, kFree, {P(-0.086f, 0.015f, 0.10f), P(-0.09f, 0.013f, 0.16f)})});
  return t;
}

}  // namespace

const std::vector<MuscleSpec>& muscleTable() {
  static const std::vector<MuscleSpec> table = build();
  return table;
}

}  // namespace myoatlas
