#include "io/ChildProcess.h"

#include "io/Progress.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fstream>
#include <new>
#include <string_view>

#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace myoatlas {
namespace {

constexpr int kExitOutOfMemory = 86;  // the child's exit status when an allocation failed
constexpr char kTagBytes = 'B';       // the message ends with this when the work returned
constexpr char kTagThrew = 'E';       // ... and with this when it threw (the message is the exception's)

bool writeAll(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data.remove_prefix(std::size_t(n));
  }
  return true;
}

std::uint64_t dataBytes() {  // statm's sixth field: the private writable memory (data and stack), in pages
  std::ifstream statm("/proc/self/statm");
  std::uint64_t field[6] = {};
  for (auto& f : field) statm >> f;
  return field[5] * std::uint64_t(::sysconf(_SC_PAGESIZE));
}

[[noreturn]] void childMain(int fd, const std::function<std::string()>& work, const ChildLimits& limits) {
  // A crash ends the child with its signal, whatever handlers the app (or a sanitizer) installed.
  for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) std::signal(sig, SIG_DFL);
  // RLIMIT_DATA (private writable memory: the heap and anonymous mappings, which is what a library allocates)
  // rather than RLIMIT_AS, which would also count the app's file mappings and the address space GL drivers and
  // AddressSanitizer reserve without using.
  if (limits.extraMemoryBytes > 0) {
    const rlim_t cap = rlim_t(dataBytes() + limits.extraMemoryBytes);
    const rlimit limit{cap, cap};
    ::setrlimit(RLIMIT_DATA, &limit);
  }
  // A failed allocation ends the child at once with a status of its own: the library it happened in might
  // otherwise catch std::bad_alloc and report something vaguer, or carry on with a null pointer.
  std::set_new_handler([] { ::_exit(kExitOutOfMemory); });
  std::string message;
  try {
    message = work();  // the tag goes last: dropping it is free, where a leading one meant copying the whole model
    message += kTagBytes;
  } catch (const std::bad_alloc&) {
    ::_exit(kExitOutOfMemory);
  } catch (const std::exception& e) {
    message = std::string(e.what()) + kTagThrew;
  } catch (...) {
    message = std::string("an unknown exception") + kTagThrew;
  }
  ::_exit(writeAll(fd, message) ? 0 : 1);
}

std::string signalName(int sig) {
  const char* abbrev = ::sigabbrev_np(sig);
  const char* description = ::strsignal(sig);
  std::string name = abbrev ? "SIG" + std::string(abbrev) : "signal " + std::to_string(sig);
  if (description) name += ", " + std::string(description);
  return name;
}

}  // namespace

std::variant<std::string, ChildFailure> runInChild(const std::function<std::string()>& work, const ChildLimits& limits) {
  constexpr int kTickMs = 100;
  using Kind = ChildFailure::Kind;
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) return ChildFailure{Kind::CouldNotStart, std::strerror(errno)};
  const pid_t pid = ::fork();
  if (pid < 0) {
    const int err = errno;
    ::close(fds[0]);
    ::close(fds[1]);
    return ChildFailure{Kind::CouldNotStart, std::strerror(err)};
  }
  if (pid == 0) {
    ::close(fds[0]);
    childMain(fds[1], work, limits);
  }
  ::close(fds[1]);

  using Clock = std::chrono::steady_clock;
  const auto deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                           std::chrono::duration<double>(limits.timeoutSeconds));
  std::string message;
  bool timedOut = false;
  char buffer[1 << 16];
  for (;;) {
    int waitMs = -1;
    if (limits.timeoutSeconds > 0.0) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
      if (left <= 0) {
        timedOut = true;
        break;
      }
      waitMs = int(std::min<long long>(left, kTickMs));
    } else {
      waitMs = kTickMs;
    }
    pollfd p{fds[0], POLLIN, 0};
    const int ready = ::poll(&p, 1, waitMs);
    if (ready < 0 && errno == EINTR) continue;
    if (ready == 0) {  // the deadline is checked above; whoever shows progress hears that the work goes on
      progressTick();
      continue;
    }
    const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;  // end of the child's output (or a broken pipe: the status says why)
    message.append(buffer, std::size_t(n));
  }
  ::close(fds[0]);
  if (timedOut) ::kill(pid, SIGKILL);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }

  if (timedOut) return ChildFailure{Kind::TimedOut, ""};
  if (WIFSIGNALED(status)) return ChildFailure{Kind::Crashed, signalName(WTERMSIG(status))};
  const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  if (code == kExitOutOfMemory) return ChildFailure{Kind::OutOfMemory, ""};
  if (code != 0 || message.empty()) return ChildFailure{Kind::Crashed, "it exited with status " + std::to_string(code)};
  const char tag = message.back();
  message.pop_back();
  if (tag == kTagThrew) return ChildFailure{Kind::Threw, message};
  return message;
}

}  // namespace myoatlas
