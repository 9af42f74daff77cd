#include "synth/synth.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "synth/instrument_model.h"
#include "synth_test_util.h"

namespace kfl {
namespace {

namespace fs = std::filesystem;
using synth_test::ListFiles;
using synth_test::ParseCsv;
using synth_test::ReadFile;
using synth_test::TempDir;
using Rows = std::vector<std::vector<std::string>>;

// ---------------------------------------------------------------------------
// The six instruments against the seed document 002 (areas, number of
// factors, number of items) and the brief (respondent, level, grades, scale).

struct AreaCase {
  const char* title;
  int factors;
  int items;
};

struct InstrumentCase {
  const char* id;
  const char* respondent;
  const char* unit_level;
  std::vector<int> grades;  // empty: no "grades"
  std::vector<std::string> background;
  int scale_max;
  std::vector<AreaCase> areas;
};

const std::vector<InstrumentCase>& SeedInstruments() {
  static const std::vector<InstrumentCase> kCases = {
      {"elev_1_4", "pupil", "class", {1, 4}, {"gender", "grade"}, 4,
       {{"Trivsel", 1, 6},
        {"Atferd", 1, 2},
        {"Relasjon til lærer", 1, 7},
        {"Klassen og relasjon til medelever", 1, 8}}},
      {"elev_5_10", "pupil", "class", {5, 10}, {"gender", "grade"}, 5,
       {{"Trivsel", 2, 10},
        {"Atferd", 4, 24},
        {"Relasjon til lærer", 1, 9},
        {"Klassen og relasjon til medelever", 2, 13},
        {"Undervisning", 5, 21},
        {"Forventning om mestring", 1, 4}}},
      {"kontaktlaerer", "teacher_on_pupil", "class", {1, 10}, {"gender", "grade"}, 5,
       {{"Sosial kompetanse", 3, 30},
        {"Motivasjon og arbeidsinnsats", 1, 4},
        {"Skolefaglige prestasjoner", 1, 6},
        {"Oppmøte og punktlighet", 1, 2}}},
      {"laerer", "teacher", "school", {}, {}, 5,
       {{"Miljø i skolen", 4, 16},
        {"Undervisningen", 3, 13},
        {"Elevenes motivasjon og innsats", 1, 3},
        {"Lite uro og problematferd", 1, 4},
        {"Støtte og kontakt med elevene", 1, 11},
        {"Læringskultur og relasjon mellom elevene", 1, 11}}},
      {"foreldre", "parent", "class", {1, 10}, {"grade"}, 5,
       {{"Støtte i skolearbeidet", 1, 10},
        {"Informasjon fra og samarbeid med skolen", 1, 24},
        {"Kontakt mellom foreldrene i klassen", 1, 7}}},
      {"skoleleder", "leader", "school", {}, {}, 5,
       {{"Pedagogisk ledelse", 1, 9}, {"Skolekultur", 2, 19}}},
      // The kindergartens (seed 004, issue #11): the kindergarten teacher's
      // assessment of each child, and the parents of a group.
      {"barnehagelaerer", "kindergarten_teacher", "group", {}, {"gender"}, 5,
       {{"Sosial kompetanse", 3, 13},
        {"Språk og kommunikasjon", 2, 8},
        {"Lek og deltakelse", 1, 5},
        {"Trygghet mot erting og utestenging", 1, 4}}},
      {"foreldre_barnehage", "parent", "group", {}, {}, 5,
       {{"Barnets trivsel", 1, 4}, {"Samarbeid med barnehagen", 1, 6}}},
  };
  return kCases;
}

fs::path InstrumentFile(const std::string& id) {
  return fs::path(KFL_SOURCE_DIR) / "src" / "synth" / "instruments" / (id + ".json");
}

bool IsIdChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

TEST(SynthInstrumentsTest, MatchTheSeedDocument) {
  for (const InstrumentCase& c : SeedInstruments()) {
    const std::string text = ReadFile(InstrumentFile(c.id));
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << c.id << ": not valid JSON";
    EXPECT_EQ(j.value("id", ""), c.id) << c.id;
    EXPECT_FALSE(j["title"].value("nb", "").empty()) << c.id;
    EXPECT_EQ(j.value("respondent", ""), c.respondent) << c.id;
    EXPECT_EQ(j.value("unit_level", ""), c.unit_level) << c.id;
    if (c.grades.empty()) {
      EXPECT_FALSE(j.contains("grades")) << c.id;
    } else {
      EXPECT_EQ(j["grades"].get<std::vector<int>>(), c.grades) << c.id;
    }
    EXPECT_EQ(j.value("background", std::vector<std::string>{}), c.background) << c.id;
    EXPECT_EQ(j["scale"]["min"].get<int>(), 1) << c.id;
    EXPECT_EQ(j["scale"]["max"].get<int>(), c.scale_max) << c.id;
    EXPECT_EQ(j["scale"]["labels"]["nb"].size(), static_cast<size_t>(c.scale_max)) << c.id;

    ASSERT_EQ(j["areas"].size(), c.areas.size()) << c.id << ": number of areas";
    std::set<std::string> ids;
    int reverse = 0, sensitive = 0;
    const auto check_id = [&](const std::string& id, const std::string& where) {
      EXPECT_TRUE(ids.insert(id).second) << c.id << ": id " << id << " used twice (" << where << ")";
      EXPECT_FALSE(id.empty()) << c.id << ": empty id (" << where << ")";
      for (char ch : id) EXPECT_TRUE(IsIdChar(ch)) << c.id << ": id " << id << " is not lower-case ASCII";
    };
    for (size_t a = 0; a < c.areas.size(); ++a) {
      const AreaCase& expected = c.areas[a];
      const nlohmann::json& area = j["areas"][a];
      const std::string where = std::string(c.id) + " / " + expected.title;
      EXPECT_EQ(area["title"].value("nb", ""), expected.title) << where;
      check_id(area.value("id", ""), where);
      EXPECT_EQ(static_cast<int>(area["factors"].size()), expected.factors) << where << ": factors";
      int items = 0;
      for (const auto& factor : area["factors"]) {
        check_id(factor.value("id", ""), where);
        EXPECT_FALSE(factor["title"].value("nb", "").empty()) << where;
        EXPECT_GE(factor["items"].size(), 1u) << where;
        for (const auto& item : factor["items"]) {
          ++items;
          check_id(item.value("id", ""), where);
          EXPECT_FALSE(item["text"].value("nb", "").empty()) << where << ": " << item.value("id", "");
          reverse += item.value("reverse", false);
          sensitive += item.value("sensitive", false);
        }
      }
      EXPECT_EQ(items, expected.items) << where << ": items";
    }
    EXPECT_GT(reverse, 0) << c.id << ": no reversed item";
    if (std::string(c.respondent) == "pupil" || std::string(c.respondent) == "kindergarten_teacher") {
      EXPECT_GT(sensitive, 0) << c.id << ": no sensitive item";
    }
  }
}

// ---------------------------------------------------------------------------
// Whole data directories.

const std::vector<std::string>& InstrumentIds() {
  static const std::vector<std::string> kIds = {"elev_1_4", "elev_5_10", "foreldre",
                                                "kontaktlaerer", "laerer", "skoleleder"};
  return kIds;
}
const std::vector<std::string>& KindergartenInstrumentIds() {
  static const std::vector<std::string> kIds = {"barnehagelaerer", "foreldre_barnehage"};
  return kIds;
}

// The schools' instruments in 2016, 2018 and 2020, the kindergartens' in
// 2017 and 2019.
std::vector<std::string> ExpectedFiles() {
  std::vector<std::string> files = {"indicators.csv", "project.json", "units.csv"};
  for (const std::string& id : InstrumentIds()) {
    files.push_back("instruments/" + id + ".json");
    for (const char* wave : {"2016", "2018", "2020"})
      files.push_back(std::string("responses/") + wave + "/" + id + ".csv");
  }
  for (const std::string& id : KindergartenInstrumentIds()) {
    files.push_back("instruments/" + id + ".json");
    for (const char* wave : {"2017", "2019"})
      files.push_back(std::string("responses/") + wave + "/" + id + ".csv");
  }
  std::sort(files.begin(), files.end());
  return files;
}

void Generate(const std::string& dir, const std::string& preset, uint64_t seed) {
  SynthOptions options;
  options.out_dir = dir;
  options.preset = preset;
  options.seed = seed;
  Diagnostics diags;
  ASSERT_TRUE(Synthesize(options, &diags)) << preset << " seed " << seed << ": "
                                           << (diags.all().empty() ? "" : diags.all()[0].key);
}

TEST(SynthTest, TinyWritesTheContractFiles) {
  TempDir dir("tiny-files");
  Generate(dir.str(), "tiny", 1);
  EXPECT_EQ(ListFiles(dir.path()), ExpectedFiles());
  // The instruments are written byte for byte.
  for (const std::string& id : InstrumentIds())
    EXPECT_EQ(ReadFile(dir.path() / "instruments" / (id + ".json")), ReadFile(InstrumentFile(id))) << id;
  const nlohmann::json project = nlohmann::json::parse(ReadFile(dir.path() / "project.json"));
  EXPECT_EQ(project["title"]["nb"], "Kultur for læring");
  EXPECT_EQ(project["title"]["en"], "Culture for Learning");
  EXPECT_EQ(project["owner"], "Testfylke");
  EXPECT_EQ(project["reference_wave"], "2016");
  ASSERT_EQ(project["waves"].size(), 5u);
  EXPECT_EQ(project["waves"][1]["label"], "T1 2017");
  EXPECT_EQ(project["waves"][2]["label"], "T2 2018");
  EXPECT_EQ(project["public_levels"],
            nlohmann::json::array({"county", "municipality", "school", "kindergarten"}));
  EXPECT_EQ(project["missing_codes"], nlohmann::json::array({9}));
  EXPECT_EQ(project["privacy"]["min_n_public"], 10);
  // Small enough to commit as data/example.
  uintmax_t size = 0;
  for (const std::string& f : ListFiles(dir.path())) size += fs::file_size(dir.path() / f);
  EXPECT_LT(size, 1000000u);
}

TEST(SynthTest, SameSeedGivesIdenticalBytesAndAnotherSeedDiffers) {
  TempDir a("same-a"), b("same-b"), c("other");
  Generate(a.str(), "tiny", 7);
  Generate(b.str(), "tiny", 7);
  Generate(c.str(), "tiny", 8);
  const std::vector<std::string> files = ListFiles(a.path());
  ASSERT_EQ(files, ListFiles(b.path()));
  int differing = 0;
  for (const std::string& f : files) {
    EXPECT_EQ(ReadFile(a.path() / f), ReadFile(b.path() / f)) << f << " differs between two runs";
    if (ReadFile(a.path() / f) != ReadFile(c.path() / f)) ++differing;
  }
  // Instruments and project.json do not depend on the seed; the data does.
  EXPECT_GE(differing, 19) << "seed 8 should change every data file";
}

TEST(SynthTest, RefusesANonEmptyDirectoryAndAnUnknownPreset) {
  TempDir dir("refuse");
  fs::create_directories(dir.path());
  { std::ofstream(dir.path() / "keep.txt") << "mine"; }
  SynthOptions options;
  options.out_dir = dir.str();
  options.preset = "tiny";
  Diagnostics diags;
  EXPECT_FALSE(Synthesize(options, &diags));
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].where.file, dir.str());
  EXPECT_EQ(diags.all()[0].key, "synth.error.dir_not_empty");
  EXPECT_EQ(ReadFile(dir.path() / "keep.txt"), "mine");

