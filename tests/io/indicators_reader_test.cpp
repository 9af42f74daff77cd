#include "io/indicators_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "io/memory_file_system.h"
#include "io_test_util.h"

namespace kfl {
namespace {

using ::testing::ElementsAre;

struct Read {
  bool ok = false;
  std::vector<Indicator> indicators;
  std::vector<std::string> messages;
};

Read ReadText(const std::string& text) {
  Project project;
  project.waves = {{"2016", "T1"}, {"2018", "T2"}};
  UnitTree units;
  units.Add({"hedmark", "Hedmark", Level::kCounty});
  units.Add({"k-hamar", "Hamar", Level::kMunicipality});
  units.Link({"", "hedmark"});
  MemoryFileSystem fs;
  fs.AddFile("d/indicators.csv", text);
  Diagnostics diags;
  Read r;
  r.ok = ReadIndicators(fs, "d/indicators.csv", project, units, &r.indicators, &diags);
  r.messages = testing_io::Messages(diags);
  return r;
}

TEST(IndicatorsReaderTest, ReadsLongFormat) {
  Read r = ReadText(
      "unit,wave,indicator,value\n"
      "k-hamar,2018,grunnskolepoeng,40.2\n"
      "k-hamar,2018,foreldre_hoyere_utdanning,0.38\n"
      "hedmark,2016,grunnskolepoeng,-1e-2\n");
  EXPECT_TRUE(r.ok);
  EXPECT_THAT(r.messages, ElementsAre());
  ASSERT_EQ(r.indicators.size(), 3u);
  EXPECT_EQ(r.indicators[0].unit, 1);
  EXPECT_EQ(r.indicators[0].wave, 1);
  EXPECT_EQ(r.indicators[0].name, "grunnskolepoeng");
  EXPECT_DOUBLE_EQ(r.indicators[0].value, 40.2);
  EXPECT_DOUBLE_EQ(r.indicators[2].value, -0.01);
  EXPECT_EQ(r.indicators[2].wave, 0);
}

TEST(IndicatorsReaderTest, ReportsEveryProblemAtItsCell) {
  Read r = ReadText(
      "unit;wave;indicator;value\n"
      "k-hamr;2018;gsp;40.2\n"
      "k-hamar;2019;gsp;40.2\n"
      "k-hamar;2018;;1\n"
      "k-hamar;2018;gsp;40,2\n"
      "k-hamar;2018;gsp;mye\n"
      "k-hamar;2018;gsp;\n"
      "k-hamar;2016;gsp;1\n"
      "k-hamar;2016;gsp;2\n");
  EXPECT_THAT(
      r.messages,
      ElementsAre(
          "d/indicators.csv:2:1: enheten «k-hamr» finnes ikke i units.csv (mente du «k-hamar»?)",
          "d/indicators.csv:3:9: bølgen «2019» er ikke deklarert i project.json (mente du "
          "«2016»?)",  // as close as 2018: the first wave wins
          "d/indicators.csv:4:14: indikatornavnet mangler",
          // A semicolon file: Norwegian Excel's decimal comma (a comma
          // file's is an error, tests/bad_input/indicators_value_invalid).
          "d/indicators.csv:5:18: advarsel: «40,2» er lest som 40.2: filen bruker semikolon som "
          "skilletegn og desimalkomma, slik norsk Excel lagrer tall; det gjelder alle tall i filen",
          "d/indicators.csv:6:1: indikatoren «gsp» for enheten «k-hamar» i bølgen «2018» finnes "
          "allerede på linje 5",
          "d/indicators.csv:6:18: «mye» er ikke et tall; bruk punktum som desimaltegn, for "
          "eksempel 40.2",
          "d/indicators.csv:7:1: indikatoren «gsp» for enheten «k-hamar» i bølgen «2018» finnes "
          "allerede på linje 5",
          "d/indicators.csv:7:18: «» er ikke et tall; bruk punktum som desimaltegn, for eksempel "
          "40.2",
          "d/indicators.csv:9:1: indikatoren «gsp» for enheten «k-hamar» i bølgen «2016» finnes "
          "allerede på linje 8"));
  ASSERT_EQ(r.indicators.size(), 2u);
  EXPECT_DOUBLE_EQ(r.indicators[0].value, 40.2);
  EXPECT_DOUBLE_EQ(r.indicators[1].value, 1);
}

TEST(IndicatorsReaderTest, ColumnsAreChecked) {
  Read r = ReadText("unit,wave,indikator,value\n");
  EXPECT_FALSE(r.ok);
  EXPECT_THAT(r.messages,
              ElementsAre("d/indicators.csv:1:1: kolonnen «indicator» mangler i overskriftslinjen",
                          "d/indicators.csv:1:11: ukjent kolonne «indikator» (mente du "
                          "«indicator»?)"));
}

}  // namespace
}  // namespace kfl
