#pragma once
// Everything that defines what the user sees, as plain data: camera, pose, layers, selection, colour map,
// labels, the pain drawing and the pain question asked. A scene file (*.myoscene.json) is a ViewState plus the
// model it was made on; it is also the step of a lesson. No GL, no window: Session changes it, hosts draw it.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/Camera.h"
#include "core/Pose.h"
#include "core/Result.h"
#include "core/atlas/Laterality.h"
#include "core/body/BodyParameters.h"
#include "core/session/SceneStyle.h"

namespace myoatlas {

class JsonFields;  // core/JsonFields.h

// The question the pain finder last answered.
struct PainQuestion {
  enum class Kind { None, Area, Point, Drawing };
  Kind kind = Kind::None;
  std::string area;          // Area: pain-area id
  Side side = Side::Right;   // Area: which side
  std::uint32_t vertex = 0;  // Point: the skin vertex clicked
  bool operator==(const PainQuestion& o) const {
    return kind == o.kind && area == o.area && side == o.side && vertex == o.vertex;
  }
};

struct ViewState {
  CameraPose camera;  // perspective, vertical field of view OrbitCamera::kFovY
  PosePreset pose = PosePreset::Anatomical;
  LayerSettings layers;
  std::vector<std::pair<std::string, Side>> painted;  // trigger points whose referred pain is painted
  std::string selectedMuscle;                          // atlas muscle id highlighted on the body ("" none)
  ColorMap colorMap = ColorMap::Clinical;
  bool compare = false;  // each painted trigger point in its own colour; choosing one adds it (up to four)
  bool split = false;    // split view: the body also from the opposite side, in a right-hand pane that turns with it
  bool showLabels = true;
  PainQuestion question;
  // The patient's pain drawing: (skin vertex, 0..1), sparse, on a skin of `skinVertices` vertices (a drawing and
  // a clicked vertex only apply to a skin of that size).
  std::vector<std::pair<std::uint32_t, float>> drawing;
  std::size_t skinVertices = 0;
};

// A scene file: the view and what it was made on.
inline constexpr const char* kSceneExtension = ".myoscene.json";  // scene files are named *.myoscene.json

struct SceneFile {
  static constexpr int kVersion = 1;
  ViewState view;
  std::string modelPath;        // "" a generated body
  Sex body = Sex::Male;         // which generated body, when modelPath is ""
  std::size_t modelMeshes = 0;  // the model's mesh count, to tell a different model
  std::string appVersion;       // Myoatlas version that wrote it

  std::string toJson() const;
  // The scene without its file tag (app version, model, view): what a lesson step embeds. readBody throws
  // FieldError naming the field under the pointer `fields` was given.
  nlohmann::json bodyJson() const;
  static SceneFile readBody(const JsonFields& fields);
  // Errors name the file and the field ("scene file 'a.myoscene.json': /view/pose 'dab' is not a pose").
  static Result<SceneFile> fromJson(const std::string& text, const std::string& source);
};

}  // namespace myoatlas
