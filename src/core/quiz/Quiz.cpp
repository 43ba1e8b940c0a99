#include "core/quiz/Quiz.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <random>

#include "core/Text.h"
#include "core/atlas/Search.h"

namespace myoatlas {
namespace {

// std::mt19937_64's sequence is fixed by the standard (the distributions are not): a seed gives the same quiz
// with any compiler or library.
struct Rng {
  std::mt19937_64 engine;
  explicit Rng(std::uint64_t seed) : engine(seed) {}
  std::size_t below(std::size_t n) { return n == 0 ? 0 : std::size_t(engine() % n); }
  template <class T>
  void shuffle(std::vector<T>& v) {
    for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[below(i)]);
  }
};

bool contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}
bool inRegion(const std::vector<std::string>& regions, const std::string& region) {
  return region.empty() || contains(regions, region);
}
bool shareRegion(const Muscle& a, const Muscle& b) {
  return std::any_of(a.regions.begin(), a.regions.end(), [&](const std::string& r) { return contains(b.regions, r); });
}
std::string lowerFirst(std::string s) {
  // "Infraspinatus" reads "the infraspinatus" in a sentence; names that start with a capital for a proper noun
  // ("Achilles") are rare among muscles, and they keep it when the second letter is a capital too.
  if (s.size() > 1 && s[0] >= 'A' && s[0] <= 'Z' && !(s[1] >= 'A' && s[1] <= 'Z')) s[0] = char(s[0] - 'A' + 'a');
  return s;
}
std::string joined(const std::vector<std::string>& items, const char* last = " and ") {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i)
    out += (i == 0 ? "" : i + 1 == items.size() ? last : ", ") + items[i];
  return out;
}
std::string percent(double x) { return std::to_string(int(std::lround(x * 100.0))) + "%"; }

std::string describeMuscle(const Atlas& atlas, const Muscle& m) {
  std::vector<std::string> regions;
  for (const auto& r : m.regions)
    if (const Region* region = atlas.region(r)) regions.push_back(lowerFirst(region->name));
  std::string text = m.name + (m.latin.empty() ? "" : " (" + m.latin + ")") + ": a " + depthName(m.depth) + " muscle of the " +
                     joined(regions) + ".";
  if (!m.origin.empty()) text += " Origin: " + m.origin + (m.origin.back() == '.' ? "" : ".");
  if (!m.insertion.empty()) text += " Insertion: " + m.insertion + (m.insertion.back() == '.' ? "" : ".");
  if (!m.action.empty()) text += " Action: " + m.action + (m.action.back() == '.' ? "" : ".");
  return text;
}

// A naming question's wrong choices: easy ones from other regions; medium and hard ones from the same region and
// layer first (the look-alikes a student confuses: the scalenes among themselves), hard with more of them.
std::vector<const Muscle*> distractors(const Atlas& atlas, const QuizBody& body, const Muscle& m, Difficulty difficulty,
                                       std::size_t count, Rng& rng) {
  std::vector<std::vector<const Muscle*>> tiers(3);
  for (const Muscle& other : atlas.muscles) {
    if (other.id == m.id || other.name == m.name || !body.muscles.count(other.id)) continue;
    const bool near = shareRegion(m, other), sameLayer = other.depth == m.depth;
    int tier = 2;
    if (difficulty == Difficulty::Easy) tier = near ? 2 : 0;
    else tier = near && sameLayer ? 0 : near ? 1 : 2;  // medium and hard: neighbours in the same layer first
    tiers[tier].push_back(&other);
  }
  std::vector<const Muscle*> out;
  for (auto& tier : tiers) {
    rng.shuffle(tier);
    for (const Muscle* other : tier)
      if (out.size() < count) out.push_back(other);
  }
  return out;
}

std::size_t choiceCount(Difficulty d) { return d == Difficulty::Easy ? 3 : d == Difficulty::Medium ? 4 : 5; }