  TempDir empty("unknown");
  options.out_dir = empty.str();
  options.preset = "oslo";
  Diagnostics unknown;
  EXPECT_FALSE(Synthesize(options, &unknown));
  ASSERT_EQ(unknown.all().size(), 1u);
  EXPECT_EQ(unknown.all()[0].key, "synth.error.unknown_preset");
  EXPECT_EQ(unknown.all()[0].args[0].second, "oslo");
  EXPECT_NE(unknown.all()[0].args[1].second.find("hedmark"), std::string::npos);
}

TEST(SynthTest, PresetsAreListedInOrder) {
  EXPECT_EQ(SynthPresets(), (std::vector<std::string>{"tiny", "hedmark", "innlandet", "norway"}));
}

// units.csv: one county, every parent exists one level up, class rows with
// grade and enrolled, unique ids.
void CheckUnits(const Rows& rows, const std::string& what) {
  ASSERT_FALSE(rows.empty()) << what;
  EXPECT_EQ(rows[0], (std::vector<std::string>{"id", "parent", "level", "name", "grade", "enrolled"}))
      << what;
  std::map<std::string, std::string> level_of;
  int counties = 0;
  const std::map<std::string, std::string> parent_level = {
      {"municipality", "county"}, {"school", "municipality"}, {"class", "school"},
      {"kindergarten", "municipality"}, {"group", "kindergarten"}};
  for (size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    ASSERT_EQ(row.size(), 6u) << what << " line " << r + 1;
    EXPECT_TRUE(level_of.emplace(row[0], row[2]).second) << what << ": duplicate id " << row[0];
    EXPECT_FALSE(row[3].empty()) << what << ": " << row[0] << " has no name";
    if (row[2] == "county") {
      ++counties;
      EXPECT_TRUE(row[1].empty()) << what;
      continue;
    }
    ASSERT_TRUE(parent_level.count(row[2])) << what << ": level " << row[2];
    ASSERT_TRUE(level_of.count(row[1])) << what << ": parent " << row[1] << " of " << row[0]
                                        << " missing (or listed after it)";
    EXPECT_EQ(level_of[row[1]], parent_level.at(row[2])) << what << ": " << row[0];
    if (row[2] == "class") {
      const int grade = std::stoi(row[4]);
      EXPECT_TRUE(grade >= 1 && grade <= 10) << what << ": " << row[0];
      EXPECT_GT(std::stoi(row[5]), 0) << what << ": " << row[0];
    } else if (row[2] == "group") {
      EXPECT_TRUE(row[4].empty()) << what << ": " << row[0];
      EXPECT_GT(std::stoi(row[5]), 0) << what << ": " << row[0];
    } else {
      EXPECT_TRUE(row[4].empty() && row[5].empty()) << what << ": " << row[0];
    }
  }
  EXPECT_EQ(counties, 1) << what;
}

