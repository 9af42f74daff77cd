#include "privacy/results.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "io/parallel.h"
#include "io/responses_reader.h"
#include "stats/scoring.h"

namespace kfl {
namespace {

// Index of the WaveResult of (wave, instrument), or -1.
int FindPart(const std::vector<WaveResult>& parts, int wave, int instrument) {
  for (size_t i = 0; i < parts.size(); ++i)
    if (parts[i].wave == wave && parts[i].instrument == instrument) return static_cast<int>(i);
  return -1;
}

// Sets WaveResult::reference of every part: from the part itself when the
// reference is "same", otherwise from the same instrument in the reference
// wave. An instrument not answered in the reference wave (the kindergartens
// joined a year after the schools) takes its reference from its first wave
// with responses. A warning (once per instrument) when that leaves no usable
// reference: no responses anywhere, or fewer than two.
void SetReferences(const DataSet& data, std::vector<WaveResult>* parts, Diagnostics* diags) {
  const Project& project = data.project;
  const int ref_wave = project.WaveIndex(project.reference_wave);
  std::vector<bool> warned(data.instruments.size(), false);
  // Per instrument: the part its reference comes from (parts are sorted by
  // wave, so the first one with respondents is the earliest).
  std::vector<int> fixed(data.instruments.size(), -1);
  for (size_t i = 0; i < parts->size(); ++i) {
    const WaveResult& part = (*parts)[i];
    if (part.wave == ref_wave && part.respondents > 0) fixed[part.instrument] = static_cast<int>(i);
  }
  for (size_t i = 0; i < parts->size(); ++i) {
    const WaveResult& part = (*parts)[i];
    if (fixed[part.instrument] < 0 && part.respondents > 0) fixed[part.instrument] = static_cast<int>(i);
  }
  for (WaveResult& part : *parts) {
    const Instrument& instrument = data.instruments[part.instrument];
    const int source = project.ReferenceIsSame() ? FindPart(*parts, part.wave, part.instrument)
                                                 : fixed[part.instrument];
    if (source >= 0) {
      part.reference = ReferenceFromAggregates((*parts)[source].aggregates, data.units.county(),
                                               instrument.ScoreCount());
    } else {
      part.reference.assign(instrument.ScoreCount(), Reference{});
    }
    const bool usable = std::any_of(part.reference.begin(), part.reference.end(),
                                    [](const Reference& r) { return r.usable(); });
    if (!usable && !warned[part.instrument]) {
      warned[part.instrument] = true;
      const std::string& wave =
          project.ReferenceIsSame() ? project.waves[part.wave].id : project.reference_wave;
      diags->Warning({data.dir + "/project.json", 0, 0}, "diag.no_reference_responses",
                     {{"instrument", instrument.id}, {"wave", wave}});
    }
  }
}

// Variation among the units of every level below every parent, per score,
// from the `all` aggregates of each part, exactly as the contract defines
// it (section 2, step 8): for OUT/data/variation.csv, the research file,
// which is on neither site. Every child enters (the ICC over those with
// n >= 2, the spread over those with n >= min_n_public), whether or not an
// audience may see its figure; what a page shows about variation is worked
// out by the page from its own audience's figures (report/unit_report.h).
std::vector<VariationRow> ComputeVariationRows(const DataSet& data,
                                               const std::vector<WaveResult>& parts, int jobs) {
  const UnitTree& units = data.units;
  const int min_n = data.project.privacy.min_n_public;
  std::vector<std::vector<VariationRow>> per_part(parts.size());
  ParallelFor(parts.size(), jobs, [&](size_t p) {
    const WaveResult& part = parts[p];
    std::vector<VariationRow>& rows = per_part[p];
    const int score_count = data.instruments[part.instrument].ScoreCount();
    // (parent, child level) -> the `all` aggregate rows of its children, per score.
    std::map<std::tuple<int, int, int>, std::vector<std::vector<ChildSummary>>> buckets;
    for (size_t i = 0; i < part.aggregates.size(); ++i) {
      const Aggregate& a = part.aggregates[i];
      if (a.group != kGroupAll) continue;
      const Unit& child = units[a.unit];
      for (int p = child.parent; p >= 0; p = units[p].parent) {
        auto key = std::make_tuple(LevelDepth(units[p].level), p, static_cast<int>(child.level));
        auto& per_score = buckets[key];
        if (per_score.empty()) per_score.resize(score_count);
        per_score[a.score].push_back({a.n, a.mean, a.sd});
      }
    }
    // std::map orders by parent depth, then parent index, then child level:
    // the rows come out in a stable, readable order.
    for (const auto& [key, per_score] : buckets) {
      const auto [depth, parent, child_level] = key;
      for (int s = 0; s < score_count; ++s) {
        VariationRow row;
        row.wave = part.wave;
        row.instrument = part.instrument;
        row.parent = parent;
        row.child_level = static_cast<Level>(child_level);
        row.score = s;
        row.variation = ComputeVariation(per_score[s], part.reference[s].sigma, min_n);
        rows.push_back(row);
      }
    }
  });
  std::vector<VariationRow> rows;
  for (std::vector<VariationRow>& part_rows : per_part)
    rows.insert(rows.end(), part_rows.begin(), part_rows.end());
  return rows;
}

}  // namespace

void DecideViews(const FileSystem& fs, const DataSet& data, int jobs, Results* results,
                 const DecisionMemo* previous, DecisionMemo* next) {
  const Audience public_audience = PublicAudience(data.project);
  const Audience restricted_audience = RestrictedAudience(data.project);
  // Parts are made from DataSet::responses in order (ComputeResults); the
  // keys come from `next`, whose context is this build's.
  std::vector<std::string> part_keys(results->waves.size());
  ParallelFor(results->waves.size(), jobs, [&](size_t i) {
    WaveResult& part = results->waves[i];
    if (next) part_keys[i] = next->Key(fs, data.responses[i].path);
    if (const PartDecisions* known = previous && next ? previous->Find(part_keys[i]) : nullptr) {
      part.public_view = known->public_view;
      part.restricted_view = known->restricted_view;
      part.public_distribution_view = known->public_distribution_view;
      part.restricted_distribution_view = known->restricted_distribution_view;
      return;
    }
    const Instrument& instrument = data.instruments[part.instrument];
    part.public_view = DecideDisclosure(data.units, instrument, part.aggregates, public_audience);
    part.restricted_view = DecideDisclosure(data.units, instrument, part.aggregates,
                                            restricted_audience, &part.public_view);
    part.public_distribution_view =
        DecideDistributions(data.units, instrument, part.distributions, public_audience);
    part.restricted_distribution_view =
        DecideDistributions(data.units, instrument, part.distributions, restricted_audience,
                            &part.public_distribution_view);
  });
  if (!next) return;
  for (size_t i = 0; i < results->waves.size(); ++i) {
    const WaveResult& part = results->waves[i];
    next->Put(part_keys[i], {part.public_view, part.restricted_view,
                             part.public_distribution_view, part.restricted_distribution_view});
  }
}

void ValidateResponses(const FileSystem& fs, const DataSet& data, int jobs, Diagnostics* diags) {
  // With errors in units.csv, a unit missing from the tree may be one of
  // them: those rows are not reported again (io/responses_reader.h).
  const std::string units_csv = JoinPath(data.dir, "units.csv");
  const std::vector<Diagnostic>& found = diags->all();
  const bool units_wrong = std::any_of(found.begin(), found.end(), [&](const Diagnostic& d) {
    return d.severity == Severity::kError && d.where.file == units_csv;
  });
  const UnknownUnits unknown_units = units_wrong ? UnknownUnits::kSkip : UnknownUnits::kReport;
  std::vector<Diagnostics> per_file(data.responses.size());
  ParallelFor(data.responses.size(), jobs, [&](size_t i) {
    ReadResponses(fs, data, data.responses[i], &per_file[i], unknown_units);
  });
  for (const Diagnostics& d : per_file) diags->Merge(d);
}

Results ComputeResults(const FileSystem& fs, const DataSet& data, int jobs, Diagnostics* diags,
                       const DecisionMemo* previous, DecisionMemo* next) {
  Results results;
  results.waves.resize(data.responses.size());
  std::vector<Diagnostics> per_file(data.responses.size());
  ParallelFor(data.responses.size(), jobs, [&](size_t i) {
    const ResponseFile& file = data.responses[i];
    const Instrument& instrument = data.instruments[file.instrument];
    WaveResult& part = results.waves[i];
    part.wave = file.wave;
    part.instrument = file.instrument;
    ResponseTable table = ReadResponses(fs, data, file, &per_file[i]);
    if (per_file[i].has_errors()) return;
    part.respondents = static_cast<int>(table.rows());
    ScoreTable scores = ScoreResponses(instrument, table, data.project.min_items_share);
    part.aggregates = AggregateScores(data.units, instrument, table, scores);
    part.reliability = CronbachAlpha(instrument, table);
    part.distributions = ItemDistributions(data.units, instrument, table);
  });
  for (const Diagnostics& d : per_file) diags->Merge(d);
  if (diags->has_errors()) return results;
  SetReferences(data, &results.waves, diags);
  DecideViews(fs, data, jobs, &results, previous, next);
  results.variation = ComputeVariationRows(data, results.waves, jobs);
  return results;
}

}  // namespace kfl
