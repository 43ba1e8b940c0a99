#pragma once
// Characters typed right after Ctrl+F, before the search field has taken the keyboard (a frame or two), would be
// dropped by ImGui; TypeAhead keeps them and hands them to the field, in order, once it has the keyboard.
#include <vector>

#include <imgui.h>

namespace myoatlas {

class TypeAhead {
 public:
  void start() { waiting_ = true, held_.clear(); }  // a text field was asked to take the keyboard
  // Call each frame after ImGui::NewFrame and before the panels draw.
  void update();

 private:
  bool waiting_ = false;
  int frames_ = 0;
  std::vector<ImWchar> held_;
};

}  // namespace myoatlas
