#include "app/Fonts.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

#include <imgui.h>

#include "ui/UiState.h"

namespace myoatlas {

namespace {
constexpr const char* kFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
constexpr const char* kBoldFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
}  // namespace

void loadFonts(ImFontAtlas& atlas, float interfacePixels, int pictureHeight, UiState& ui) {
  atlas.Clear();
  ui.captionFont = ui.captionTitleFont = nullptr;
  if (!std::filesystem::exists(kFontPath)) {
    ImFontConfig config;
    config.SizePixels = interfacePixels;  // ImGui's built-in font, scaled: readable though less crisp than DejaVu Sans
    atlas.AddFontDefault(&config);
    return;
  }
  // Latin text, arrows, the bullet and the square used in the heatmap legend.
  static const ImWchar ranges[] = {0x0020, 0x00FF, 0x2022, 0x2022, 0x2190, 0x2193, 0x25A0, 0x25A0, 0};
  atlas.AddFontFromFileTTF(kFontPath, interfacePixels, nullptr, ranges);
  // Captions the back row of a classroom reads: about a 34th of the picture's height.
  const float caption = std::max(14.0f, std::round(float(pictureHeight) / 34.0f));
  ui.captionFont = atlas.AddFontFromFileTTF(kFontPath, caption, nullptr, ranges);
  const char* bold = std::filesystem::exists(kBoldFontPath) ? kBoldFontPath : kFontPath;
  ui.captionTitleFont = atlas.AddFontFromFileTTF(bold, std::round(caption * 1.4f), nullptr, ranges);
}

}  // namespace myoatlas
