// The user's notes (notes.json):
// whatever is accepted must be written back in a form that reads again to the same thing.
#include "FuzzTarget.h"
#include "core/notes/UserNotes.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace myoatlas;
  fuzz::requireRoundTrip(
      fuzz::text(data, size), [](const std::string& text) { return UserNotes::fromJson(text, "fuzz"); },
      [](const UserNotes& read) { return read.toJson(); });
  return 0;
}
