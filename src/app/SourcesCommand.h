#pragma once
// `myoatlas sources`: the pain finder from the command line ("it hurts here: which trigger points?").
#include <optional>
#include <string>

#include <glm/glm.hpp>

#include "app/ModelLoading.h"

namespace myoatlas {

struct SourcesOptions {
  std::optional<std::string> area;     // a pain area id or name
  std::optional<glm::vec3> point;      // metres, model space
  bool listAreas = false;
  bool audit = false;                  // check the pain guides against the painted patterns on the model
  std::string side = "right";
  ModelOptions model;
  int top = 0;  // muscles to print; 0: all of them
  bool json = false;
};

int runSources(const SourcesOptions& options);

}  // namespace myoatlas
