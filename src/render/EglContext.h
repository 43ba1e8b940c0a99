#pragma once
// The headless host: an OpenGL 3.3+ core context with no window and no display, through EGL's surfaceless
// platform (Mesa llvmpipe on machines without a GPU), or the device platform on GPU machines.
#include <memory>
#include <string>

#include "core/Result.h"

namespace myoatlas {

class EglContext {
 public:
  // Creates the context, makes it current on this thread and loads the GL functions. Fails with a message
  // that says what was tried when there is no usable EGL or OpenGL.
  static Result<std::unique_ptr<EglContext>> create();
  ~EglContext();
  EglContext(const EglContext&) = delete;
  EglContext& operator=(const EglContext&) = delete;

  const std::string& description() const { return description_; }  // platform, renderer and version

 private:
  EglContext() = default;
  void* display_ = nullptr;
  void* context_ = nullptr;
  std::string description_;
};

}  // namespace myoatlas
