#include "app/WindowInput.h"

#include <algorithm>
#include <utility>

#include <glad/gl.h>  // must precede GLFW so GLFW does not pull in the system GL header
#include <GLFW/glfw3.h>
#include <imgui_impl_glfw.h>

namespace myoatlas::window {
namespace {

std::string g_glfwError;
int g_events = 0;
void onGlfwError(int code, const char* description) {
  g_glfwError = "GLFW error " + std::to_string(code) + ": " + (description ? description : "?");
}
void onCursorPos(GLFWwindow*, double, double) { ++g_events; }
void onMouseButton(GLFWwindow*, int, int, int) { ++g_events; }
void onScroll(GLFWwindow*, double, double) { ++g_events; }
void onChar(GLFWwindow*, unsigned int) { ++g_events; }
void onWindowEvent(GLFWwindow*) { ++g_events; }
void onWindowSize(GLFWwindow*, int, int) { ++g_events; }

// Keyboard input goes through our GLFW callback, which forwards to ImGui's. ImGui 1.86 keeps only a per-frame
// "key down" state, so a press and release that both arrive between two frames (a quick tap while the loop
// sleeps, or a scripted one) would be lost: Enter in a text field, or a shortcut. So the callback queues
// presses for our shortcuts, and holds back a release that follows a press in the same frame until the frame
// has seen the key down.
struct KeyEvent {
  int key, scancode, action, mods;
};
std::vector<KeyEvent> g_keyPresses;        // for our shortcuts, consumed each frame
std::vector<KeyEvent> g_deferredReleases;  // replayed to ImGui after the next frame
std::vector<int> g_pressedThisFrame;

void onKey(GLFWwindow* window, int key, int scancode, int action, int mods) {
  ++g_events;
  if (action == GLFW_RELEASE &&
      std::find(g_pressedThisFrame.begin(), g_pressedThisFrame.end(), key) != g_pressedThisFrame.end()) {
    g_deferredReleases.push_back({key, scancode, action, mods});
    return;
  }
  if (action == GLFW_PRESS || action == GLFW_REPEAT) {
    g_keyPresses.push_back({key, scancode, action, mods});
    g_pressedThisFrame.push_back(key);
  }
  ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
}

// Our name for a window key (Key::None: no command uses it).
Key keyOf(int glfwKey) {
  switch (glfwKey) {
    case GLFW_KEY_1: case GLFW_KEY_KP_1: return Key::Digit1;
    case GLFW_KEY_2: case GLFW_KEY_KP_2: return Key::Digit2;
    case GLFW_KEY_3: case GLFW_KEY_KP_3: return Key::Digit3;
    case GLFW_KEY_4: case GLFW_KEY_KP_4: return Key::Digit4;
    case GLFW_KEY_5: case GLFW_KEY_KP_5: return Key::Digit5;
    case GLFW_KEY_F: return Key::F;
    case GLFW_KEY_HOME: return Key::Home;
    case GLFW_KEY_ESCAPE: return Key::Escape;
    case GLFW_KEY_B: return Key::B;
    case GLFW_KEY_L: return Key::L;
    case GLFW_KEY_X: return Key::X;
    case GLFW_KEY_P: return Key::P;
    case GLFW_KEY_O: return Key::O;
    case GLFW_KEY_S: return Key::S;
    case GLFW_KEY_Q: return Key::Q;
    case GLFW_KEY_EQUAL: case GLFW_KEY_KP_ADD: return Key::Plus;
    case GLFW_KEY_MINUS: case GLFW_KEY_KP_SUBTRACT: return Key::Minus;
    case GLFW_KEY_F1: return Key::F1;
    case GLFW_KEY_F3: return Key::F3;
    case GLFW_KEY_F5: return Key::F5;
    case GLFW_KEY_RIGHT: return Key::Right;
    case GLFW_KEY_LEFT: return Key::Left;
    case GLFW_KEY_UP: return Key::Up;
    case GLFW_KEY_DOWN: return Key::Down;
    case GLFW_KEY_PAGE_UP: return Key::PageUp;
    case GLFW_KEY_PAGE_DOWN: return Key::PageDown;
    case GLFW_KEY_SPACE: return Key::Space;
    case GLFW_KEY_BACKSPACE: return Key::Backspace;
    case GLFW_KEY_END: return Key::End;
    case GLFW_KEY_D: return Key::D;
    case GLFW_KEY_C: return Key::C;
    case GLFW_KEY_F12: return Key::F12;
    default: return Key::None;
  }
}

}  // namespace

void installErrorCallback() { glfwSetErrorCallback(onGlfwError); }
const std::string& lastGlfwError() { return g_glfwError; }

void installEventCounters(GLFWwindow* window) {
  glfwSetCursorPosCallback(window, onCursorPos);
  glfwSetMouseButtonCallback(window, onMouseButton);
  glfwSetScrollCallback(window, onScroll);
  glfwSetCharCallback(window, onChar);
  glfwSetWindowRefreshCallback(window, onWindowEvent);
  glfwSetWindowSizeCallback(window, onWindowSize);
}

void installKeyCallback(GLFWwindow* window) { glfwSetKeyCallback(window, onKey); }
int eventCount() { return g_events; }
bool pendingKeys() { return !g_keyPresses.empty(); }

std::vector<ShortcutKeys::Press> takeKeyPresses() {
  std::vector<ShortcutKeys::Press> presses;
  for (const auto& e : std::exchange(g_keyPresses, {}))
    if (const Key k = keyOf(e.key); k != Key::None) presses.push_back({k, (e.mods & GLFW_MOD_CONTROL) != 0});
  return presses;
}

void releaseDeferredKeys(GLFWwindow* window) {
  g_pressedThisFrame.clear();
  for (const auto& e : std::exchange(g_deferredReleases, {}))
    ImGui_ImplGlfw_KeyCallback(window, e.key, e.scancode, e.action, e.mods);
}

}  // namespace myoatlas::window