Question nameMuscleQuestion(const Atlas& atlas, const QuizBody& body, const Muscle& m, Difficulty difficulty, Rng& rng) {
  Question q;
  q.kind = QuestionKind::NameMuscle;
  q.muscle = m.id;
  q.side = rng.below(2) ? Side::Left : Side::Right;
  q.prompt = "Which muscle is highlighted?";
  q.choices.push_back({m.id, m.name, 1.0, false, ""});
  for (const Muscle* other : distractors(atlas, body, m, difficulty, choiceCount(difficulty) - 1, rng))
    q.choices.push_back({other->id, other->name, 0.0, false, ""});
  rng.shuffle(q.choices);
  q.answer = m.name;
  q.explanation = describeMuscle(atlas, m);
  q.sources = m.sources;
  return q;
}

Question findMuscleQuestion(const Atlas& atlas, const Muscle& m, Rng& rng) {
  Question q;
  q.kind = QuestionKind::FindMuscle;
  q.muscle = m.id;
  q.side = rng.below(2) ? Side::Left : Side::Right;
  q.prompt = "Click the " + lowerFirst(m.name) + " on the " + sideName(q.side) + " side of the body.";
  q.answer = m.name + " (" + sideName(q.side) + ")";
  q.explanation = describeMuscle(atlas, m);
  q.sources = m.sources;
  return q;
}

Question triggerPointQuestion(QuestionKind kind, const TriggerPoint& t, Rng& rng) {
  Question q;
  q.kind = kind;
  q.muscle = t.muscle;
  q.triggerPoint = t.id;
  q.side = rng.below(2) ? Side::Left : Side::Right;
  const std::string side = sideName(q.side);
  if (kind == QuestionKind::DrawReferral) {
    q.prompt = "Paint where " + t.name + " on the " + side + " side refers pain.";
    q.answer = t.referral;
    q.explanation = t.palpation.empty() ? t.referral : "It lies here: " + t.palpation;
  } else {
    q.prompt = "Click where " + t.name + " on the " + side + " side lies on the highlighted muscle.";
    q.answer = t.palpation.empty() ? t.name : t.palpation;
    q.explanation = "It refers pain here: " + t.referral;
  }
  q.sources = t.sources;
  return q;
}

// The pain-sources question's right choices: how many essential and spillover muscles, so that each one's share
// is a fraction Moodle accepts (an essential-zone muscle earns twice a spillover one) and the count suits the
// difficulty.
std::optional<std::pair<std::size_t, std::size_t>> rightChoiceCounts(std::size_t essential, std::size_t spillover, Difficulty d) {
  const std::size_t target = d == Difficulty::Easy ? 2 : d == Difficulty::Medium ? 3 : 4;
  std::optional<std::pair<std::size_t, std::size_t>> best;
  std::size_t bestMiss = 99;
  for (std::size_t e = 0; e <= std::min<std::size_t>(essential, 5); ++e)
    for (std::size_t s = 0; s <= std::min<std::size_t>(spillover, 5); ++s) {
      if (e + s == 0 || e + s > 5) continue;
      const double weight = double(e) + 0.5 * double(s);
      if ((e > 0 && !isMoodleFraction(1.0 / weight)) || (s > 0 && !isMoodleFraction(0.5 / weight))) continue;
      const std::size_t miss = std::size_t(std::abs(int(e + s) - int(target)));
      if (miss < bestMiss || (miss == bestMiss && best && e > best->first)) best = std::make_pair(e, s), bestMiss = miss;
    }
  return best;
}