TEST(SynthTest, TinyUnitsFormOneTree) {
  TempDir dir("tiny-units");
  Generate(dir.str(), "tiny", 1);
  const Rows rows = ParseCsv(ReadFile(dir.path() / "units.csv"));
  CheckUnits(rows, "tiny units.csv");
  int schools = 0, municipalities = 0, kindergartens = 0, groups = 0;
  for (const auto& row : rows) {
    schools += row[2] == "school";
    municipalities += row[2] == "municipality";
    kindergartens += row[2] == "kindergarten";
    groups += row[2] == "group";
  }
  EXPECT_EQ(municipalities, 2);
  EXPECT_EQ(schools, 4);
  EXPECT_EQ(kindergartens, 2) << "in Fjellvik only";
  EXPECT_EQ(groups, 4);
}

// data/example is the tiny preset with seed 1, committed, with one school
// renamed to a hostile name so that escaping is exercised downstream.
TEST(SynthTest, ExampleDataIsTinySeedOneWithOneHostileName) {
  const fs::path example = fs::path(KFL_SOURCE_DIR) / "data" / "example";
  ASSERT_TRUE(fs::exists(example / "project.json")) << example;
  TempDir dir("example");
  Generate(dir.str(), "tiny", 1);
  for (const std::string& f : ListFiles(dir.path())) {
    if (f == "units.csv") continue;
    EXPECT_EQ(ReadFile(example / f), ReadFile(dir.path() / f))
        << "data/example/" << f << " is not what `kfl synth data/example --preset tiny --seed 1` "
        << "writes: regenerate data/example (and re-apply the hostile unit name)";
  }
  const Rows expected = ParseCsv(ReadFile(dir.path() / "units.csv"));
  const Rows actual = ParseCsv(ReadFile(example / "units.csv"));
  CheckUnits(actual, "data/example/units.csv");
  ASSERT_EQ(actual.size(), expected.size());
  int renamed = 0;
  for (size_t r = 0; r < actual.size(); ++r) {
    if (actual[r] == expected[r]) continue;
    ++renamed;
    auto same_but_name = expected[r];
    same_but_name[3] = actual[r][3];
    EXPECT_EQ(actual[r], same_but_name) << "line " << r + 1 << ": only the name may differ";
    for (const char* bad : {"<", ">", "&", "\"", ","})
      EXPECT_NE(actual[r][3].find(bad), std::string::npos) << "the hostile name lacks " << bad;
  }
  EXPECT_EQ(renamed, 1);
}

