#pragma once
// Characters typed right after Ctrl+F, before the search field has taken the keyboard (a frame or two, longer on
// a slow renderer), would be dropped by ImGui. TypeAhead keeps them and, once the field has the keyboard, hands
// them over as text for the field to insert at its cursor (SearchPanel does, through ImGui's input callback).
#include <string>
#include <vector>

#include <imgui.h>

namespace myoatlas {

class TypeAhead {
 public:
  void start() { waiting_ = true, frames_ = 0, held_.clear(); }  // a text field was asked to take the keyboard
  // Call each frame after ImGui::NewFrame and before the panels draw. Returns the held text (UTF-8) on the
  // frame the field has the keyboard, "" otherwise.
  std::string update();

 private:
  bool waiting_ = false;
  int frames_ = 0;  // frames waited
  std::vector<ImWchar> held_;
};

}  // namespace myoatlas
