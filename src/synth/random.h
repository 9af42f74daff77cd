// Random: the generator's only source of randomness. xoshiro256** (Blackman
// and Vigna) seeded through splitmix64, with its own uniform and normal
// variates, so that a seed gives the same numbers on every machine and with
// every standard library (std::normal_distribution and friends are
// implementation-defined).
//
// Streams: StreamSeed() hashes a seed and a path of integers into the seed of
// an independent stream, so that each file, unit or row group draws from its
// own stream and the output does not depend on the order of generation.
//
// Not thread-safe: one Random per thread.
#pragma once

#include <cstdint>
#include <initializer_list>

namespace kfl::synth {

// splitmix64 step: a good 64-bit mixing function.
uint64_t Mix64(uint64_t x);

// Seed of the stream named by `path` under `seed`, e.g.
// StreamSeed(seed, {kStreamRoster, wave, class_index}).
uint64_t StreamSeed(uint64_t seed, std::initializer_list<uint64_t> path);

class Random {
 public:
  explicit Random(uint64_t seed);

  uint64_t Next();
  // Uniform in [0, 1), 53 random bits.
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1p-53; }
  // Uniform in [lo, hi).
  double Uniform(double lo, double hi) { return lo + (hi - lo) * Uniform(); }
  // Uniform integer in [0, n). REQUIRES: n > 0.
  uint64_t Below(uint64_t n);
  // True with probability p.
  bool Bernoulli(double p) { return Uniform() < p; }
  // Standard normal (Marsaglia's polar method with det_math's logarithm).
  double Normal();

 private:
  uint64_t s_[4];
  double spare_ = 0;
  bool has_spare_ = false;
};

}  // namespace kfl::synth