// ---------------------------------------------------------------------------
// The hedmark preset, generated once for the statistical checks (~1 s).

class HedmarkTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir("hedmark");
    Generate(dir_->str(), "hedmark", 1);
    units_ = new Rows(ParseCsv(ReadFile(dir_->path() / "units.csv")));
  }
  static void TearDownTestSuite() {
    delete units_;
    delete dir_;
    units_ = nullptr;
    dir_ = nullptr;
  }

  static Rows Responses(const std::string& wave, const std::string& instrument) {
    return ParseCsv(ReadFile(dir_->path() / "responses" / wave / (instrument + ".csv")));
  }
  static const synth::InstrumentModel& Model(const std::string& id) {
    for (const auto& m : synth::InstrumentModels())
      if (m.def.id == id) return m;
    throw std::runtime_error(id);
  }
  // Enrolled pupils in the grade range.
  static int Enrolled(int first, int last) {
    int n = 0;
    for (const auto& row : *units_)
      if (row[2] == "class" && std::stoi(row[4]) >= first && std::stoi(row[4]) <= last)
        n += std::stoi(row[5]);
    return n;
  }
  static std::string Parent(const std::string& id) {
    for (const auto& row : *units_)
      if (row[0] == id) return row[1];
    return "";
  }

  static TempDir* dir_;
  static Rows* units_;
};

