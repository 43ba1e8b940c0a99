#include "ui/TypeAhead.h"

namespace myoatlas {

void TypeAhead::update() {
  if (!waiting_) return;
  ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput) {  // the field has the keyboard: what was typed meanwhile goes first
    std::vector<ImWchar> all = held_;
    for (const ImWchar c : io.InputQueueCharacters) all.push_back(c);
    io.InputQueueCharacters.resize(0);
    for (const ImWchar c : all) io.InputQueueCharacters.push_back(c);
    held_.clear();
    waiting_ = false;
    frames_ = 0;
    return;
  }
  for (const ImWchar c : io.InputQueueCharacters) held_.push_back(c);
  io.InputQueueCharacters.resize(0);
  if (++frames_ > 10) waiting_ = false, frames_ = 0, held_.clear();  // no field took it: give up
}

}  // namespace myoatlas
