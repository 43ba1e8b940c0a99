#include "io/ChildProcess.h"
#include "io/Progress.h"

#include <chrono>
#include <csignal>
#include <cstring>
#include <thread>
#include <vector>

#include <sys/mman.h>

#include <gtest/gtest.h>

#if defined(__SANITIZE_ADDRESS__)
#define MYOATLAS_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MYOATLAS_TEST_ASAN 1
#endif
#endif

namespace myoatlas {
namespace {

using Kind = ChildFailure::Kind;

ChildFailure failureOf(const std::variant<std::string, ChildFailure>& outcome) {
  EXPECT_TRUE(std::holds_alternative<ChildFailure>(outcome)) << "the child was expected to fail";
  return std::holds_alternative<ChildFailure>(outcome) ? std::get<ChildFailure>(outcome) : ChildFailure{};
}

TEST(ChildProcess, BringsBackEveryByteTheWorkReturns) {
  std::string expected(5 << 20, '\0');  // larger than a pipe's buffer many times over
  for (std::size_t i = 0; i < expected.size(); ++i) expected[i] = char(i * 2654435761u >> 24);
  const auto outcome = runInChild([&] { return expected; }, {});
  ASSERT_TRUE(std::holds_alternative<std::string>(outcome));
  EXPECT_EQ(std::get<std::string>(outcome), expected);
}

TEST(ChildProcess, ACrashIsReportedWithItsSignalAndTheCallerCarriesOn) {
  const ChildFailure segv = failureOf(runInChild([]() -> std::string { std::raise(SIGSEGV); return "unreachable"; }, {}));
  EXPECT_EQ(segv.kind, Kind::Crashed);
  EXPECT_NE(segv.detail.find("SIGSEGV"), std::string::npos) << segv.detail;
  const ChildFailure abort = failureOf(runInChild([]() -> std::string { std::abort(); }, {}));
  EXPECT_EQ(abort.kind, Kind::Crashed);
  EXPECT_NE(abort.detail.find("SIGABRT"), std::string::npos) << abort.detail;
  // The caller is untouched: the next piece of work runs as usual.
  const auto next = runInChild([] { return std::string("still here"); }, {});
  ASSERT_TRUE(std::holds_alternative<std::string>(next));
  EXPECT_EQ(std::get<std::string>(next), "still here");
}

TEST(ChildProcess, AnExceptionComesBackAsItsMessage) {
  const ChildFailure threw = failureOf(runInChild([]() -> std::string { throw std::runtime_error("bad face index 7"); }, {}));
  EXPECT_EQ(threw.kind, Kind::Threw);
  EXPECT_EQ(threw.detail, "bad face index 7");
}

// 64 MiB, touched. AddressSanitizer's allocator dies on a failed allocation instead of throwing, so sanitised
// builds take the memory straight from the kernel and throw as operator new would.
char* grab64MiB() {
  constexpr std::size_t bytes = std::size_t(64) << 20;
#if MYOATLAS_TEST_ASAN
  void* p = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) throw std::bad_alloc();
  char* block = static_cast<char*>(p);
#else
  char* block = new char[bytes];
#endif
  std::memset(block, 1, bytes);
  return block;
}

TEST(ChildProcess, ARunawayAllocationStopsAtTheMemoryAllowance) {
  const auto outcome = runInChild(
      [] {
        std::vector<char*> hoard;
        for (int i = 0; i < 256; ++i) hoard.push_back(grab64MiB());  // 16 GiB if nothing stopped it
        return std::to_string(hoard.size());
      },
      ChildLimits{std::uint64_t(256) << 20, 0.0});
  EXPECT_EQ(failureOf(outcome).kind, Kind::OutOfMemory);
  // Within the allowance the same work completes.
  const auto small = runInChild([] { return std::to_string(grab64MiB()[12345]); }, ChildLimits{std::uint64_t(256) << 20, 0.0});
  ASSERT_TRUE(std::holds_alternative<std::string>(small));
  EXPECT_EQ(std::get<std::string>(small), "1");
}

TEST(ChildProcess, AHangIsStoppedAtTheTimeOut) {
  const auto start = std::chrono::steady_clock::now();
  const auto outcome = runInChild(
      [] {
        std::this_thread::sleep_for(std::chrono::seconds(60));
        return std::string("too late");
      },
      ChildLimits{0, 0.3});
  EXPECT_EQ(failureOf(outcome).kind, Kind::TimedOut);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20)) << "stopped long before the work would end";
}

// A long import shows progress (the window's bar, the terminal's line): while the child works, the parent reports a
// tick every 100 ms to whoever shows it.
TEST(ChildProcess, WaitingOnTheChildReportsProgressTicks) {
  struct Counter : ProgressSink {
    int ticks = 0;
    void begin(const std::string&) override {}
    void step(const std::string&) override {}
    void tick() override { ++ticks; }
    void end() override {}
  } counter;
  ProgressSink* previous = setProgressSink(&counter);
  const auto result = runInChild(
      [] {
        std::this_thread::sleep_for(std::chrono::milliseconds(450));
        return std::string("done");
      },
      {});
  setProgressSink(previous);
  ASSERT_TRUE(std::holds_alternative<std::string>(result));
  EXPECT_GE(counter.ticks, 3) << "about one every 100 ms of the 450";
  EXPECT_LE(counter.ticks, 15) << "not a busy loop";
}

TEST(Progress, TheTerminalLineSaysWhatWhichStepAndHowLong) {
  EXPECT_EQ(progressLine("opening bp3d.glb", "reading the file", 1.25), "myoatlas: opening bp3d.glb: reading the file (1.2 s)");
  EXPECT_EQ(progressLine("opening bp3d.glb", "", 3.0), "myoatlas: opening bp3d.glb (3.0 s)");
}

}  // namespace
}  // namespace myoatlas
