#pragma once
// The viewer's commands, each once: its menu label, its key and what the Help > Controls table says of it. Menus
// and keys both raise the command (UiRequests::commands) and the app carries it out in one place, so a key, its
// menu entry and its line in the help cannot disagree. Keys are our own names; the app maps the window's keys.
#include <vector>

namespace myoatlas {

enum class Key {
  None, Digit1, Digit2, Digit3, Digit4, Digit5, F, Home, Escape, B, L, X, P, O, S, Q, Plus, Minus, F1, F3, F5, F12,
  // Keys of presentation mode only (core/lesson/Presentation.h names them; keyName gives the name).
  Right, Left, Up, Down, PageUp, PageDown, Space, Backspace, End, D, C
};
const char* keyName(Key key);  // "Page Down", as presentKeys() names it; "" for keys it does not name

enum class CommandId {
  ViewAnterior, ViewPosterior, ViewLeft, ViewRight, ViewSuperior, FrameAll, NextPose,
  ClearSelection, Brush, Layers, Xray, Search,
  OpenModel, OpenView, SaveView, Screenshot, LargerInterface, SmallerInterface, FrameTime, Help, Quit,
  NewLesson, OpenLesson, SaveLesson, SaveLessonAs, AddStep, LessonPanel, Present, LessonHandout, ClientHandout
};

struct Command {
  CommandId id;
  const char* menu;  // menu label
  Key key;
  bool ctrl;
  const char* keys;  // the key as the menus and the help write it ("Ctrl+O")
  const char* help;  // its line in Help > Controls ("" shown with the command before it)
  const char* where = "File";  // its menu, named in the help when it has no key
};

inline constexpr Command kCommands[] = {
    {CommandId::ViewAnterior, "Anterior", Key::Digit1, false, "1 / 2 / 3 / 4 / 5", "Anterior / posterior / left / right / superior view"},
    {CommandId::ViewPosterior, "Posterior", Key::Digit2, false, "2", ""},
    {CommandId::ViewLeft, "Left side", Key::Digit3, false, "3", ""},
    {CommandId::ViewRight, "Right side", Key::Digit4, false, "4", ""},
    {CommandId::ViewSuperior, "Superior", Key::Digit5, false, "5", ""},
    {CommandId::FrameAll, "Frame all", Key::F, false, "F or Home", "Frame the whole body"},
    {CommandId::NextPose, "Next pose", Key::P, false, "P", "Next pose: anatomical, T-pose, arms raised, seated"},
    {CommandId::ClearSelection, "Clear painted pattern", Key::Escape, false, "Esc",
     "Clear the selection and the painted referral pattern (after closing any open menu)"},
    {CommandId::Brush, "Draw where it hurts (brush)", Key::B, false, "B, then drag on the skin",
     "Brush: draw where it hurts (Shift erases); muscles explaining all of it first"},
    {CommandId::Layers, "Layers...", Key::L, false, "L", "Layers: skin opaque, x-ray or hidden; peel muscles; bones; isolate"},
    {CommandId::Xray, "X-ray skin", Key::X, false, "X", "X-ray skin on and off"},
    {CommandId::Search, "Search", Key::F, true, "Ctrl + F", "Search muscles, trigger points, symptoms and pain areas (arrows, Enter, Esc)"},
    {CommandId::OpenModel, "Open model...", Key::O, true, "Ctrl + O", "Open a model (glTF, FBX, OBJ, DAE, ...)"},
    {CommandId::OpenView, "Open view...", Key::None, false, "", "Open a saved view (*.myoscene.json)"},
    {CommandId::SaveView, "Save view...", Key::S, true, "Ctrl + S",
     "Save the view (camera, pose, layers, selection, pain drawing) as a scene file"},
    {CommandId::Screenshot, "Save screenshot...", Key::F12, false, "F12",
     "Save a screenshot (PNG): where, and with a title, caption, legend, labels or a transparent background"},
    {CommandId::LargerInterface, "Larger interface", Key::Plus, true, "Ctrl + = / Ctrl + -", "Larger / smaller interface (for projectors)"},
    {CommandId::SmallerInterface, "Smaller interface", Key::Minus, true, "Ctrl + -", ""},
    {CommandId::FrameTime, "Frame-time overlay", Key::F3, false, "F3", "Frame-time overlay"},
    {CommandId::Help, "Controls", Key::F1, false, "F1", "This help"},
    {CommandId::Quit, "Quit", Key::Q, true, "Ctrl + Q", "Quit"},
    {CommandId::NewLesson, "New lesson", Key::None, false, "", "Start a new lesson: a sequence of views to teach with", "Lesson"},
    {CommandId::OpenLesson, "Open lesson...", Key::None, false, "", "Open a lesson (*.myolesson.json)", "Lesson"},
    {CommandId::SaveLesson, "Save lesson", Key::None, false, "", "Save the lesson", "Lesson"},
    {CommandId::SaveLessonAs, "Save lesson as...", Key::None, false, "", "", "Lesson"},
    {CommandId::AddStep, "Add this view as a step", Key::None, false, "", "Add the view shown as the lesson's next step", "Lesson"},
    {CommandId::LessonPanel, "Lesson panel", Key::L, true, "Ctrl + L", "The lesson's steps: show, reorder, edit text, pin labels", "Lesson"},
    {CommandId::Present, "Present full screen", Key::F5, false, "F5",
     "Present the lesson: clicker or arrows step through, D pen, Esc leaves", "Lesson"},
    {CommandId::LessonHandout, "Export handout (PDF)...", Key::None, false, "",
     "A printable handout of the lesson: each step's picture, text, trigger points, self-care and sources", "Lesson"},
    {CommandId::ClientHandout, "Client handout (PDF)...", Key::None, false, "",
     "A handout for a client from the pain drawing: likely sources, self-care, when to see a professional", "Pain"},
};

const Command& command(CommandId id);

// Turns each frame's key presses into commands, as a user expects: nothing while a text field has the keyboard;
// Esc that closes a menu does only that; and after Ctrl+F, what is typed before the search field has taken the
// keyboard (it takes a frame or two) is not a shortcut (P would change the pose, F reframe).
class ShortcutKeys {
 public:
  struct Press {
    Key key;
    bool ctrl;
  };
  // `textInput`: a text field has the keyboard this frame; `popupWasOpen`: a menu or popup was open last frame.
  std::vector<CommandId> commands(const std::vector<Press>& presses, bool textInput, bool popupWasOpen);

 private:
  int mutedFrames_ = 0;
};

}  // namespace myoatlas
