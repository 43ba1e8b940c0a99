#include "core/body/BodyLandmarks.h"

#include <algorithm>
#include <unordered_map>

namespace myoatlas {
namespace {

// Reference body (1.75 m), metres: x the subject's left (so right-side values are negative), y up, z anterior.
// Hand-placed against the body shape in BodyShape.cpp and standard surface anatomy; positions are refined by
// projection onto the skin when a body is generated. Between the hip and the ankle the finished body is lower than
// these by up to 3.5 cm at the knee (applyKneeHeight, core/body/BodyProportions.h): everything moves together.
const std::unordered_map<std::string, glm::vec3>& table() {
  static const std::unordered_map<std::string, glm::vec3> t = {
      // Head and face.
      {"vertex", {0.0f, 1.75f, -0.01f}},
      {"glabella", {0.0f, 1.655f, 0.095f}},
      {"external_occipital_protuberance", {0.0f, 1.60f, -0.10f}},
      {"superior_nuchal_line", {-0.04f, 1.60f, -0.09f}},
      {"mastoid_process", {-0.055f, 1.56f, -0.03f}},
      {"temple", {-0.07f, 1.65f, 0.045f}},
      {"temporal_ridge", {-0.065f, 1.69f, 0.03f}},
      {"supraorbital_ridge", {-0.03f, 1.658f, 0.09f}},  // on the brow ridge, above the upper lid
      {"lateral_orbital_margin", {-0.05f, 1.64f, 0.075f}},
      {"zygomatic_arch", {-0.063f, 1.615f, 0.045f}},
      {"temporomandibular_joint", {-0.062f, 1.595f, 0.015f}},
      {"angle_of_mandible", {-0.052f, 1.548f, 0.006f}},  // under the jaw line's end (the skin's angle)
      {"mandible_body", {-0.04f, 1.52f, 0.06f}},
      {"mental_protuberance", {0.0f, 1.515f, 0.09f}},
      {"maxilla_molars", {-0.045f, 1.57f, 0.07f}},
      {"ear", {-0.072f, 1.62f, -0.005f}},  // the tragion: 13.1 cm below the vertex (ANSUR II)
      {"eye", {-0.032f, 1.635f, 0.09f}},
      // Neck.
      {"hyoid", {0.0f, 1.49f, 0.05f}},
      {"thyroid_cartilage", {0.0f, 1.465f, 0.055f}},
      {"suprasternal_notch", {0.0f, 1.425f, 0.06f}},
      {"sternoclavicular_joint", {-0.025f, 1.425f, 0.065f}},
      {"clavicle_mid", {-0.09f, 1.435f, 0.05f}},
      {"c2_spinous_process", {0.0f, 1.53f, -0.06f}},
      {"c4_spinous_process", {0.0f, 1.49f, -0.065f}},
      {"c7_spinous_process", {0.0f, 1.44f, -0.085f}},
      // Back.
      {"t4_spinous_process", {0.0f, 1.36f, -0.11f}},
      {"t7_spinous_process", {0.0f, 1.27f, -0.115f}},
      {"t10_spinous_process", {0.0f, 1.18f, -0.105f}},
      {"t12_spinous_process", {0.0f, 1.12f, -0.095f}},
      {"l2_spinous_process", {0.0f, 1.06f, -0.085f}},
      {"l4_spinous_process", {0.0f, 1.00f, -0.09f}},
      {"s2_sacrum", {0.0f, 0.94f, -0.11f}},
      {"coccyx", {0.0f, 0.86f, -0.115f}},
      // Shoulder girdle.
      {"acromion", {-0.20f, 1.45f, -0.01f}},
      {"coracoid_process", {-0.15f, 1.39f, 0.07f}},
      {"greater_tubercle", {-0.215f, 1.40f, 0.02f}},
      {"superior_angle_scapula", {-0.085f, 1.40f, -0.10f}},
      {"scapular_spine_root", {-0.08f, 1.36f, -0.115f}},
      {"scapular_spine_mid", {-0.13f, 1.385f, -0.11f}},
      {"supraspinous_fossa", {-0.12f, 1.405f, -0.10f}},
      {"infraspinous_fossa", {-0.12f, 1.31f, -0.115f}},
      {"inferior_angle_scapula", {-0.095f, 1.265f, -0.11f}},  // at T7, as the scapula_bone's (it was 4.5 cm low)
      {"medial_border_scapula", {-0.075f, 1.29f, -0.115f}},
      {"lateral_border_scapula", {-0.15f, 1.28f, -0.09f}},
      {"posterior_axillary_fold", {-0.175f, 1.30f, -0.06f}},
      {"anterior_axillary_fold", {-0.17f, 1.31f, 0.05f}},
      // Arm.
      {"deltoid_tuberosity", {-0.25f, 1.29f, -0.005f}},
      {"mid_arm_anterior", {-0.225f, 1.25f, 0.035f}},
      {"mid_arm_posterior", {-0.225f, 1.25f, -0.06f}},
      {"lateral_epicondyle", {-0.275f, 1.10f, -0.02f}},
      {"medial_epicondyle", {-0.205f, 1.10f, -0.025f}},
      {"olecranon", {-0.24f, 1.10f, -0.058f}},
      {"cubital_fossa", {-0.24f, 1.10f, 0.025f}},
      {"radial_head", {-0.268f, 1.07f, -0.005f}},
      // Forearm and hand (palm forward, thumb away from the body).
      {"mid_forearm_dorsal", {-0.25f, 0.975f, -0.035f}},
      {"mid_forearm_volar", {-0.25f, 0.975f, 0.03f}},
      {"radial_styloid", {-0.283f, 0.855f, 0.005f}},
      {"ulnar_styloid", {-0.238f, 0.855f, -0.01f}},
      {"wrist_dorsal", {-0.26f, 0.85f, -0.02f}},
      {"wrist_volar", {-0.26f, 0.85f, 0.02f}},
      {"palm", {-0.262f, 0.795f, 0.02f}},
      {"thenar_eminence", {-0.282f, 0.814f, 0.024f}},
      {"hypothenar_eminence", {-0.236f, 0.806f, 0.017f}},
      {"first_web_space", {-0.293f, 0.786f, 0.008f}},
      {"dorsal_hand", {-0.262f, 0.795f, -0.012f}},
      {"thumb_tip", {-0.318f, 0.742f, 0.042f}},
      {"index_fingertip", {-0.2995f, 0.667f, 0.01f}},
      {"middle_fingertip", {-0.269f, 0.65f, 0.01f}},
      {"little_fingertip", {-0.2165f, 0.69f, 0.008f}},
      // Chest and abdomen.
      {"xiphoid_process", {0.0f, 1.22f, 0.105f}},
      {"sternal_body", {0.0f, 1.32f, 0.10f}},
      {"nipple", {-0.095f, 1.28f, 0.115f}},
      {"costal_margin", {-0.09f, 1.17f, 0.09f}},
      {"tenth_rib_midaxillary", {-0.15f, 1.15f, 0.0f}},
      {"umbilicus", {0.0f, 1.03f, 0.10f}},
      {"pubic_symphysis", {0.0f, 0.88f, 0.085f}},
      {"pubic_tubercle", {-0.025f, 0.885f, 0.085f}},
      {"inguinal_ligament_mid", {-0.08f, 0.92f, 0.085f}},
      // Pelvis and hip.
      {"iliac_crest", {-0.155f, 1.02f, -0.01f}},
      {"asis", {-0.12f, 0.96f, 0.08f}},
      {"psis", {-0.045f, 0.975f, -0.10f}},
      {"sacroiliac_joint", {-0.04f, 0.95f, -0.105f}},
      {"greater_trochanter", {-0.17f, 0.91f, 0.0f}},
      {"ischial_tuberosity", {-0.06f, 0.835f, -0.07f}},
      {"buttock_centre", {-0.085f, 0.88f, -0.125f}},
      // Thigh and knee.
      {"mid_thigh_anterior", {-0.09f, 0.70f, 0.075f}},
      {"mid_thigh_lateral", {-0.155f, 0.70f, 0.0f}},
      {"mid_thigh_medial", {-0.035f, 0.70f, 0.0f}},
      {"mid_thigh_posterior", {-0.09f, 0.70f, -0.07f}},
      {"patella", {-0.085f, 0.51f, 0.055f}},
      {"tibial_tuberosity", {-0.085f, 0.44f, 0.045f}},
      {"medial_femoral_condyle", {-0.04f, 0.49f, 0.0f}},
      {"lateral_femoral_condyle", {-0.13f, 0.49f, 0.0f}},
      {"fibular_head", {-0.125f, 0.45f, -0.015f}},
      {"popliteal_fossa", {-0.085f, 0.49f, -0.05f}},
      // Leg, ankle and foot.
      {"mid_calf", {-0.085f, 0.37f, -0.075f}},
      {"mid_shin", {-0.08f, 0.28f, 0.035f}},
      {"mid_leg_lateral", {-0.12f, 0.28f, -0.01f}},
      {"achilles_tendon", {-0.082f, 0.12f, -0.06f}},
      {"lateral_malleolus", {-0.11f, 0.065f, -0.02f}},
      {"medial_malleolus", {-0.055f, 0.075f, -0.01f}},
      {"calcaneus", {-0.082f, 0.02f, -0.065f}},
      {"navicular_tuberosity", {-0.05f, 0.045f, 0.04f}},
      {"dorsum_of_foot", {-0.09f, 0.06f, 0.08f}},
      {"sole", {-0.085f, 0.0f, 0.06f}},
      {"first_metatarsal_head", {-0.055f, 0.015f, 0.15f}},
      {"fifth_metatarsal_head", {-0.125f, 0.012f, 0.125f}},
      {"fifth_metatarsal_base", {-0.125f, 0.02f, 0.05f}},
      {"great_toe", {-0.06f, 0.015f, 0.21f}},
      {"lesser_toes", {-0.10f, 0.012f, 0.19f}},
  };
  return t;
}

}  // namespace

std::optional<glm::vec3> referenceLandmark(const std::string& id) {
  const auto& t = table();
  const auto it = t.find(id);
  if (it == t.end()) return std::nullopt;
  return it->second;
}

std::optional<glm::vec3> femaleReferenceLandmark(const std::string& id) {
  if (id == "nipple") return glm::vec3(-0.085f, 1.249f, 0.134f);  // the breast part's front
  return referenceLandmark(id);
}

std::vector<std::string> referenceLandmarkIds() {
  std::vector<std::string> ids;
  for (const auto& [id, position] : table()) ids.push_back(id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace myoatlas
