// The user's notes (notes.json): whatever is accepted must be written back in a form that reads
// again to the same thing (FuzzTarget.h).
#include "FuzzTarget.h"
#include "core/notes/UserNotes.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return myoatlas::fuzz::roundTripFromJson<myoatlas::UserNotes>(data, size);
}