std::optional<Question> painSourcesQuestion(const Atlas& atlas, const QuizBody& body, const PainArea& area,
                                            Difficulty difficulty, Rng& rng) {
  const PainGuide& guide = *area.guide;
  // One choice per place in the guide: a group it lists as one ("scalenes") is one choice.
  // Only muscles whose patterns paint the area on this body count, when the body says which do: the student
  // reasons from the picture, so the key must agree with it.
  const auto painted = body.paintedSources.find(area.id);
  const auto paintsHere = [&](const std::string& muscle) {
    if (painted == body.paintedSources.end()) return true;
    if (painted->second.count(muscle)) return true;
    for (const GuideEntry& g : guide.muscles)  // a group paints there when any of its muscles does
      if (g.muscle == muscle && !g.group.empty())
        for (const GuideEntry& other : guide.muscles)
          if (other.group == g.group && painted->second.count(other.muscle)) return true;
    return false;
  };
  std::vector<QuizChoice> essential, spillover;
  std::set<std::string> listed, groups;
  for (const GuideEntry& e : guide.muscles) {
    listed.insert(e.muscle);
    if (!e.group.empty() && !groups.insert(e.group).second) continue;
    const Muscle* m = atlas.muscle(e.muscle);
    if (!m || !paintsHere(e.muscle)) continue;
    QuizChoice c{e.muscle, e.group.empty() ? m->name : capitalised(e.group), 0.0, e.essential, ""};
    (e.essential ? essential : spillover).push_back(c);
  }
  if (difficulty == Difficulty::Easy) spillover.clear();  // easy: only where the area is a muscle's essential zone
  const auto counts = rightChoiceCounts(essential.size(), spillover.size(), difficulty);
  if (!counts) return std::nullopt;
  rng.shuffle(essential);
  rng.shuffle(spillover);
  essential.resize(counts->first);
  spillover.resize(counts->second);
  const double weight = double(counts->first) + 0.5 * double(counts->second);

  // Wrong choices: muscles whose trigger points do not refer to this area at all, from the area's own regions
  // first (plausible neighbours), never one the atlas keeps as a known difference of the guide.
  std::set<std::string> refers = listed;
  if (painted != body.paintedSources.end()) refers.insert(painted->second.begin(), painted->second.end());
  for (const TriggerPoint& t : atlas.triggerPoints)
    if (contains(t.essentialAreas, area.id) || contains(t.spilloverAreas, area.id)) refers.insert(t.muscle);
  for (const KnownDifference& k : guide.knownDifferences)
    if (const Muscle* m = atlas.muscleOf(k.triggerPoint)) refers.insert(m->id);
  std::vector<const Muscle*> near, far;
  for (const Muscle& m : atlas.muscles) {
    if (refers.count(m.id)) continue;
    const bool close = std::any_of(m.regions.begin(), m.regions.end(), [&](const std::string& r) { return contains(area.regions, r); });
    (close ? near : far).push_back(&m);
  }
  rng.shuffle(near);
  rng.shuffle(far);
  near.insert(near.end(), far.begin(), far.end());
  const std::size_t options = difficulty == Difficulty::Easy ? 4 : difficulty == Difficulty::Medium ? 5 : 6;
  const std::size_t right = counts->first + counts->second;
  std::size_t wrong = std::min(near.size(), options > right ? options - right : 1);
  if (wrong == 0) return std::nullopt;

  Question q;
  q.kind = QuestionKind::PainSources;
  q.single = false;
  q.area = area.id;
  q.side = area.bilateral && rng.below(2) ? Side::Left : Side::Right;
  q.prompt = "Which muscles can refer pain to the painted area (" + lowerFirst(area.name) +
             (area.bilateral ? std::string(", ") + sideName(q.side) + " side" : std::string()) + ")? Pick all that apply.";
  for (auto& c : essential) c.fraction = 1.0 / weight, q.choices.push_back(c);
  for (auto& c : spillover) c.fraction = 0.5 / weight, q.choices.push_back(c);
  for (std::size_t i = 0; i < wrong; ++i) {
    // Where its pain goes instead, in the atlas's words: the fullest description among its trigger points (a
    // second one often says only "same pattern as TrP1").
    std::string referral;
    for (const TriggerPoint& t : atlas.triggerPoints)
      if (t.muscle == near[i]->id && t.referral.size() > referral.size()) referral = t.referral;
    while (!referral.empty() && (referral.back() == '.' || referral.back() == ' ')) referral.pop_back();
    if (referral.rfind("Same ", 0) == 0 && referral.find(": ") != std::string::npos)  // "Same pattern: the neck..."
      referral = referral.substr(referral.find(": ") + 2);
    const std::string why = referral.empty() ? "its trigger points refer elsewhere" : "its pain goes elsewhere: " + lowerFirst(referral);
    q.choices.push_back({near[i]->id, near[i]->name, -1.0 / double(wrong), false, why});
  }
  rng.shuffle(q.choices);
  std::vector<std::string> rightLabels;
  for (const auto& c : q.choices)
    if (c.fraction > 0) rightLabels.push_back(c.label + (c.essential ? "" : " (spillover)"));
  q.answer = joined(rightLabels);
  // The whole guide, as the Manual lists it.
  std::vector<std::string> ess, spill;
  std::set<std::string> said;
  for (const GuideEntry& e : guide.muscles) {
    const Muscle* m = atlas.muscle(e.muscle);
    if (!m) continue;
    const std::string label = e.group.empty() ? m->name : capitalised(e.group);
    if (!said.insert(label).second) continue;
    (e.essential ? ess : spill).push_back(label);
  }
  q.explanation = "The pain guide for " + lowerFirst(guide.name) + " lists " +
                  (ess.empty() ? std::string() : "in the essential zone: " + joined(ess)) + (ess.empty() || spill.empty() ? "" : "; ") +
                  (spill.empty() ? std::string() : "in the spillover zone: " + joined(spill)) + ".";
  q.sources = {guide.source};
  return q;
}

}  // namespace

