#pragma once
// The manual page (roff), written from the command line's own definition (app/CommandLine.cpp): every option and
// subcommand --help lists, with the same words, so the two cannot disagree. Built with the project
// (`myoatlas --man-page`, src/app/CMakeLists.txt) and installed as myoatlas(1).
#include <string>

namespace CLI {
class App;
}

namespace myoatlas {

std::string manPage(const CLI::App& app);

}  // namespace myoatlas
