#include "report/unit_report.h"

#include <cmath>

#include <gtest/gtest.h>

#include "report/report_key.h"

namespace kfl {
namespace {

// County > municipality > two schools; one instrument with one area of one
// factor (score 0 = the factor, 1 = the area); two waves. Reference (wave 0
// county): mu 3, sigma 1.
struct Fixture {
  DataSet data;
  Results results;

  Fixture() {
    std::vector<std::string> parents;
    auto add = [&](const char* id, const char* parent, Level level, const char* name) {
      data.units.Add(Unit{.id = id, .name = name, .level = level});
      parents.push_back(parent);
    };
    add("c", "", Level::kCounty, "Fylket");
    add("m", "c", Level::kMunicipality, "Kommunen");
    add("s1", "m", Level::kSchool, "Skole 1");
    add("s2", "m", Level::kSchool, "Skole 2");
    data.units.Link(parents);
    data.project.waves = {{"2016", "T1"}, {"2018", "T2"}};
    Instrument ins;
    ins.id = "x";
    ins.title = {{"nb", "Elever"}, {"nn", "Elevar"}};
    ins.background = {Background::kGender};
    ins.areas = {Area{"a", {{"nb", "Trivsel"}}, {0}}};
    ins.factors = {Factor{"f", {{"nb", "Trivsel på skolen"}}, 0, {}}};
    data.instruments = {ins};
    for (int w = 0; w < 2; ++w) {
      WaveResult part;
      part.wave = w;
      part.instrument = 0;
      part.reference = {Reference{30, 3.0, 1.0}, Reference{30, 3.0, 1.0}};
      const double shift = w * 0.2;  // every unit 0.2 higher in wave 1
      auto block = [&](int unit, GroupCode g, int n, double mean, double sd) {
        for (int s = 0; s < 2; ++s) part.aggregates.push_back({unit, g, int16_t(s), n, mean + shift, sd});
      };
      block(0, kGroupAll, 30, 3.0, 1.0);
      block(1, kGroupAll, 30, 3.0, 1.0);
      block(1, kGroupFemale, 16, 3.3, 1.0);
      block(1, kGroupMale, 14, 2.7, 1.0);
      block(2, kGroupAll, 20, 3.5, 0.8);
      block(3, kGroupAll, 10, 2.0, 0.5);
      results.waves.push_back(part);
    }
  }
};

// Hides school 2 (as a privacy rule would).
FigureState HideSchool2(const Results& results, int part, long i) {
  return results.waves[part].aggregates[i].unit == 3 ? FigureState::kTooFew : FigureState::kShown;
}

TEST(UnitReportTest, SchoolIsComparedWithItsMunicipalityAndTheCounty) {
  Fixture fx;
  // A county of 3,000: its CI is narrow (0.04 SD), as a real county's is.
  for (Aggregate& a : fx.results.waves[0].aggregates) {
    if (a.unit == 0) a.n = 3000;
  }
  ResultIndex index(fx.data, fx.results);
  DecideFn decide = [&](int p, long i) { return HideSchool2(fx.results, p, i); };
  UnitReport r = BuildUnitReport(fx.data, index, decide, 2, {.lang = "nn", .wave = 0});
  ASSERT_EQ(r.columns.size(), 3u);
  EXPECT_EQ(r.columns[0].name, "Skole 1");
  EXPECT_EQ(r.columns[2].name, "Fylket");
  EXPECT_EQ(r.breadcrumbs, (std::vector<int>{0, 1, 2}));
  ASSERT_EQ(r.instruments.size(), 1u);
  const InstrumentReport& ir = r.instruments[0];
  EXPECT_EQ(ir.title, "Elevar");
  EXPECT_EQ(ir.areas[0].title, "Trivsel") << "nn missing: falls back to bokmål";
  const Figure& school = ir.areas[0].columns[0];
  ASSERT_TRUE(school.shown());
  EXPECT_EQ(school.n, 20);
  EXPECT_NEAR(school.t, 55.0, 1e-12);  // 50 + 10 (3.5 - 3) / 1
  EXPECT_NEAR(school.d, 0.5, 1e-12);
  // CI: 55 +/- t(0.975, 19) * 10 * 0.8 / sqrt(20) = 55 +/- 2.093024 * 1.788854
  // = 51.2558 .. 58.7442, held as shown: 51.3 .. 58.7.
  EXPECT_DOUBLE_EQ(school.ci_low, 51.3);
  EXPECT_DOUBLE_EQ(school.ci_high, 58.7);
  EXPECT_NEAR(ir.areas[0].columns[2].t, 50.0, 1e-12);
  EXPECT_EQ(ir.respondents.n, 20);
  // 0.5 SD better, with a CI half-width of 0.37 SD: clearly better.
  ASSERT_EQ(ir.strengths.size(), 1u);
  EXPECT_EQ(ir.strengths[0].title, "Trivsel på skolen");
  EXPECT_NEAR(ir.strengths[0].d, 0.5, 1e-12);
  EXPECT_TRUE(ir.improvements.empty());
}

// A change of the data that no shown figure of a page reflects leaves its
// report, and so its cache key, as it was: one changed answer in a county of
// thousands must not redraw every page that compares with the county.
TEST(UnitReportTest, FiguresAreHeldAsShownSoUnseenChangesKeepTheReport) {
  DecideFn all = [](int, long) { return FigureState::kShown; };
  auto school_key = [&](double county_mean, double school_mean) {
    Fixture fx;
    for (Aggregate& a : fx.results.waves[0].aggregates) {
      if (a.unit == 0) a.n = 3000;  // a county's CI is narrow
      if (a.unit == 0) a.mean = county_mean;
      if (a.unit == 2 && a.group == kGroupAll) a.mean = school_mean;
    }
    ResultIndex index(fx.data, fx.results);
    UnitReport r = BuildUnitReport(fx.data, index, all, 2, {.wave = 0});
    ContentHash h;
    AddReportKey(r, &h);
    return std::make_pair(r, h.Hex());
  };
  const auto [base, base_key] = school_key(3.0, 3.5);
  EXPECT_DOUBLE_EQ(base.instruments[0].areas[0].columns[2].t, 50.0);
  // County T 50.004 (shown 50,0) and the school's difference 0.4996 SD
  // (shown 0,5): the same report.
  const auto [same, same_key] = school_key(3.0004, 3.5);
  EXPECT_DOUBLE_EQ(same.instruments[0].areas[0].columns[2].t, 50.0);
  EXPECT_DOUBLE_EQ(same.instruments[0].strengths[0].d, 0.5);
  EXPECT_EQ(same_key, base_key);
  // County T 50.1: shown, so the page changes.
  const auto [moved, moved_key] = school_key(3.01, 3.5);
  EXPECT_DOUBLE_EQ(moved.instruments[0].areas[0].columns[2].t, 50.1);
  EXPECT_NE(moved_key, base_key);
  // The school's own T 55.004 -> 55,0 (and its limits shown the same); 55.06 -> 55,1.
  EXPECT_EQ(school_key(3.0, 3.5004).second, base_key);
  EXPECT_NE(school_key(3.0, 3.506).second, base_key);
}

TEST(UnitReportTest, TrendAndChangeOverWaves) {
  Fixture fx;
  ResultIndex index(fx.data, fx.results);
  DecideFn all = [](int, long) { return FigureState::kShown; };
  UnitReport r = BuildUnitReport(fx.data, index, all, 2, {});
  EXPECT_EQ(r.wave, 1) << "the last wave with data";
  const TrendSeries& t = r.instruments[0].trend[0];
  ASSERT_EQ(t.waves.size(), 2u);
  EXPECT_NEAR(t.waves[0].t, 55.0, 1e-12);
  EXPECT_NEAR(t.waves[1].t, 57.0, 1e-12);
  ASSERT_TRUE(t.has_change);
  EXPECT_NEAR(t.change_d, 0.2, 1e-12);
}

// County > municipality > a school and a kindergarten with two groups (15
// and 12 children). A school instrument answered in waves 0 and 2, a
// kindergarten teacher instrument in wave 1 only.
struct BranchFixture {
  DataSet data;
  Results results;