const char* questionKindName(QuestionKind kind) {
  switch (kind) {
    case QuestionKind::NameMuscle: return "name-muscle";
    case QuestionKind::FindMuscle: return "find-muscle";
    case QuestionKind::PainSources: return "pain-sources";
    case QuestionKind::DrawReferral: return "draw-referral";
    case QuestionKind::LocateTriggerPoint: return "locate-trp";
  }
  return "?";
}

std::optional<QuestionKind> parseQuestionKind(const std::string& name) {
  for (QuestionKind k : kQuestionKinds)
    if (name == questionKindName(k)) return k;
  return std::nullopt;
}

std::string questionKindNames(const std::vector<QuestionKind>& kinds) {
  std::vector<std::string> names;
  for (QuestionKind k : kinds) names.push_back(questionKindName(k));
  return joined(names, ", ");
}

std::string questionKindNames() { return questionKindNames({std::begin(kQuestionKinds), std::end(kQuestionKinds)}); }

std::string questionSubjectProblem(const Atlas& atlas, const std::string& kind, const std::string& subject) {
  const auto k = parseQuestionKind(kind);
  if (!k) return "";  // the kind is reported on its own
  switch (*k) {
    case QuestionKind::NameMuscle:
    case QuestionKind::FindMuscle:
      return atlas.muscle(subject) ? "" : "'" + subject + "' is not a muscle in the atlas";
    case QuestionKind::DrawReferral:
    case QuestionKind::LocateTriggerPoint:
      return atlas.triggerPoint(subject) ? "" : "'" + subject + "' is not a trigger point in the atlas";
    case QuestionKind::PainSources: {
      const PainArea* area = atlas.painArea(subject);
      if (!area) return "'" + subject + "' is not a pain area in the atlas";
      return area->guide ? "" : "'" + subject + "' has no pain guide to ask which muscles refer there";
    }
  }
  return "";
}