TempDir* HedmarkTest::dir_ = nullptr;
Rows* HedmarkTest::units_ = nullptr;

TEST_F(HedmarkTest, HasTheCountysSize) {
  CheckUnits(*units_, "hedmark units.csv");
  std::map<std::string, int> count;
  for (const auto& row : *units_) ++count[row[2]];
  EXPECT_EQ(count["county"], 1);
  EXPECT_EQ(count["municipality"], 22);
  EXPECT_EQ(count["school"], 126);
  const int pupils = Enrolled(1, 10);
  EXPECT_GT(pupils, 21000);
  EXPECT_LT(pupils, 23000);
  EXPECT_EQ((*units_)[2][0], "k-kongsvinger");
}

TEST_F(HedmarkTest, ResponseRatesAndMissingAnswers) {
  const double pupils = Enrolled(1, 10);
  for (const std::string wave : {"2016", "2018", "2020"}) {
    std::map<std::string, double> rows;
    for (const std::string& id : InstrumentIds()) {
      const Rows r = Responses(wave, id);
      const auto& def = Model(id).def;
      rows[id] = static_cast<double>(r.size() - 1);
      // Header: respondent, unit, background, every item.
      ASSERT_EQ(r[0].size(), 2 + def.background.size() + def.items.size()) << wave << " " << id;
      std::set<std::string> respondents;
      size_t cells = 0, empty = 0, code = 0, no_gender = 0;
      const size_t first_item = 2 + def.background.size();
      for (size_t i = 1; i < r.size(); ++i) {
        ASSERT_EQ(r[i].size(), r[0].size()) << wave << " " << id << " line " << i + 1;
        EXPECT_TRUE(respondents.insert(r[i][0]).second) << wave << " " << id << ": " << r[i][0];
        if (def.HasBackground(Background::kGender)) {
          const std::string& g = r[i][2];
          EXPECT_TRUE(g == "F" || g == "M" || g.empty()) << wave << " " << id << ": " << g;
          no_gender += g.empty();
        }
        for (size_t c = first_item; c < r[i].size(); ++c) {
          ++cells;
          const std::string& v = r[i][c];
          if (v.empty()) {
            ++empty;
          } else if (v == "9") {
            ++code;
          } else {
            const int x = std::stoi(v);
            ASSERT_TRUE(x >= def.scale.min && x <= def.scale.max) << wave << " " << id << ": " << v;
          }
        }
      }
      const std::string what = wave + " " + id;
      EXPECT_GT(static_cast<double>(empty) / cells, 0.012) << what;
      EXPECT_LT(static_cast<double>(empty) / cells, 0.035) << what;
      EXPECT_GT(code, 0u) << what;
      EXPECT_LT(static_cast<double>(code) / cells, 0.005) << what;
      if (def.HasBackground(Background::kGender)) {
        EXPECT_GT(no_gender, 0u) << what;
        EXPECT_LT(static_cast<double>(no_gender) / (r.size() - 1), 0.02) << what;
      }
    }
    const double pupil_rate = (rows["elev_1_4"] + rows["elev_5_10"]) / pupils;
    EXPECT_GE(pupil_rate, 0.85) << wave;
    EXPECT_LE(pupil_rate, 0.95) << wave;
    EXPECT_NEAR(rows["elev_1_4"] / Enrolled(1, 4), 0.9, 0.03) << wave;
    EXPECT_NEAR(rows["elev_5_10"] / Enrolled(5, 10), 0.9, 0.03) << wave;
    EXPECT_NEAR(rows["kontaktlaerer"] / (rows["elev_1_4"] + rows["elev_5_10"]), 0.95, 0.02) << wave;
    EXPECT_NEAR(rows["foreldre"] / pupils, 0.7, 0.05) << wave;
    EXPECT_NEAR(rows["laerer"], 2500, 150) << wave;
    EXPECT_GE(rows["skoleleder"], 126 * 0.9) << wave;
    EXPECT_LE(rows["skoleleder"], 126 * 3) << wave;
  }
}

