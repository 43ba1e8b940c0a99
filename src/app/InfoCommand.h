#pragma once
// `myoatlas info`: what a model file holds once imported (meshes, size, units and up axis decided, skeleton).
#include "app/ModelLoading.h"

namespace myoatlas {

struct InfoOptions {
  ModelOptions model;
  bool json = false;
};

int runInfo(const InfoOptions& options);  // returns the process exit code

}  // namespace myoatlas
