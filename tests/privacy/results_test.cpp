#include "privacy/results.h"

#include <cmath>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "io/data_set_reader.h"

namespace kfl {
namespace {
namespace fs = std::filesystem;

DataSet ReadExample(const fs::path& dir) {
  DataSet data;
  Diagnostics diags;
  EXPECT_TRUE(ReadDataSet(dir.string(), &data, &diags));
  EXPECT_FALSE(diags.has_errors());
  return data;
}

const Aggregate* CountyAll(const WaveResult& part, int county, int score) {
  for (const Aggregate& a : part.aggregates)
    if (a.unit == county && a.group == kGroupAll && a.score == score) return &a;
  return nullptr;
}

TEST(ResultsTest, EveryWaveIsStandardizedAgainstTheReferenceWaveCounty) {
  DataSet data = ReadExample(fs::path(KFL_SOURCE_DIR) / "data/example");
  ASSERT_EQ(data.project.reference_wave, "2016");
  Diagnostics diags;
  Results results = ComputeResults(data, 2, &diags);
  ASSERT_FALSE(diags.has_errors());
  EXPECT_TRUE(diags.all().empty());
  ASSERT_EQ(results.waves.size(), data.responses.size());
  const int county = data.units.county();
  for (const WaveResult& part : results.waves) {
    // The reference wave (2016), or for the kindergartens' instruments,
    // which start later, their first wave (2017).
    const WaveResult* ref = nullptr;
    for (const WaveResult& p : results.waves)
      if (p.instrument == part.instrument && !ref) ref = &p;
    ASSERT_NE(ref, nullptr);
    const bool kindergarten = IsKindergartenLevel(data.instruments[part.instrument].unit_level);
    EXPECT_EQ(data.project.waves[ref->wave].id, kindergarten ? "2017" : "2016");
    for (int s = 0; s < data.instruments[part.instrument].ScoreCount(); ++s) {
      const Aggregate* a = CountyAll(*ref, county, s);
      ASSERT_NE(a, nullptr);
      EXPECT_EQ(part.reference[s].n, a->n);
      EXPECT_DOUBLE_EQ(part.reference[s].mu, a->mean);
      EXPECT_DOUBLE_EQ(part.reference[s].sigma, a->sd);
    }
  }
  EXPECT_FALSE(results.variation.empty());
}

TEST(ResultsTest, ReferenceSameUsesEachWavesOwnCounty) {
  DataSet data = ReadExample(fs::path(KFL_SOURCE_DIR) / "data/example");
  data.project.reference_wave = "same";
  Diagnostics diags;
  Results results = ComputeResults(data, 1, &diags);
  ASSERT_FALSE(diags.has_errors());
  for (const WaveResult& part : results.waves) {
    const Aggregate* a = CountyAll(part, data.units.county(), 0);
    ASSERT_NE(a, nullptr);
    EXPECT_DOUBLE_EQ(part.reference[0].mu, a->mean);
    TScore t = Standardize(a->n, a->mean, a->sd, part.reference[0]);
    EXPECT_NEAR(t.t, 50.0, 1e-12) << "the county is 50 in every wave";
  }
}

// Empties the response files of `wave` (all of them, or only `instrument`'s).
void EmptyResponses(const fs::path& dir, const std::string& wave, const std::string& instrument = "") {
  for (const auto& e : fs::directory_iterator(dir / "responses" / wave)) {
    if (!instrument.empty() && e.path().stem() != instrument) continue;
    std::string header;
    {
      std::ifstream in(e.path());
      std::getline(in, header);
    }
    std::ofstream(e.path(), std::ios::trunc) << header << "\n";
  }
}

TEST(ResultsTest, AnInstrumentNotAnsweredInTheReferenceWaveUsesItsFirstAnsweredWave) {
  fs::path dir = fs::path(::testing::TempDir()) / "kfl_results_late_reference";
  fs::remove_all(dir);
  fs::copy(fs::path(KFL_SOURCE_DIR) / "data/example", dir, fs::copy_options::recursive);
  EmptyResponses(dir, "2016");
  DataSet data = ReadExample(dir);
  Diagnostics diags;
  Results results = ComputeResults(data, 2, &diags);
  ASSERT_FALSE(diags.has_errors());
  EXPECT_TRUE(diags.all().empty()) << diags.all()[0].key;
  const int wave_2018 = data.project.WaveIndex("2018");
  for (const WaveResult& part : results.waves) {
    if (IsKindergartenLevel(data.instruments[part.instrument].unit_level)) continue;
    const WaveResult* ref = nullptr;
    for (const WaveResult& p : results.waves)
      if (p.wave == wave_2018 && p.instrument == part.instrument) ref = &p;
    ASSERT_NE(ref, nullptr);
    const Aggregate* a = CountyAll(*ref, data.units.county(), 0);
    ASSERT_NE(a, nullptr);
    EXPECT_DOUBLE_EQ(part.reference[0].mu, a->mean) << data.instruments[part.instrument].id;
  }
  fs::remove_all(dir);
}

TEST(ResultsTest, AnInstrumentNeverAnsweredLeavesTEmptyAndWarnsOnce) {
  fs::path dir = fs::path(::testing::TempDir()) / "kfl_results_no_reference";
  fs::remove_all(dir);
  fs::copy(fs::path(KFL_SOURCE_DIR) / "data/example", dir, fs::copy_options::recursive);
  for (const char* wave : {"2016", "2018", "2020"}) EmptyResponses(dir, wave, "skoleleder");
  DataSet data = ReadExample(dir);
  Diagnostics diags;
  Results results = ComputeResults(data, 2, &diags);
  ASSERT_FALSE(diags.has_errors());
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].severity, Severity::kWarning);
  EXPECT_EQ(diags.all()[0].key, "diag.no_reference_responses");
  for (const WaveResult& part : results.waves) {
    const bool leader = data.instruments[part.instrument].id == "skoleleder";
    for (const Reference& r : part.reference) EXPECT_EQ(r.usable(), !leader);
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace kfl

namespace kfl {
namespace {

TEST(ResultsTest, EveryPartHasDistributionsAndOneDecisionPerAggregateForEachAudience) {
  DataSet data = ReadExample(std::filesystem::path(KFL_SOURCE_DIR) / "data/example");
  Diagnostics diags;
  Results results = ComputeResults(data, 2, &diags);
  ASSERT_FALSE(diags.has_errors());
  for (const WaveResult& part : results.waves) {
    const Instrument& in = data.instruments[part.instrument];
    const std::string name = data.project.waves[part.wave].id + " " + in.id;
    ASSERT_EQ(part.public_view.size(), part.aggregates.size()) << name;
    ASSERT_EQ(part.restricted_view.size(), part.aggregates.size()) << name;
    EXPECT_FALSE(part.distributions.empty()) << name;
    EXPECT_EQ(part.public_distribution_view.size(), part.distributions.size()) << name;
    EXPECT_EQ(part.restricted_distribution_view.size(), part.distributions.size()) << name;
    for (size_t i = 0; i < part.distributions.size(); ++i) {
      const ItemDistribution& d = part.distributions[i];
      const DistributionDecision shown = part.public_distribution_view[i];
      if (!shown.shown()) continue;
      EXPECT_GE(d.answered(), data.project.privacy.min_n_public) << name;
      EXPECT_TRUE(data.project.IsPublic(data.units[d.unit].level)) << name;
      const bool sensitive = in.items[d.item].sensitive;
      for (const auto& [first, last] : CategoryGroups(static_cast<int>(d.counts.size()),
                                                      in.items[d.item].reverse, shown.granularity)) {
        int count = 0;
        for (int c = first; c <= last; ++c) count += d.counts[c];
        EXPECT_TRUE(count >= data.project.privacy.min_cell || (count == 0 && !sensitive)) << name;
      }
    }
    for (size_t i = 0; i < part.aggregates.size(); ++i) {
      const Aggregate& a = part.aggregates[i];
      const Level level = data.units[a.unit].level;
      // Classes never reach the public site; everything the public sees,
      // the restricted outputs show too.
      if (!data.project.IsPublic(level)) {
        EXPECT_EQ(part.public_view[i], Disclosure::kNotShown) << name;
      }
      if (part.public_view[i] == Disclosure::kPublished) {
        EXPECT_EQ(part.restricted_view[i], Disclosure::kPublished) << name;
        EXPECT_GE(a.n, data.project.privacy.min_n_public) << name;
      }
      if (part.restricted_view[i] == Disclosure::kPublished) {
        EXPECT_GE(a.n, data.project.privacy.min_n_restricted) << name;
      }
    }
  }
}

}  // namespace
}  // namespace kfl

namespace kfl {
namespace {

bool SameViews(const WaveResult& a, const WaveResult& b) {
  return a.public_view == b.public_view && a.restricted_view == b.restricted_view &&
         a.public_distribution_view == b.public_distribution_view &&
         a.restricted_distribution_view == b.restricted_distribution_view;
}

// The privacy stage's decisions come from the memo for the response files
// that did not change and are made again for the one that did.
TEST(ResultsTest, DecisionsOfUnchangedFilesComeFromTheMemo) {
  DataSet data = ReadExample(std::filesystem::path(KFL_SOURCE_DIR) / "data/example");
  Diagnostics diags;
  DecisionMemo first("context");
  const Results fresh = ComputeResults(data, 2, &diags, nullptr, &first);
  ASSERT_FALSE(diags.has_errors());
  ASSERT_GE(fresh.waves.size(), 2u);

  // A memo that says something else for part 0 and part 1: part 0's file
  // "changed" (its key is not in the memo), part 1's did not.
  DecisionMemo previous("context");
  const std::string key0 = previous.Key(data.responses[0].path);
  const std::string key1 = previous.Key(data.responses[1].path);
  for (const auto& [index, key] : {std::pair{0, key0}, std::pair{1, key1}}) {
    const WaveResult& part = fresh.waves[index];
    PartDecisions marked{part.public_view, part.restricted_view, part.public_distribution_view,
                         part.restricted_distribution_view};
    marked.public_view.assign(marked.public_view.size(), Disclosure::kComplementary);
    previous.Put(index == 0 ? "not the key of part 0" : key, marked);
  }
  DecisionMemo next("context");
  const Results again = ComputeResults(data, 2, &diags, &previous, &next);
  EXPECT_TRUE(SameViews(again.waves[0], fresh.waves[0])) << "decided again";
  EXPECT_EQ(again.waves[1].public_view,
            std::vector<Disclosure>(fresh.waves[1].public_view.size(), Disclosure::kComplementary))
      << "taken from the memo";
  for (size_t i = 2; i < again.waves.size(); ++i) EXPECT_TRUE(SameViews(again.waves[i], fresh.waves[i]));
  // The next memo holds every part of this build under its key.
  for (size_t i = 0; i < data.responses.size(); ++i) {
    EXPECT_NE(next.Find(next.Key(data.responses[i].path)), nullptr) << i;
  }
}

}  // namespace
}  // namespace kfl
