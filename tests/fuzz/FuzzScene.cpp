// A scene file (*.myoscene.json): whatever is accepted must be written back in a form that reads
// again to the same thing (FuzzTarget.h).
#include "FuzzTarget.h"
#include "core/session/ViewState.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return myoatlas::fuzz::roundTripFromJson<myoatlas::SceneFile>(data, size);
}
