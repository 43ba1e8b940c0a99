#include "ui/panels/PanelLayout.h"

#include <imgui_internal.h>  // ImRect

namespace myoatlas {

using namespace panel;

namespace {

// The split view: a divider, and where each pane sees the body from, as high in the pane as the panels leave
// room for.
void paneTitles(const UiState& state) {
  if (state.splitX <= 0.0f) return;
  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float x = vp->Pos.x + state.splitX, top = vp->WorkPos.y, s = state.options.uiScale;
  draw->AddLine(ImVec2(x, top), ImVec2(x, vp->Pos.y + vp->Size.y), IM_COL32(255, 255, 255, 60), 2.0f);
  for (int pane = 0; pane < 2; ++pane) {
    const char* text = state.paneViews[pane].c_str();
    const ImVec2 size = ImGui::CalcTextSize(text);
    const float centre = vp->Pos.x + (pane == 0 ? 0.5f : 1.5f) * state.splitX;
    for (float y = top + 8.0f * s; y + size.y < vp->Pos.y + vp->Size.y; y += size.y) {
      const ImRect r(ImVec2(centre - 0.5f * size.x - 6.0f * s, y - 3.0f * s), ImVec2(centre + 0.5f * size.x + 6.0f * s, y + size.y + 3.0f * s));
      bool clear = true;
      for (const auto& p : state.panelRects) clear = clear && !ImRect(p.min.x, p.min.y, p.max.x, p.max.y).Overlaps(r);
      if (!clear) continue;
      draw->AddRectFilled(r.Min, r.Max, IM_COL32(10, 12, 16, 170), 4.0f * s);
      draw->AddText(ImVec2(centre - 0.5f * size.x, y), IM_COL32(235, 235, 235, 235), text);
      break;
    }
  }
}

}  // namespace

void LabelsOverlay::draw(UiState& state) {
  paneTitles(state);
  if (state.labels.empty() || state.namesHidden()) return;
  ImDrawList* draw = ImGui::GetBackgroundDrawList();  // over the body, under the panels
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  // Presenting, labels take the caption's large font (and everything about them grows with it): the back row
  // reads them.
  const bool presenting = state.presentation && state.presentation->active() && state.captionFont;
  ImFont* font = presenting ? state.captionFont : ImGui::GetFont();
  const float fontSize = presenting ? state.captionFont->FontSize : ImGui::GetFontSize();
  const float s = presenting ? fontSize / 17.0f : state.options.uiScale, midX = vp->WorkPos.x + vp->WorkSize.x * 0.5f;
  const float reach = 150.0f * s, lineHeight = fontSize + ImGui::GetStyle().ItemSpacing.y + 6.0f * s;
  const float leftEdge = vp->WorkPos.x + 8.0f * s, rightEdge = vp->WorkPos.x + vp->WorkSize.x - 8.0f * s;
  const float top = vp->WorkPos.y + 4.0f * s, bottom = vp->WorkPos.y + vp->WorkSize.y - 4.0f * s;
  const ImU32 ink = IM_COL32(255, 255, 255, 235), shade = IM_COL32(10, 12, 16, 200);
  // Labels keep clear of every panel open this frame (drawn last, so all panels have their place by now).
  std::vector<ImRect> taken;
  for (const auto& r : state.panelRects) taken.emplace_back(r.min.x, r.min.y, r.max.x, r.max.y);
  const auto isClear = [&](const ImRect& r) {
    if (r.Min.y < top || r.Max.y > bottom) return false;
    for (const auto& t : taken)
      if (t.Overlaps(r)) return false;
    return true;
  };
  // Each label goes beside the body, on its anchor's side or the other, at the height nearest its anchor that is
  // free of panels and of the labels already placed; the leader line joins it to the anchor.
  std::vector<const UiState::Label*> order;
  for (const auto& l : state.labels) order.push_back(&l);
  std::sort(order.begin(), order.end(), [](auto* a, auto* b) { return a->anchor.y < b->anchor.y; });
  for (const auto* l : order) {
    const ImVec2 text = font->CalcTextSizeA(fontSize, FLT_MAX, 0.0f, l->text.c_str());
    const float margin = 4.0f * s, ideal = l->anchor.y - 24.0f * s;
    // Candidates: either side, at full, medium or short reach; the cheapest is the one nearest the ideal
    // height, with a small price for a shorter reach (a label over the body) and for the far side.
    std::optional<ImRect> best;
    bool bestRight = false;
    float bestCost = 0.0f;
    const bool preferRight = l->anchor.x >= midX;
    for (bool right : {preferRight, !preferRight})
      for (float f : {1.0f, 0.6f, 0.25f}) {
        float x = right ? l->anchor.x + reach * f : l->anchor.x - reach * f - text.x;
        x = std::max(std::min(x, rightEdge - text.x - margin), leftEdge + margin);
        for (int step = 0; step < 200; ++step) {  // outwards from the ideal height: 0, -1/2, +1/2, -1, +1 lines...
          const float y = ideal + float((step + 1) / 2) * lineHeight * (step % 2 ? -0.5f : 0.5f);
          const ImRect r(ImVec2(x - margin, y - margin), ImVec2(x + text.x + margin, y + text.y + margin));
          if (!isClear(r)) continue;
          const float cost = std::abs(y - ideal) + (1.0f - f) * reach * 0.4f + (right != preferRight ? 20.0f * s : 0.0f);
          if (!best || cost < bestCost) best = r, bestRight = right, bestCost = cost;
          break;
        }
      }
    if (!best) continue;  // no room anywhere: better no label than one over a panel
    taken.push_back(*best);
    const ImVec2 a(l->anchor.x, l->anchor.y);
    const ImVec2 elbow(bestRight ? best->Min.x : best->Max.x, (best->Min.y + best->Max.y) * 0.5f);
    draw->AddLine(a, elbow, shade, 4.0f * s);
    draw->AddLine(a, elbow, ink, 1.6f * s);
    draw->AddCircleFilled(a, 5.0f * s, shade);  // ringed in dark, so the point reads on pale skin too
    draw->AddCircleFilled(a, 3.5f * s, ink);
    draw->AddRectFilled(best->Min, best->Max, shade, 4.0f * s);
    draw->AddText(font, fontSize, ImVec2(best->Min.x + margin, best->Min.y + margin), ink, l->text.c_str());
  }
}

}  // namespace myoatlas
