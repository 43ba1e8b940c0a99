#include "support/RunCommand.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/wait.h>
#include <unistd.h>

namespace myoatlas::test {

CommandResult runCommand(const std::string& commandLine) {
  static int counter = 0;
  const auto errPath = std::filesystem::temp_directory_path() /
                       ("myoatlas-stderr-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  CommandResult r;
  FILE* pipe = ::popen((commandLine + " 2>'" + errPath.string() + "' </dev/null").c_str(), "r");
  if (!pipe) return r;
  char buffer[4096];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) r.out.append(buffer, n);
  const int status = ::pclose(pipe);
  r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  std::ifstream err(errPath);
  std::stringstream ss;
  ss << err.rdbuf();
  r.err = ss.str();
  std::filesystem::remove(errPath);
  return r;
}

std::string myoatlas() { return std::string("'") + MYOATLAS_BINARY + "'"; }

}  // namespace myoatlas::test