TEST_F(HedmarkTest, KindergartensAndTheirChildrenAreAssessed) {
  std::map<std::string, int> kindergartens_in;  // municipality -> kindergartens
  std::map<std::string, int> enrolled;           // group -> children
  int small = 0;
  for (const auto& row : *units_) {
    if (row[2] == "kindergarten") ++kindergartens_in[row[1]];
    if (row[2] != "group") continue;
    const int n = std::stoi(row[5]);
    enrolled[row[0]] = n;
    EXPECT_LE(n, 20) << row[0];
    small += n < 10;
  }
  EXPECT_EQ(kindergartens_in.size(), 22u) << "every municipality has kindergartens";
  int kindergartens = 0;
  for (const auto& [m, n] : kindergartens_in) kindergartens += n;
  EXPECT_NEAR(kindergartens, 150, 5);
  int children = 0;
  for (const auto& [g, n] : enrolled) children += n;
  EXPECT_NEAR(children, 9000, 300);
  EXPECT_LT(small, 10) << "groups of 10-20 children; only a tiny kindergarten has fewer";
  for (const std::string wave : {"2017", "2019"}) {
    const Rows r = Responses(wave, "barnehagelaerer");
    std::map<std::string, int> rated;
    for (size_t i = 1; i < r.size(); ++i) {
      ASSERT_TRUE(enrolled.count(r[i][1])) << wave << ": " << r[i][1] << " is not a group";
      ++rated[r[i][1]];
    }
    EXPECT_NEAR(static_cast<double>(r.size() - 1) / children, 0.95, 0.02) << wave;
    for (const auto& [g, n] : rated) EXPECT_LE(n, enrolled[g]) << wave << " " << g;
    const Rows parents = Responses(wave, "foreldre_barnehage");
    EXPECT_NEAR(static_cast<double>(parents.size() - 1) / children, 0.7, 0.05) << wave;
  }
  // The school waves have no kindergarten files, and the other way round.
  EXPECT_FALSE(fs::exists(dir_->path() / "responses/2016/barnehagelaerer.csv"));
  EXPECT_FALSE(fs::exists(dir_->path() / "responses/2017/elev_5_10.csv"));
}

TEST_F(HedmarkTest, RowsBelongToUnitsOfTheRightLevelAndGrade) {
  std::map<std::string, std::pair<std::string, int>> unit;  // id -> level, grade
  for (size_t i = 1; i < units_->size(); ++i) {
    const auto& row = (*units_)[i];
    unit[row[0]] = {row[2], row[4].empty() ? 0 : std::stoi(row[4])};
  }
  for (const std::string& id : InstrumentIds()) {
    const auto& def = Model(id).def;
    const Rows r = Responses("2018", id);
    const int grade_column = def.HasBackground(Background::kGrade)
                                 ? (def.HasBackground(Background::kGender) ? 3 : 2)
                                 : -1;
    for (size_t i = 1; i < r.size(); ++i) {
      const auto it = unit.find(r[i][1]);
      ASSERT_NE(it, unit.end()) << id << ": unknown unit " << r[i][1];
      ASSERT_EQ(it->second.first, LevelName(def.unit_level)) << id << ": " << r[i][1];
      if (grade_column >= 0) {
        EXPECT_EQ(std::stoi(r[i][grade_column]), it->second.second) << id << ": " << r[i][0];
        EXPECT_GE(it->second.second, def.grades->first) << id;
        EXPECT_LE(it->second.second, def.grades->last) << id;
      }
    }
  }
}

// Factor scores as the contract defines them (mean of the answered items
// after reversing, at least half of them answered).
struct FactorScores {
  std::vector<std::string> unit;
  std::vector<std::string> gender;
  std::vector<double> score;  // NaN when missing
};

