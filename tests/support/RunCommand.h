#pragma once
// Runs a shell command line and captures its exit code, standard output and standard error (test code only).
#include <string>

namespace myoatlas::test {

struct CommandResult {
  int exitCode = -1;
  std::string out;
  std::string err;
};

CommandResult runCommand(const std::string& commandLine);

inline bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The myoatlas binary under test, quoted for the shell.
std::string myoatlas();

}  // namespace myoatlas::test
