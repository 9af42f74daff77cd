#include "synth/random.h"

#include <gtest/gtest.h>

#include <cmath>
#include <set>

namespace kfl::synth {
namespace {

TEST(RandomTest, SameSeedSameSequence) {
  Random a(42), b(42), c(43);
  bool differs = false;
  for (int i = 0; i < 100; ++i) {
    const uint64_t x = a.Next();
    EXPECT_EQ(x, b.Next()) << i;
    differs = differs || x != c.Next();
  }
  EXPECT_TRUE(differs);
}

TEST(RandomTest, StreamsDependOnEveryPartOfThePath) {
  std::set<uint64_t> seeds;
  for (uint64_t seed : {1, 2})
    for (uint64_t a = 0; a < 10; ++a)
      for (uint64_t b = 0; b < 10; ++b) seeds.insert(StreamSeed(seed, {a, b}));
  EXPECT_EQ(seeds.size(), 200u);
  EXPECT_NE(StreamSeed(1, {1, 2}), StreamSeed(1, {2, 1}));
  EXPECT_NE(StreamSeed(1, {0}), StreamSeed(1, {0, 0}));
}

TEST(RandomTest, UniformAndBelowStayInRange) {
  Random rng(1);
  double sum = 0;
  for (int i = 0; i < 100000; ++i) {
    const double u = rng.Uniform();
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
    sum += u;
    ASSERT_LT(rng.Below(7), 7u);
  }
  EXPECT_NEAR(sum / 100000, 0.5, 0.005);
}

TEST(RandomTest, NormalHasMeanZeroAndUnitVariance) {
  Random rng(3);
  const int n = 200000;
  double sum = 0, sq = 0, tail = 0;
  for (int i = 0; i < n; ++i) {
    const double z = rng.Normal();
    sum += z;
    sq += z * z;
    tail += z > 1.96;
  }
  EXPECT_NEAR(sum / n, 0.0, 0.01);
  EXPECT_NEAR(sq / n, 1.0, 0.01);
  EXPECT_NEAR(tail / n, 0.025, 0.002);
}

// Pinned values: the generator's output on every machine depends on these.
TEST(RandomTest, SequenceIsPinned) {
  Random rng(StreamSeed(1, {2, 3}));
  const uint64_t first = rng.Next();
  Random again(StreamSeed(1, {2, 3}));
  EXPECT_EQ(again.Next(), first);
  EXPECT_EQ(Mix64(0), 0xe220a8397b1dcdafULL);
}

}  // namespace
}  // namespace kfl::synth
