#include "publish/data_files.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

namespace kfl {
namespace {
namespace fs = std::filesystem;

// County > municipality > school > class, one instrument with one area of
// two factors (scores: f1 = 0, f2 = 1, area = 2).
DataSet SmallDataSet() {
  DataSet data;
  data.project.waves = {{"2016", "T1 2016"}};
  data.project.reference_wave = "2016";
  data.project.privacy = {.min_n_public = 10, .min_n_restricted = 5, .min_cell = 3};
  UnitTree& u = data.units;
  u.Add({"fylke", "Fylke", Level::kCounty});
  u.Add({"k-a", "Kommune A", Level::kMunicipality});
  u.Add({"s-a", "Skole, \"A\"", Level::kSchool});
  u.Add({"c-a-8a", "8A", Level::kClass, -1, 8, 20});
  u.Link({"", "fylke", "k-a", "s-a"});
  Instrument in;
  in.id = "elev";
  in.areas = {{"trivsel", {}, {0, 1}}};
  in.factors = {{"f1", {}, 0, {0}}, {"f2", {}, 0, {1}}};
  in.items = {{"i1", {}, false, false, 0}, {"i2", {}, false, false, 1}};
  data.instruments = {in};
  return data;
}

std::string Written(const std::function<void(FileWriter*)>& write) {
  // One file per test: ctest runs the tests of this file in parallel.
  fs::path path = fs::path(::testing::TempDir()) /
                  (std::string("kfl_data_files_") +
                   ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".csv");
  {
    FileWriter f("x.csv", std::fopen(path.c_str(), "wb"));
    write(&f);
    EXPECT_TRUE(f.Close());
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  fs::remove(path);
  return s.str();
}

Results SmallResults() {
  Results r;
  WaveResult part;
  part.wave = 0;
  part.instrument = 0;
  const double nan = std::nan("");
  // (unit, group, score, n, mean, sd): the county block, then the class.
  part.aggregates = {
      {0, kGroupAll, 0, 12, 3.5, 0.5}, {0, kGroupAll, 1, 12, 3.0, 1.0},
      {0, kGroupAll, 2, 12, 3.25, 0.75}, {3, kGroupAll, 0, 1, 4.0, nan},
      {3, kGroupAll, 1, 0, nan, nan},   {3, kGroupAll, 2, 6, 4.0, 0.0},
  };
  // Reference for f1: mu 3, sigma 1; f2 unusable; area mu 3.25, sigma 0.75.
  part.reference = {{100, 3.0, 1.0}, {0, 0, 0}, {100, 3.25, 0.75}};
  part.reliability = {{0, 1, 12, nan}, {1, 4, 11, 0.8125}};
  r.waves.push_back(part);
  VariationRow v;
  v.wave = 0;
  v.instrument = 0;
  v.parent = 2;
  v.child_level = Level::kClass;
  v.score = 2;
  v.variation = {.units = 3, .has_icc = true, .icc = -0.0625, .has_spread = false};
  r.variation.push_back(v);
  DecideViews(SmallDataSet(), 1, &r);
  return r;
}

TEST(DataFilesTest, RestrictedAggregatesWithTAndSuppression) {
  DataSet data = SmallDataSet();
  Results results = SmallResults();
  std::string csv = Written([&](FileWriter* f) {
    WriteAggregatesCsv(data, results, AudienceKind::kRestricted, f);
  });
  // f1 county: T = 50 + 10 (3.5 - 3) / 1 = 55, d = 0.5,
  //   CI = 55 -/+ t(0.975, 11) * 10 * 0.5 / (1 * sqrt(12)) = 55 -/+ 3.176848,
  //   each figure written as the shortest text of its double.
  // f2: unusable reference: mean and sd but no T.
  // Class: f1 n = 1 and f2 n = 0 are below 5: suppressed. The area (n = 6)
  //   would pass, but with f2 empty it is f1's mean again: it is suppressed
  //   as well (complementary), so f1's one respondent stays hidden.
  EXPECT_EQ(csv,
            "wave,instrument,level,unit,group,area,factor,n,mean,sd,t,t_ci_low,t_ci_high,d,"
            "suppressed\n"
            "2016,elev,county,fylke,all,trivsel,,12,3.25,0.75,50,43.6463031266936,"
            "56.3536968733064,0,0\n"
            "2016,elev,county,fylke,all,trivsel,f1,12,3.5,0.5,55,51.8231515633468,"
            "58.1768484366532,0.5,0\n"
            "2016,elev,county,fylke,all,trivsel,f2,12,3,1,,,,,0\n"
            "2016,elev,class,c-a-8a,all,trivsel,,,,,,,,,1\n"
            "2016,elev,class,c-a-8a,all,trivsel,f1,,,,,,,,1\n"
            "2016,elev,class,c-a-8a,all,trivsel,f2,,,,,,,,1\n");
}

TEST(DataFilesTest, PublicAggregatesLeaveOutClassesAndUseThePublicThreshold) {
  DataSet data = SmallDataSet();
  Results results = SmallResults();
  std::string csv = Written([&](FileWriter* f) {
    WriteAggregatesCsv(data, results, AudienceKind::kPublic, f);
  });
  EXPECT_EQ(csv.find("c-a-8a"), std::string::npos) << csv;
  EXPECT_NE(csv.find("2016,elev,county,fylke,all,trivsel,f1,12,"), std::string::npos) << csv;
}

TEST(DataFilesTest, ReliabilityRows) {
  DataSet data = SmallDataSet();
  Results results = SmallResults();
  std::string csv = Written([&](FileWriter* f) { WriteReliabilityCsv(data, results, f); });
  EXPECT_EQ(csv,
            "wave,instrument,area,factor,items,n,alpha\n"
            "2016,elev,trivsel,f1,1,12,\n"
            "2016,elev,trivsel,f2,4,11,0.8125\n");
}

TEST(DataFilesTest, VariationRows) {
  DataSet data = SmallDataSet();
  Results results = SmallResults();
  std::string csv = Written([&](FileWriter* f) { WriteVariationCsv(data, results, f); });
  EXPECT_EQ(csv,
            "wave,instrument,parent,child_level,area,factor,units,icc,spread_d\n"
            "2016,elev,s-a,class,trivsel,,3,-0.0625,\n");
}

}  // namespace
}  // namespace kfl

namespace kfl {
namespace {

// The classic attack on the written file: school s-a has classes of 12 and 4
// pupils. With the school's 16 published, showing class 8A (12) would give
// class 8B (4) by subtraction, so both classes are suppressed.
TEST(DataFilesTest, ClassicAttackTwoClassesOf12And4) {
  DataSet data = SmallDataSet();
  data.units = UnitTree();
  UnitTree& u = data.units;
  u.Add({"fylke", "Fylke", Level::kCounty});
  u.Add({"k-a", "Kommune A", Level::kMunicipality});
  u.Add({"s-a", "Skole A", Level::kSchool});
  u.Add({"c-8a", "8A", Level::kClass, -1, 8, 12});
  u.Add({"c-8b", "8B", Level::kClass, -1, 8, 4});
  u.Link({"", "fylke", "k-a", "s-a", "s-a"});
  Instrument& in = data.instruments[0];
  in.areas = {{"trivsel", {}, {0}}};
  in.factors = {{"f1", {}, 0, {0}}};
  in.items = {{"i1", {}, false, false, 0}};
  Results r;
  WaveResult part;
  part.wave = 0;
  part.instrument = 0;
  // 12 pupils at 4.0 and 4 at 2.0: the school's mean 3.5 minus 8A's would
  // give 8B's 2.0 exactly.
  for (int unit : {0, 1, 2})
    for (int s : {0, 1}) part.aggregates.push_back({unit, kGroupAll, int16_t(s), 16, 3.5, 0.9});
  for (int s : {0, 1}) part.aggregates.push_back({3, kGroupAll, int16_t(s), 12, 4.0, 0.5});
  for (int s : {0, 1}) part.aggregates.push_back({4, kGroupAll, int16_t(s), 4, 2.0, 0.5});
  part.reference = {{16, 3.5, 0.9}, {16, 3.5, 0.9}};
  r.waves.push_back(part);
  DecideViews(data, 1, &r);
  const std::string restricted =
      Written([&](FileWriter* f) { WriteAggregatesCsv(data, r, AudienceKind::kRestricted, f); });
  EXPECT_NE(restricted.find("2016,elev,school,s-a,all,trivsel,f1,16,3.5,"), std::string::npos)
      << restricted;
  EXPECT_NE(restricted.find("2016,elev,class,c-8a,all,trivsel,f1,,,,,,,,1\n"), std::string::npos)
      << restricted;
  EXPECT_NE(restricted.find("2016,elev,class,c-8b,all,trivsel,f1,,,,,,,,1\n"), std::string::npos)
      << restricted;
  const std::string pub =
      Written([&](FileWriter* f) { WriteAggregatesCsv(data, r, AudienceKind::kPublic, f); });
  EXPECT_EQ(pub.find("c-8"), std::string::npos) << pub;
  EXPECT_NE(pub.find("2016,elev,school,s-a,all,trivsel,f1,16,"), std::string::npos) << pub;
}

}  // namespace
}  // namespace kfl

namespace kfl {
namespace {

// Distributions at their granularities: grouped rows name the values they
// hold, a hidden item is one suppressed row, a unit the audience does not
// see has no rows.
TEST(DataFilesTest, DistributionRowsAtTheirGranularities) {
  DataSet data = SmallDataSet();
  data.instruments[0].items[1].reverse = true;
  Results r;
  WaveResult part;
  part.wave = 0;
  part.instrument = 0;
  part.distributions = {{0, 0, {0, 1, 3, 8, 10}},
                        {0, 1, {10, 8, 3, 1, 0}},
                        {2, 0, {0, 1, 3, 8, 10}},
                        {3, 0, {0, 1, 3, 8, 10}}};
  part.public_distribution_view = {{Granularity::kEvery, CategoryDisclosure::kShown},
                                   {Granularity::kTwo, CategoryDisclosure::kTooFew},
                                   {Granularity::kHidden, CategoryDisclosure::kTooFew},
                                   {Granularity::kHidden, CategoryDisclosure::kNotShown}};
  part.restricted_distribution_view = part.public_distribution_view;
  r.waves.push_back(part);
  const std::string csv =
      Written([&](FileWriter* f) { WriteDistributionsCsv(data, r, AudienceKind::kPublic, f); });
  EXPECT_EQ(csv,
            "wave,instrument,level,unit,group,item,categories,count,percent,suppressed\n"
            "2016,elev,county,fylke,all,i1,1,0,0,0\n"
            "2016,elev,county,fylke,all,i1,2,1,4.545454545454546,0\n"
            "2016,elev,county,fylke,all,i1,3,3,13.636363636363637,0\n"
            "2016,elev,county,fylke,all,i1,4,8,36.36363636363637,0\n"
            "2016,elev,county,fylke,all,i1,5,10,45.45454545454545,0\n"
            "2016,elev,county,fylke,all,i2,1-2,18,81.81818181818181,0\n"
            "2016,elev,county,fylke,all,i2,3-5,4,18.181818181818183,0\n"
            "2016,elev,school,s-a,all,i1,,,,1\n");
}

}  // namespace
}  // namespace kfl
