// A model's landmark sidecar (<model>.landmarks.json).
#include <cmath>

#include "FuzzTarget.h"
#include "io/ModelImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto landmarks = myoatlas::parseLandmarkSidecar(myoatlas::fuzz::text(data, size), "fuzz.landmarks.json");
  if (landmarks)
    for (const auto& landmark : landmarks.value())
      myoatlas::fuzz::require(std::isfinite(landmark.position.x) && std::isfinite(landmark.position.y) &&
                                  std::isfinite(landmark.position.z),
                              "accepted landmarks are finite");
  return 0;
}
