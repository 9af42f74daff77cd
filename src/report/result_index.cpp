#include "report/result_index.h"

namespace kfl {
namespace {

long Key(int unit, GroupCode group) { return static_cast<long>(unit) * 64 + group; }

}  // namespace

ResultIndex::ResultIndex(const DataSet& data, const Results& results)
    : results_(results), instruments_(static_cast<int>(data.instruments.size())) {
  parts_.assign(data.project.waves.size() * data.instruments.size(), -1);
  blocks_.resize(results.waves.size());
  distributions_.resize(results.waves.size());
  for (size_t p = 0; p < results.waves.size(); ++p) {
    const WaveResult& part = results.waves[p];
    parts_[part.wave * instruments_ + part.instrument] = static_cast<int>(p);
    const size_t block = data.instruments[part.instrument].ScoreCount();
    for (size_t i = 0; block > 0 && i + block <= part.aggregates.size(); i += block) {
      blocks_[p].emplace(Key(part.aggregates[i].unit, part.aggregates[i].group),
                         static_cast<long>(i));
    }
    for (size_t i = 0; i < part.distributions.size(); ++i) {
      distributions_[p].emplace(part.distributions[i].unit, static_cast<long>(i));
    }
  }
}

int ResultIndex::Part(int wave, int instrument) const {
  if (wave < 0 || instrument < 0 || instrument >= instruments_) return -1;
  size_t i = static_cast<size_t>(wave) * instruments_ + instrument;
  return i < parts_.size() ? parts_[i] : -1;
}

long ResultIndex::Block(int part, int unit, GroupCode group) const {
  if (part < 0) return -1;
  auto it = blocks_[part].find(Key(unit, group));
  return it == blocks_[part].end() ? -1 : it->second;
}

long ResultIndex::Distributions(int part, int unit) const {
  if (part < 0) return -1;
  auto it = distributions_[part].find(unit);
  return it == distributions_[part].end() ? -1 : it->second;
}

}  // namespace kfl
