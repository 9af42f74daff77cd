#include "io/indicators_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

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
  IndicatorDef share;
  share.id = "foreldre_hoyere_utdanning";
  share.kind = IndicatorDef::Kind::kBackground;
  share.percent = true;
  IndicatorDef points;
  points.id = "grunnskolepoeng";
  IndicatorDef gsp;
  gsp.id = "gsp";
  project.indicators = {share, points, gsp};
  project.comparisons = {{"norge", {{"nb", "Norge"}}}};
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
  EXPECT_EQ(r.indicators[0].def, 1);
  EXPECT_EQ(r.indicators[0].group, Indicator::Group::kAll);
  EXPECT_EQ(r.indicators[1].def, 0);
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

// The contract's indicators.csv with `group`, a comparison unit, and the
// problems only project.json's descriptions reveal.
TEST(IndicatorsReaderTest, GroupsComparisonsAndWhatProjectJsonDescribes) {
  Read r = ReadText(
      "unit,wave,indicator,group,value\n"
      "k-hamar,2018,grunnskolepoeng,all,40.2\n"
      "k-hamar,2018,grunnskolepoeng,gender:F,42.6\n"
      "k-hamar,2018,grunnskolepoeng,gender:M,38.1\n"
      "norge,2018,grunnskolepoeng,,41.8\n"
      "k-hamar,2018,grunskolepoeng,all,40.2\n"
      "k-hamar,2018,grunnskolepoeng,gender:X,40.2\n"
      "k-hamar,2018,foreldre_hoyere_utdanning,all,38\n"
      "k-hamar,2016,foreldre_hoyere_utdanning,all,0.38\n");
  EXPECT_TRUE(r.ok);
  EXPECT_THAT(
      r.messages,
      ElementsAre("d/indicators.csv:6:14: indikatoren «grunskolepoeng» er ikke beskrevet i project.json under "
                  "«indicators» (mente du «grunnskolepoeng»?)",
                  "d/indicators.csv:7:30: ukjent gruppe «gender:X»; gyldige grupper er all, gender:F og "
                  "gender:M (mente du «gender:F»?)",
                  "d/indicators.csv:8:44: «38» er utenfor 0–1: «foreldre_hoyere_utdanning» er en andel (unit "
                  "\"%\"), skriv for eksempel 0.38 for 38 %"));
  ASSERT_EQ(r.indicators.size(), 5u);
  EXPECT_EQ(r.indicators[1].group, Indicator::Group::kFemale);
  EXPECT_EQ(r.indicators[2].group, Indicator::Group::kMale);
  EXPECT_EQ(r.indicators[3].unit, -1);
  EXPECT_EQ(r.indicators[3].comparison, 0);
  EXPECT_DOUBLE_EQ(r.indicators[4].value, 0.38);
}

TEST(IndicatorsReaderTest, ColumnsAreChecked) {
  Read r = ReadText("unit,wave,indikator,value\n");
  EXPECT_FALSE(r.ok);
  EXPECT_THAT(r.messages,
              ElementsAre("d/indicators.csv:1:1: kolonnen «indicator» mangler i overskriftslinjen",
                          "d/indicators.csv:1:11: ukjent kolonne «indikator» (mente du "
                          "«indicator»?)"));
}

// Issue #23: indicators are data, described in project.json; no name of
// one is known to the code (only `kfl synth`, which writes the synthetic
// ones, names them). Every indicator of the example's project.json is
// searched for in src/ outside src/synth/, case-insensitively.
TEST(IndicatorsReaderTest, NoIndicatorIsNamedInTheSources) {
  namespace fs = std::filesystem;
  auto read = [](const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    std::string s = text.str();
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
  };
  const fs::path root(KFL_SOURCE_DIR);
  const nlohmann::json project = nlohmann::json::parse(read(root / "data/example/project.json"));
  std::vector<std::string> names;
  for (const auto& [name, def] : project["indicators"].items()) names.push_back(name);
  ASSERT_GE(names.size(), 4u);
  int files = 0;
  for (const fs::directory_entry& e : fs::recursive_directory_iterator(root / "src")) {
    const fs::path rel = fs::relative(e.path(), root / "src");
    if (!e.is_regular_file() || *rel.begin() == "synth") continue;
    ++files;
    const std::string text = read(e.path());
    for (const std::string& name : names) {
      EXPECT_EQ(text.find(name), std::string::npos) << "src/" << rel.string() << " names " << name;
    }
  }
  EXPECT_GT(files, 100);
}

}  // namespace
}  // namespace kfl
