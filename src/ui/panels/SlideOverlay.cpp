#include "ui/panels/PanelLayout.h"

namespace myoatlas {

using namespace panel;

namespace {

// Wraps `text` into lines no wider than `width` at `size`.
std::vector<std::string> wrap(ImFont* font, float size, const std::string& text, float width) {
  std::vector<std::string> lines;
  std::string line, word;
  std::istringstream words(text);
  while (words >> word) {
    const std::string next = line.empty() ? word : line + " " + word;
    if (!line.empty() && font->CalcTextSizeA(size, FLT_MAX, 0.0f, next.c_str()).x > width) {
      lines.push_back(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

}  // namespace

// A slide's text burned into the image: the title on a band at the top, the caption on a band at the foot,
// and the legend (what is painted, and what solid and dots mean) in the lower left, above the caption.
void SlideOverlay::draw(UiState& state) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImDrawList* draw = ImGui::GetForegroundDrawList();
  const float W = vp->Size.x, H = vp->Size.y, pad = 0.025f * H;
  ImFont* body = state.captionFont ? state.captionFont : ImGui::GetFont();
  ImFont* heading = state.captionTitleFont ? state.captionTitleFont : body;
  const float bodySize = body->FontSize, titleSize = heading->FontSize;
  const ImU32 band = IM_COL32(10, 12, 16, 200), ink = IM_COL32(245, 245, 245, 255);
  if (!title.empty()) {
    const auto lines = wrap(heading, titleSize, title, W - 2.0f * pad);
    const float h = float(lines.size()) * titleSize * 1.15f + 2.0f * pad * 0.6f;
    draw->AddRectFilled(vp->Pos, ImVec2(vp->Pos.x + W, vp->Pos.y + h), band);
    state.panelRects.push_back({{vp->Pos.x, vp->Pos.y}, {vp->Pos.x + W, vp->Pos.y + h}});  // labels keep clear
    float y = vp->Pos.y + pad * 0.6f;
    for (const auto& l : lines) draw->AddText(heading, titleSize, ImVec2(vp->Pos.x + pad, y), ink, l.c_str()), y += titleSize * 1.15f;
  }
  float bottom = vp->Pos.y + H;
  if (!caption.empty()) {
    const auto lines = wrap(body, bodySize, caption, W - 2.0f * pad);
    const float h = float(lines.size()) * bodySize * 1.2f + 2.0f * pad * 0.6f;
    bottom -= h;
    draw->AddRectFilled(ImVec2(vp->Pos.x, bottom), ImVec2(vp->Pos.x + W, vp->Pos.y + H), band);
    state.panelRects.push_back({{vp->Pos.x, bottom}, {vp->Pos.x + W, vp->Pos.y + H}});
    float y = bottom + pad * 0.6f;
    for (const auto& l : lines) draw->AddText(body, bodySize, ImVec2(vp->Pos.x + pad, y), ink, l.c_str()), y += bodySize * 1.2f;
  }
  if (legend && !state.selectionLabels.empty()) {
    const float small = 0.8f * bodySize, line = 1.3f * small, box = 0.8f * small;
    const bool comparing = state.options.compare;
    const ColorMapInfo& map = shownColorMap(state);
    std::vector<std::pair<std::string, std::optional<glm::vec3>>> rows;
    for (std::size_t i = 0; i < state.selectionLabels.size(); ++i)
      rows.emplace_back(state.selectionLabels[i], comparing ? std::optional<glm::vec3>(kComparePalette[i % std::size_t(kCompareColours)])
                                                            : std::nullopt);
    float width = 0.0f;
    for (const auto& r : rows) width = std::max(width, body->CalcTextSizeA(small, FLT_MAX, 0.0f, r.first.c_str()).x);
    width = std::max(width, body->CalcTextSizeA(small, FLT_MAX, 0.0f, "essential zone   spillover zone").x + 2.0f * box);
    const float x = vp->Pos.x + pad, h = line * float(rows.size() + 1) + 0.8f * pad;
    const float y0 = bottom - pad - h;
    draw->AddRectFilled(ImVec2(x - 0.4f * pad, y0), ImVec2(x + width + 1.6f * box + 0.4f * pad, y0 + h), band, 0.3f * pad);
    state.panelRects.push_back({{x - 0.4f * pad, y0}, {x + width + 1.6f * box + 0.4f * pad, y0 + h}});
    float y = y0 + 0.4f * pad;
    for (const auto& [text, colour] : rows) {
      if (colour) drawSwatch(draw, small, ImVec2(x, y), *colour);
      draw->AddText(body, small, ImVec2(colour ? x + 1.6f * box : x, y), ink, text.c_str());
      y += line;
    }
    // Solid and dots, in the map's colours (grey when each pattern has its own colour).
    const glm::vec3 grey(0.75f);
    drawZoneKey(draw, body, small, ImVec2(x, y), comparing ? grey : map.essential, comparing ? grey : map.spillover, ink);
  }
}

}  // namespace myoatlas
