#pragma once
// The session's frame as an image of any size, with text burned in by the viewer's own overlays: what `render`,
// handouts and the viewer's screenshots share, so they show the same picture.
#include <memory>
#include <string>

#include "core/Image.h"
#include "core/Result.h"
#include "core/session/Session.h"
#include "render/EglContext.h"
#include "render/SceneRenderer.h"

namespace myoatlas {

struct SlideText {
  std::string title, caption;
  bool legend = false;       // what is painted, and what solid and dots mean
  bool labels = false;       // leader-line labels and a lesson step's pinned labels
  bool transparent = false;  // no background
  float textScale = 1.0f;    // labels and legend larger than the window's (print: a page is read from further)
  bool any() const { return legend || labels || !title.empty() || !caption.empty(); }
};

// A headless OpenGL context (EGL) with the scene renderer on it: what `render` and `handout` draw with.
struct HeadlessGl {
  std::unique_ptr<EglContext> context;
  std::unique_ptr<SceneRenderer> renderer;
};
Result<HeadlessGl> startHeadlessGl();

// Draws a small stand-in body once, opaque inside see-through, at the picture's size, so that a software rasteriser
// compiles the shaders' variants and the picture's target is made before the model is ready (start-up, while
// another thread reads the model); the renderer keeps that target for the picture.
void warmUpRenderer(SceneRenderer& renderer, int width, int height);

// Draws the session's frame at the image's size (its viewport is set to it for the call, then put back) and
// applies that frame to the renderer. Needs a current GL context.
Result<Image> renderSessionImage(Session& session, SceneRenderer& renderer, int width, int height, const SlideText& text);

}  // namespace myoatlas
