#include "core/lesson/Lesson.h"

#include <nlohmann/json.hpp>

#include "core/JsonFields.h"
#include "core/JsonText.h"
#include "core/TaggedJson.h"
#include "core/quiz/Quiz.h"
#include "core/session/Session.h"  // unknownIds

namespace myoatlas {
namespace {

using nlohmann::json;

const json& listAt(const JsonFields& r, const char* key) {
  const json& list = r.at(key);
  if (!list.is_array()) throw FieldError{r.path(key), "must be a list"};
  return list;
}

LessonStep readStep(const JsonFields& r) {
  LessonStep step;
  step.title = r.get<std::string>("title");
  step.text = r.get<std::string>("text", "");
  step.scene = SceneFile::readBody(r.object("scene"));
  if (r.has("annotations")) {
    const json& list = listAt(r, "annotations");
    for (std::size_t i = 0; i < list.size(); ++i) {
      const JsonFields a(list[i], r.path("annotations") + "/" + std::to_string(i));
      Annotation note;
      note.text = a.get<std::string>("text");
      if (a.has("trigger_point")) {  // pinned to a trigger point, wherever the model places it
        note.triggerPoint = a.get<std::string>("trigger_point");
        const auto side = a.get<std::string>("side", "right");
        if (side != "right" && side != "left") throw FieldError{a.path("side"), "'" + side + "' must be right or left"};
        note.side = side == "left" ? Side::Left : Side::Right;
      } else {
        note.mesh = a.get<std::string>("mesh");
        note.vertex = a.get<std::uint32_t>("vertex");
      }
      step.annotations.push_back(std::move(note));
    }
  }
  if (r.has("sources")) {
    const json& list = listAt(r, "sources");
    for (std::size_t i = 0; i < list.size(); ++i) {
      const JsonFields s(list[i], r.path("sources") + "/" + std::to_string(i));
      step.sources.push_back({s.get<std::string>("source"), s.get<std::string>("where", ""), s.get<std::string>("note", "")});
    }
  }
  if (r.has("question")) {
    const JsonFields q = r.object("question");
    step.question.kind = q.get<std::string>("kind");
    if (!parseQuestionKind(step.question.kind))
      throw FieldError{q.path("kind"), "'" + step.question.kind + "' is not a question kind (" + questionKindNames() + ")"};
    step.question.subject = q.get<std::string>("subject");
    const auto side = q.get<std::string>("side", "right");
    if (side != "right" && side != "left") throw FieldError{q.path("side"), "'" + side + "' must be right or left"};
    step.question.side = side == "left" ? Side::Left : Side::Right;
    step.question.prompt = q.get<std::string>("prompt", "");
  }
  return step;
}

json stepJson(const LessonStep& step) {
  json annotations = json::array();
  for (const auto& a : step.annotations) {
    if (!a.triggerPoint.empty()) annotations.push_back({{"text", a.text}, {"trigger_point", a.triggerPoint}, {"side", sideName(a.side)}});
    else annotations.push_back({{"text", a.text}, {"mesh", a.mesh}, {"vertex", a.vertex}});
  }
  json sources = json::array();
  for (const auto& s : step.sources) {
    json one = {{"source", s.source}, {"where", s.where}};
    if (!s.note.empty()) one["note"] = s.note;
    sources.push_back(one);
  }
  json out = {{"title", step.title}, {"text", step.text}, {"annotations", annotations}, {"sources", sources},
              {"scene", step.scene.bodyJson()}};
  if (step.question.has()) {
    json q = {{"kind", step.question.kind}, {"subject", step.question.subject}, {"side", sideName(step.question.side)}};
    if (!step.question.prompt.empty()) q["prompt"] = step.question.prompt;
    out["question"] = q;
  }
  return out;
}

}  // namespace

std::string Lesson::toJson() const {
  json list = json::array();
  for (const auto& s : steps) list.push_back(stepJson(s));
  const json j = {{"format", "myoatlas-lesson"}, {"version", kVersion}, {"app_version", appVersion},
                  {"title", title},              {"description", description}, {"steps", list}};
  return jsonText(j, 2) + "\n";
}

Result<LessonLoad> parseLesson(const std::string& text, const std::string& source) {
  const std::string who = "lesson file '" + source + "': ";
  auto parsed = parseTaggedJson(text, "lesson file", source, "myoatlas-lesson");
  if (!parsed) return Error{parsed.error()};
  LessonLoad load;
  const json* steps = nullptr;
  try {
    const JsonFields r(parsed.value(), "");
    const int version = r.get<int>("version");
    if (version < 1 || version > Lesson::kVersion)
      throw FieldError{"/version", std::to_string(version) + " is not a lesson version this Myoatlas reads (1 to " +
                                       std::to_string(Lesson::kVersion) + "); it may come from a newer Myoatlas"};
    load.lesson.title = r.get<std::string>("title");
    load.lesson.description = r.get<std::string>("description", "");
    load.lesson.appVersion = r.get<std::string>("app_version", "");
    steps = &listAt(r, "steps");
  } catch (const FieldError& e) {
    return Error{who + e.pointer + " " + e.what};
  }
  // A damaged step is left out and named; the others load.
  for (std::size_t i = 0; i < steps->size(); ++i) {
    const std::string pointer = "/steps/" + std::to_string(i);
    try {
      load.lesson.steps.push_back(readStep(JsonFields((*steps)[i], pointer)));
    } catch (const FieldError& e) {
      std::string title;
      if ((*steps)[i].is_object() && (*steps)[i].contains("title") && (*steps)[i]["title"].is_string())
        title = " '" + (*steps)[i]["title"].get<std::string>() + "'";
      load.problems.push_back(who + "step " + std::to_string(i + 1) + title + " is left out: " + e.pointer + " " + e.what);
    }
  }
  return load;
}

std::vector<std::string> unknownLessonIds(const Lesson& lesson, const Atlas& atlas) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
    const LessonStep& step = lesson.steps[i];
    const std::string where = "step " + std::to_string(i + 1) + " '" + step.title + "': ";
    const std::string pointer = "/steps/" + std::to_string(i);
    for (const auto& line : unknownIds(step.scene.view, atlas)) out.push_back(where + pointer + "/scene" + line);
    for (std::size_t a = 0; a < step.annotations.size(); ++a)
      if (!step.annotations[a].triggerPoint.empty() && !atlas.triggerPoint(step.annotations[a].triggerPoint))
        out.push_back(where + pointer + "/annotations/" + std::to_string(a) + "/trigger_point '" +
                      step.annotations[a].triggerPoint + "' is not a trigger point in the atlas");
    if (step.question.has())
      if (const std::string problem = questionSubjectProblem(atlas, step.question.kind, step.question.subject); !problem.empty())
        out.push_back(where + pointer + "/question/subject " + problem);
    for (std::size_t s = 0; s < step.sources.size(); ++s) {
      bool known = false;
      for (const auto& src : atlas.sources) known = known || src.id == step.sources[s].source;
      if (!known)
        out.push_back(where + pointer + "/sources/" + std::to_string(s) + "/source '" + step.sources[s].source +
                      "' is not a source in the atlas");
    }
  }
  return out;
}

bool moveStep(Lesson& lesson, std::size_t from, std::size_t to) {
  auto& steps = lesson.steps;
  if (from >= steps.size() || to >= steps.size()) return false;
  LessonStep moved = std::move(steps[from]);
  steps.erase(steps.begin() + std::ptrdiff_t(from));
  steps.insert(steps.begin() + std::ptrdiff_t(to), std::move(moved));
  return true;
}

bool duplicateStep(Lesson& lesson, std::size_t index) {
  if (index >= lesson.steps.size()) return false;
  LessonStep copy = lesson.steps[index];
  lesson.steps.insert(lesson.steps.begin() + std::ptrdiff_t(index + 1), std::move(copy));
  return true;
}

bool deleteStep(Lesson& lesson, std::size_t index) {
  if (index >= lesson.steps.size()) return false;
  lesson.steps.erase(lesson.steps.begin() + std::ptrdiff_t(index));
  return true;
}

}  // namespace myoatlas
