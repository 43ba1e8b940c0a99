#include "ui/panels/PanelLayout.h"

namespace myoatlas {

using namespace panel;

namespace {

// Draws one block of markdown at the cursor, wrapping words at `right`; bold runs in the title font's colour.
void drawBlock(ImDrawList* draw, ImFont* font, float size, const TextBlock& block, float left, float right, float& y,
               ImU32 ink, ImU32 strong) {
  const float space = font->CalcTextSizeA(size, FLT_MAX, 0.0f, " ").x;
  float x = left;
  if (block.bullet) {
    draw->AddCircleFilled(ImVec2(left + 0.35f * size, y + 0.55f * size), 0.16f * size, ink);
    x = left += 1.1f * size;
  }
  for (const auto& run : block.runs) {
    std::size_t at = 0;
    while (at < run.text.size()) {
      std::size_t end = run.text.find(' ', at);
      if (end == std::string::npos) end = run.text.size();
      const std::string word = run.text.substr(at, end - at);
      at = end + 1;
      if (word.empty()) continue;
      const float w = font->CalcTextSizeA(size, FLT_MAX, 0.0f, word.c_str()).x;
      if (x > left && x + w > right) x = left, y += size * 1.25f;
      draw->AddText(font, size, ImVec2(x, y), run.bold ? strong : ink, word.c_str());
      if (run.bold) draw->AddText(font, size, ImVec2(x + 1.0f, y), strong, word.c_str());  // heavier
      x += w + space;
    }
  }
  y += size * 1.25f;
}

}  // namespace

void PresentationOverlay::draw(UiState& state) {
  if (!state.presentation || !state.presentation->active() || !state.lesson) return;
  const Presentation& p = *state.presentation;
  if (p.step() >= state.lesson->steps.size()) return;
  const LessonStep& step = state.lesson->steps[p.step()];
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImDrawList* draw = ImGui::GetForegroundDrawList();
  const float W = vp->Size.x, H = vp->Size.y;
  ImFont* body = state.captionFont ? state.captionFont : ImGui::GetFont();
  ImFont* heading = state.captionTitleFont ? state.captionTitleFont : body;
  const float bodySize = body->FontSize, titleSize = heading->FontSize;

  // The caption column on the right: the step's title and text, large enough for the back of a classroom.
  const float x0 = vp->Pos.x + W * (1.0f - state.captionFraction), pad = 0.03f * H;
  draw->AddRectFilled(ImVec2(x0, vp->Pos.y), ImVec2(vp->Pos.x + W, vp->Pos.y + H), IM_COL32(12, 14, 20, 235));
  state.panelRects.push_back({{x0, vp->Pos.y}, {vp->Pos.x + W, vp->Pos.y + H}});  // the labels keep clear of it
  draw->AddLine(ImVec2(x0, vp->Pos.y), ImVec2(x0, vp->Pos.y + H), IM_COL32(255, 200, 80, 255), 0.004f * H);
  const ImU32 ink = IM_COL32(245, 245, 245, 255), strong = IM_COL32(255, 206, 90, 255);
  const float left = x0 + pad, right = vp->Pos.x + W - pad;
  float y = vp->Pos.y + pad;
  drawBlock(draw, heading, titleSize, {false, {{step.title, false}}}, left, right, y, strong, strong);
  y += 0.4f * bodySize;
  for (const auto& block : parseMarkdown(step.text)) {
    drawBlock(draw, body, bodySize, block, left, right, y, ink, strong);
    y += 0.35f * bodySize;
  }
  // Where we are, and how to move on, at the foot of the column.
  const std::string counter = std::to_string(p.step() + 1) + " / " + std::to_string(p.steps());
  const float small = 0.7f * bodySize;
  draw->AddText(body, small, ImVec2(left, vp->Pos.y + H - pad - small), IM_COL32(200, 200, 200, 255),
                (counter + "     \xE2\x86\x92 next   \xE2\x86\x90 back   Esc leave" + (p.penOn() ? "   pen on (D)" : "")).c_str());

  // The pen's strokes, over the body.
  const ImU32 pen = IM_COL32(255, 220, 40, 255);
  for (const auto& stroke : p.strokes()) {
    std::vector<ImVec2> points;
    for (const auto& q : stroke) points.emplace_back(vp->Pos.x + q.x * W, vp->Pos.y + q.y * H);
    if (points.size() == 1) draw->AddCircleFilled(points[0], 0.004f * H, pen);
    else draw->AddPolyline(points.data(), int(points.size()), pen, 0, 0.007f * H);
  }
  // The pointer: a large red dot the back row can follow, in place of the arrow.
  const ImVec2 m = ImGui::GetIO().MousePos;
  if (m.x >= vp->Pos.x && m.x < x0 && m.y >= vp->Pos.y && m.y < vp->Pos.y + H) {
    const float r = 0.011f * H;
    draw->AddCircleFilled(m, r * 1.8f, IM_COL32(255, 40, 30, 60));
    draw->AddCircleFilled(m, r, p.penOn() ? pen : IM_COL32(255, 40, 30, 230));
  }
}

}  // namespace myoatlas