FactorScores Score(const Rows& rows, const Instrument& def, const std::string& factor_id) {
  const Factor* factor = nullptr;
  for (const Factor& f : def.factors)
    if (f.id == factor_id) factor = &f;
  if (factor == nullptr) throw std::runtime_error(factor_id);
  const size_t first_item = 2 + def.background.size();
  FactorScores out;
  for (size_t r = 1; r < rows.size(); ++r) {
    double sum = 0;
    int n = 0;
    for (int i : factor->items) {
      const std::string& v = rows[r][first_item + i];
      if (v.empty() || v == "9") continue;
      const int x = std::stoi(v);
      sum += def.items[i].reverse ? def.scale.min + def.scale.max - x : x;
      ++n;
    }
    out.unit.push_back(rows[r][1]);
    out.gender.push_back(def.HasBackground(Background::kGender) ? rows[r][2] : "");
    out.score.push_back(n >= std::ceil(0.5 * factor->items.size()) ? sum / n : std::nan(""));
  }
  return out;
}

// ICC(1) and spread_d between groups (data contract 2.8).
struct Variation {
  double icc;
  double spread_d;
};

Variation Between(const std::map<std::string, std::vector<double>>& groups) {
  double n_total = 0, sum = 0, sum_sq_n = 0, groups_used = 0;
  for (const auto& [g, xs] : groups) {
    if (xs.size() < 2) continue;
    n_total += xs.size();
    sum_sq_n += static_cast<double>(xs.size()) * xs.size();
    for (double x : xs) sum += x;
    ++groups_used;
  }
  const double grand = sum / n_total;
  double ssb = 0, ssw = 0, total_ss = 0, hi = -1e9, lo = 1e9;
  for (const auto& [g, xs] : groups) {
    if (xs.size() < 2) continue;
    double mean = 0;
    for (double x : xs) mean += x;
    mean /= xs.size();
    ssb += xs.size() * (mean - grand) * (mean - grand);
    for (double x : xs) {
      ssw += (x - mean) * (x - mean);
      total_ss += (x - grand) * (x - grand);
    }
    if (xs.size() >= 10) {
      hi = std::max(hi, mean);
      lo = std::min(lo, mean);
    }
  }
  const double msb = ssb / (groups_used - 1);
  const double msw = ssw / (n_total - groups_used);
  const double n0 = (n_total - sum_sq_n / n_total) / (groups_used - 1);
  const double sigma = std::sqrt(total_ss / (n_total - 1));
  return {(msb - msw) / (msb + (n0 - 1) * msw), (hi - lo) / sigma};
}

Variation SchoolVariation(const FactorScores& s, const std::function<std::string(const std::string&)>& school_of) {
  std::map<std::string, std::vector<double>> groups;
  for (size_t i = 0; i < s.score.size(); ++i)
    if (!std::isnan(s.score[i])) groups[school_of(s.unit[i])].push_back(s.score[i]);
  return Between(groups);
}

TEST_F(HedmarkTest, SchoolsDifferAsInTheSeeds) {
  std::map<std::string, std::string> school_of_class;
  for (const auto& row : *units_)
    if (row[2] == "class") school_of_class[row[0]] = row[1];
  const auto school_of = [&](const std::string& c) { return school_of_class.at(c); };

  // Pupil factors: a school-level ICC of about 0.05-0.15.
  const auto& e510 = Model("elev_5_10").def;
  const Rows pupils = Responses("2016", "elev_5_10");
  for (const char* factor : {"trivsel_skole", "mobbing", "laeringsmiljo", "struktur"}) {
    const Variation v = SchoolVariation(Score(pupils, e510, factor), school_of);
    EXPECT_GT(v.icc, 0.03) << factor;
    EXPECT_LT(v.icc, 0.2) << factor;
  }
  // Skolefaglige prestasjoner: about one SD between the highest and the
  // lowest school (seed 004: Cohen's d = 1,02 in Hedmark, T1 2016).
  const Rows rated = Responses("2016", "kontaktlaerer");
  const Variation achievement =
      SchoolVariation(Score(rated, Model("kontaktlaerer").def, "faglig_niva"), school_of);
  EXPECT_GT(achievement.spread_d, 0.7);
  EXPECT_LT(achievement.spread_d, 1.4);
}

