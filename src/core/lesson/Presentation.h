#pragma once
// Presentation mode: a lesson shown step by step, full screen, driven by the keys a presentation clicker sends
// (arrows, Page Up/Down, space). Which key does what is one table (presentKeys) for the host's key handling and
// the help; the pen's strokes belong to the step they were drawn on and are cleared on the next. No GL, no window.
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include <glm/vec2.hpp>

namespace myoatlas {

enum class PresentAction { Next, Previous, First, Last, Leave, TogglePen, ClearPen };

struct PresentKey {
  const char* key;  // the key's name as the help shows it and hosts map it ("Page Down", "Space", "Escape")
  PresentAction action;
  const char* help;
};
const std::vector<PresentKey>& presentKeys();
std::optional<PresentAction> presentAction(std::string_view keyName);

class Presentation {
 public:
  // Starts at `step` (clamped) of a lesson of `steps` steps; a lesson without steps cannot be presented.
  bool start(std::size_t steps, std::size_t step = 0);
  bool active() const { return active_; }
  std::size_t step() const { return step_; }
  std::size_t steps() const { return steps_; }

  // Carries out an action. Returns true when the step changed (the host then shows the new step's scene).
  // Leave ends presentation mode and does nothing else.
  bool act(PresentAction action);
  bool goTo(std::size_t step);

  // The pen: strokes drawn over the view in window-relative coordinates (0..1), cleared with each step.
  bool penOn() const { return pen_; }
  void beginStroke(glm::vec2 at);
  void extendStroke(glm::vec2 at);
  const std::vector<std::vector<glm::vec2>>& strokes() const { return strokes_; }

 private:
  bool active_ = false, pen_ = false;
  std::size_t step_ = 0, steps_ = 0;
  std::vector<std::vector<glm::vec2>> strokes_;
};

}  // namespace myoatlas
