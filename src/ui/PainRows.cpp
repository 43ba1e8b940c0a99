#include "ui/PainRows.h"

namespace myoatlas {
namespace {

PainSourceRow row(const std::string& triggerPoint, const std::string& label, Side side, bool essential, float coverage) {
  PainSourceRow r;
  r.triggerPoint = triggerPoint;
  r.label = label;
  r.left = side == Side::Left;
  r.essential = essential;
  r.coverage = coverage;
  return r;
}

}  // namespace

std::vector<PainSourceRow> painRows(const Atlas& atlas, const PainAnswer& answer) {
  std::vector<PainSourceRow> rows;
  const bool guided = answer.guide != nullptr;
  for (const auto& m : answer.sources) {
    PainSourceRow header = row(m.triggerPoints.front().triggerPoint, musclesLabel(atlas, m) + (m.side == Side::Left ? " (left)" : ""),
                               m.side, m.essential, m.coverage);
    header.header = true;
    header.painted = m.painted;
    header.beyondGuide = guided && m.guideRank < 0;
    header.note = guided ? (header.beyondGuide ? std::string("Not in the guide's list; its pattern covers this area on this body")
                                               : std::string("The guide lists it as ") + (m.essential ? "essential (bold)" : "spillover (plain)"))
                         : std::string();
    for (const auto& c : m.triggerPoints) header.group.push_back(c.triggerPoint);
    rows.push_back(header);
    for (const auto& c : m.triggerPoints) {
      const TriggerPoint* t = atlas.triggerPoint(c.triggerPoint);
      if (!t) continue;
      PainSourceRow trp = row(c.triggerPoint, t->name, c.side, c.essential, c.coverage);
      trp.painted = m.painted;
      trp.note = std::string(frequencyName(t->frequency)) + " (how often the sources find it)";
      trp.beyondGuide = header.beyondGuide;
      rows.push_back(trp);
    }
  }
  return rows;
}

std::string painGuideLine(const PainAnswer& answer) {
  if (!answer.guide) return "";
  return "The Manual's pain guide, '" + answer.guide->name + "' (" + answer.guide->source.where + "): essential first, in the guide's order.";
}

}  // namespace myoatlas
