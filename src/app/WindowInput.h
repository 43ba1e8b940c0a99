#pragma once
// GLFW input for the viewer's loop: an event counter (so the loop can sleep until something happens), key presses
// queued for the shortcuts in our own key names (ui/Commands.h), and the GLFW error text for messages.
#include <string>
#include <vector>

#include "ui/Commands.h"

struct GLFWwindow;

namespace myoatlas::window {

void installErrorCallback();
const std::string& lastGlfwError();
// Before ImGui installs its callbacks (it chains to these): counts every input event.
void installEventCounters(GLFWwindow* window);
// After ImGui: our key callback replaces ImGui's and forwards to it.
void installKeyCallback(GLFWwindow* window);
int eventCount();
bool pendingKeys();
std::vector<ShortcutKeys::Press> takeKeyPresses();  // this frame's presses of keys that have commands
// Called after each frame: the frame has seen this frame's presses, so their releases go to ImGui now.
void releaseDeferredKeys(GLFWwindow* window);

}  // namespace myoatlas::window
