#include "ui/panels/PanelLayout.h"

namespace myoatlas {

using namespace panel;

void FrameTimeOverlay::draw(UiState& state) {
  if (!state.showFrameTime) return;
  if (beginPinned("Frame time", state, ImVec2(1.0f, 0.0f), 0.6f)) {
    const FrameStats& s = state.frameStats;
    const double mean = s.mean();
    ImGui::Text("%.1f fps  %.2f ms (mean)", mean > 0.0 ? 1000.0 / mean : 0.0, mean);
    ImGui::Text("p95 %.2f ms  max %.2f ms", s.percentile(95.0), s.max());
    float plot[FrameStats::kWindow];
    const std::size_t n = s.copyOrdered(plot, FrameStats::kWindow);
    ImGui::PlotLines("##frames", plot, int(n), 0, nullptr, 0.0f, float(std::max(33.3, s.max())),
                     ImVec2(220.0f * state.options.uiScale, 40.0f * state.options.uiScale));
    ImGui::TextDisabled("%s", state.glDescription.c_str());
  }
  endPanel(state);
}

}  // namespace myoatlas
