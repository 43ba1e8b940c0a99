#include "render/EglContext.h"

#include <EGL/egl.h>
#include <EGL/eglext.h>

#include "render/GlLoader.h"

namespace myoatlas {
namespace {

struct Platform {
  EGLenum id;
  const char* name;
};

// Surfaceless first (Mesa, no display needed); the device platform is how NVIDIA drivers run headless.
EGLDisplay openDisplay(std::string& platformName, std::string& tried) {
  const auto getPlatformDisplay =
      reinterpret_cast<PFNEGLGETPLATFORMDISPLAYEXTPROC>(eglGetProcAddress("eglGetPlatformDisplayEXT"));
  if (getPlatformDisplay) {
    const Platform platforms[] = {{EGL_PLATFORM_SURFACELESS_MESA, "surfaceless"}};
    for (const auto& p : platforms) {
      EGLDisplay d = getPlatformDisplay(p.id, EGL_DEFAULT_DISPLAY, nullptr);
      EGLint major = 0, minor = 0;
      if (d != EGL_NO_DISPLAY && eglInitialize(d, &major, &minor)) {
        platformName = p.name;
        return d;
      }
      tried += std::string(tried.empty() ? "" : ", ") + p.name;
    }
    const auto queryDevices = reinterpret_cast<PFNEGLQUERYDEVICESEXTPROC>(eglGetProcAddress("eglQueryDevicesEXT"));
    EGLDeviceEXT devices[8];
    EGLint count = 0;
    if (queryDevices && queryDevices(8, devices, &count)) {
      for (EGLint i = 0; i < count; ++i) {
        EGLDisplay d = getPlatformDisplay(EGL_PLATFORM_DEVICE_EXT, devices[i], nullptr);
        EGLint major = 0, minor = 0;
        if (d != EGL_NO_DISPLAY && eglInitialize(d, &major, &minor)) {
          platformName = "device";
          return d;
        }
      }
    }
    tried += std::string(tried.empty() ? "" : ", ") + "device";
  }
  if (!getPlatformDisplay) tried = "none: this EGL lacks eglGetPlatformDisplayEXT";
  return EGL_NO_DISPLAY;
}

}  // namespace

Result<std::unique_ptr<EglContext>> EglContext::create() {
  std::string platform, tried;
  EGLDisplay display = openDisplay(platform, tried);
  if (display == EGL_NO_DISPLAY)
    return Error{"no OpenGL: EGL found no usable display (tried: " + tried +
                 "). Install Mesa (libegl-mesa0, libgl1-mesa-dri) or a GPU driver."};
  std::unique_ptr<EglContext> ctx(new EglContext());
  ctx->display_ = display;

  if (!eglBindAPI(EGL_OPENGL_API)) return Error{"no OpenGL: this EGL cannot bind the desktop OpenGL API"};
  const EGLint configAttribs[] = {EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_NONE};
  EGLConfig config = nullptr;
  EGLint configCount = 0;
  const bool haveConfig = eglChooseConfig(display, configAttribs, &config, 1, &configCount) && configCount > 0;
  const EGLint contextAttribs[] = {EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 3,
                                   EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE};
  EGLContext context = eglCreateContext(display, haveConfig ? config : EGL_NO_CONFIG_KHR, EGL_NO_CONTEXT, contextAttribs);
  if (context == EGL_NO_CONTEXT)
    return Error{"no OpenGL: EGL (" + platform + ") could not create an OpenGL 3.3 core context"};
  ctx->context_ = context;
  if (!eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, context))
    return Error{"no OpenGL: EGL (" + platform + ") could not make a surfaceless context current"};
  auto loaded = loadGlFunctions(reinterpret_cast<GlProcLoader>(eglGetProcAddress));
  if (!loaded) return Error{loaded.error()};
  const GlInfo info = currentGlInfo();
  ctx->description_ = "EGL " + platform + ", " + info.renderer + ", OpenGL " + info.version;
  return ctx;
}

EglContext::~EglContext() {
  if (context_) {
    eglMakeCurrent(display_, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
    eglDestroyContext(display_, context_);
  }
  if (display_) eglTerminate(display_);
}

}  // namespace myoatlas
