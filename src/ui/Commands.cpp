#include "ui/Commands.h"

namespace myoatlas {

const char* keyName(Key key) {
  switch (key) {
    case Key::Right: return "Right";
    case Key::Left: return "Left";
    case Key::Up: return "Up";
    case Key::Down: return "Down";
    case Key::PageUp: return "Page Up";
    case Key::PageDown: return "Page Down";
    case Key::Space: return "Space";
    case Key::Backspace: return "Backspace";
    case Key::Home: return "Home";
    case Key::End: return "End";
    case Key::Escape: return "Escape";
    case Key::D: return "D";
    case Key::C: return "C";
    case Key::F5: return "F5";
    default: return "";
  }
}

const Command& command(CommandId id) {
  for (const auto& c : kCommands)
    if (c.id == id) return c;
  return kCommands[0];
}

std::vector<CommandId> ShortcutKeys::commands(const std::vector<Press>& presses, bool textInput, bool popupWasOpen) {
  std::vector<CommandId> out;
  if (textInput) {  // typing is not a shortcut; the search field has the keyboard now
    mutedFrames_ = 0;
    return out;
  }
  if (mutedFrames_ > 0) {
    --mutedFrames_;
    return out;
  }
  for (const auto& p : presses) {
    if (p.key == Key::Home) {
      out.push_back(CommandId::FrameAll);
      continue;
    }
    for (const auto& c : kCommands) {
      if (c.key != p.key || c.ctrl != p.ctrl) continue;
      if (c.id == CommandId::ClearSelection && popupWasOpen) break;  // Esc closed the menu; that is all
      out.push_back(c.id);
      break;
    }
    if (!out.empty() && out.back() == CommandId::Search) {
      mutedFrames_ = 3;  // the field takes the keyboard within two frames
      break;
    }
  }
  return out;
}

}  // namespace myoatlas
