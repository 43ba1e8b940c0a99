#pragma once
// One headless EGL context shared by every GL test in the process. Without EGL the tests skip, unless
// MYOATLAS_REQUIRE_GL=1 (set by CI) makes a missing context a failure: CI must really render.
#include <string>

#include <gtest/gtest.h>

#include "core/Image.h"
#include "support/Golden.h"

namespace myoatlas::test {

bool glAvailable(std::string& why);  // creates the context on first use

#define MYOATLAS_REQUIRE_GL_CONTEXT()                                                    \
  do {                                                                                   \
    std::string why_;                                                                    \
    if (!::myoatlas::test::glAvailable(why_)) {                                          \
      if (::myoatlas::test::glRequired()) FAIL() << "OpenGL required but missing: " << why_; \
      GTEST_SKIP() << "no OpenGL: " << why_;                                             \
    }                                                                                    \
  } while (0)

bool glRequired();



}  // namespace myoatlas::test