Result<Question> authoredQuestion(const Atlas& atlas, const QuizBody& body, QuestionKind kind, const std::string& subject,
                                  Side side, Difficulty difficulty, std::uint64_t seed) {
  if (const std::string problem = questionSubjectProblem(atlas, questionKindName(kind), subject); !problem.empty()) return Error{problem};
  Rng rng(seed);
  std::optional<Question> q;
  switch (kind) {
    case QuestionKind::NameMuscle:
    case QuestionKind::FindMuscle: {
      const Muscle& m = *atlas.muscle(subject);
      if (!body.muscles.count(subject)) return Error{"this body has no mesh of the " + lowerFirst(m.name)};
      q = kind == QuestionKind::NameMuscle ? nameMuscleQuestion(atlas, body, m, difficulty, rng) : findMuscleQuestion(atlas, m, rng);
      break;
    }
    case QuestionKind::DrawReferral:
    case QuestionKind::LocateTriggerPoint: {
      const TriggerPoint& t = *atlas.triggerPoint(subject);
      if (!body.triggerPoints.count(subject)) return Error{"this body cannot place " + t.name + " (its landmarks or skin are missing)"};
      q = triggerPointQuestion(kind, t, rng);
      break;
    }
    case QuestionKind::PainSources: {
      const PainArea& a = *atlas.painArea(subject);
      if (!body.areas.count(subject)) return Error{"this body cannot paint the " + lowerFirst(a.name) + " area"};
      if (!a.bilateral) side = Side::Right;  // a midline area has one side
      q = painSourcesQuestion(atlas, body, a, difficulty, rng);
      if (!q) return Error{"the pain guide for the " + lowerFirst(a.name) + " has too few muscles painted on this body to ask"};
      break;
    }
  }
  // The side the teacher chose: the prompt and the answer name it.
  const std::string drawn = sideName(q->side), chosen = sideName(side);
  for (std::string* text : {&q->prompt, &q->answer})
    if (const auto at = text->find(drawn + " side"); at != std::string::npos && drawn != chosen) text->replace(at, drawn.size(), chosen);
  if (q->kind == QuestionKind::FindMuscle)
    if (const auto at = q->answer.find("(" + drawn + ")"); at != std::string::npos && drawn != chosen) q->answer.replace(at + 1, drawn.size(), chosen);
  q->side = side;
  return *q;
}

bool isMultipleChoice(QuestionKind kind) { return kind == QuestionKind::NameMuscle || kind == QuestionKind::PainSources; }

const char* difficultyName(Difficulty d) {
  return d == Difficulty::Easy ? "easy" : d == Difficulty::Medium ? "medium" : "hard";
}

std::optional<Difficulty> parseDifficulty(const std::string& name) {
  for (Difficulty d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard})
    if (name == difficultyName(d)) return d;
  return std::nullopt;
}

bool isMoodleFraction(double fraction) {
  static const double kGrades[] = {1.0, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333,
                                   0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0.0};
  return std::any_of(std::begin(kGrades), std::end(kGrades), [&](double g) { return std::abs(std::abs(fraction) - g) < 5e-7; });
}

Result<std::string> resolveRegion(const Atlas& atlas, const std::string& text) {
  const std::string wanted = normaliseForSearch(text);
  std::vector<std::string> starting;
  for (const Region& r : atlas.regions) {
    const std::string id = normaliseForSearch(r.id), name = normaliseForSearch(r.name);
    if (r.id == text || id == wanted || name == wanted) return r.id;
    if (!wanted.empty() && (id.rfind(wanted, 0) == 0 || name.rfind(wanted, 0) == 0)) starting.push_back(r.id);
  }
  if (starting.size() == 1) return starting.front();
  return Error{"region '" + text + "' is " + (starting.empty() ? "not a body region" : "ambiguous") + " (regions: " +
               atlas.regionIds() + ")"};
}

