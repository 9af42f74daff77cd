#include "publish/progress.h"

#include <chrono>
#include <cmath>

#include "text/number_format.h"

namespace kfl {

Progress::Progress(std::ostream* out, const Catalog& catalog, bool enabled, Clock clock,
                   double interval)
    : out_(out),
      catalog_(catalog),
      enabled_(enabled),
      clock_(std::move(clock)),
      interval_(interval),
      start_(enabled ? clock_() : 0) {}

Progress::Clock Progress::SteadyClock() {
  return [] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
  };
}

std::string Progress::Duration(double seconds, const Catalog& catalog) {
  long s = std::lround(std::max(seconds, 0.0));
  if (s < 60) return catalog.Format("build.seconds", {{"s", std::to_string(s)}});
  if (s < 3600)
    return catalog.Format("build.minutes",
                          {{"min", std::to_string(s / 60)}, {"s", std::to_string(s % 60)}});
  return catalog.Format("build.hours",
                        {{"h", std::to_string(s / 3600)}, {"min", std::to_string(s % 3600 / 60)}});
}

void Progress::Done(long units) {
  long done = done_ += units;
  if (!enabled_) return;
  std::unique_lock lock(mutex_, std::try_to_lock);
  if (!lock.owns_lock()) return;
  double now = clock_();
  if (now - last_ < interval_) return;
  last_ = now;
  Print(done);
}

void Progress::Print(long done) {
  const long total = total_;
  const double elapsed = clock_() - start_;
  const double rate = elapsed > 0 ? done / elapsed : 0;
  const double left = rate > 0 ? (total - done) / rate : 0;
  *out_ << '\r'
        << catalog_.Format("build.progress",
                           {{"done", std::to_string(done)},
                            {"total", std::to_string(total)},
                            {"rate", FormatNumber(rate, 0, NumberStyle::kNorwegian)},
                            {"left", Duration(left, catalog_)}})
        << "\x1b[K" << std::flush;  // clear what a longer previous line left
}

void Progress::Finish() {
  if (!enabled_) return;
  std::lock_guard lock(mutex_);
  Print(done_);
  *out_ << '\n' << std::flush;
}

}  // namespace kfl
