#pragma once
// What one frame shows, as plain data the renderer draws and the panels read: per-mesh styles, the pose, the
// painted skin, trigger-point markers, label anchors and the legend. Session::frame() produces it; big arrays are
// shared, and a renderer re-uploads one only when its pointer changes.
#include <memory>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "core/Model.h"
#include "core/session/SceneStyle.h"

namespace myoatlas {

struct SceneLabel {
  std::string text;
  glm::vec2 anchor;  // window pixels, top-left origin
};

struct SceneFrame {
  std::shared_ptr<const Model> model;
  std::vector<MeshStyle> styles;                              // one per mesh
  std::shared_ptr<const std::vector<glm::mat4>> jointMatrices;  // the pose (core/Pose.h)
  std::string paintMesh;                                      // the skin's name ("" nothing painted)
  // Per skin vertex: (essential level, spillover level, pain drawing 0..1); null clears the paint.
  std::shared_ptr<const std::vector<glm::vec3>> paint;
  std::vector<glm::vec3> markers;   // trigger points, posed model space (metres)
  std::vector<SceneLabel> labels;   // leader-line labels (empty when labels are off)
  std::vector<std::string> legend;  // what is painted: "Upper trapezius TrP1 (right)"
  ColorMap colorMap = ColorMap::Clinical;
};

}  // namespace myoatlas
