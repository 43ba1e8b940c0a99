#pragma once
// Start-up and exit of the process.
// Milliseconds since the process started (from /proc/self/stat, so dynamic loading counts too).
namespace myoatlas {
double millisecondsSinceStartup();

// With MYOATLAS_TIMINGS=1 in the environment, prints "myoatlas: <step> done at N ms (+M ms)" to standard error,
// to see where start-up goes (docs/PERFORMANCE.md); otherwise does nothing.
void startupMark(const char* step);

// main() allows it: a command that has written all it writes may then end the process at once, without freeing
// the model, the atlas and the OpenGL context piece by piece (190 ms of a 0.86 s render of the default body).
// Commands run in-process by other code (the command-line fuzzer) are not ended.
void allowQuickExit();
// Flushes the standard streams and ends the process with `code` when allowed; otherwise returns.
void quickExitIfAllowed(int code);
}  // namespace myoatlas