Result<Quiz> generateQuiz(const Atlas& atlas, const QuizBody& body, const QuizSpec& spec) {
  std::string region;
  if (!spec.region.empty()) {
    auto resolved = resolveRegion(atlas, spec.region);
    if (!resolved) return Error{resolved.error()};
    region = resolved.value();
  }
  if (spec.count < 1) return Error{"count " + std::to_string(spec.count) + " must be at least 1"};
  Rng rng(spec.seed);
  const std::vector<QuestionKind> kinds =
      spec.kinds.empty() ? std::vector<QuestionKind>(std::begin(kQuestionKinds), std::end(kQuestionKinds)) : spec.kinds;

  // Subjects per kind, in atlas order and then shuffled by the seed.
  std::vector<const Muscle*> muscles;
  for (const Muscle& m : atlas.muscles)
    if (inRegion(m.regions, region) && m.depth <= spec.depth && body.muscles.count(m.id)) muscles.push_back(&m);
  std::vector<const TriggerPoint*> points;
  for (const TriggerPoint& t : atlas.triggerPoints) {
    const Muscle* m = atlas.muscle(t.muscle);
    if (m && inRegion(m->regions, region) && m->depth <= spec.depth && body.triggerPoints.count(t.id) && !t.essential.empty())
      points.push_back(&t);
  }
  std::vector<const PainArea*> areas;
  for (const PainArea& a : atlas.painAreas)
    if (a.guide && inRegion(a.regions, region) && body.areas.count(a.id)) areas.push_back(&a);

  std::map<QuestionKind, std::size_t> next;  // the next subject to try, per kind
  std::map<QuestionKind, std::vector<std::size_t>> order;
  for (QuestionKind k : kinds) {
    const std::size_t n = k == QuestionKind::PainSources ? areas.size()
                          : (k == QuestionKind::DrawReferral || k == QuestionKind::LocateTriggerPoint) ? points.size()
                                                                                                        : muscles.size();
    std::vector<std::size_t> idx(n);
    for (std::size_t i = 0; i < n; ++i) idx[i] = i;
    rng.shuffle(idx);
    order[k] = std::move(idx);
  }

  Quiz quiz;
  quiz.spec = spec;
  quiz.spec.region = region;
  std::set<std::string> usedMuscles;  // a muscle named in one question would give away another about it
  std::vector<bool> exhausted(kinds.size(), false);
  for (std::size_t turn = 0; int(quiz.questions.size()) < spec.count; ++turn) {
    if (std::all_of(exhausted.begin(), exhausted.end(), [](bool b) { return b; })) break;
    const std::size_t slot = turn % kinds.size();
    if (exhausted[slot]) continue;
    const QuestionKind kind = kinds[slot];
    std::optional<Question> q;
    auto& i = next[kind];
    const auto& idx = order[kind];
    for (; i < idx.size() && !q; ++i) {
      if (kind == QuestionKind::PainSources) {
        q = painSourcesQuestion(atlas, body, *areas[idx[i]], spec.difficulty, rng);
      } else if (kind == QuestionKind::DrawReferral || kind == QuestionKind::LocateTriggerPoint) {
        const TriggerPoint& t = *points[idx[i]];
        if (usedMuscles.count(t.muscle)) continue;
        q = triggerPointQuestion(kind, t, rng);
      } else {
        const Muscle& m = *muscles[idx[i]];
        if (usedMuscles.count(m.id)) continue;
        q = kind == QuestionKind::NameMuscle ? nameMuscleQuestion(atlas, body, m, spec.difficulty, rng) : findMuscleQuestion(atlas, m, rng);
      }
    }
    if (!q) {
      exhausted[slot] = true;
      continue;
    }
    if (!q->muscle.empty()) usedMuscles.insert(q->muscle);
    quiz.questions.push_back(std::move(*q));
  }
  const std::string where = region.empty() ? "Whole body" : atlas.region(region)->name;
  if (quiz.questions.empty())
    return Error{"nothing to ask about in " + lowerFirst(where) + " at this depth on this body (kinds: " +
                 questionKindNames(kinds) + ")"};
  if (int(quiz.questions.size()) < spec.count)
    quiz.notes.push_back("only " + std::to_string(quiz.questions.size()) + " of the " + std::to_string(spec.count) +
                         " questions asked for: " + lowerFirst(where) + " has no more to ask at this depth on this body");
  quiz.title = where + ": " + std::to_string(quiz.questions.size()) + " questions (" + difficultyName(spec.difficulty) +
               ", seed " + std::to_string(spec.seed) + ")";
  return quiz;
}

