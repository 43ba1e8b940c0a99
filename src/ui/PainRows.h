#pragma once
// The pain finder's answer as rows to show: each muscle, then its trigger points indented under it, with the
// guide's word on hover.
#include <vector>

#include "core/session/Session.h"
#include "ui/UiState.h"

namespace myoatlas {

std::vector<PainSourceRow> painRows(const Atlas& atlas, const PainAnswer& answer);
// "The Manual's pain guide, 'Posterior knee' (...): essential first, in the guide's order." ("" without a guide)
std::string painGuideLine(const PainAnswer& answer);

}  // namespace myoatlas
