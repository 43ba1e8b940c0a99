#pragma once
// Our generated body dressed as someone else's file, for the tests of fitting it (issue 16): no landmarks, no
// rig, names in another convention ("Right infraspinatus", "Left femur", the skin "Integument"), tissues left for
// the names to tell, a decimated skin, and centimetres with Z up for the importer to undo.
#include <algorithm>
#include <string>

#include "core/Model.h"
#include "core/geometry/Simplify.h"

namespace myoatlas::test {

// "infraspinatus.r" -> "Right infraspinatus", "scapula_bone.l" -> "Left scapula", "skin" -> "Integument".
inline std::string disguisedName(const std::string& ours) {
  if (ours == "skin") return "Integument";
  std::string base = ours, side;
  if (ours.size() > 2 && ours[ours.size() - 2] == '.') {
    side = ours.back() == 'r' ? "Right " : "Left ";
    base = ours.substr(0, ours.size() - 2);
  }
  std::replace(base.begin(), base.end(), '_', ' ');
  if (base.size() > 5 && base.compare(base.size() - 5, 5, " bone") == 0) base.erase(base.size() - 5);
  return side + base;
}

inline Model disguisedBody(Model body) {
  body.landmarks.clear();
  body.joints.clear();
  for (auto& m : body.meshes) {
    m.name = disguisedName(m.name);
    m.tissue = TissueKind::Unknown;  // nothing but the names to go by
    m.joints.clear(), m.weights.clear(), m.fibres.clear(), m.tendon.clear();
    if (m.name == "Integument") simplifyMesh(m, 0.3f, 0.01f);
  }
  transformModel(body, glm::mat4(glm::vec4(100.0f, 0.0f, 0.0f, 0.0f), glm::vec4(0.0f, 0.0f, 100.0f, 0.0f),
                                 glm::vec4(0.0f, -100.0f, 0.0f, 0.0f), glm::vec4(0.0f, 0.0f, 0.0f, 1.0f)));
  return body;
}

}  // namespace myoatlas::test
