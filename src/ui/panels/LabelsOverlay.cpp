#include "ui/panels/PanelLayout.h"

#include <imgui_internal.h>  // ImRect

namespace myoatlas {

using namespace panel;

void LabelsOverlay::draw(UiState& state) {
  if (state.labels.empty()) return;
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
    draw->AddCircleFilled(a, 3.5f * s, ink);
    draw->AddRectFilled(best->Min, best->Max, shade, 4.0f * s);
    draw->AddText(font, fontSize, ImVec2(best->Min.x + margin, best->Min.y + margin), ink, l->text.c_str());
  }
}

}  // namespace myoatlas
