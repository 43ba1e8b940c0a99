#pragma once
// A lesson: a titled, ordered list of steps a teacher prepares and presents. Each step is a scene (camera, pose,
// layers, painted patterns, pain drawing: core/session/ViewState.h) with a title, the teacher's text (a few
// paragraphs of simple markdown: **bold**, "- " bullets, blank lines between paragraphs), optional pinned
// annotations and the sources of what the text says. One file, *.myolesson.json, format version 1. No GL.
#include <cstdint>
#include <string>
#include <vector>

#include "core/Result.h"
#include "core/atlas/Atlas.h"
#include "core/session/SceneFrame.h"  // Annotation
#include "core/session/ViewState.h"

namespace myoatlas {

// A question the teacher asks at a step (issue 15): its kind and what it is about. The choices, the answer and
// its explanation are made from the atlas when the step is shown (core/quiz/Quiz.h: authoredQuestion), so they
// follow corrections to the atlas. The step's view gives way to the question's own until the answer is shown.
struct StepQuestion {
  std::string kind;     // a question kind's name ("name-muscle", "pain-sources"...); "" no question
  std::string subject;  // the muscle (name-muscle, find-muscle), trigger point (draw-referral, locate-trp) or
                        // pain area (pain-sources) asked about
  Side side = Side::Right;
  std::string prompt;  // the teacher's own wording ("" the generated one)
  bool has() const { return !kind.empty(); }
  bool operator==(const StepQuestion& o) const {
    return kind == o.kind && subject == o.subject && side == o.side && prompt == o.prompt;
  }
};

struct LessonStep {
  std::string title;
  std::string text;
  SceneFile scene;
  std::vector<Annotation> annotations;  // labels pinned to the body (core/session/SceneFrame.h)
  std::vector<SourceRef> sources;  // ids in data/sources.json, with where
  StepQuestion question;           // optional
};

struct Lesson {
  static constexpr int kVersion = 1;
  std::string title;
  std::string description;
  std::string appVersion;  // Myoatlas version that wrote it
  std::vector<LessonStep> steps;

  std::string toJson() const;
};

// A lesson read from a file: the steps that could be read, and one line per step or field that could not
// ("step 3 'Piriformis': /steps/2/scene/view/pose 'dab' is not a pose"). A lesson whose frame (format, version,
// title, the list of steps) is damaged is an error instead.
struct LessonLoad {
  Lesson lesson;
  std::vector<std::string> problems;
};
Result<LessonLoad> parseLesson(const std::string& text, const std::string& source);

// Atlas ids a lesson names that the atlas does not know (painted trigger points, the selected muscle, regions,
// pain areas, sources): one line per step and id, empty when all are known.
std::vector<std::string> unknownLessonIds(const Lesson& lesson, const Atlas& atlas);

// Editing, as the viewer's Lesson panel does it; indices out of range do nothing and return false.
bool moveStep(Lesson& lesson, std::size_t from, std::size_t to);
bool duplicateStep(Lesson& lesson, std::size_t index);  // the copy follows the original
bool deleteStep(Lesson& lesson, std::size_t index);

inline constexpr const char* kLessonExtension = ".myolesson.json";

// A lesson file offered by title (Lesson > Shipped lessons; io/UserData.h lists a folder's).
struct LessonListing {
  std::string title;
  std::string path;
};

}  // namespace myoatlas