  BranchFixture() {
    std::vector<std::string> parents;
    auto add = [&](const char* id, const char* parent, Level level, int enrolled) {
      data.units.Add(Unit{.id = id, .name = id, .level = level, .enrolled = enrolled});
      parents.push_back(parent);
    };
    add("c", "", Level::kCounty, -1);
    add("m", "c", Level::kMunicipality, -1);
    add("s", "m", Level::kSchool, -1);
    add("b", "m", Level::kKindergarten, -1);
    add("g1", "b", Level::kGroup, 15);
    add("g2", "b", Level::kGroup, 12);
    data.units.Link(parents);
    data.project.waves = {{"2016", "T1 2016"}, {"2017", "T1 2017"}, {"2018", "T2 2018"}};
    Instrument school;
    school.id = "x";
    school.unit_level = Level::kSchool;
    school.respondent = Respondent::kTeacher;
    school.areas = {Area{"a", {{"nb", "A"}}, {0}}};
    school.factors = {Factor{"f", {{"nb", "F"}}, 0, {}}};
    Instrument kindergarten = school;
    kindergarten.id = "bh";
    kindergarten.unit_level = Level::kGroup;
    kindergarten.respondent = Respondent::kKindergartenTeacher;
    data.instruments = {school, kindergarten};
    auto part = [&](int wave, int instrument, const std::vector<std::pair<int, int>>& units) {
      WaveResult p;
      p.wave = wave;
      p.instrument = instrument;
      p.reference = {Reference{30, 3.0, 1.0}, Reference{30, 3.0, 1.0}};
      for (auto [unit, n] : units)
        for (int s = 0; s < 2; ++s) p.aggregates.push_back({unit, kGroupAll, int16_t(s), n, 3.0, 1.0});
      results.waves.push_back(p);
    };
    part(0, 0, {{0, 20}, {1, 20}, {2, 20}});
    part(1, 1, {{0, 25}, {1, 25}, {3, 25}, {4, 14}, {5, 11}});
    part(2, 0, {{0, 20}, {1, 20}, {2, 20}});
  }
};

TEST(UnitReportTest, EachBranchReportsItsOwnLatestWave) {
  BranchFixture fx;
  ResultIndex index(fx.data, fx.results);
  DecideFn all = [](int, long) { return FigureState::kShown; };
  const ReportOptions options{
      .audience = {.levels = {Level::kSchool, Level::kClass, Level::kKindergarten, Level::kGroup}}};
  UnitReport r = BuildUnitReport(fx.data, index, all, 1, options);
  EXPECT_EQ(r.wave, 2) << "the latest of the instruments' waves";
  ASSERT_EQ(r.instruments.size(), 2u);
  EXPECT_FALSE(r.instruments[0].kindergarten);
  EXPECT_EQ(r.instruments[0].wave, 2);
  EXPECT_EQ(r.instruments[0].answered_waves, (std::vector<int>{0, 2}));
  EXPECT_TRUE(r.instruments[1].kindergarten);
  EXPECT_EQ(r.instruments[1].wave, 1);
  EXPECT_EQ(r.instruments[1].answered_waves, (std::vector<int>{1}));
  // Children who could be assessed: the groups' enrolled.
  EXPECT_EQ(r.instruments[1].enrolled, 27);
  EXPECT_EQ(r.instruments[0].enrolled, -1);
  // Variation: schools for the school instrument (one school: none), and
  // kindergartens and groups for the kindergarten one, never mixed.
  ASSERT_EQ(r.instruments[1].variation.size(), 1u) << "one kindergarten: groups only";
  EXPECT_EQ(r.instruments[1].variation[0].child_level, Level::kGroup);
  EXPECT_EQ(r.instruments[1].variation[0].children.size(), 2u);
  EXPECT_TRUE(r.instruments[0].variation.empty());
  // The school page has the school instrument only.
  UnitReport school = BuildUnitReport(fx.data, index, all, 2, {});
  ASSERT_EQ(school.instruments.size(), 1u);
  EXPECT_EQ(school.wave, 2);
}

TEST(UnitReportTest, TheKindergartenManagerSeesTheGroupsSideBySide) {
  BranchFixture fx;
  ResultIndex index(fx.data, fx.results);
  DecideFn all = [](int, long) { return FigureState::kShown; };
  UnitReport r = BuildUnitReport(fx.data, index, all, 3,
                                 {.audience = {.kind = AudienceKind::kRestricted, .levels = {Level::kGroup}}});
  ASSERT_EQ(r.class_tables.size(), 1u);
  EXPECT_EQ(r.class_tables[0].level, Level::kGroup);
  ASSERT_EQ(r.class_tables[0].rows.size(), 2u);
  EXPECT_EQ(r.class_tables[0].rows[0].name, "g1");
  EXPECT_EQ(r.class_tables[0].rows[1].figures[0].n, 11);
  UnitReport group = BuildUnitReport(fx.data, index, all, 4, {});
  EXPECT_EQ(group.instruments[0].enrolled, 15);
}

TEST(UnitReportTest, GenderGapInSdUnits) {
  Fixture fx;
  ResultIndex index(fx.data, fx.results);
  DecideFn all = [](int, long) { return FigureState::kShown; };
  UnitReport r = BuildUnitReport(fx.data, index, all, 1, {.wave = 0});
  ASSERT_EQ(r.instruments[0].gender.size(), 1u);
  const GenderRow& g = r.instruments[0].gender[0];
  EXPECT_NEAR(g.girls.t, 53.0, 1e-12);
  EXPECT_NEAR(g.boys.t, 47.0, 1e-12);
  ASSERT_TRUE(g.has_gap);
  EXPECT_NEAR(g.gap_d, 0.6, 1e-12);
}

TEST(UnitReportTest, VariationCountsHiddenChildrenButUsesOnlyShownOnes) {
  Fixture fx;
  ResultIndex index(fx.data, fx.results);
  DecideFn decide = [&](int p, long i) { return HideSchool2(fx.results, p, i); };
  UnitReport r = BuildUnitReport(fx.data, index, decide, 1,
                                 {.wave = 0, .audience = {.levels = {Level::kSchool}}});
  const InstrumentReport& ir = r.instruments[0];
  ASSERT_EQ(ir.variation.size(), 1u) << "one area, schools below";
  const VariationBlock& v = ir.variation[0];
  EXPECT_EQ(v.child_level, Level::kSchool);
  ASSERT_EQ(v.children.size(), 1u);
  EXPECT_EQ(v.children[0].name, "Skole 1");
  EXPECT_EQ(v.hidden_children, 1);
  EXPECT_FALSE(v.has_icc) << "one shown child: no ICC";
  EXPECT_FALSE(v.has_spread);
  EXPECT_EQ(r.units_below, (std::vector<std::pair<Level, int>>{{Level::kSchool, 2}}));
}

TEST(UnitReportTest, VariationOverShownChildren) {
  Fixture fx;
  ResultIndex index(fx.data, fx.results);
  DecideFn all = [](int, long) { return FigureState::kShown; };
  UnitReport r = BuildUnitReport(fx.data, index, all, 1, {.wave = 0, .audience = {.levels = {Level::kSchool}}});
  const VariationBlock& v = r.instruments[0].variation[0];
  ASSERT_EQ(v.children.size(), 2u);
  EXPECT_EQ(v.children[0].name, "Skole 1") << "sorted, highest first";
  ASSERT_TRUE(v.has_spread);
  EXPECT_NEAR(v.spread_d, 1.5, 1e-12);  // (3.5 - 2.0) / 1
  // ICC by hand: N = 30, grand = (20*3.5 + 10*2)/30 = 3; MSB = 20*0.25 + 10*1 = 15;
  // MSW = (19*0.64 + 9*0.25) / 28 = 14.41/28; n0 = (30 - 500/30) / 1 = 13.3333.
  const double msw = 14.41 / 28, n0 = 30.0 - 500.0 / 30.0;
  const double icc = (15 - msw) / (15 + (n0 - 1) * msw);  // 0.678558
  EXPECT_NEAR(icc, 0.678558, 1e-6);
  EXPECT_DOUBLE_EQ(v.icc, 0.68) << "held as shown, two decimals";
}

// Two indicators described in project.json: a result and a background one.
void AddIndicatorDefs(DataSet* data) {
  IndicatorDef points;
  points.id = "poeng";
  points.kind = IndicatorDef::Kind::kResult;
  IndicatorDef share;
  share.id = "andel";
  share.kind = IndicatorDef::Kind::kBackground;
  share.percent = true;
  data->project.indicators = {share, points};
  data->project.comparisons = {{"norge", {{"nb", "Norge"}}}};
}

TEST(UnitReportTest, ScatterOfMunicipalitiesNeedsThreeWithBothIndicators) {
  Fixture fx;
  AddIndicatorDefs(&fx.data);
  using G = Indicator::Group;
  fx.data.indicators = {{1, -1, 0, 1, G::kAll, 40.1}, {1, -1, 0, 0, G::kAll, 0.3}};
  ResultIndex index(fx.data, fx.results);
  DecideFn all = [](int, long) { return FigureState::kShown; };
  const UnitReport r = BuildUnitReport(fx.data, index, all, 0, {});
  EXPECT_TRUE(r.scatter.empty());
  EXPECT_EQ(r.scatter_x, 0) << "the background indicator, by its kind";
  EXPECT_EQ(r.scatter_y, 1) << "the result indicator";
}

// Learning results: the school's result indicator with its municipality,
// the county and Norway, in the waves where any has a value; girls and
// boys only when both are given; background indicators are not results.
TEST(UnitReportTest, IndicatorsOfASchoolWithItsParentsAndTheComparisons) {
  Fixture fx;
  AddIndicatorDefs(&fx.data);
  using G = Indicator::Group;
  fx.data.indicators = {
      {2, -1, 1, 1, G::kAll, 41.5},     // Skole 1, T2
      {2, -1, 0, 1, G::kAll, 40.0},     // Skole 1, T1
      {1, -1, 1, 1, G::kAll, 40.5},     // Kommunen, T2 only
      {-1, 0, 0, 1, G::kAll, 41.0},     // Norge, T1
      {-1, 0, 1, 1, G::kAll, 41.2},     // Norge, T2
      {2, -1, 1, 1, G::kFemale, 43.0},  // girls without boys: no gender lines
      {2, -1, 1, 0, G::kAll, 0.4},      // background: not a result
  };
  ResultIndex index(fx.data, fx.results);
  DecideFn all = [](int, long) { return FigureState::kShown; };
  const UnitReport r = BuildUnitReport(fx.data, index, all, 2, {});
  ASSERT_EQ(r.indicators.size(), 1u);
  const IndicatorReport& ind = r.indicators[0];
  EXPECT_EQ(ind.def, 1);
  EXPECT_EQ(ind.waves, (std::vector<int>{0, 1}));
  ASSERT_EQ(ind.lines.size(), 3u) << "the school, the municipality, Norway; the county has none";
  EXPECT_EQ(ind.lines[0].unit, 2);
  EXPECT_EQ(ind.lines[0].values, (std::vector<double>{40.0, 41.5}));
  EXPECT_EQ(ind.lines[1].unit, 1);
  EXPECT_TRUE(std::isnan(ind.lines[1].values[0]));
  EXPECT_EQ(ind.lines[2].comparison, 0);
  EXPECT_EQ(ind.lines[2].values, (std::vector<double>{41.0, 41.2}));
  EXPECT_TRUE(ind.gender.empty());
  // Skole 2 has no value of its own: no section.
  EXPECT_TRUE(BuildUnitReport(fx.data, index, all, 3, {}).indicators.empty());
}

// The share who say they are bullied: answers 4 and 5 to a reverse,
// sensitive item; the municipality and the county in two waves.
struct BullyingFixture : Fixture {
  BullyingFixture(Granularity municipality_wave1) {
    Instrument& ins = data.instruments[0];
    ins.items = {Item{"m1", {{"nb", "Jeg blir mobbet."}}, true, true, 0}};
    ins.factors[0].items = {0};
    data.project.bullying = {"x", "m1", {4, 5}};
    const std::vector<std::vector<int32_t>> county = {{100, 50, 30, 12, 8}, {110, 50, 25, 10, 5}};
    const std::vector<std::vector<int32_t>> municipality = {{8, 5, 3, 5, 3}, {14, 6, 2, 1, 1}};
    for (int w = 0; w < 2; ++w) {
      WaveResult& part = results.waves[w];
      part.distributions = {{0, 0, county[w]}, {1, 0, municipality[w]}};
      part.public_distribution_view = {{Granularity::kEvery, CategoryDisclosure::kShown},
                                       w == 0 ? DistributionDecision{Granularity::kEvery, CategoryDisclosure::kShown}
                                              : DistributionDecision{municipality_wave1, CategoryDisclosure::kTooFew}};
    }
  }
};

TEST(UnitReportTest, BullyingShareOnlyWhereTheShownGroupsMakeUpItsAnswers) {
  DecideFn all = [](int, long) { return FigureState::kShown; };
  {
    // Wave 1 in three groups {1,2} {3} {4,5}: 4 and 5 are one of them.
    BullyingFixture fx(Granularity::kThree);
    ResultIndex index(fx.data, fx.results);
    const BullyingReport b = BuildUnitReport(fx.data, index, all, 1, {}).bullying;
    EXPECT_EQ(b.instrument, 0);
    EXPECT_EQ(b.waves, (std::vector<int>{0, 1}));
    ASSERT_EQ(b.unit.size(), 2u);
    EXPECT_TRUE(b.unit[0].shown);
    EXPECT_EQ(b.unit[0].count, 8);  // 5 + 3 of 24
    EXPECT_EQ(b.unit[0].answered, 24);
    EXPECT_TRUE(b.unit[1].shown);
    EXPECT_EQ(b.unit[1].count, 2);
    EXPECT_EQ(b.county[1].count, 15);  // 10 + 5 of 200
    EXPECT_EQ(b.first, 0);
    EXPECT_EQ(b.last, 1);
    // Agresti-Caffo: 9/26 - 3/26 = 0.2308 > 1.96 * 0.1124 = 0.2203.
    EXPECT_TRUE(b.clear_change);
    // 3/26 - 16/202 = 0.0362 < 0.1283.
    EXPECT_FALSE(b.clear_vs_county);
  }
  {
    // Wave 1 only as {1,2} and {3,4,5}: the share of 4 and 5 is not shown.
    BullyingFixture fx(Granularity::kTwo);
    ResultIndex index(fx.data, fx.results);
    const BullyingReport b = BuildUnitReport(fx.data, index, all, 1, {}).bullying;
    EXPECT_FALSE(b.unit[1].shown);
    EXPECT_EQ(b.unit[1].count, 0);
    EXPECT_EQ(b.unit[1].reason, CategoryDisclosure::kTooFew);
    EXPECT_EQ(b.first, 0);
    EXPECT_EQ(b.last, 0);
    EXPECT_FALSE(b.clear_change);
    // 9/26 - 21/202 = 0.2422 > 1.96 * 0.0957 = 0.1876.
    EXPECT_TRUE(b.clear_vs_county);
  }
  {
    // The county's own report has no county line.
    BullyingFixture fx(Granularity::kEvery);
    ResultIndex index(fx.data, fx.results);
    const BullyingReport b = BuildUnitReport(fx.data, index, all, 0, {}).bullying;
    EXPECT_EQ(b.unit.size(), 2u);
    EXPECT_TRUE(b.county.empty());
    EXPECT_EQ(b.unit[1].count, 15);
  }
}

}  // namespace
}  // namespace kfl

