#include "io/PdfWriter.h"

#include <cairo-pdf.h>
#include <cairo.h>

#include <algorithm>
#include <cstring>
#include <memory>

#include "io/AtomicFile.h"

namespace myoatlas {
namespace {

class Layout;
void redFlags(Layout& l, const std::vector<std::string>& flags);

constexpr double kMargin = 50.0;      // points
constexpr double kBody = 10.5, kSmall = 8.5, kHeading = 15.0, kTitle = 22.0;
constexpr const char* kFace = "DejaVu Sans";

cairo_status_t appendToString(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// A cursor down the page that starts a new page when the next line does not fit.
class Layout {
 public:
  Layout(cairo_t* cr, double width, double height) : cr_(cr), width_(width), height_(height), y_(kMargin) {}
  double textWidth() const { return width_ - 2.0 * kMargin; }

  void font(double size, bool bold) {
    cairo_select_font_face(cr_, kFace, CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr_, size);
  }
  void colour(double r, double g, double b) { cairo_set_source_rgb(cr_, r, g, b); }
  void space(double points) { y_ += points; }
  void ensure(double points) {
    if (y_ + points > height_ - kMargin) newPage();
  }
  void newPage() {
    cairo_show_page(cr_);
    y_ = kMargin;
  }

  // Runs of text (bold or not) wrapped word by word from `indent`; a `bullet` draws a dot before the first line.
  void paragraph(const std::vector<TextRun>& runs, double size, double indent = 0.0, bool bullet = false) {
    const double line = size * 1.35, left = kMargin + indent + (bullet ? size : 0.0), right = width_ - kMargin;
    ensure(line);
    if (bullet) {
      cairo_new_path(cr_);  // else the arc joins the end of the last text with a line
      cairo_arc(cr_, kMargin + indent + size * 0.35, y_ + size * 0.62, size * 0.16, 0.0, 6.2832);
      cairo_fill(cr_);
    }
    double x = left;
    for (const TextWord& word : wordsOf(runs)) {
      font(size, word.bold);
      cairo_text_extents_t space, e;
      cairo_text_extents(cr_, " ", &space);
      cairo_text_extents(cr_, word.text.c_str(), &e);
      if (word.spaceBefore && x > left) x += space.x_advance;
      if (x > left && x + e.x_advance > right) {
        x = left;
        y_ += line;
        ensure(line);
      }
      cairo_move_to(cr_, x, y_ + size);
      cairo_show_text(cr_, word.text.c_str());
      x += e.x_advance;
    }
    y_ += line;
  }
  void text(const std::string& s, double size, bool bold = false, double indent = 0.0) {
    paragraph({{s, bold}}, size, indent);
  }
  void image(const Image& img) {
    if (img.width <= 0 || img.height <= 0) return;
    const double scale = std::min(textWidth() / img.width, (height_ - 2.0 * kMargin) * 0.55 / img.height);
    const double w = img.width * scale, h = img.height * scale;
    ensure(h + 6.0);
    // cairo wants premultiplied BGRA in native-endian 32-bit words.
    const int stride = cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, img.width);
    std::vector<unsigned char> pixels(std::size_t(stride) * std::size_t(img.height));
    for (int y = 0; y < img.height; ++y)
      for (int x = 0; x < img.width; ++x) {
        const glm::u8vec4 p = img.at(x, y);
        const std::uint32_t a = p.a, word = (a << 24) | ((p.r * a / 255) << 16) | ((p.g * a / 255) << 8) | (p.b * a / 255);
        std::memcpy(&pixels[std::size_t(y) * std::size_t(stride) + std::size_t(x) * 4], &word, 4);
      }
    cairo_surface_t* surface = cairo_image_surface_create_for_data(pixels.data(), CAIRO_FORMAT_ARGB32, img.width, img.height, stride);
    cairo_save(cr_);
    cairo_translate(cr_, kMargin + (textWidth() - w) / 2.0, y_);
    cairo_scale(cr_, scale, scale);
    cairo_set_source_surface(cr_, surface, 0.0, 0.0);
    cairo_paint(cr_);
    cairo_restore(cr_);
    cairo_surface_finish(surface);  // the PDF takes its copy now, before `pixels` goes
    cairo_surface_destroy(surface);
    y_ += h + 6.0;
  }
  void rule() {
    cairo_set_line_width(cr_, 0.6);
    cairo_move_to(cr_, kMargin, y_);
    cairo_line_to(cr_, width_ - kMargin, y_);
    cairo_stroke(cr_);
    y_ += 6.0;
  }

 private:
  cairo_t* cr_;
  double width_, height_, y_;
};

void triggerPoint(Layout& l, const HandoutTriggerPoint& t) {
  l.ensure(4.0 * kBody);
  l.colour(0.05, 0.05, 0.05);
  l.text(t.name, kBody + 1.0, true);
  for (const auto& f : t.fields) {
    if (f.caution) l.colour(0.65, 0.25, 0.0);  // cautions stand out
    else l.colour(0.1, 0.1, 0.1);
    l.paragraph({{f.label + ": ", true}, {f.text, false}}, kBody, 8.0);
  }
  l.colour(0.0, 0.0, 0.0);
  l.space(4.0);
}

void redFlags(Layout& l, const std::vector<std::string>& flags) {
  if (flags.empty()) return;
  l.space(10.0);
  l.ensure(6.0 * kBody);
  l.colour(0.65, 0.1, 0.05);
  l.text("When to see a professional", kHeading, true);
  l.colour(0.0, 0.0, 0.0);
  for (const auto& r : flags) l.paragraph({{r, false}}, kBody, 0.0, true);
}

}  // namespace

std::optional<Paper> parsePaper(const std::string& name) {
  if (name == "a4" || name == "A4") return Paper::A4;
  if (name == "letter") return Paper::Letter;
  return std::nullopt;
}

Result<std::string> handoutPdf(const HandoutDoc& doc, Paper paper) {
  const double width = paper == Paper::A4 ? 595.28 : 612.0, height = paper == Paper::A4 ? 841.89 : 792.0;
  std::string bytes;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(appendToString, &bytes, width, height);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, doc.title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Myoatlas");
  cairo_t* cr = cairo_create(surface);
  Layout l(cr, width, height);
  l.colour(0.0, 0.0, 0.0);
  l.text(doc.title, kTitle, true);
  if (!doc.subtitle.empty()) l.text(doc.subtitle, kBody + 1.5);
  l.space(6.0);
  if (!doc.contents.empty()) {
    l.text("Contents", kHeading, true);
    for (const auto& c : doc.contents) l.text(c, kBody, false, 8.0);
  }
  if (!doc.disclaimer.empty()) {
    l.space(4.0);
    l.colour(0.35, 0.35, 0.35);
    l.text(doc.disclaimer, kSmall);
    l.colour(0.0, 0.0, 0.0);
  }
  if (doc.redFlagsFirst) redFlags(l, doc.redFlags);
  for (std::size_t i = 0; i < doc.sections.size(); ++i) {
    const HandoutSection& s = doc.sections[i];
    if (!doc.contents.empty()) l.newPage();  // lessons: a page per step
    else l.space(10.0);
    l.text(s.title, kHeading, true);
    l.image(s.image);
    if (!s.imageCaption.empty()) {
      l.colour(0.35, 0.35, 0.35);
      l.text(s.imageCaption, kSmall);
      l.colour(0.0, 0.0, 0.0);
    }
    for (const auto& block : s.text) l.paragraph(block.runs, kBody, 0.0, block.bullet), l.space(2.0);
    if (!s.triggerPoints.empty()) {
      l.space(4.0);
      l.rule();
      for (const auto& t : s.triggerPoints) triggerPoint(l, t);
    }
  }
  if (!doc.redFlagsFirst) redFlags(l, doc.redFlags);
  if (!doc.sources.empty()) {
    l.space(10.0);
    l.text("Sources", kHeading, true);
    for (std::size_t i = 0; i < doc.sources.size(); ++i) {
      std::string line(1, '[');  // (not "[" + ...: GCC 12 warns falsely of overlapping copies)
      line += std::to_string(i + 1);
      line += "] ";
      line += doc.sources[i];
      l.text(line, kSmall);
    }
  }
  cairo_show_page(cr);
  const cairo_status_t status = cairo_status(cr);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const cairo_status_t finished = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS || finished != CAIRO_STATUS_SUCCESS)
    return Error{std::string("the PDF could not be made: ") + cairo_status_to_string(status != CAIRO_STATUS_SUCCESS ? status : finished)};
  return bytes;
}

Result<Ok> writeHandoutPdf(const std::string& path, const HandoutDoc& doc, Paper paper) {
  auto bytes = handoutPdf(doc, paper);
  if (!bytes) return Error{"handout '" + path + "': " + bytes.error()};
  return writeFileAtomically(path, bytes.value());
}

}  // namespace myoatlas
