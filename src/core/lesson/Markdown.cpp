#include "core/lesson/Markdown.h"

#include <sstream>

namespace myoatlas {
namespace {

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

// "a **b** c" -> runs; an unmatched ** is kept as text.
std::vector<TextRun> runsOf(const std::string& text) {
  std::vector<TextRun> runs;
  std::size_t at = 0;
  while (at < text.size()) {
    const auto open = text.find("**", at);
    const auto close = open == std::string::npos ? std::string::npos : text.find("**", open + 2);
    if (close == std::string::npos) {
      runs.push_back({text.substr(at), false});
      break;
    }
    if (open > at) runs.push_back({text.substr(at, open - at), false});
    if (close > open + 2) runs.push_back({text.substr(open + 2, close - open - 2), true});
    at = close + 2;
  }
  return runs;
}

}  // namespace

std::vector<TextBlock> parseMarkdown(const std::string& text) {
  std::vector<TextBlock> blocks;
  std::string paragraph;
  bool bullet = false;
  const auto flush = [&] {
    if (!paragraph.empty()) blocks.push_back({bullet, runsOf(paragraph)});
    paragraph.clear();
    bullet = false;
  };
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    const std::string t = trim(line);
    if (t.empty()) {
      flush();
      continue;
    }
    if (t.size() > 2 && (t[0] == '-' || t[0] == '*') && t[1] == ' ') {  // a bullet starts its own block
      flush();
      bullet = true;
      paragraph = trim(t.substr(2));
      continue;
    }
    paragraph += (paragraph.empty() ? "" : " ") + t;
  }
  flush();
  return blocks;
}

std::vector<TextWord> wordsOf(const std::vector<TextRun>& runs) {
  std::vector<TextWord> words;
  TextWord current;
  bool space = false;  // a space since the last word
  const auto flush = [&] {
    if (current.text.empty()) return;
    current.spaceBefore = current.spaceBefore && !words.empty();
    words.push_back(current);
    current = TextWord{};
  };
  for (const auto& run : runs) {
    flush();  // a run ends a word; what follows without a space is joined to it
    for (char c : run.text) {
      if (c == ' ') {
        flush();
        space = true;
        continue;
      }
      if (current.text.empty()) current.spaceBefore = space, current.bold = run.bold, space = false;
      current.text += c;
    }
  }
  flush();
  return words;
}

std::string plainText(const TextBlock& block) {
  std::string out;
  for (const auto& r : block.runs) out += r.text;
  return out;
}

}  // namespace myoatlas
