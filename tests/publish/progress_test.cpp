#include "publish/progress.h"

#include <gtest/gtest.h>

#include <sstream>

namespace kfl {
namespace {

Catalog TestCatalog() {
  return Catalog({{"build.progress", "{done}/{total} {rate}/s {left}"},
                  {"build.seconds", "{s} s"},
                  {"build.minutes", "{min} min {s} s"},
                  {"build.hours", "{h} t {min} min"}});
}

TEST(ProgressTest, PrintsDoneTotalRateAndTimeLeftAtMostEveryInterval) {
  std::ostringstream out;
  double now = 0;
  Catalog catalog = TestCatalog();
  Progress progress(
      &out, catalog, true, [&] { return now; }, 1.0);
  progress.AddWork(100);
  now = 2;
  progress.Done(10);  // 10 in 2 s: 5/s, 90 left: 18 s
  EXPECT_EQ(out.str(), "\r10/100 5/s 18 s\x1b[K");
  now = 2.5;
  progress.Done(10);  // within the interval: nothing
  EXPECT_EQ(out.str(), "\r10/100 5/s 18 s\x1b[K");
  now = 4;
  progress.Done(20);  // 40 in 4 s: 10/s, 60 left: 6 s
  progress.Finish();
  EXPECT_EQ(out.str(), "\r10/100 5/s 18 s\x1b[K\r40/100 10/s 6 s\x1b[K\r40/100 10/s 6 s\x1b[K\n");
}

TEST(ProgressTest, DisabledWritesNothing) {
  std::ostringstream out;
  Catalog catalog = TestCatalog();
  Progress progress(&out, catalog, false);
  progress.AddWork(3);
  progress.Done(3);
  progress.Finish();
  EXPECT_EQ(out.str(), "");
}

TEST(ProgressTest, DurationsInSecondsMinutesAndHours) {
  Catalog catalog = TestCatalog();
  EXPECT_EQ(Progress::Duration(42.4, catalog), "42 s");
  EXPECT_EQ(Progress::Duration(185, catalog), "3 min 5 s");
  EXPECT_EQ(Progress::Duration(3720, catalog), "1 t 2 min");
  EXPECT_EQ(Progress::Duration(-1, catalog), "0 s");
}

}  // namespace
}  // namespace kfl