QuizMark markChoices(const Question& question, const std::vector<std::string>& picked) {
  double score = 0.0, worst = 0.0;
  for (const auto& c : question.choices) worst = std::min(worst, c.fraction);
  std::set<std::string> seen;
  std::vector<std::string> found, wrong, missed;
  for (const auto& id : picked) {
    if (!seen.insert(id).second) continue;
    const auto c = std::find_if(question.choices.begin(), question.choices.end(), [&](const QuizChoice& x) { return x.id == id; });
    if (c == question.choices.end()) {
      score += worst;
      wrong.push_back("'" + id + "'");
      continue;
    }
    score += c->fraction;
    (c->fraction > 0 ? found : wrong).push_back(c->label);
  }
  for (const auto& c : question.choices)
    if (c.fraction > 0 && !seen.count(c.id)) missed.push_back(c.label);
  QuizMark mark;
  mark.score = std::clamp(score, 0.0, 1.0);
  if (question.single) {
    mark.feedback = mark.score >= 1.0 ? "Correct: it is the " + lowerFirst(question.answer) + "."
                                      : "Not quite: it is the " + lowerFirst(question.answer) +
                                            (wrong.empty() ? std::string(" (no answer given).") : " (you chose " + joined(wrong) + ").");
    return mark;
  }
  const std::size_t right = found.size() + missed.size();
  mark.feedback = std::string(mark.score >= 1.0 ? "Correct" : mark.score > 0.0 ? "Partly correct" : "Not quite") + ": " + percent(mark.score) +
                  "; you found " + std::to_string(found.size()) + " of " + std::to_string(right) +
                  (found.empty() ? std::string() : " (" + joined(found) + ")");
  if (!missed.empty()) mark.feedback += "; missed: " + joined(missed);
  if (!wrong.empty()) mark.feedback += "; wrong: " + joined(wrong);
  mark.feedback += ".";
  return mark;
}

QuizMark markTypedName(const Question& question, const std::string& typed, const AtlasSearch& search) {
  std::string read;
  for (const auto& r : search.search(typed, 10))  // the best-matching muscle, as the search box would list first
    if (r.kind == SearchKind::Muscle) {
      read = r.id;
      break;
    }
  QuizMark mark;
  mark.score = read == question.muscle ? 1.0 : 0.0;
  if (mark.score > 0) mark.feedback = "Correct: it is the " + lowerFirst(question.answer) + ".";
  else if (read.empty()) mark.feedback = "Not quite: '" + typed + "' names no muscle; it is the " + lowerFirst(question.answer) + ".";
  else mark.feedback = "Not quite: '" + typed + "' reads as another muscle; it is the " + lowerFirst(question.answer) + ".";
  return mark;
}

QuizMark markClickedMuscle(const Question& question, const Atlas& atlas, const std::string& muscle, std::optional<Side> side) {
  QuizMark mark;
  const Muscle* target = atlas.muscle(question.muscle);
  const std::string name = lowerFirst(target ? target->name : question.muscle);
  if (muscle == question.muscle) {
    const bool sameSide = !side || *side == question.side;
    mark.score = sameSide ? 1.0 : 0.5;
    mark.feedback = sameSide ? "Correct: that is the " + name + "."
                             : std::string("Half marks: that is the ") + name + ", but on the " + sideName(*side) + " side.";
    return mark;
  }
  const Muscle* clicked = atlas.muscle(muscle);
  mark.feedback = clicked ? "Not quite: that is the " + lowerFirst(clicked->name) + "; the " + name + " is shown now."
                          : "Not quite: that is not a muscle; the " + name + " is shown now.";
  return mark;
}

