#pragma once
// What a long step is doing, for whoever shows it. Loading a model reports its steps ("reading the file", "fitting
// our body to it") and, while it waits on Assimp's child process, a tick about ten times a second; the command
// line shows them on a terminal and the viewer in its window, once a load has taken a second (issue 17: a
// progress indication for models that take over a second). Calls come from the thread doing the work.
#include <string>

namespace myoatlas {

class ProgressSink {
 public:
  virtual ~ProgressSink() = default;
  virtual void begin(const std::string& what) = 0;  // "opening bp3d.glb"
  virtual void step(const std::string& what) = 0;   // "reading the file"
  virtual void tick() = 0;                          // still at it
  virtual void end() = 0;                           // done, or failed (the caller says which)
};

// The sink that hears the reports (null: none, the default); the previous one is returned.
ProgressSink* setProgressSink(ProgressSink* sink);

// Reports to the current sink, if any.
void progressBegin(const std::string& what);
void progressStep(const std::string& what);
void progressTick();
void progressEnd();

// begin() on construction, end() on destruction.
class ProgressScope {
 public:
  explicit ProgressScope(const std::string& what) { progressBegin(what); }
  ~ProgressScope() { progressEnd(); }
  ProgressScope(const ProgressScope&) = delete;
  ProgressScope& operator=(const ProgressScope&) = delete;
};

// The line a terminal shows after `seconds` of a load: "myoatlas: opening x.glb: reading the file (1.4 s)".
std::string progressLine(const std::string& what, const std::string& step, double seconds);

// Shows progress on standard error when it is a terminal, from a second into a load, rewriting one line.
class TerminalProgress : public ProgressSink {
 public:
  void begin(const std::string& what) override;
  void step(const std::string& what) override;
  void tick() override;
  void end() override;

 private:
  void show();
  std::string what_, step_;
  double started_ = 0.0;
  bool shown_ = false;
};

// Seconds on a steady clock (for the sinks' "after a second").
double progressClockSeconds();

inline constexpr double kProgressAfterSeconds = 1.0;

}  // namespace myoatlas
