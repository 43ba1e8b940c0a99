#include "app/StartupClock.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <mutex>
#include <sstream>
#include <string>

#include <unistd.h>

namespace myoatlas {

double millisecondsSinceStartup() {
  // Field 22 of /proc/self/stat is the start time in clock ticks after boot (CLOCK_BOOTTIME); the command name
  // in field 2 may hold spaces, so parse from the closing parenthesis.
  std::ifstream stat("/proc/self/stat");
  std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
  const auto close = text.rfind(')');
  if (close == std::string::npos) return 0.0;
  std::istringstream fields(text.substr(close + 2));
  std::string field;
  unsigned long long startTicks = 0;
  for (int i = 3; i <= 22 && fields >> field; ++i)
    if (i == 22) startTicks = std::stoull(field);
  timespec now{};
  clock_gettime(CLOCK_BOOTTIME, &now);
  const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
  return nowMs - double(startTicks) * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

void startupMark(const char* step) {
  static const bool on = [] {
    const char* v = std::getenv("MYOATLAS_TIMINGS");
    return v && std::strcmp(v, "1") == 0;
  }();
  if (!on) return;
  static std::mutex mutex;  // marks come from the thread preparing the model too
  const std::lock_guard<std::mutex> lock(mutex);
  static double last = 0.0;
  const double now = millisecondsSinceStartup();
  std::fprintf(stderr, "myoatlas: %s done at %.0f ms (+%.0f ms)\n", step, now, now - last);
  last = now;
}

namespace {
bool quickExitAllowed = false;
}  // namespace

void allowQuickExit() { quickExitAllowed = true; }

void quickExitIfAllowed(int code) {
  if (!quickExitAllowed) return;
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);
  std::_Exit(code);
}

}  // namespace myoatlas
