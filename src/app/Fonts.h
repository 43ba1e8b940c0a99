#pragma once
// The interface's fonts, for the window and for images rendered with text on them: DejaVu Sans from
// fonts-dejavu-core (ImGui's built-in font when it is missing), at the interface's size, and the large caption
// and title fonts of presentations and slides.
struct ImFontAtlas;

namespace myoatlas {

struct UiState;

// Clears `atlas` and loads the interface font at `interfacePixels` (the first, ImGui's default) and the caption
// and title fonts sized for a picture `pictureHeight` pixels tall, setting ui.captionFont / captionTitleFont.
void loadFonts(ImFontAtlas& atlas, float interfacePixels, int pictureHeight, UiState& ui);

}  // namespace myoatlas
