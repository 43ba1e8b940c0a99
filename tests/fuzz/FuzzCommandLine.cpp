// The command line: the input is the arguments, one per line (the program name is added), parsed and checked as
// `myoatlas` does before it runs anything (CommandLineMode::ParseOnly: nothing is drawn or written). Help and
// usage text go to a sink.
#include <iostream>
#include <sstream>
#include <vector>

#include "FuzzTarget.h"
#include "app/CommandLine.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace myoatlas;
  std::vector<std::string> args{"myoatlas"};
  std::istringstream lines(fuzz::text(data, size));
  for (std::string line; std::getline(lines, line) && args.size() < 64;) args.push_back(line);
  std::vector<char*> argv;
  for (auto& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  std::ostringstream sink;
  auto* out = std::cout.rdbuf(sink.rdbuf());
  auto* err = std::cerr.rdbuf(sink.rdbuf());
  const int status = runCommandLine(int(args.size()), argv.data(), CommandLineMode::ParseOnly);
  std::cout.rdbuf(out);
  std::cerr.rdbuf(err);
  fuzz::require(status == 0 || status == 2, "a parse ends in success (or help) or a usage error");
  return 0;
}
