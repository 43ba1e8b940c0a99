#pragma once
// Parses the command line (CLI11) and runs the chosen subcommand. Exit codes: 0 success, 1 runtime failure,
// 2 bad usage or bad input; errors go to stderr and name the argument or file at fault.
namespace myoatlas {
int runCommandLine(int argc, char** argv);
}  // namespace myoatlas
