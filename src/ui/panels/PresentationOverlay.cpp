#include "ui/panels/PanelLayout.h"

namespace myoatlas {

using namespace panel;

namespace {

// Draws one block of markdown from (left, y), wrapping words at `right`, and moves y below it; bold runs in the
// `strong` colour. A null `draw` only measures.
void drawBlock(ImDrawList* draw, ImFont* font, float size, const TextBlock& block, float left, float right, float& y,
               ImU32 ink, ImU32 strong) {
  const float space = font->CalcTextSizeA(size, FLT_MAX, 0.0f, " ").x;
  float x = left;
  // Words are laid out one by one so that bold runs can sit inside a wrapped paragraph.
  if (block.bullet) {
    if (draw) draw->AddCircleFilled(ImVec2(left + 0.35f * size, y + 0.55f * size), 0.16f * size, ink);
    x = left += 1.1f * size;
  }
  for (const TextWord& word : wordsOf(block.runs)) {
    if (word.spaceBefore && x > left) x += space;
    const float w = font->CalcTextSizeA(size, FLT_MAX, 0.0f, word.text.c_str()).x;
    if (x > left && x + w > right) x = left, y += size * 1.25f;
    if (draw) draw->AddText(font, size, ImVec2(x, y), word.bold ? strong : ink, word.text.c_str());
    if (draw && word.bold) draw->AddText(font, size, ImVec2(x + 1.0f, y), strong, word.text.c_str());  // heavier
    x += w;
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
  draw->AddRectFilled(ImVec2(x0, vp->Pos.y), ImVec2(vp->Pos.x + W, vp->Pos.y + H), IM_COL32(12, 14, 20, 255));  // opaque: the body behind it must not show through
  state.panelRects.push_back({{x0, vp->Pos.y}, {vp->Pos.x + W, vp->Pos.y + H}});  // the labels keep clear of it
  draw->AddLine(ImVec2(x0, vp->Pos.y), ImVec2(x0, vp->Pos.y + H), IM_COL32(255, 200, 80, 255), 0.004f * H);
  const ImU32 ink = IM_COL32(245, 245, 245, 255), strong = IM_COL32(255, 206, 90, 255);
  const float left = x0 + pad, right = vp->Pos.x + W - pad;
  const std::size_t compared = state.options.compare ? std::min(state.selectionLabels.size(), std::size_t(kCompareColours)) : 0;
  // The legend and the step counter below.
  const float footTop = vp->Pos.y + H - pad - (3.6f + 1.2f * float(compared)) * 0.72f * bodySize;
  // The title and text at the largest size that fits above the foot (long captions shrink rather than overlap).
  // A step that asks a question (the lesson's own, in class mode): the question and its choices under the text,
  // and once the teacher reveals it (Next), the answer and why.
  std::string text = step.text;
  const Question* asked = state.quiz.question();
  if (asked) {
    text += "\n\n**Question.** " + asked->prompt;
    if (!asked->choices.empty()) text += "\n";
    for (std::size_t c = 0; c < asked->choices.size(); ++c) {  // once revealed, the right ones in bold and ticked
      const std::string line = std::string(1, char('a' + c)) + ") " + asked->choices[c].label;
      text += "\n- " + (state.quiz.revealed && asked->choices[c].fraction > 0 ? "**" + line + "  \xE2\x86\x90 yes**" : line);
    }
    if (state.quiz.revealed) text += "\n\n**Answer.** " + asked->answer + "\n\n" + asked->explanation;
  }
  const auto layout = [&](ImDrawList* to, float scale) {
    float y = vp->Pos.y + pad;
    drawBlock(to, heading, titleSize * scale, {false, {{step.title, false}}}, left, right, y, strong, strong);
    y += 0.4f * bodySize * scale;
    for (const auto& block : parseMarkdown(text)) {
      drawBlock(to, body, bodySize * scale, block, left, right, y, ink, strong);
      y += 0.35f * bodySize * scale;
    }
    return y;
  };
  float scale = 1.0f;
  while (scale > 0.6f && layout(nullptr, scale) > footTop) scale -= 0.05f;
  layout(draw, scale);
  // At the foot of the column: what the colours mean and where the body is seen from, then where we are.
  const float small = 0.72f * bodySize, foot = vp->Pos.y + H - pad;
  const ImU32 quiet = IM_COL32(205, 205, 205, 255);
  float fy = foot - 3.4f * small;
  if (state.options.compare && !state.selectionLabels.empty()) {  // one colour per trigger point: name them
    const std::size_t n = std::min(state.selectionLabels.size(), std::size_t(kCompareColours));
    fy -= float(n) * 1.2f * small;
    for (std::size_t i = 0; i < n; ++i, fy += 1.2f * small) {
      drawSwatch(draw, small, ImVec2(left, fy), kComparePalette[i]);
      draw->AddText(body, small, ImVec2(left + 1.3f * small, fy), quiet, state.selectionLabels[i].c_str());
    }
    fy -= 1.2f * small;
  }
  if (!state.paintedSides.empty() && !state.options.compare) {
    const ColorMapInfo& map = shownColorMap(state);
    drawZoneKey(draw, body, small, ImVec2(left, fy), map.essential, map.spillover, quiet);
  }
  fy += 1.2f * small;
  std::string where = "Seen from " + state.viewedFrom;
  if (!state.paintedSides.empty()) where += ", patterns on " + state.paintedSides;
  draw->AddText(body, small, ImVec2(left, fy), quiet, where.c_str());
  const std::string counter = std::to_string(p.step() + 1) + " / " + std::to_string(p.steps());
  draw->AddText(body, small, ImVec2(left, foot - small), IM_COL32(160, 160, 160, 255),
                (counter + (asked && !state.quiz.revealed ? "     \xE2\x86\x92 answer" : "     \xE2\x86\x92 next") +
                 "   \xE2\x86\x90 back   Esc leave" + (p.penOn() ? "   pen on (D)" : "")).c_str());

  // The pen's strokes, over the body.
  const ImU32 pen = IM_COL32(255, 220, 40, 255);
  for (const auto& stroke : p.strokes()) {
    std::vector<ImVec2> points;
    for (const auto& q : stroke) points.emplace_back(vp->Pos.x + q.x * W, vp->Pos.y + q.y * H);
    if (points.size() == 1) draw->AddCircleFilled(points[0], 0.004f * H, pen);
    else draw->AddPolyline(points.data(), int(points.size()), pen, 0, 0.007f * H);
  }
  // The pointer: a large dot the back row can follow, in place of the arrow.
  const ImVec2 m = ImGui::GetIO().MousePos;
  if (m.x >= vp->Pos.x && m.x < x0 && m.y >= vp->Pos.y && m.y < vp->Pos.y + H) {
    // Green, ringed in black: never mistaken for a red pain zone or a trigger-point marker.
    const float r = 0.011f * H;
    const ImU32 dot = p.penOn() ? pen : IM_COL32(40, 255, 90, 240);
    draw->AddCircleFilled(m, r * 1.9f, IM_COL32(40, 255, 90, 55));
    draw->AddCircleFilled(m, r * 1.15f, IM_COL32(0, 0, 0, 200));
    draw->AddCircleFilled(m, r, dot);
  }
}

}  // namespace myoatlas
