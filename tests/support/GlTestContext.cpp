#include "support/GlTestContext.h"

#include <cstdlib>
#include <memory>

#include "render/EglContext.h"

namespace myoatlas::test {

bool glAvailable(std::string& why) {
  static std::unique_ptr<EglContext> context;
  static std::string failure;
  static bool tried = false;
  if (!tried) {
    tried = true;
    auto created = EglContext::create();
    if (created) context = std::move(created.value());
    else failure = created.error();
  }
  why = failure;
  return context != nullptr;
}

bool glRequired() {
  const char* v = std::getenv("MYOATLAS_REQUIRE_GL");
  return v && std::string(v) == "1";
}

}  // namespace myoatlas::test
