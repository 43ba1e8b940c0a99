#include "core/lesson/Presentation.h"

#include <algorithm>

namespace myoatlas {

const std::vector<PresentKey>& presentKeys() {
  using A = PresentAction;
  // Clickers send Page Down / Page Up (some send arrows or space); keyboards use the arrows.
  static const std::vector<PresentKey> keys = {
      {"Right", A::Next, "Next step"},          {"Page Down", A::Next, "Next step (clicker)"},
      {"Space", A::Next, "Next step"},          {"Down", A::Next, "Next step"},
      {"Left", A::Previous, "Previous step"},   {"Page Up", A::Previous, "Previous step (clicker)"},
      {"Backspace", A::Previous, "Previous step"}, {"Up", A::Previous, "Previous step"},
      {"Home", A::First, "First step"},         {"End", A::Last, "Last step"},
      {"D", A::TogglePen, "Pen on/off: draw over the view with the left button"},
      {"C", A::ClearPen, "Clear the pen's drawing"},
      {"Escape", A::Leave, "Leave presentation mode"},
      {"F5", A::Leave, "Leave presentation mode"},
  };
  return keys;
}

std::optional<PresentAction> presentAction(std::string_view keyName) {
  for (const auto& k : presentKeys())
    if (keyName == k.key) return k.action;
  return std::nullopt;
}

bool Presentation::start(std::size_t steps, std::size_t step) {
  if (steps == 0) return false;
  active_ = true;
  pen_ = false;
  steps_ = steps;
  step_ = std::min(step, steps - 1);
  strokes_.clear();
  return true;
}

bool Presentation::goTo(std::size_t step) {
  if (!active_ || step >= steps_ || step == step_) return false;
  step_ = step;
  strokes_.clear();  // the pen's drawing belongs to the step it was made on
  return true;
}

bool Presentation::act(PresentAction action) {
  if (!active_) return false;
  switch (action) {
    case PresentAction::Next: return goTo(step_ + 1);
    case PresentAction::Previous: return step_ > 0 && goTo(step_ - 1);
    case PresentAction::First: return goTo(0);
    case PresentAction::Last: return goTo(steps_ - 1);
    case PresentAction::TogglePen: pen_ = !pen_; return false;
    case PresentAction::ClearPen: strokes_.clear(); return false;
    case PresentAction::Leave:
      active_ = false;
      pen_ = false;
      strokes_.clear();
      return false;
  }
  return false;
}

void Presentation::beginStroke(glm::vec2 at) {
  if (active_ && pen_) strokes_.push_back({at});
}

void Presentation::extendStroke(glm::vec2 at) {
  if (active_ && pen_ && !strokes_.empty()) strokes_.back().push_back(at);
}

}  // namespace myoatlas
