#pragma once
// Printable handouts as plain data: what a PDF writer lays out (io/PdfWriter). A lesson handout has, per step,
// the picture, the title, the teacher's text and, for each trigger point shown, where it is, where it refers,
// self-release with its dose, the stretch, cautions and sources; a client handout turns a pain drawing or a
// scene into the likely sources with self-care for each. Both end with when to see a professional. No GL: the
// pictures are rendered by the host and put in `image`.
#include <string>
#include <vector>

#include "core/Image.h"
#include "core/atlas/Atlas.h"
#include "core/lesson/Lesson.h"
#include "core/lesson/Markdown.h"
#include "core/pain/PainFinder.h"

namespace myoatlas {

struct HandoutField {
  std::string label;  // "Where", "Refers to", "Self-release"...
  std::string text;
  bool caution = false;  // printed to stand out
};

struct HandoutTriggerPoint {
  std::string name;  // "Upper trapezius TrP1 (right)"
  std::vector<HandoutField> fields;
};

struct HandoutSection {
  std::string title;
  std::vector<TextBlock> text;  // the teacher's text, or an introduction
  Image image;                  // empty: no picture
  std::string imageCaption;
  std::vector<HandoutTriggerPoint> triggerPoints;
};

struct HandoutDoc {
  std::string title, subtitle;
  std::vector<std::string> contents;  // the sections' titles, listed on the first page (lessons)
  std::vector<HandoutSection> sections;
  std::vector<std::string> redFlags;  // "When to see a professional"
  bool redFlagsFirst = false;         // before the sections (client handouts), else at the end
  std::vector<std::string> sources;   // full citations, numbered in order
  std::string disclaimer;
};

// The trigger point as a handout prints it: where, referral, self-release (tool, position, pressure, hold,
// repetitions), stretch, cautions, and its sources (numbered into doc.sources).
HandoutTriggerPoint handoutTriggerPoint(const Atlas& atlas, const TriggerPoint& trp, Side side, HandoutDoc& doc);

// A lesson's handout; images are left empty for the host to render, one per step in order.
HandoutDoc lessonHandout(const Lesson& lesson, const Atlas& atlas);
// A client's handout from the pain finder's answer for a drawing or a point (at most `top` muscles, each with
// its best trigger point); `where` names what was asked ("your pain drawing (Low back)").
HandoutDoc clientHandout(const std::vector<MuscleSources>& answer, const std::string& where, const Atlas& atlas,
                         std::size_t top = 5);

}  // namespace myoatlas
