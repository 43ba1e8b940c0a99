#include "core/quiz/QuizStage.h"

#include <algorithm>

namespace myoatlas {

QuizBody quizBodyOf(Session& session) {
  QuizBody body;
  for (const MeshAnatomy& a : session.anatomy())
    if (a.muscle) body.muscles.insert(a.muscle->id);
  ReferralPainter* painter = session.painter();
  const Atlas* atlas = session.atlas();
  if (!painter || !atlas) return body;
  // The right side stands for both: the generated bodies are symmetric, and an imported model's sidecar places
  // both sides' landmarks or neither.
  for (const TriggerPoint& t : atlas->triggerPoints)
    if (painter->markerVertex(t, Side::Right) && !painter->pattern(t, Side::Right).essential.vertices.empty())
      body.triggerPoints.insert(t.id);
  const PainFinder* finder = session.finder();
  for (const PainArea& a : atlas->painAreas) {
    if (painter->painArea(a, Side::Right).vertices.empty()) continue;
    body.areas.insert(a.id);
    auto& sources = body.paintedSources[a.id];
    for (const MuscleSources& m : finder->musclesForArea(a, Side::Right))
      if (m.painted) {
        sources.insert(m.muscle);
        sources.insert(m.members.begin(), m.members.end());
      }
  }
  return body;
}

namespace {

struct MuscleView {
  ViewPreset preset = ViewPreset::Anterior;
  std::optional<CameraPose> framed;  // the muscle framed from there (nullopt: the model lacks it on that side)
};

MuscleView bestView(Session& session, const std::string& muscle, Side side) {
  const SideChoice sides = side == Side::Left ? SideChoice::Left : SideChoice::Right;
  const ViewPreset presets[] = {ViewPreset::Anterior, ViewPreset::Posterior, side == Side::Left ? ViewPreset::Left : ViewPreset::Right};
  const bool animated = session.animated();
  session.setAnimated(false);  // the views are tried with the camera where it would end, not gliding
  const CameraPose start = session.camera().pose();
  const glm::ivec2 size = session.viewport();
  int bestHits = -1;
  MuscleView best;
  for (ViewPreset preset : presets) {
    session.frameView(preset);
    if (!session.frameFocus({muscle}, sides)) break;
    int hits = 0;
    constexpr int kGrid = 24;  // rays through a grid over the image: how much of the muscle this view shows
    for (int y = 0; y < kGrid; ++y)
      for (int x = 0; x < kGrid; ++x) {
        const auto mesh = session.meshAt({(float(x) + 0.5f) * float(size.x) / kGrid, (float(y) + 0.5f) * float(size.y) / kGrid});
        if (!mesh) continue;
        const MeshAnatomy& a = session.anatomy()[*mesh];
        hits += a.muscle && a.muscle->id == muscle && (!a.side || *a.side == side) ? 1 : 0;
      }
    if (hits > bestHits) bestHits = hits, best = {preset, session.camera().pose()};
  }
  session.camera().setPose(start);
  session.setAnimated(animated);
  return best;
}

}  // namespace

ViewPreset bestViewOf(Session& session, const std::string& muscle, Side side) { return bestView(session, muscle, side).preset; }

void frameMuscleInView(Session& session, const std::string& muscle, Side side) {
  const MuscleView view = bestView(session, muscle, side);
  if (!view.framed) return session.frameView(view.preset);
  // Pulled back from the muscle's own framing: the student sees what lies around it, as on a body in class.
  CameraPose pose = *view.framed;
  pose.distance *= 1.7f;
  if (session.animated()) session.camera().animateTo(pose);
  else session.camera().setPose(pose);
}

const ReferralPattern* truePattern(Session& session, const Question& question) {
  const Atlas* atlas = session.atlas();
  const TriggerPoint* t = atlas ? atlas->triggerPoint(question.triggerPoint) : nullptr;
  if (!t || !session.painter()) return nullptr;
  return &session.painter()->pattern(*t, question.side);
}

void stageQuestion(Session& session, const Question& question, bool reveal) {
  session.clearSelection();
  session.clearDrawing();
  session.setCompare(false);
  session.setSplit(false);
  session.setPose(PosePreset::Anatomical);
  session.setAnnotations({});
  // Labels name the answer, so only after it; the answers that paint patterns are named by their legend (a label
  // would point through the body at a trigger point on the far side, and read as if the pain were the point).
  session.setLabels(reveal && question.kind != QuestionKind::DrawReferral && question.kind != QuestionKind::PainSources);
  const Atlas* atlas = session.atlas();
  const Muscle* muscle = atlas ? atlas->muscle(question.muscle) : nullptr;
  LayerSettings layers;  // skin on, bones on, nothing peeled
  // Down to the muscle's layer: what covers a deep muscle is peeled away, the muscle itself always shows.
  const auto peeled = [&](float skin) {
    LayerSettings l;
    l.skinOpacity = skin;
    l.peel = muscle ? int(muscle->depth) : 0;
    return l;
  };
  switch (question.kind) {
    case QuestionKind::NameMuscle:
    case QuestionKind::FindMuscle:
      session.setLayers(peeled(0.0f));
      if (question.kind == QuestionKind::NameMuscle || reveal) session.highlightMuscle(question.muscle);
      frameMuscleInView(session, question.muscle, question.side);
      return;
    case QuestionKind::PainSources:
      session.setLayers(layers);
      (void)session.chooseArea(question.area, question.side);
      if (reveal) {  // the patterns of the right answers over the area: where else each one sends pain
        // Each right muscle's best trigger point for this area first (up to the four colours), then their others.
        std::vector<const MuscleSources*> right;
        for (const MuscleSources& m : session.answer().sources)
          for (const QuizChoice& c : question.choices)
            if (c.fraction > 0 && (c.id == m.muscle || std::find(m.members.begin(), m.members.end(), c.id) != m.members.end()))
              right.push_back(&m);
        TriggerPointSelection shown;
        for (std::size_t rank = 0; rank < 3; ++rank)
          for (const MuscleSources* m : right)
            if (rank < m->triggerPoints.size() && shown.size() < std::size_t(kCompareColours))
              shown.emplace_back(m->triggerPoints[rank].triggerPoint, m->triggerPoints[rank].side);
        session.setCompare(true);  // each in its own colour, named in the legend
        session.paintTriggerPoints(shown);
      }
      session.frameDrawing();
      return;
    case QuestionKind::DrawReferral:
      // The student paints on the skin, turned to where the muscle lies; the answer shows the true pattern.
      if (reveal) {
        session.setLayers(layers);
        session.selectTriggerPoint(question.triggerPoint, question.side);
        session.frameSelection();
      } else {
        // The whole body, from the side that shows most of the muscle (referred pain may reach far from it).
        session.setLayers(peeled(0.0f));
        const ViewPreset view = bestViewOf(session, question.muscle, question.side);
        session.setLayers(layers);
        session.frameView(view);
      }
      return;
    case QuestionKind::LocateTriggerPoint:
      session.setLayers(peeled(0.0f));
      session.highlightMuscle(question.muscle);
      if (reveal) session.selectTriggerPoint(question.triggerPoint, question.side);
      frameMuscleInView(session, question.muscle, question.side);
      return;
  }
}

}  // namespace myoatlas
