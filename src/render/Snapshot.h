#pragma once
// Renders the scene into an offscreen image of any size: headless renders, tests and high-resolution
// screenshots from the viewer all go through here so they show exactly what the window shows.
#include <functional>
#include <optional>

#include "core/Camera.h"
#include "core/Image.h"
#include "core/Result.h"
#include "render/SceneRenderer.h"

namespace myoatlas {

// The camera's viewport is set to the image size for the duration of the call. With a `second` camera the image
// is the split view: `camera` in the left half, `second` in the right.
// `overlay`, when given, draws over the scene before the image is read (text burned into the picture).
// The target is the renderer's kept one when it has one of this size (SceneRenderer::keepPictureTarget), else a
// new one; with `keepTarget` the renderer keeps it afterwards for the next picture of this size.
Result<Image> renderToImage(SceneRenderer& renderer, OrbitCamera camera, int width, int height,
                            std::optional<OrbitCamera> second = std::nullopt, const std::function<void()>& overlay = {},
                            bool keepTarget = false);

// Reads the window's default framebuffer (what was just drawn, interface included), top row first.
Image readDefaultFramebuffer(int width, int height);

}  // namespace myoatlas
