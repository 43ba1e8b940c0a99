#pragma once
// `myoatlas quiz`: a quiz generated for a region, depth, difficulty and seed (the same seed, the same quiz), as
// readable text, as JSON with answers, scenes and pictures for other tools, or as Moodle XML for a learning
// platform (its multiple-choice questions with their pictures embedded).
#include <cstdint>
#include <string>
#include <vector>

#include "app/ModelLoading.h"

namespace myoatlas {

struct QuizOptions {
  std::string lesson;  // a lesson whose steps ask questions: those questions, instead of generated ones
  std::string region;  // id, name or its start; "" the whole body
  int count = 10;
  std::uint64_t seed = 1;
  std::vector<std::string> kinds;  // question kind names; empty: all
  std::string difficulty = "medium";
  std::string depth = "deep";
  bool json = false;
  std::string images;     // folder for each question's picture before and after the answer ("" none)
  std::string moodleXml;  // Moodle XML file to write ("" none)
  int width = 800, height = 600;  // pictures
  ModelOptions model;
};

int runQuiz(const QuizOptions& options);  // the process exit code (0, 1 or 2)

}  // namespace myoatlas
