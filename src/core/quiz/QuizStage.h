#pragma once
// Quiz questions on a Session: what the loaded body can be asked about, and each question's view before the
// answer (the muscle highlighted with nothing naming it, the area painted, the layers peeled down to a deep
// muscle) and after it (the answer shown: the muscle, the true pattern, the trigger point's marker). The
// viewer, `myoatlas quiz` and the tests stage questions the same way.
#include "core/quiz/Quiz.h"
#include "core/session/Session.h"

namespace myoatlas {

// Muscles with a mesh, trigger points with a marker and a painted pattern, pain areas painted on the skin.
QuizBody quizBodyOf(Session& session);

// Sets the session's view for the question (`reveal`: with its answer shown). Labels are off before the answer.
void stageQuestion(Session& session, const Question& question, bool reveal);

// Which of the front, back and the muscle's own side shows most of the muscle on that side with the current
// layers (the camera is put back).
ViewPreset bestViewOf(Session& session, const std::string& muscle, Side side);
// Turns the camera to whichever of the front, back and the muscle's own side shows most of the muscle on that
// side with the current layers, then frames it.
void frameMuscleInView(Session& session, const std::string& muscle, Side side);

// The trigger point's true pattern on this body (null without pain tools).
const ReferralPattern* truePattern(Session& session, const Question& question);

}  // namespace myoatlas
