#pragma once
// Milliseconds since the process started (from /proc/self/stat, so dynamic loading counts too).
namespace myoatlas {
double millisecondsSinceStartup();
}  // namespace myoatlas
