#include "io/Progress.h"

#include <chrono>
#include <cstdio>
#include <sstream>

#include <unistd.h>

namespace myoatlas {
namespace {
ProgressSink* current = nullptr;
}  // namespace

ProgressSink* setProgressSink(ProgressSink* sink) {
  ProgressSink* previous = current;
  current = sink;
  return previous;
}

void progressBegin(const std::string& what) {
  if (current) current->begin(what);
}
void progressStep(const std::string& what) {
  if (current) current->step(what);
}
void progressTick() {
  if (current) current->tick();
}
void progressEnd() {
  if (current) current->end();
}

double progressClockSeconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

std::string progressLine(const std::string& what, const std::string& step, double seconds) {
  std::ostringstream line;
  line.precision(1);
  line << std::fixed << "myoatlas: " << what;
  if (!step.empty()) line << ": " << step;
  line << " (" << seconds << " s)";
  return line.str();
}

void TerminalProgress::begin(const std::string& what) {
  what_ = what;
  step_.clear();
  started_ = progressClockSeconds();
  shown_ = false;
}

void TerminalProgress::step(const std::string& what) {
  step_ = what;
  show();
}

void TerminalProgress::tick() { show(); }

void TerminalProgress::show() {
  const double seconds = progressClockSeconds() - started_;
  if (what_.empty() || seconds < kProgressAfterSeconds || !::isatty(STDERR_FILENO)) return;
  // Rewrites the line in place; "\033[K" clears what a longer line before left.
  std::fprintf(stderr, "\r%s\033[K", progressLine(what_, step_, seconds).c_str());
  std::fflush(stderr);
  shown_ = true;
}

void TerminalProgress::end() {
  if (shown_) {
    std::fprintf(stderr, "\r%s\033[K\n", progressLine(what_, "done", progressClockSeconds() - started_).c_str());
    std::fflush(stderr);
  }
  what_.clear();
  shown_ = false;
}

}  // namespace myoatlas
