// ResultIndex: finds the figures of Results by what a report asks for —
// (wave, instrument) -> the WaveResult, (unit, group) -> its block of
// aggregates — in constant time. Built once per build; read-only after, so
// it may be shared between threads.
#pragma once

#include <cstddef>
#include <unordered_map>
#include <vector>

#include "privacy/results.h"
#include "model/data_set.h"

namespace kfl {

class ResultIndex {
 public:
  ResultIndex(const DataSet& data, const Results& results);

  // Index into Results::waves of (wave, instrument), or -1.
  int Part(int wave, int instrument) const;

  // Index into part's aggregates of the first score of (unit, group), or -1
  // when the unit has no respondents in that group. Score s is at +s.
  long Block(int part, int unit, GroupCode group) const;

  // Index into part's distributions of the first item of `unit`, or -1.
  // Item j is at +j.
  long Distributions(int part, int unit) const;

  const Results& results() const { return results_; }

 private:
  const Results& results_;
  int instruments_;
  std::vector<int> parts_;  // wave * instruments + instrument -> part or -1
  std::vector<std::unordered_map<long, long>> blocks_;  // per part: unit * 64 + group -> first
  std::vector<std::unordered_map<int, long>> distributions_;  // per part: unit -> first
};

}  // namespace kfl
