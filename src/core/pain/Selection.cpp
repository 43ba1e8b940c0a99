#include "core/pain/Selection.h"

namespace myoatlas {

std::optional<SideChoice> parseSideChoice(const std::string& text) {
  if (text == "right") return SideChoice::Right;
  if (text == "left") return SideChoice::Left;
  if (text == "both") return SideChoice::Both;
  return std::nullopt;
}

Result<TriggerPointSelection> resolveSelection(const Atlas& atlas, const std::vector<std::string>& ids, SideChoice sides) {
  std::vector<std::string> trps;
  for (const auto& id : ids) {
    if (atlas.triggerPoint(id)) {
      trps.push_back(id);
    } else if (const Muscle* m = atlas.muscle(id)) {
      trps.insert(trps.end(), m->triggerPoints.begin(), m->triggerPoints.end());
    } else {
      return Error{"'" + id + "' is neither a trigger point id (like upper_trapezius.trp1) nor a muscle id; try 'myoatlas search " + id + "'"};
    }
  }
  TriggerPointSelection out;
  for (const auto& t : trps) {
    if (sides != SideChoice::Left) out.emplace_back(t, Side::Right);
    if (sides != SideChoice::Right) out.emplace_back(t, Side::Left);
  }
  return out;
}

}  // namespace myoatlas
