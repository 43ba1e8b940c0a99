#pragma once
// The viewer's mouse and keyboard controls: one list for the Help window (and mirrored in README.md).
namespace myoatlas {

struct ControlHelp {
  const char* input;
  const char* action;
};

inline constexpr ControlHelp kControls[] = {
    {"Left drag", "Orbit around the body"},
    {"Click on the skin", "Pain finder: which muscles' trigger points refer pain there"},
    {"Pain > Where does it hurt?", "Choose or type an area: the Manual's pain-guide list, essential first"},
    {"Hover a muscle", "Its name beside the cursor (models with muscle meshes)"},
    {"Click a muscle / double-click", "Select it: details and its pattern / zoom to it"},
    {"Esc", "Clear the selection and the painted referral pattern"},
    {"L", "Layers: skin opaque, x-ray or hidden; peel muscles; bones; isolate"},
    {"X", "X-ray skin on and off"},
    {"B, then drag on the skin", "Brush: draw where it hurts (Shift erases); muscles explaining all of it first"},
    {"Right drag, middle drag or Shift + left drag", "Pan"},
    {"Mouse wheel", "Zoom towards the point under the cursor"},
    {"Ctrl + F", "Search muscles, trigger points, symptoms and pain areas (arrows, Enter, Esc)"},
    {"F or Home", "Frame the whole body"},
    {"P", "Next pose: anatomical, T-pose, arms raised, seated"},
    {"1 / 2 / 3 / 4 / 5", "Anterior / posterior / left / right / superior view"},
    {"Ctrl + O", "Open a model (glTF, FBX, OBJ, DAE, ...)"},
    {"F12", "Save a screenshot (PNG)"},
    {"Ctrl + = / Ctrl + -", "Larger / smaller interface (for projectors)"},
    {"F3", "Frame-time overlay"},
    {"F1", "This help"},
    {"Ctrl + Q", "Quit"},
};

}  // namespace myoatlas
