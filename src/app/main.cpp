// myoatlas: the one executable. See app/CommandLine.cpp for the subcommands.
#include <exception>
#include <iostream>

#include "app/CommandLine.h"
#include "app/StartupClock.h"
#include "io/Progress.h"

int main(int argc, char** argv) {
  try {
    myoatlas::allowQuickExit();
    static myoatlas::TerminalProgress terminal;  // a model that takes a while to open says so on a terminal
    myoatlas::setProgressSink(&terminal);
    return myoatlas::runCommandLine(argc, argv);
  } catch (const std::exception& e) {
    // Last line of defence: a bug must still end with a message and a failure code, never a bare abort.
    std::cerr << "myoatlas: internal error: " << e.what() << "\n";
    return 1;
  }
}
