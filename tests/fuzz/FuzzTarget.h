#pragma once
// Shared by the fuzz targets (issue 18). Each target is one LLVMFuzzerTestOneInput; see tests/fuzz/README.md.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace myoatlas::fuzz {

inline std::string text(const std::uint8_t* data, std::size_t size) { return std::string(reinterpret_cast<const char*>(data), size); }

// A property every accepted input must have; its failure is a finding, like a crash (libFuzzer saves the input).
inline void require(bool holds, const char* what) {
  if (holds) return;
  std::fprintf(stderr, "fuzz property broken: %s\n", what);
  std::abort();
}

// What `read` (text -> Result) accepts, `write` must turn into text that `read` accepts again, and reading that
// back changes nothing: a user file the app saves is never one it then refuses (issue 18's settings written as
// "yaw": null).
template <class Read, class Write>
void requireRoundTrip(const std::string& text, Read read, Write write) {
  auto first = read(text);
  if (!first) return;
  const std::string written = write(first.value());
  auto again = read(written);
  require(again.ok(), "what was read is written in a form that reads again");
  if (again) require(write(again.value()) == written, "reading back what was written changes nothing");
}

// The round trip for a user file type with T::fromJson(text, source) and T::toJson().
template <class T>
int roundTripFromJson(const std::uint8_t* data, std::size_t size) {
  requireRoundTrip(
      text(data, size), [](const std::string& t) { return T::fromJson(t, "fuzz"); }, [](const T& read) { return read.toJson(); });
  return 0;
}

// A folder of this process's own, emptied at the start (inputs become files for readers that take paths).
std::string scratchDir(const char* target);

}  // namespace myoatlas::fuzz
