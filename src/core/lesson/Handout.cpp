#include "core/lesson/Handout.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/Text.h"

namespace myoatlas {
namespace {

std::string range(const std::array<int, 2>& r) { return r[0] == r[1] ? std::to_string(r[0]) : std::to_string(r[0]) + "-" + std::to_string(r[1]); }

// The number of a source in the document's list, adding it the first time ("[3]").
std::string cite(const Atlas& atlas, const SourceRef& ref, HandoutDoc& doc) {
  const std::string citation = sourceCitation(atlas, ref);
  auto at = std::find(doc.sources.begin(), doc.sources.end(), citation);
  if (at == doc.sources.end()) at = doc.sources.insert(doc.sources.end(), citation);
  std::string tag(1, '[');  // (not "[" + ...: GCC 12 warns falsely of overlapping copies)
  tag += std::to_string(at - doc.sources.begin() + 1);
  tag += ']';
  return tag;
}

std::string joined(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += separator;
    out += s;
  }
  return out;
}

std::vector<std::string> redFlags(const Atlas& atlas) { return atlas.general.redFlags; }

}  // namespace

HandoutTriggerPoint handoutTriggerPoint(const Atlas& atlas, const TriggerPoint& trp, Side side, HandoutDoc& doc) {
  HandoutTriggerPoint out;
  out.name = trp.name + ", " + sideName(side) + " side";  // names may carry brackets of their own
  const Muscle* muscle = atlas.muscleOf(trp.id);
  const Treatment& t = trp.treatment ? *trp.treatment : muscle ? muscle->treatment : Treatment{};
  if (!trp.palpation.empty()) out.fields.push_back({"Where", trp.palpation, false});
  if (!trp.referral.empty()) out.fields.push_back({"Refers to", trp.referral, false});
  if (t.selfRelease) {
    const SelfRelease& s = *t.selfRelease;
    std::string text = capitalised(s.tool) + ". " + s.position + " Pressure " + range(s.pressure) + " of 10, hold " +
                       range(s.holdSeconds) + " s, " + range(s.repetitions) + " times.";
    if (!s.notes.empty()) text += " " + s.notes;
    out.fields.push_back({"Self-release", text, false});
  } else {
    out.fields.push_back({"Self-release", "Not advised here: see a trained professional.", true});
  }
  if (!t.stretch.empty()) out.fields.push_back({"Stretch", t.stretch, false});
  if (!t.cautions.empty()) out.fields.push_back({"Cautions", joined(t.cautions, " "), true});
  std::string sources;
  for (const auto& ref : trp.sources) {
    if (!sources.empty()) sources += ' ';
    sources += cite(atlas, ref, doc);
  }
  if (!sources.empty()) out.fields.push_back({"Sources", sources, false});
  return out;
}

HandoutDoc lessonHandout(const Lesson& lesson, const Atlas& atlas) {
  HandoutDoc doc;
  doc.title = lesson.title;
  doc.subtitle = lesson.description;
  doc.disclaimer = "For teaching. Trigger-point patterns are clinical guides: examiners agree on them only fairly, and "
                   "pain in these places can have other causes.";
  for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
    const LessonStep& step = lesson.steps[i];
    HandoutSection section;
    section.title = std::to_string(i + 1) + ". " + step.title;
    doc.contents.push_back(section.title);
    section.text = parseMarkdown(step.text);
    for (const auto& [id, side] : step.scene.view.painted)
      if (const TriggerPoint* trp = atlas.triggerPoint(id)) section.triggerPoints.push_back(handoutTriggerPoint(atlas, *trp, side, doc));
    std::string stepSources;
    for (const auto& ref : step.sources) {
      if (!stepSources.empty()) stepSources += ' ';
      stepSources += cite(atlas, ref, doc);
    }
    if (!stepSources.empty()) section.imageCaption = "Sources of this step: " + stepSources;
    doc.sections.push_back(std::move(section));
  }
  doc.redFlags = redFlags(atlas);
  return doc;
}

HandoutDoc clientHandout(const std::vector<MuscleSources>& answer, const std::string& where, const Atlas& atlas, std::size_t top) {
  HandoutDoc doc;
  doc.title = "Your pain map";
  std::string place = where;  // "Back of the knee (right side)" in the middle of a sentence
  if (place.size() > 1 && std::isupper(static_cast<unsigned char>(place[0])) && std::islower(static_cast<unsigned char>(place[1])))
    place[0] = char(std::tolower(static_cast<unsigned char>(place[0])));
  doc.subtitle = "Trigger points that can send pain to " + place + ", and what you can do about each.";
  doc.disclaimer = "This handout is not a diagnosis. It lists muscles whose trigger points are known to refer pain to "
                   "the places you marked; a professional examination tells which, if any, cause your pain.";
  HandoutSection drawing;
  drawing.title = "Where it hurts";
  drawing.text = parseMarkdown("The shaded areas are where you said it hurts. The list below starts with the trigger points "
                               "whose referred pain covers most of it.");
  doc.sections.push_back(std::move(drawing));
  HandoutSection sources;
  sources.title = "Likely sources, and self-care for each";
  for (const auto& m : answer) {
    if (sources.triggerPoints.size() >= top) break;
    if (m.triggerPoints.empty()) continue;
    if (const TriggerPoint* trp = atlas.triggerPoint(m.triggerPoints.front().triggerPoint))
      sources.triggerPoints.push_back(handoutTriggerPoint(atlas, *trp, m.triggerPoints.front().side, doc));
  }
  if (sources.triggerPoints.empty())
    sources.text = parseMarkdown("No trigger point in the atlas refers pain to exactly these places. Please see a professional.");
  doc.sections.push_back(std::move(sources));
  doc.redFlags = redFlags(atlas);
  doc.redFlagsFirst = true;  // a client reads when to see a professional before any self-care
  if (!atlas.general.method.empty()) {
    HandoutSection method;
    method.title = "How to do self-release";
    method.text = parseMarkdown(atlas.general.method + "\n\n" + joined(atlas.general.dose, " "));
    doc.sections.push_back(std::move(method));
  }
  return doc;
}

}  // namespace myoatlas
