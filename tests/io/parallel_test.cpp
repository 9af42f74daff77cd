#include "io/parallel.h"

#include <atomic>
#include <vector>

#include <gtest/gtest.h>

namespace kfl {
namespace {

TEST(ParallelForTest, CallsEveryIndexExactlyOnce) {
  for (int jobs : {0, 1, 2, 4}) {
    for (size_t n : {0u, 1u, 7u, 1000u}) {
      std::vector<std::atomic<int>> calls(n);
      ParallelFor(n, jobs, [&](size_t i) { calls[i]++; });
      for (size_t i = 0; i < n; ++i)
        EXPECT_EQ(calls[i].load(), 1) << "jobs " << jobs << " n " << n << " index " << i;
    }
  }
}

}  // namespace
}  // namespace kfl
