#pragma once
// `myoatlas handout`: a printable PDF of a lesson (each step's picture with its labels and legend, the text,
// and for each trigger point shown where it is, its referral, self-release, stretch, cautions and sources) or,
// from a scene with a pain drawing or a clicked point, a client handout (the likely sources with self-care for
// each, and when to see a professional). The viewer's File > Export handout uses the same code.
#include <string>

#include "core/Result.h"
#include "core/lesson/Lesson.h"
#include "core/session/Session.h"
#include "render/SceneRenderer.h"

namespace myoatlas {

struct HandoutOptions {
  std::string lesson;  // a lesson file, or
  std::string scene;   // a scene file (a pain drawing or a clicked point: the client handout)
  std::string out;
  std::string paper = "a4";
};

int runHandout(const HandoutOptions& options);  // the process exit code (0, 1 or 2)

// The lesson's handout PDF, drawing each step with `session` and `renderer` (a current GL context).
Result<Ok> writeLessonHandout(const Lesson& lesson, Session& session, SceneRenderer& renderer, const std::string& path,
                              const std::string& paper);
// The client handout for the session's current question (a drawing, a point or an area).
Result<Ok> writeClientHandout(Session& session, SceneRenderer& renderer, const std::string& path, const std::string& paper);

}  // namespace myoatlas
