#pragma once
// Parses the command line (CLI11) and runs the chosen subcommand. Exit codes: 0 success, 1 runtime failure,
// 2 bad usage or bad input; errors go to stderr and name the argument or file at fault.
#include <string>
#include <vector>

#include "core/Result.h"
#include "core/settings/Options.h"

namespace CLI {
class App;
}

namespace myoatlas {
// ParseOnly stops after the arguments are parsed and checked, returning 0 (or the exit status of --help, --version
// or a usage error, as a run would): the command-line fuzz target's mode, which must not draw or write anything.
enum class CommandLineMode { Run, ParseOnly };
int runCommandLine(int argc, char** argv, CommandLineMode mode = CommandLineMode::Run);
// Adds the option table's flags to a command.
void addOptionTable(CLI::App& command, AppOptions& options, bool render);
// The option table's flags alone parsed from `args` (for the round-trip test); the error is CLI11's message.
Result<AppOptions> parseOptionFlags(const std::vector<std::string>& args, bool render);
}  // namespace myoatlas
