#include "app/StartupClock.h"

#include <ctime>
#include <fstream>
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

}  // namespace myoatlas
