#pragma once
// What one frame shows, as plain data the renderer draws and the panels read: per-mesh styles, the pose, the
// painted skin, trigger-point markers, label anchors and the legend. Session::frame() produces it; big arrays are
// shared, and a renderer re-uploads one only when its pointer changes.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "core/Model.h"
#include "core/Pose.h"
#include "core/atlas/Laterality.h"
#include "core/session/SceneStyle.h"

namespace myoatlas {

struct SceneLabel {
  std::string text;
  glm::vec2 anchor;  // window pixels, top-left origin
};

// A teacher's label pinned to the body (a lesson step's annotation): it follows rotation and pose. Pinned either
// to a vertex of a named mesh (a click on the body), or to a trigger point, wherever this model places it.
struct Annotation {
  std::string text;
  std::string mesh;  // the mesh's name in the model ("skin", "Upper trapezius (right)")
  std::uint32_t vertex = 0;
  std::string triggerPoint;  // else: "upper_trapezius.trp1", on `side`
  Side side = Side::Right;
  bool operator==(const Annotation& o) const {
    return text == o.text && mesh == o.mesh && vertex == o.vertex && triggerPoint == o.triggerPoint && side == o.side;
  }
};

struct SceneFrame {
  std::shared_ptr<const Model> model;
  std::vector<MeshStyle> styles;                              // one per mesh
  std::shared_ptr<const std::vector<glm::mat4>> jointMatrices;  // the pose (core/Pose.h)
  std::optional<Seat> seat;  // seated: the soft tissue pressed onto the seat (core/Pose.h)
  std::string paintMesh;                                      // the skin's name ("" nothing painted)
  // Per skin vertex: (essential level, spillover level, pain drawing 0..1); null clears the paint.
  std::shared_ptr<const std::vector<glm::vec3>> paint;
  // Comparing: per skin vertex the colour (linear RGB) of the patterns painting there, blended by how strongly
  // each does, so where two meet the colours pass smoothly; null when not comparing.
  std::shared_ptr<const std::vector<glm::vec3>> compareColours;
  std::vector<glm::vec3> markers;   // trigger points, posed model space (metres)
  bool markersShowThrough = false;  // markers hidden behind drawn meshes are drawn faintly...
  std::vector<glm::vec3> markerFacing;  // ...when the skin over them (this way out, unit) faces the viewer
  std::vector<SceneLabel> labels;   // leader-line labels: the selection's (when labels are on), then the annotations
  std::vector<std::string> legend;  // what is painted: "Upper trapezius TrP1 (right)"
  bool comparing = false;           // each painted pattern in its own colour (kComparePalette, in legend order)
  bool split = false;               // two panes: Session::paneCamera(0) on the left, paneCamera(1) on the right
  ColorMap colorMap = ColorMap::Clinical;
};

}  // namespace myoatlas
