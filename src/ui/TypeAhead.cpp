#include "ui/TypeAhead.h"

namespace myoatlas {
namespace {

void appendUtf8(std::string& out, unsigned c) {
  if (c < 0x80) {
    out += char(c);
  } else if (c < 0x800) {
    out += char(0xC0 | (c >> 6)), out += char(0x80 | (c & 0x3F));
  } else {
    out += char(0xE0 | (c >> 12)), out += char(0x80 | ((c >> 6) & 0x3F)), out += char(0x80 | (c & 0x3F));
  }
}

}  // namespace

std::string TypeAhead::update() {
  if (!waiting_) return "";
  ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput) {  // the field has the keyboard: this frame's characters reach it by themselves
    std::string text;
    for (const ImWchar c : held_) appendUtf8(text, c);
    held_.clear();
    waiting_ = false;
    return text;
  }
  for (const ImWchar c : io.InputQueueCharacters) held_.push_back(c);
  io.InputQueueCharacters.resize(0);
  if (++frames_ > 10) waiting_ = false, held_.clear();  // no field took the keyboard: give up
  return "";
}

}  // namespace myoatlas
