#pragma once
// The viewer's mouse controls, for the Help window (and mirrored in README.md); the keyboard's come from the
// command table (ui/Commands.h).
namespace myoatlas {

struct ControlHelp {
  const char* input;
  const char* action;
};

inline constexpr ControlHelp kMouseControls[] = {
    {"Left drag", "Orbit around the body"},
    {"Click on the skin", "Pain finder: which muscles' trigger points refer pain there"},
    {"Pain > Where does it hurt?", "Choose or type an area: the Manual's pain-guide list, essential first"},
    {"Hover a muscle", "Its name beside the cursor (models with muscle meshes)"},
    {"Click a muscle / double-click", "Select it: details and its pattern / zoom to it"},
    {"Right drag, middle drag or Shift + left drag", "Pan"},
    {"Mouse wheel", "Zoom towards the point under the cursor"},
};

}  // namespace myoatlas
