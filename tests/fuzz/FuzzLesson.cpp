// A lesson file (*.myolesson.json): whatever is accepted must be written back in a form that reads again.
#include "FuzzTarget.h"
#include "core/lesson/Lesson.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace myoatlas;
  fuzz::requireRoundTrip(
      fuzz::text(data, size), [](const std::string& text) { return parseLesson(text, "fuzz"); },
      [](const LessonLoad& read) { return read.lesson.toJson(); });
  return 0;
}
