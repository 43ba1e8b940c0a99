// The viewer's settings (settings.json): whatever is accepted must be written back in a form that reads
// again to the same thing (FuzzTarget.h).
#include "FuzzTarget.h"
#include "core/settings/ViewerSettings.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return myoatlas::fuzz::roundTripFromJson<myoatlas::ViewerSettings>(data, size);
}
