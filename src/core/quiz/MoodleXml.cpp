#include "core/quiz/MoodleXml.h"

#include <cmath>
#include <cstdio>

namespace myoatlas {
namespace {

std::string escaped(const std::string& text) {  // for XML and HTML text
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// HTML inside CDATA: a "]]>" in it would end the section early, so it is split across two sections.
std::string cdata(const std::string& html) {
  std::string out = "<![CDATA[";
  std::size_t from = 0;
  for (std::size_t at; (at = html.find("]]>", from)) != std::string::npos; from = at + 2) out += html.substr(from, at + 2 - from) + "]]><![CDATA[";
  return out + html.substr(from) + "]]>";
}

std::string textElement(const char* tag, const std::string& html, const std::string& extra = "") {
  return std::string("<") + tag + " format=\"html\">\n      <text>" + cdata(html) + "</text>" + extra + "\n    </" + tag + ">";
}

}  // namespace

std::string base64(const std::string& bytes) {
  static const char* kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    const std::uint32_t a = std::uint8_t(bytes[i]), b = i + 1 < bytes.size() ? std::uint8_t(bytes[i + 1]) : 0u,
                        c = i + 2 < bytes.size() ? std::uint8_t(bytes[i + 2]) : 0u;
    const std::uint32_t n = (a << 16) | (b << 8) | c;
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += i + 1 < bytes.size() ? kAlphabet[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? kAlphabet[n & 63] : '=';
  }
  return out;
}

std::string moodlePercent(double fraction) {
  char text[32];
  std::snprintf(text, sizeof text, "%.5f", fraction * 100.0);
  std::string s = text;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s == "-0" ? "0" : s;
}

std::string moodleXml(const Quiz& quiz, const Atlas& atlas, const std::vector<MoodleImage>& images, const std::string& category) {
  std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- " + escaped(quiz.title) + ", made by Myoatlas -->\n<quiz>\n";
  x += "  <question type=\"category\">\n    <category>\n      <text>" + escaped("$course$/top/" + category) +
       "</text>\n    </category>\n  </question>\n";
  for (std::size_t i = 0; i < quiz.questions.size(); ++i) {
    const Question& q = quiz.questions[i];
    if (!isMultipleChoice(q.kind)) continue;
    char number[8];
    std::snprintf(number, sizeof number, "%02zu", i + 1);
    std::string html = "<p>" + escaped(q.prompt) + "</p>";
    std::string file;
    if (i < images.size() && !images[i].png.empty()) {
      const MoodleImage& image = images[i];
      html += "<p><img src=\"@@PLUGINFILE@@/" + escaped(image.name) + "\" alt=\"The body as the question shows it\" width=\"" +
              std::to_string(image.width) + "\" height=\"" + std::to_string(image.height) + "\"></p>";
      file = "\n      <file name=\"" + escaped(image.name) + "\" path=\"/\" encoding=\"base64\">" + base64(image.png) + "</file>";
    }
    std::string feedback = "<p>" + escaped(q.explanation) + "</p>";
    for (const auto& s : q.sources) feedback += "<p>Source: " + escaped(sourceCitation(atlas, s)) + "</p>";
    x += "  <question type=\"multichoice\">\n";
    x += "    <name>\n      <text>" + escaped(std::string("Q") + number + " " + questionKindName(q.kind) + ": " + q.prompt) + "</text>\n    </name>\n";
    x += "    " + textElement("questiontext", html, file) + "\n";
    x += "    " + textElement("generalfeedback", feedback) + "\n";
    x += "    <defaultgrade>1</defaultgrade>\n    <penalty>0.3333333</penalty>\n    <hidden>0</hidden>\n";
    x += std::string("    <single>") + (q.single ? "true" : "false") + "</single>\n";
    x += "    <shuffleanswers>true</shuffleanswers>\n    <answernumbering>abc</answernumbering>\n";
    x += "    " + textElement("correctfeedback", "<p>Correct.</p>") + "\n";
    x += "    " + textElement("partiallycorrectfeedback", "<p>Partly correct.</p>") + "\n";
    x += "    " + textElement("incorrectfeedback", "<p>Not quite.</p>") + "\n";
    if (!q.single) x += "    <shownumcorrect/>\n";
    for (const auto& c : q.choices) {
      const std::string why = c.fraction > 0 ? (q.single ? "Correct." : c.essential ? "Correct: the area lies in its essential zone."
                                                                                    : "Correct: the area lies in its spillover zone.")
                                             : c.why.empty() ? std::string("Not this one.") : "No: " + c.why + ".";
      x += "    <answer fraction=\"" + moodlePercent(c.fraction) + "\" format=\"html\">\n      <text>" + cdata(escaped(c.label)) +
           "</text>\n      <feedback format=\"html\">\n        <text>" + cdata("<p>" + escaped(why) + "</p>") + "</text>\n      </feedback>\n    </answer>\n";
    }
    x += "  </question>\n";
  }
  return x + "</quiz>\n";
}

}  // namespace myoatlas