namespace kfl {
namespace {

// "Noise is not news": a difference is a strength or an area for
// improvement only when it is at least 0.2 SD and outside its CI.
TEST(UnitReportTest, OnlyClearDifferencesAreStrengthsOrAreasForImprovement) {
  struct Case {
    const char* name;
    double school_mean;  // the county's is 3, sigma 1, the school's sd 0.8, n 20
    size_t strengths;
    size_t improvements;
  } cases[] = {
      {"0.5 SD better, CI half-width 0.37: clear", 3.5, 1, 0},
      {"0.3 SD better: inside the CI", 3.3, 0, 0},
      {"0.1 SD weaker: noise", 2.9, 0, 0},
      {"0.6 SD weaker: clear", 2.4, 0, 1},
  };
  DecideFn all = [](int, long) { return FigureState::kShown; };
  for (const Case& c : cases) {
    Fixture fx;
    for (Aggregate& a : fx.results.waves[0].aggregates) {
      if (a.unit == 2 && a.group == kGroupAll) a.mean = c.school_mean;
      if (a.unit == 0) a.n = 3000;  // a county's CI is narrow
    }
    ResultIndex index(fx.data, fx.results);
    UnitReport r = BuildUnitReport(fx.data, index, all, 2, {.wave = 0});
    EXPECT_EQ(r.instruments[0].strengths.size(), c.strengths) << c.name;
    EXPECT_EQ(r.instruments[0].improvements.size(), c.improvements) << c.name;
  }
}

// School 1 (n 20, sd 0.8, mean 3.5 in wave 0, so T 55.0; sigma 1): its
// CI half-width is t(19) 0.8 / sqrt(20) = 0.374 SD in each wave, so a
// change is clear from sqrt(2) 0.374 = 0.529 SD (and 0.2 SD) on.
TEST(UnitReportTest, AChangeSinceThePreviousWaveOnlyWhenClear) {
  struct Case {
    const char* name;
    double change;  // the school's mean in wave 1 minus 3.5
    size_t changes;
  } cases[] = {
      {"0.8 SD better: clear", 0.8, 1},
      {"0.4 SD better: inside the CI", 0.4, 0},
      {"0.1 SD weaker: noise", -0.1, 0},
      {"0.6 SD weaker: clear", -0.6, 1},
  };
  DecideFn all = [](int, long) { return FigureState::kShown; };
  for (const Case& c : cases) {
    Fixture fx;
    for (Aggregate& a : fx.results.waves[1].aggregates) {
      if (a.unit == 2 && a.group == kGroupAll) a.mean = 3.5 + c.change;
    }
    ResultIndex index(fx.data, fx.results);
    const UnitReport r = BuildUnitReport(fx.data, index, all, 2, {});
    const InstrumentReport& ir = r.instruments[0];
    EXPECT_EQ(ir.wave, 1) << c.name;
    EXPECT_EQ(ir.previous_wave, 0) << c.name;
    ASSERT_EQ(ir.changes.size(), c.changes) << c.name;
    if (c.changes > 0) {
      EXPECT_EQ(ir.changes[0].title, "Trivsel") << c.name;
      EXPECT_NEAR(ir.changes[0].d, c.change, 1e-9) << c.name;
    }
  }
  // In its first wave a unit has no previous one.
  Fixture fx;
  ResultIndex index(fx.data, fx.results);
  const UnitReport first = BuildUnitReport(fx.data, index, all, 2, {.wave = 0});
  EXPECT_EQ(first.instruments[0].previous_wave, -1);
  EXPECT_TRUE(first.instruments[0].changes.empty());
}

// County > school > class 8A (grade 8); waves 2018 and 2020; one area of
// one factor, grades 5-10; reference mu 3, sigma 1. The year group is the
// school's 6th grade in 2018 and its 8th grade in 2020 (n 20, sd 0.8), each
// against the county's pupils of the same grade:
//   2018: school 3.5 (T 55), county 3.0 (T 50): relative T 55, d 0.5
//   2020: school 4.2 (T 62), county 2.8 (T 48): relative T 64, d 1.4
// so its place rose by 0.9 SD, more than the combined CI half-width of
// sqrt(2) t(19) 0.8 / sqrt(20) = 0.529 SD: a clear change. The school's
// 8th grade of 2018 (3.0, T 50) is other pupils: the same grade rose by
// 1.2 SD (T 50 to 62).
TEST(UnitReportTest, AClassYearGroupAgainstTheCountysPupilsOfTheSameGrade) {
  DataSet data;
  data.units.Add(Unit{.id = "c", .name = "Fylket", .level = Level::kCounty});
  data.units.Add(Unit{.id = "s", .name = "Skolen", .level = Level::kSchool});
  data.units.Add(Unit{.id = "k", .name = "8A", .level = Level::kClass, .grade = 8});
  data.units.Link({"", "c", "s"});
  data.project.waves = {{"2018", "T2 2018"}, {"2020", "T3 2020"}};
  Instrument ins;
  ins.id = "x";
  ins.grades = GradeRange{5, 10};
  ins.areas = {Area{"a", {{"nb", "Trivsel"}}, {0}}};
  ins.factors = {Factor{"f", {{"nb", "Trivsel"}}, 0, {}}};
  data.instruments = {ins};
  Results results;
  auto grade = [](int g) { return static_cast<GroupCode>(kGroupGrade0 + g); };
  for (int w = 0; w < 2; ++w) {
    WaveResult part;
    part.wave = w;
    part.instrument = 0;
    part.reference = {Reference{1000, 3.0, 1.0}, Reference{1000, 3.0, 1.0}};
    const int g = w == 0 ? 6 : 8;
    auto block = [&](int unit, GroupCode group, int n, double mean, double sd) {
      for (int s = 0; s < 2; ++s) part.aggregates.push_back({unit, group, int16_t(s), n, mean, sd});
    };
    block(0, kGroupAll, 1000, 3.0, 1.0);
    block(0, grade(g), 1000, w == 0 ? 3.0 : 2.8, 1.0);
    block(1, kGroupAll, 20, 3.5, 0.8);
    block(1, grade(g), 20, w == 0 ? 3.5 : 4.2, 0.8);
    if (w == 0) block(1, grade(8), 20, 3.0, 0.8);
    if (w == 1) block(2, kGroupAll, 20, 4.2, 0.8);
    results.waves.push_back(part);
  }
  ResultIndex index(data, results);
  DecideFn all = [](int, long) { return FigureState::kShown; };
  const UnitReport r = BuildUnitReport(data, index, all, 2, {});
  const InstrumentReport& ir = r.instruments[0];
  const InstrumentReport::GradeSeries& yg = ir.year_group;
  ASSERT_EQ(yg.points.size(), 2u);
  EXPECT_EQ(yg.points[0].wave, 0);
  EXPECT_EQ(yg.points[0].grade, 6);
  EXPECT_EQ(yg.points[1].grade, 8);
  ASSERT_EQ(yg.areas.size(), 1u);
  const std::vector<Figure>& rel = yg.areas[0];
  EXPECT_NEAR(rel[0].t, 55.0, 1e-9);
  EXPECT_NEAR(rel[1].t, 64.0, 1e-9);
  EXPECT_NEAR(rel[1].d, 1.4, 1e-9);
  // The CI moves with the county: the school's 62 +- 3.74 becomes 64 +- 3.74.
  EXPECT_NEAR(rel[1].ci_high - rel[1].t, rel[1].t - rel[1].ci_low, 0.11);
  EXPECT_NEAR(rel[1].ci_high, 67.7, 0.051);
  ASSERT_EQ(yg.changes.size(), 1u);
  EXPECT_NEAR(yg.changes[0].d, 0.9, 1e-9);
  EXPECT_TRUE(ir.same_grades.empty() && ir.year_groups.empty()) << "a class has its year group only";

  // The school: its 8th grade then and now (other pupils), and its year
  // group, the class's, the same figures.
  const InstrumentReport school = BuildUnitReport(data, index, all, 1, {}).instruments[0];
  EXPECT_TRUE(school.year_group.points.empty());
  ASSERT_EQ(school.same_grades.size(), 1u);
  const InstrumentReport::GradeSeries& eighth = school.same_grades[0];
  ASSERT_EQ(eighth.points.size(), 2u);
  EXPECT_EQ(eighth.points[0].grade, 8);
  EXPECT_EQ(eighth.points[1].grade, 8);
  EXPECT_NEAR(eighth.areas[0][0].t, 50.0, 1e-9);
  EXPECT_NEAR(eighth.areas[0][1].t, 62.0, 1e-9);
  ASSERT_EQ(eighth.changes.size(), 1u);
  EXPECT_NEAR(eighth.changes[0].d, 1.2, 1e-9);
  ASSERT_EQ(school.year_groups.size(), 1u);
  EXPECT_NEAR(school.year_groups[0].areas[0][0].t, 55.0, 1e-9);
  EXPECT_NEAR(school.year_groups[0].areas[0][1].t, 64.0, 1e-9);
  ASSERT_EQ(school.year_groups[0].changes.size(), 1u);
  EXPECT_NEAR(school.year_groups[0].changes[0].d, 0.9, 1e-9);

  // The county's year group keeps its own T (against itself it would be
  // 50 throughout): 50 in 6th grade, 48 in 8th.
  const InstrumentReport county = BuildUnitReport(data, index, all, 0, {}).instruments[0];
  ASSERT_EQ(county.year_groups.size(), 1u);
  EXPECT_NEAR(county.year_groups[0].areas[0][0].t, 50.0, 1e-9);
  EXPECT_NEAR(county.year_groups[0].areas[0][1].t, 48.0, 1e-9);
}

}  // namespace
}  // namespace kfl