DrawingOverlap drawingOverlap(const SparseIntensity& drawing, const ReferralPattern& truth, const BodySurface& body) {
  const std::size_t n = body.skin().positions.size();
  std::vector<float> essential(n, 0.0f), spillover(n, 0.0f), drawn(n, 0.0f);
  for (std::size_t i = 0; i < truth.essential.vertices.size(); ++i)
    if (truth.essential.vertices[i] < n) essential[truth.essential.vertices[i]] = truth.essential.values[i];
  for (std::size_t i = 0; i < truth.spillover.vertices.size(); ++i)
    if (truth.spillover.vertices[i] < n) spillover[truth.spillover.vertices[i]] = truth.spillover.values[i];
  for (std::size_t i = 0; i < drawing.vertices.size(); ++i)
    if (drawing.vertices[i] < n) drawn[drawing.vertices[i]] = std::clamp(drawing.values[i], 0.0f, 1.0f);
  // Dice (the F1 score: the harmonic mean of how much of the pattern is covered and how much of the drawing lies
  // in it) over skin area, with coverage weighted: the essential zone counts twice the spillover zone, so a
  // student who paints where the pain mostly is has done better than one who paints only its spillover.
  double inEssential = 0.0, essentialArea = 0.0, inSpillover = 0.0, spilloverArea = 0.0, inPattern = 0.0, drawnArea = 0.0;
  for (std::size_t v = 0; v < n; ++v) {
    const double a = body.vertexArea(std::uint32_t(v));
    const float e = essential[v], s = std::max(0.0f, spillover[v] - essential[v]), d = drawn[v];
    inEssential += a * std::min(d, e);
    essentialArea += a * e;
    inSpillover += a * std::min(d, s);
    spilloverArea += a * s;
    inPattern += a * std::min(d, std::max(essential[v], spillover[v]));
    drawnArea += a * d;
  }
  DrawingOverlap o;
  if (drawnArea <= 0.0 || essentialArea + spilloverArea <= 0.0) return o;
  o.essential = essentialArea > 0.0 ? inEssential / essentialArea : 0.0;
  o.spillover = spilloverArea > 0.0 ? inSpillover / spilloverArea : 0.0;
  o.inside = inPattern / drawnArea;
  const double wE = essentialArea > 0.0 ? 2.0 : 0.0, wS = spilloverArea > 0.0 ? 1.0 : 0.0;
  const double covered = (wE * o.essential + wS * o.spillover) / (wE + wS);
  o.score = covered + o.inside > 0.0 ? 2.0 * covered * o.inside / (covered + o.inside) : 0.0;
  return o;
}

QuizMark markDrawing(const SparseIntensity& drawing, const ReferralPattern& truth, const BodySurface& body) {
  QuizMark mark;
  const DrawingOverlap o = drawingOverlap(drawing, truth, body);
  mark.score = o.score;
  mark.feedback = drawing.vertices.empty()
                      ? "Nothing was painted; the pattern is shown now."
                      : "Mark " + percent(o.score) + ": you covered " + percent(o.essential) + " of the essential zone (solid) and " +
                            percent(o.spillover) + " of the spillover zone (dots); " + percent(o.inside) +
                            " of your painting lies in the pattern. The mark balances the two: how much of the pattern you"
                            " covered (the essential zone counting twice) against how much of your painting lies in it.";
  return mark;
}

float fullMarksRadius(Difficulty difficulty) {
  return difficulty == Difficulty::Easy ? 0.03f : difficulty == Difficulty::Medium ? 0.02f : 0.015f;
}

QuizMark markLocation(std::optional<float> distanceMetres, Difficulty difficulty) {
  QuizMark mark;
  if (!distanceMetres) {
    mark.feedback = "The click missed the body; the trigger point is shown now.";
    return mark;
  }
  const float r = fullMarksRadius(difficulty), d = *distanceMetres;
  mark.score = d <= r ? 1.0 : d >= 4.0f * r ? 0.0 : double((4.0f * r - d) / (3.0f * r));
  char text[96];
  std::snprintf(text, sizeof text, "%.1f cm from the trigger point (full marks within %.1f cm, none beyond %.0f cm)",
                double(d) * 100.0, double(r) * 100.0, double(r) * 400.0);
  mark.feedback = std::string(mark.score >= 1.0 ? "Correct" : mark.score > 0.0 ? "Close" : "Not quite") + ", " + percent(mark.score) + ": " + text + ".";
  return mark;
}

QuizSummary summarizeQuiz(const Quiz& quiz, const std::vector<std::optional<QuizMark>>& marks) {
  QuizSummary s;
  std::map<QuestionKind, std::pair<double, int>> byKind;
  for (std::size_t i = 0; i < quiz.questions.size() && i < marks.size(); ++i) {
    if (!marks[i]) continue;
    s.total += marks[i]->score;
    ++s.answered;
    auto& k = byKind[quiz.questions[i].kind];
    k.first += marks[i]->score;
    ++k.second;
  }
  if (s.answered > 0) s.total /= s.answered;
  for (QuestionKind k : kQuestionKinds)
    if (const auto it = byKind.find(k); it != byKind.end()) s.byKind.emplace_back(k, it->second.first / it->second.second);
  return s;
}

}  // namespace myoatlas
