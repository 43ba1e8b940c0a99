#pragma once
// The simple markdown of a lesson step's text, for the caption bar, the Lesson panel and handouts: paragraphs
// separated by blank lines, "- " (or "* ") bullets, and **bold** runs. Nothing else is markup.
#include <string>
#include <vector>

namespace myoatlas {

struct TextRun {
  std::string text;
  bool bold = false;
};

struct TextBlock {
  bool bullet = false;
  std::vector<TextRun> runs;  // lines of one paragraph are joined with a space
};

std::vector<TextBlock> parseMarkdown(const std::string& text);
std::string plainText(const TextBlock& block);  // the runs without markup

// A block's words for laying out, each with whether a space comes before it ("**TrP4**," is two words, the
// comma joined to TrP4): the caption bar and the PDF wrap text the same way.
struct TextWord {
  std::string text;
  bool bold = false;
  bool spaceBefore = false;
};
std::vector<TextWord> wordsOf(const std::vector<TextRun>& runs);

}  // namespace myoatlas
