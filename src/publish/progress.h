// Progress: "units done / total, rate, time left" on one terminal line,
// rewritten in place (\r) at most every `interval` seconds, and a final line
// when Finish() is called. Silent when disabled (stderr is not a terminal,
// or --quiet): then nothing is ever written.
//
//   Progress progress(&std::cerr, catalog, isatty(2) && !quiet);
//   progress.AddWork(pages.size());
//   ParallelFor(..., [&](size_t i) { ...; progress.Done(); });
//   progress.Finish();
//
// The text is the catalog's "build.progress" with {done}, {total}, {rate}
// (units per second) and {left} (time left, "1 min 20 s").
//
// Thread rules: AddWork() and Done() may be called from any thread; a
// thread that finds another one printing skips its turn. The clock comes in
// as a function (seconds since any fixed point) so tests can fake it.
#pragma once

#include <atomic>
#include <functional>
#include <mutex>
#include <ostream>
#include <string>

#include "text/catalog.h"

namespace kfl {

class Progress {
 public:
  using Clock = std::function<double()>;
  Progress(std::ostream* out, const Catalog& catalog, bool enabled, Clock clock = SteadyClock(),
           double interval = 0.1);
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void AddWork(long units) { total_ += units; }
  void Done(long units = 1);
  // Prints the last state and ends the line (when anything was printed).
  void Finish();

  bool enabled() const { return enabled_; }
  static Clock SteadyClock();

  // "42 s", "3 min 5 s", "1 t 2 min" (the catalog's units).
  static std::string Duration(double seconds, const Catalog& catalog);

 private:
  void Print(long done);

  std::ostream* out_;
  const Catalog& catalog_;
  bool enabled_;
  Clock clock_;
  double interval_;
  double start_;
  std::atomic<long> total_{0};
  std::atomic<long> done_{0};
  std::mutex mutex_;  // guards out_ and last_
  double last_ = -1e300;
};

}  // namespace kfl
