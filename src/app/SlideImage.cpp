#include "app/SlideImage.h"

#include <memory>

#include "app/OverlayPass.h"
#include "core/MeshBuilder.h"
#include "render/Snapshot.h"
#include "ui/Panels.h"

namespace myoatlas {

Result<HeadlessGl> startHeadlessGl() {
  auto context = EglContext::create();
  if (!context) return Error{context.error()};
  auto renderer = SceneRenderer::create();  // needs the context current
  if (!renderer) return Error{renderer.error()};
  return HeadlessGl{std::move(context.value()), std::move(renderer.value())};
}

void warmUpRenderer(SceneRenderer& renderer, int width, int height) {
  // An opaque body inside a see-through one (the x-ray skin, and an imported model's envelope skin), so the
  // blended variant is compiled too.
  auto standIn = std::make_shared<Model>();
  standIn->meshes.push_back(makeEllipsoid("body", glm::vec3(0.0f, 1.0f, 0.0f), glm::vec3(0.15f, 0.7f, 0.08f), 16, 8));
  standIn->meshes.push_back(makeEllipsoid("skin", glm::vec3(0.0f, 1.0f, 0.0f), glm::vec3(0.2f, 0.8f, 0.1f), 16, 8));
  standIn->meshes.back().tissue = TissueKind::Skin;
  renderer.setModel(standIn);
  renderer.setMeshStyles({MeshStyle{}, MeshStyle{true, 0.3f, false, 0.0f}});
  // At the picture's own size, and the target kept for it: creating, first touching and first resolving a
  // supersampled 1600x2000 target is about 40 ms of BodyParts3D's first picture on llvmpipe, done here instead.
  (void)renderToImage(renderer, OrbitCamera(), width, height, std::nullopt, {}, true);  // the picture proper reports failures
  renderer.setMeshStyles({});
  renderer.setModel(nullptr);
}

Result<Image> renderSessionImage(Session& session, SceneRenderer& renderer, int width, int height, const SlideText& text) {
  const glm::ivec2 kept = session.viewport();
  session.setViewport(width, height);  // labels are projected for the image
  const SceneFrame frame = session.frame();
  renderer.apply(frame);
  renderer.setTransparentBackground(text.transparent);
  std::unique_ptr<OverlayPass> overlay;
  SlideOverlay slide{text.title, text.caption, text.legend};
  LabelsOverlay labels;
  if (text.any()) {
    auto pass = OverlayPass::create(width, height, text.textScale);
    if (!pass) {
      session.setViewport(kept.x, kept.y);
      return Error{pass.error()};
    }
    overlay = std::move(pass.value());
    UiState& ui = overlay->state();
    ui.options = viewOptions(session.state(), ui.options);
    ui.selectionLabels = frame.legend;
    if (text.labels)
      for (const auto& l : frame.labels) ui.labels.push_back({l.text, l.anchor});
  }
  const auto drawOverlay = [&] {
    overlay->draw([&](UiState& ui) {
      slide.draw(ui);
      labels.draw(ui);  // last: it keeps clear of the slide's bands
    });
  };
  auto image = renderToImage(renderer, session.camera(), width, height,
                             session.state().split ? std::optional<OrbitCamera>(session.paneCamera(1)) : std::nullopt,
                             overlay ? std::function<void()>(drawOverlay) : std::function<void()>());
  renderer.setTransparentBackground(false);
  session.setViewport(kept.x, kept.y);
  return image;
}

}  // namespace myoatlas
