// Text burned into images: the overlay pass draws with its own ImGui context, also while the window's context is
// current (a screenshot taken from the viewer), and hands the window's context back untouched.
#include "app/OverlayPass.h"

#include <gtest/gtest.h>
#include <imgui.h>

#include "render/OffscreenTarget.h"
#include "support/GlTestContext.h"
#include "ui/Panels.h"

namespace myoatlas {
namespace {

TEST(OverlayPass, DrawsItsTextWhileTheWindowsContextIsCurrent) {
  MYOATLAS_REQUIRE_GL_CONTEXT();
  ImGuiContext* window = ImGui::CreateContext();  // stands for the viewer's own
  ImGui::SetCurrentContext(window);
  {
    auto target = OffscreenTarget::create(320, 200);
    ASSERT_TRUE(target.ok()) << target.error();
    target->bind();
    auto pass = OverlayPass::create(320, 200);
    ASSERT_TRUE(pass.ok()) << pass.error();
    EXPECT_EQ(ImGui::GetCurrentContext(), window) << "the window's context stays current";
    SlideOverlay slide{"Piriformis", "", false};
    pass.value()->draw([&](UiState& ui) { slide.draw(ui); });
    EXPECT_EQ(ImGui::GetCurrentContext(), window);
    const Image img = target->read();
    int bright = 0;
    for (int y = 0; y < 30; ++y)
      for (int x = 0; x < 320; ++x) bright += img.at(x, y).r > 200 ? 1 : 0;
    EXPECT_GT(bright, 40) << "the title's letters on its band";
  }
  ImGui::DestroyContext(window);
}

}  // namespace
}  // namespace myoatlas
