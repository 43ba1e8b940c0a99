#pragma once
// What a user selects to paint: trigger point ids ("upper_trapezius.trp1") or muscle ids (all of its trigger
// points), on the right, left or both sides.
#include <string>
#include <utility>
#include <vector>

#include "core/Result.h"
#include "core/atlas/Atlas.h"
#include "core/atlas/Laterality.h"

namespace myoatlas {

enum class SideChoice { Right, Left, Both };
std::optional<SideChoice> parseSideChoice(const std::string& text);  // "right", "left", "both"

using TriggerPointSelection = std::vector<std::pair<std::string, Side>>;

// Fails naming the first id that is neither a trigger point nor a muscle.
Result<TriggerPointSelection> resolveSelection(const Atlas& atlas, const std::vector<std::string>& ids, SideChoice sides);

}  // namespace myoatlas
