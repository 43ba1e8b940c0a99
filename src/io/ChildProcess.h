#pragma once
// Runs a piece of work in a forked child process, so that a crash, a runaway allocation or a hang inside a
// library we cannot fix (Assimp 5.2 on some model files) ends the child, not the app: the viewer keeps its
// current model and everything unsaved, and the user reads what went wrong.
//
// The child is a fork of the caller (it sees the caller's memory as it was), runs `work`, sends the bytes it
// returns back through a pipe and exits without running destructors or atexit handlers. The parent waits, reads
// and tells apart: the bytes, a crash (the signal), running out of its memory allowance, a time-out, and an
// exception thrown by the work (its message). While it waits it reports a progress tick every 100 ms
// (io/Progress.h), so a window or terminal can show that the work goes on.
#include <cstdint>
#include <functional>
#include <string>
#include <variant>

namespace myoatlas {

struct ChildLimits {
  // Memory the child may allocate beyond the caller's own (the fork starts with all of it); 0 for no limit. In
  // AddressSanitizer builds an allocation past it ends the child through the sanitizer's out-of-memory report
  // (a crash, exit status 1) rather than as OutOfMemory.
  std::uint64_t extraMemoryBytes = 0;
  double timeoutSeconds = 0.0;  // 0 for none
};

struct ChildFailure {
  enum class Kind { Crashed, OutOfMemory, TimedOut, Threw, CouldNotStart };
  Kind kind = Kind::Crashed;
  std::string detail;  // the signal's name, the exception's message, or why the child could not start
};

// The work's bytes, or why there are none.
std::variant<std::string, ChildFailure> runInChild(const std::function<std::string()>& work, const ChildLimits& limits);

}  // namespace myoatlas
