#include "core/session/ViewState.h"

#include <cmath>

#include <nlohmann/json.hpp>

#include "core/JsonFields.h"
#include "core/JsonText.h"
#include "core/TaggedJson.h"

namespace myoatlas {
namespace {

using nlohmann::json;

const char* questionKindName(PainQuestion::Kind kind) {
  switch (kind) {
    case PainQuestion::Kind::Area: return "area";
    case PainQuestion::Kind::Point: return "point";
    case PainQuestion::Kind::Drawing: return "drawing";
    default: return "none";
  }
}

Side readSide(const JsonFields& r, const char* key) {
  const auto s = r.get<std::string>(key);
  if (s == "right") return Side::Right;
  if (s == "left") return Side::Left;
  throw FieldError{r.path(key), "'" + s + "' must be right or left"};
}

json cameraJson(const CameraPose& c) {
  return {{"target", {c.target.x, c.target.y, c.target.z}}, {"yaw", c.yaw}, {"pitch", c.pitch}, {"distance", c.distance},
          {"projection", "perspective"}};
}

CameraPose readCamera(const JsonFields& r) {
  CameraPose c;
  const auto t = r.get<std::vector<float>>("target");
  if (t.size() != 3) throw FieldError{r.path("target"), "must have three numbers (metres)"};
  for (std::size_t i = 0; i < 3; ++i)  // a number beyond float's range reads as infinity, which JSON cannot write back
    if (!(std::abs(t[i]) <= 1e4f)) throw FieldError{r.path("target") + "/" + std::to_string(i), "must be between -10000 and 10000 (metres)"};
  c.target = {t[0], t[1], t[2]};
  c.yaw = r.number("yaw", -100.0f, 100.0f);
  c.pitch = r.number("pitch", -1.6f, 1.6f);
  c.distance = r.number("distance", 1e-4f, 1e4f);
  if (r.get<std::string>("projection", "perspective") != "perspective")
    throw FieldError{r.path("projection"), "must be \"perspective\""};
  return c;
}

json viewJson(const ViewState& v) {
  json painted = json::array();
  for (const auto& [id, side] : v.painted) painted.push_back({{"id", id}, {"side", sideName(side)}});
  json drawing = json::array();
  for (const auto& [vertex, value] : v.drawing) drawing.push_back({vertex, value});
  json question = {{"kind", questionKindName(v.question.kind)}};
  if (v.question.kind == PainQuestion::Kind::Area) question["area"] = v.question.area, question["side"] = sideName(v.question.side);
  if (v.question.kind == PainQuestion::Kind::Point) question["vertex"] = v.question.vertex;
  return {{"camera", cameraJson(v.camera)},
          {"pose", posePresetName(v.pose)},
          {"layers",
           {{"skin_opacity", v.layers.skinOpacity}, {"show_bones", v.layers.showBones}, {"peel", v.layers.peel},
            {"isolate", v.layers.isolateSelection}, {"region", v.layers.region}}},
          {"selected_muscle", v.selectedMuscle},
          {"painted", painted},
          {"color_map", colorMapInfo(v.colorMap).name},
          {"compare", v.compare},
          {"split", v.split},
          {"labels", v.showLabels},
          {"pain_question", question},
          {"pain_drawing", {{"skin_vertices", v.skinVertices}, {"values", drawing}}}};
}

ViewState readView(const JsonFields& r) {
  ViewState v;
  v.camera = readCamera(r.object("camera"));
  const auto pose = r.get<std::string>("pose");
  const auto parsedPose = parsePosePreset(pose);
  if (!parsedPose) throw FieldError{r.path("pose"), "'" + pose + "' is not a pose; use one of " + kPosePresetNames};
  v.pose = *parsedPose;
  const JsonFields l = r.object("layers");
  v.layers.skinOpacity = l.number("skin_opacity", 0.0f, 1.0f);
  v.layers.showBones = l.get<bool>("show_bones");
  const int peel = l.get<int>("peel");
  if (peel < 0 || peel > kPeelMax) throw FieldError{l.path("peel"), "must be 0, 1, 2 or 3"};
  v.layers.peel = peel;
  v.layers.isolateSelection = l.get<bool>("isolate", false);
  v.layers.region = l.get<std::string>("region", "");
  v.selectedMuscle = r.get<std::string>("selected_muscle", "");
  const json& painted = r.at("painted");
  if (!painted.is_array()) throw FieldError{r.path("painted"), "must be a list"};
  for (std::size_t i = 0; i < painted.size(); ++i) {
    const JsonFields p(painted[i], r.path("painted") + "/" + std::to_string(i));
    v.painted.emplace_back(p.get<std::string>("id"), readSide(p, "side"));
  }
  const auto map = r.get<std::string>("color_map", "clinical");
  const auto parsedMap = parseColorMap(map);
  if (!parsedMap) throw FieldError{r.path("color_map"), "'" + map + "' is not a colour map; use one of " + kColorMapNames};
  v.colorMap = *parsedMap;
  v.showLabels = r.get<bool>("labels", true);
  v.compare = r.get<bool>("compare", false);
  v.split = r.get<bool>("split", false);
  if (r.has("pain_question")) {
    const JsonFields q = r.object("pain_question");
    const auto kind = q.get<std::string>("kind");
    if (kind == "area") {
      v.question.kind = PainQuestion::Kind::Area;
      v.question.area = q.get<std::string>("area");
      v.question.side = readSide(q, "side");
    } else if (kind == "point") {
      v.question.kind = PainQuestion::Kind::Point;
      v.question.vertex = q.get<std::uint32_t>("vertex");
    } else if (kind == "drawing") {
      v.question.kind = PainQuestion::Kind::Drawing;
    } else if (kind != "none") {
      throw FieldError{q.path("kind"), "'" + kind + "' must be none, area, point or drawing"};
    }
  }
  if (r.has("pain_drawing")) {
    const JsonFields d = r.object("pain_drawing");
    v.skinVertices = d.get<std::size_t>("skin_vertices");
    const json& values = d.at("values");
    if (!values.is_array()) throw FieldError{d.path("values"), "must be a list of [vertex, value]"};
    for (std::size_t i = 0; i < values.size(); ++i) {
      const std::string at = d.path("values") + "/" + std::to_string(i);
      if (!values[i].is_array() || values[i].size() != 2 || !values[i][0].is_number_unsigned() || !values[i][1].is_number())
        throw FieldError{at, "must be [vertex, value]"};
      const auto vertex = values[i][0].get<std::uint64_t>();  // read whole: 4294967297 must not wrap to 1
      const float value = values[i][1].get<float>();
      if (vertex >= v.skinVertices || vertex > std::numeric_limits<std::uint32_t>::max())
        throw FieldError{at, "vertex " + std::to_string(vertex) + " is beyond skin_vertices"};
      if (!(value >= 0.0f && value <= 1.0f)) throw FieldError{at, "value must be between 0 and 1"};
      v.drawing.emplace_back(std::uint32_t(vertex), value);
    }
  }
  return v;
}

}  // namespace

nlohmann::json SceneFile::bodyJson() const {
  json model = {{"path", modelPath}, {"meshes", modelMeshes}};
  if (modelPath.empty()) model["body"] = sexName(body);
  return {{"app_version", appVersion}, {"model", model}, {"view", viewJson(view)}};
}

SceneFile SceneFile::readBody(const JsonFields& r) {
  SceneFile f;
  f.appVersion = r.get<std::string>("app_version", "");
  const JsonFields m = r.object("model");
  f.modelPath = m.get<std::string>("path");
  f.modelMeshes = m.get<std::size_t>("meshes", 0);
  const std::string body = m.get<std::string>("body", "male");
  const auto sex = parseSex(body);
  if (!sex) throw FieldError{m.path("body"), "'" + body + "' is not a generated body (male or female)"};
  f.body = *sex;
  f.view = readView(r.object("view"));
  return f;
}

std::string SceneFile::toJson() const {
  json j = {{"format", "myoatlas-scene"}, {"version", kVersion}};
  j.update(bodyJson());
  return jsonText(j, 2) + "\n";
}

Result<SceneFile> SceneFile::fromJson(const std::string& text, const std::string& source) {
  auto parsed = parseTaggedJson(text, "scene file", source, "myoatlas-scene");
  if (!parsed) return Error{parsed.error()};
  try {
    const JsonFields r(parsed.value(), "");
    const int version = r.get<int>("version");
    if (version < 1 || version > kVersion)
      throw FieldError{"/version", std::to_string(version) + " is not a scene version this Myoatlas reads (1 to " +
                                       std::to_string(kVersion) + "); it may come from a newer Myoatlas"};
    return readBody(r);
  } catch (const FieldError& e) {
    return Error{"scene file '" + source + "': " + e.pointer + " " + e.what};
  }
}

}  // namespace myoatlas
