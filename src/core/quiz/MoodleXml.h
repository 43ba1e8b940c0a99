#pragma once
// A quiz's multiple-choice questions as Moodle XML, the question format most school learning platforms import
// (Moodle, and others that read it): each question with its picture embedded (base64, referred to as
// @@PLUGINFILE@@), its choices with Moodle's grade fractions, and the explanation and sources as general feedback.
// Kinds that need the body (clicking, painting) are left out; the caller says so.
#include <string>
#include <vector>

#include "core/quiz/Quiz.h"

namespace myoatlas {

struct MoodleImage {
  std::string name;  // file name inside the question, "q01.png"
  std::string png;   // the file's bytes ("" no picture)
  int width = 0, height = 0;
};

// `images[i]` belongs to quiz.questions[i] (missing or empty: no picture). The questions go into the category
// `category` (shown as a folder in Moodle's question bank).
std::string moodleXml(const Quiz& quiz, const Atlas& atlas, const std::vector<MoodleImage>& images, const std::string& category);

std::string base64(const std::string& bytes);
// 33.33333 for a third, -25 for minus a quarter, 100: how Moodle writes answer fractions (percent).
std::string moodlePercent(double fraction);

}  // namespace myoatlas