TEST_F(HedmarkTest, GirlsActOutLessAndTheTrendIsModest) {
  const auto& def = Model("elev_5_10").def;
  std::vector<double> means, sds;
  for (const std::string wave : {"2016", "2018", "2020"}) {
    const FactorScores s = Score(Responses(wave, "elev_5_10"), def, "utagerende");
    double f = 0, m = 0, all = 0, sq = 0;
    int nf = 0, nm = 0, n = 0;
    for (size_t i = 0; i < s.score.size(); ++i) {
      if (std::isnan(s.score[i])) continue;
      all += s.score[i];
      sq += s.score[i] * s.score[i];
      ++n;
      if (s.gender[i] == "F") f += s.score[i], ++nf;
      if (s.gender[i] == "M") m += s.score[i], ++nm;
    }
    const double sd = std::sqrt((sq - all * all / n) / (n - 1));
    const double d = (f / nf - m / nm) / sd;
    EXPECT_GT(d, 0.15) << wave << ": girls minus boys on Utagerende atferd (reverse-scored)";
    EXPECT_LT(d, 0.6) << wave;
    means.push_back(all / n);
    sds.push_back(sd);
  }
  const double change = (means[2] - means[0]) / sds[0];
  EXPECT_GT(change, 0.05) << "scores improve from T1 to T3";
  EXPECT_LT(change, 0.35) << "but modestly";
}

// indicators.csv: the contract's long format with groups; every
// municipality, the county and Norway in every school wave with the four
// indicators project.json describes (grunnskolepoeng and completion also
// for girls and boys), schools with a 10th grade their grunnskolepoeng and
// with a 5th grade their reading; the municipalities' grunnskolepoeng
// follows their parents' education as SSB's charts show.
TEST_F(HedmarkTest, IndicatorsFollowSocialBackground) {
  const Rows rows = ParseCsv(ReadFile(dir_->path() / "indicators.csv"));
  ASSERT_EQ(rows[0], (std::vector<std::string>{"unit", "wave", "indicator", "group", "value"}));
  const nlohmann::json project = nlohmann::json::parse(ReadFile(dir_->path() / "project.json"));
  for (const char* name : {"grunnskolepoeng", "lesing_5_niva1", "gjennomforing", "foreldre_hoyere_utdanning"}) {
    EXPECT_TRUE(project["indicators"].contains(name)) << name;
  }
  EXPECT_EQ(project["comparisons"][0]["id"], "norge");
  std::map<std::string, int> per_unit;  // unit -> rows
  for (const std::string wave : {"2016", "2018", "2020"}) {
    std::map<std::string, double> points, education;
    for (size_t r = 1; r < rows.size(); ++r) {
      if (rows[r][1] != wave) continue;
      ++per_unit[rows[r][0]];
      const double v = std::stod(rows[r][4]);
      EXPECT_TRUE(rows[r][3] == "all" || rows[r][3] == "gender:F" || rows[r][3] == "gender:M");
      if (project["indicators"][rows[r][2]].value("unit", "") == "%") {
        EXPECT_TRUE(v >= 0 && v <= 1) << rows[r][0] << " " << rows[r][2] << " " << v;
      }
      if (Parent(rows[r][0]) != "hedmark" || rows[r][3] != "all") continue;
      if (rows[r][2] == "grunnskolepoeng") {
        EXPECT_TRUE(v >= 37.5 && v <= 44) << rows[r][0] << " " << v;
        points[rows[r][0]] = v;
      } else if (rows[r][2] == "foreldre_hoyere_utdanning") {
        EXPECT_TRUE(v >= 0.2 && v <= 0.5) << rows[r][0] << " " << v;
        education[rows[r][0]] = v;
      }
    }
    ASSERT_EQ(points.size(), 22u);
    double mx = 0, my = 0;
    for (const auto& [k, v] : points) mx += v / 22, my += education[k] / 22;
    double sxy = 0, sxx = 0, syy = 0;
    for (const auto& [k, v] : points) {
      sxy += (v - mx) * (education[k] - my);
      sxx += (v - mx) * (v - mx);
      syy += (education[k] - my) * (education[k] - my);
    }
    const double r = sxy / std::sqrt(sxx * syy);
    EXPECT_GT(r, 0.4) << wave;
    EXPECT_LT(r, 0.9) << wave;
  }
  // Per wave: 8 rows for Norway, the county and each municipality (one
  // background, three results with girls and boys for grunnskolepoeng,
  // completion with girls and boys).
  EXPECT_EQ(per_unit["norge"], 3 * 8);
  EXPECT_EQ(per_unit["hedmark"], 3 * 8);
  EXPECT_EQ(per_unit["k-hamar"], 3 * 8);
  EXPECT_EQ(per_unit["s-hamar-07"], 3 * 3) << "Hamar ungdomsskole: grunnskolepoeng, all, girls and boys";
}

}  // namespace
}  // namespace kfl
