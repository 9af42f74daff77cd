#include "io/responses_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "io/memory_file_system.h"
#include "io_test_util.h"
#include "spss_test_util.h"

namespace kfl {
namespace {

using ::testing::ElementsAre;

const std::string kPath = "d/responses/2018/elev_5_10.csv";
const std::string kHeader = "respondent,unit,gender,grade,e510_01,e510_02,e510_03,e510_04\n";

DataSet MakeDataSet() {
  DataSet data;
  data.dir = "d";
  data.project.waves = {{"2016", "T1"}, {"2018", "T2"}};
  data.project.missing_codes = {9};
  Instrument in;
  in.id = "elev_5_10";
  in.unit_level = Level::kClass;
  in.grades = GradeRange{5, 10};
  in.scale = {1, 5, {}};
  in.background = {Background::kGender, Background::kGrade};
  in.areas = {{"a", {}, {0}}};
  in.factors = {{"f", {}, 0, {0, 1, 2, 3}}};
  for (const char* id : {"e510_01", "e510_02", "e510_03", "e510_04"})
    in.items.push_back({id, {}, false, false, 0});
  data.instruments.push_back(in);
  data.units.Add({"hedmark", "Hedmark", Level::kCounty});
  data.units.Add({"k-hamar", "Hamar", Level::kMunicipality});
  data.units.Add({"s-1", "Skole", Level::kSchool});
  data.units.Add({"c-hamar-01-8a", "8A", Level::kClass, -1, 8});
  data.units.Add({"c-hamar-01-8b", "8B", Level::kClass, -1, 8});
  data.units.Link({"", "hedmark", "k-hamar", "s-1", "s-1"});
  data.responses.push_back({1, 0, kPath});
  return data;
}

struct Read {
  ResponseTable table;
  std::vector<std::string> messages;
};

Read ReadText(const std::string& text, const DataSet& data = MakeDataSet()) {
  MemoryFileSystem fs;
  fs.AddFile(kPath, text);
  Diagnostics diags;
  Read r;
  r.table = ReadResponses(fs, data, data.responses[0], &diags);
  r.messages = testing_io::Messages(diags);
  return r;
}

std::vector<int> Row(const ResponseTable& t, size_t row) {
  std::vector<int> values;
  for (int j = 0; j < t.item_count; ++j) values.push_back(t.value(row, j));
  return values;
}

constexpr int kMissing = kMissingValue;

TEST(ResponsesReaderTest, ReadsRowsIntoColumns) {
  Read r = ReadText(kHeader +
                    "r1,c-hamar-01-8a,F,8,5,1,,3\n"
                    "r2,c-hamar-01-8b,M,,4,9,1,2\n"
                    "r3,c-hamar-01-8a,,10,,,,\n");
  EXPECT_THAT(r.messages, ElementsAre());
  const ResponseTable& t = r.table;
  ASSERT_EQ(t.rows(), 3u);
  EXPECT_EQ(t.item_count, 4);
  EXPECT_EQ(t.unit, (std::vector<int32_t>{3, 4, 3}));
  EXPECT_EQ(t.gender, (std::vector<Gender>{Gender::kFemale, Gender::kMale, Gender::kUnknown}));
  EXPECT_EQ(t.grade, (std::vector<int8_t>{8, 0, 10}));
  EXPECT_EQ(Row(t, 0), (std::vector<int>{5, 1, kMissing, 3}));
  EXPECT_EQ(Row(t, 1), (std::vector<int>{4, kMissing, 1, 2}));  // 9 is a missing code
  EXPECT_EQ(Row(t, 2), (std::vector<int>{kMissing, kMissing, kMissing, kMissing}));
}

TEST(ResponsesReaderTest, AcceptsAnyColumnOrderAndCsvDialect) {
  const std::vector<std::pair<const char*, std::string>> cases = {
      {"columns in another order",
       "e510_04,grade,e510_02,unit,e510_01,respondent,gender,e510_03\n"
       "3,8,1,c-hamar-01-8a,5,r1,F,\n"},
      {"semicolons, crlf and a bom",
       "\xEF\xBB\xBFrespondent;unit;gender;grade;e510_01;e510_02;e510_03;e510_04\r\n"
       "r1;c-hamar-01-8a;F;8;5;1;;3\r\n"},
      {"quoted cells", kHeader + "\"r1\",\"c-hamar-01-8a\",\"F\",\"8\",\"5\",\"1\",\"\",\"3\"\n"},
  };
  for (const auto& [name, text] : cases) {
    Read r = ReadText(text);
    EXPECT_THAT(r.messages, ElementsAre()) << name;
    ASSERT_EQ(r.table.rows(), 1u) << name;
    EXPECT_EQ(Row(r.table, 0), (std::vector<int>{5, 1, kMissing, 3})) << name;
    EXPECT_EQ(r.table.grade[0], 8) << name;
  }
}

TEST(ResponsesReaderTest, HeaderOnlyIsValidAndEmptyFileIsNot) {
  Read header_only = ReadText(kHeader);
  EXPECT_THAT(header_only.messages, ElementsAre());
  EXPECT_EQ(header_only.table.rows(), 0u);
  EXPECT_EQ(header_only.table.item_count, 4);

  Read empty = ReadText("");
  EXPECT_THAT(empty.messages,
              ElementsAre(kPath + ": filen er tom; overskriftslinjen med kolonnenavnene mangler"));
}

struct BadCase {
  const char* name;
  std::string text;
  std::vector<std::string> messages;
  size_t rows;  // rows still read
};

TEST(ResponsesReaderTest, ReportsEveryProblemAtItsCell) {
  const std::string f = kPath + ":";
  const std::vector<BadCase> cases = {
      {"unknown unit with suggestion",
       kHeader + "r1,c-hamar-01-8c,F,8,5,1,,3\n",
       {f + "2:4: enheten «c-hamar-01-8c» finnes ikke i units.csv (mente du «c-hamar-01-8a»?)"},
       0},
      {"unknown unit",
       kHeader + "r1,x,F,8,5,1,,3\n",
       {f + "2:4: enheten «x» finnes ikke i units.csv"},
       0},
      {"unit at the wrong level",
       kHeader + "r1,s-1,F,8,5,1,,3\n",
       {f + "2:4: enheten «s-1» er på nivået school, men svarene i skjemaet elev_5_10 skal høre "
            "til enheter på nivået class"},
       0},
      {"repeated respondent",
       kHeader + "r1,c-hamar-01-8a,F,8,5,1,,3\nr2,c-hamar-01-8a,F,8,5,1,,3\n"
                 "r1,c-hamar-01-8b,M,8,5,1,,3\n",
       {f + "4:1: respondenten «r1» finnes allerede på linje 2"},
       2},
      {"empty respondent",
       kHeader + ",c-hamar-01-8a,F,8,5,1,,3\n",
       {f + "2:1: respondent-id-en mangler"},
       0},
      {"value outside the scale",
       kHeader + "r1,c-hamar-01-8a,F,8,5,1,,7\n",
       {f + "2:27: verdien 7 er utenfor skalaen 1–5 for spørsmål e510_04"},
       0},
      {"zero and negative values",
       kHeader + "r1,c-hamar-01-8a,F,8,0,-1,,3\n",
       {f + "2:22: verdien 0 er utenfor skalaen 1–5 for spørsmål e510_01",
        f + "2:24: verdien -1 er utenfor skalaen 1–5 for spørsmål e510_02"},
       0},
      {"huge value",
       kHeader + "r1,c-hamar-01-8a,F,8,5,1,,99999999999999999999\n",
       {f + "2:27: verdien 99999999999999999999 er utenfor skalaen 1–5 for spørsmål e510_04"},
       0},
      {"not a whole number",
       kHeader + "r1,c-hamar-01-8a,F,8,5,1,3.5,3\n",
       {f + "2:26: verdien «3.5» er ikke et heltall (spørsmål e510_03)"},
       0},
      {"spaces around a value",
       kHeader + "r1,c-hamar-01-8a,F,8,5, 1,,3\n",
       {f + "2:24: verdien « 1» er ikke et heltall (spørsmål e510_02)"},
       0},
      {"bad gender",
       kHeader + "r1,c-hamar-01-8a,K,8,5,1,,3\n",
       {f + "2:18: kjønn skal være F, M eller stå tomt, ikke «K»"},
       0},
      {"bad grade",
       kHeader + "r1,c-hamar-01-8a,F,8.,5,1,,3\n",
       {f + "2:20: trinnet skal være et heltall fra 1 til 10 eller stå tomt, ikke «8.»"},
       0},
      {"grade outside the instrument",
       kHeader + "r1,c-hamar-01-8a,F,4,5,1,,3\n",
       {f + "2:20: trinn 4 er utenfor trinnene 5–10 som skjemaet elev_5_10 gjelder for"},
       0},
      {"missing item column",
       "respondent,unit,gender,grade,e510_01,e510_03\nr1,c-hamar-01-8a,F,8,5,1\n",
       {f + "1:1: kolonnene «e510_02», «e510_04» mangler i overskriftslinjen"},
       0},
      {"missing background column",
       "respondent,unit,gender,e510_01,e510_02,e510_03,e510_04\nr1,c-hamar-01-8a,F,5,1,,3\n",
       {f + "1:1: kolonnen «grade» mangler i overskriftslinjen"},
       0},
      {"unknown column with suggestion",
       kHeader.substr(0, kHeader.size() - 1) + ",e510_5\n" + "r1,c-hamar-01-8a,F,8,5,1,,3,4\n",
       {f + "1:62: ukjent kolonne «e510_5» (mente du «e510_01»?)"},
       1},
      {"repeated column",
       kHeader.substr(0, kHeader.size() - 1) + ",unit\n" +
           "r1,c-hamar-01-8a,F,8,5,1,,3,c-hamar-01-8a\n",
       {f + "1:62: kolonnen «unit» står to ganger i overskriftslinjen (første gang som kolonne "
            "nr. 2)"},
       1},
      {"too many and too few fields",
       kHeader + "r1,c-hamar-01-8a,F,8,5,1,,3,9\nr2,c-hamar-01-8a,F,8,5,1\n",
       {f + "2:29: raden har 9 felt, men overskriftslinjen har 8",
        f + "3:1: raden har bare 6 felt, men overskriftslinjen har 8"},
       0},
      {"several problems in one file",
       kHeader + "r1,c-hamar-01-8a,F,8,5,1,,3\n"
                 "r2,c-hamar-01-8z,X,11,6,a,,3\n"
                 "r3,c-hamar-01-8b,M,9,1,2,3,4\n"
                 "r1,c-hamar-01-8b,M,9,1,2,3,4\n",
       {f + "3:4: enheten «c-hamar-01-8z» finnes ikke i units.csv (mente du «c-hamar-01-8a»?)",
        f + "3:18: kjønn skal være F, M eller stå tomt, ikke «X»",
        f + "3:20: trinnet skal være et heltall fra 1 til 10 eller stå tomt, ikke «11»",
        f + "3:23: verdien 6 er utenfor skalaen 1–5 for spørsmål e510_01",
        f + "3:25: verdien «a» er ikke et heltall (spørsmål e510_02)",
        f + "5:1: respondenten «r1» finnes allerede på linje 2"},
       2},
  };
  for (const BadCase& c : cases) {
    Read r = ReadText(c.text);
    EXPECT_EQ(r.messages, c.messages) << c.name;
    EXPECT_EQ(r.table.rows(), c.rows) << c.name;
  }
}

TEST(ResponsesReaderTest, InstrumentWithoutBackgroundOrGrades) {
  DataSet data = MakeDataSet();
  data.instruments[0].background.clear();
  data.instruments[0].grades.reset();
  Read ok =
      ReadText("respondent,unit,e510_01,e510_02,e510_03,e510_04\nr1,c-hamar-01-8a,1,2,3,4\n", data);
  EXPECT_THAT(ok.messages, ElementsAre());
  ASSERT_EQ(ok.table.rows(), 1u);
  EXPECT_EQ(ok.table.gender[0], Gender::kUnknown);
  EXPECT_EQ(ok.table.grade[0], 0);
  Read extra = ReadText(kHeader + "r1,c-hamar-01-8a,F,8,5,1,,3\n", data);
  EXPECT_THAT(extra.messages, ElementsAre(kPath + ":1:17: ukjent kolonne «gender»",
                                          kPath + ":1:24: ukjent kolonne «grade»"));
}

// Respondent ids in order need no lookup; the first one out of order
// switches to a hash table that must still know every id before it.
TEST(ResponsesReaderTest, RepeatedRespondentsFoundInAnyOrder) {
  std::string text = kHeader;
  auto row = [](int id) { return "r" + std::to_string(id) + ",c-hamar-01-8a,F,8,1,2,3,4\n"; };
  for (int i = 1000; i < 4000; ++i) text += row(i);      // sorted: lines 2-3001
  for (int i = 9999; i >= 5000; i -= 7) text += row(i);  // out of order
  text += row(1500);                                     // seen while sorted (line 502)
  text += row(9999);                                     // seen after (line 3002)
  Read r = ReadText(text);
  EXPECT_THAT(r.messages,
              ElementsAre(kPath + ":3717:1: respondenten «r1500» finnes allerede på linje 502",
                          kPath + ":3718:1: respondenten «r9999» finnes allerede på linje 3002"));
  EXPECT_EQ(r.table.rows(), 3000u + 715u);
}

TEST(ResponsesReaderTest, MissingFileIsReported) {
  DataSet data = MakeDataSet();
  Diagnostics diags;
  ResponseTable t = ReadResponses(MemoryFileSystem(), data, data.responses[0], &diags);
  EXPECT_EQ(t.rows(), 0u);
  EXPECT_THAT(testing_io::Messages(diags), ElementsAre(kPath + ": kan ikke lese filen"));
}

}  // namespace
}  // namespace kfl

namespace kfl {
namespace {

TEST(ResponsesReaderTest, RefusesNationalIdsAndEmailAddressesInAnyColumn) {
  // 150786 45641: k1 = 11 - (3*1+7*5+6*0+1*7+8*8+9*6+4*4+5*5+2*6 = 216) mod 11
  // = 11 - 7 = 4; k2 = 11 - (5*1+4*5+3*0+2*7+7*8+6*6+5*4+4*5+3*6+2*4 = 197)
  // mod 11 = 11 - 10 = 1.
  const std::string f = kPath + ":";
  const std::string id_message =
      "ser ut som et fødselsnummer (11 sifre med gyldige kontrollsifre); svarfilene skal være "
      "anonymiserte, så fjern personnummeret og bruk en anonym id (for eksempel r0000001)";
  const std::string mail_message =
      "ser ut som en e-postadresse; svarfilene skal være anonymiserte, så fjern adressen og bruk "
      "en anonym id (for eksempel r0000001)";
  const std::vector<BadCase> cases = {
      {"national id as respondent",
       kHeader + "15078645641,c-hamar-01-8a,F,8,5,1,,3\n",
       {f + "2:1: feltet i kolonnen «respondent» " + id_message},
       0},
      {"national id written 6 + 5",
       kHeader + "\"150786 45641\",c-hamar-01-8a,F,8,5,1,,3\n",
       {f + "2:1: feltet i kolonnen «respondent» " + id_message},
       0},
      {"national id in an item column",
       kHeader + "r1,c-hamar-01-8a,F,8,5,15078645641,,3\n",
       {f + "2:24: feltet i kolonnen «e510_02» " + id_message},
       0},
      {"e-mail address in the unit column",
       kHeader + "r1,kari.nordmann@skole.no,F,8,5,1,,3\n",
       {f + "2:4: feltet i kolonnen «unit» " + mail_message},
       0},
      {"e-mail address as respondent, next to a valid row",
       kHeader + "ola@example.com,c-hamar-01-8a,M,8,5,1,,3\nr2,c-hamar-01-8a,F,8,5,1,,3\n",
       {f + "2:1: feltet i kolonnen «respondent» " + mail_message},
       1},
  };
  for (const BadCase& c : cases) {
    Read r = ReadText(c.text);
    EXPECT_EQ(r.messages, c.messages) << c.name;
    EXPECT_EQ(r.table.rows(), c.rows) << c.name;
  }
}

TEST(ResponsesReaderTest, AcceptsElevenDigitsWithWrongCheckDigits) {
  // 15078645642 fails k2 and is an ordinary (if odd) respondent id.
  Read r = ReadText(kHeader + "15078645642,c-hamar-01-8a,F,8,5,1,,3\n");
  EXPECT_THAT(r.messages, ElementsAre());
  EXPECT_EQ(r.table.rows(), 1u);
}

// Norwegian Excel's "CSV (semikolondelt)": Windows-1252, CRLF, a trailing
// empty column and whole numbers written "4,0". Read as the same table as
// the UTF-8 file, with warnings.
TEST(ResponsesReaderTest, ReadsAnExcelExportLikeTheUtf8File) {
  Read excel = ReadText(
      "respondent;unit;gender;grade;e510_01;e510_02;e510_03;e510_04;\r\n"
      "r\xE6" "1;c-hamar-01-8a;F;8;5;1;;3;\r\n"
      "r2;c-hamar-01-8b;M;;4,0;9;1;2;\r\n");
  Read utf8 = ReadText(kHeader +
                       "ræ1,c-hamar-01-8a,F,8,5,1,,3\n"
                       "r2,c-hamar-01-8b,M,,4,9,1,2\n");
  EXPECT_THAT(utf8.messages, ElementsAre());
  ASSERT_EQ(excel.table.rows(), 2u);
  EXPECT_EQ(Row(excel.table, 0), Row(utf8.table, 0));
  EXPECT_EQ(Row(excel.table, 1), Row(utf8.table, 1));
  EXPECT_EQ(excel.table.unit, utf8.table.unit);
  ASSERT_EQ(excel.messages.size(), 3u);
  EXPECT_EQ(excel.messages[0].rfind(kPath + ":1:62: advarsel: den siste kolonnen", 0), 0u);
  EXPECT_EQ(excel.messages[1].rfind(kPath + ":2:2: advarsel: filen er ikke UTF-8", 0), 0u);
  EXPECT_NE(excel.messages[1].find("Windows-1252"), std::string::npos);
  EXPECT_EQ(excel.messages[2], kPath + ":3:21: advarsel: «4,0» er lest som 4.0: filen bruker "
                                       "semikolon som skilletegn og desimalkomma, slik norsk "
                                       "Excel lagrer tall; det gjelder alle tall i filen");
  // A decimal that is not a whole number is still an error.
  Read half = ReadText("respondent;unit;gender;grade;e510_01;e510_02;e510_03;e510_04\n"
                       "r1;c-hamar-01-8a;F;8;4,5;1;;3\n");
  EXPECT_EQ(half.table.rows(), 0u);
  EXPECT_THAT(half.messages, ElementsAre(kPath + ":2:22: verdien «4,5» er ikke et heltall (spørsmål e510_01)"));
}

// SPSS: the same checks as a CSV file; problems at the case's line and the
// variable's position; value labels for gender, user-missing as missing.
TEST(ResponsesReaderTest, ReadsSpssFilesWithTheSameChecks) {
  using testing_io::SpssCell;
  auto n = [](double x) { return SpssCell{x, ""}; };
  auto s = [](const char* x) { return SpssCell{std::nullopt, x}; };
  const std::vector<testing_io::SpssColumn> columns = {
      {"respondent", true},  {"unit", true}, {"gender", false, {{1, "F"}, {2, "M"}}},
      {"grade", false},      {"e510_01", false, {}, {99}}, {"e510_02", false},
      {"e510_03", false},    {"e510_04", false}};
  DataSet data = MakeDataSet();
  const std::string path = "d/responses/2018/elev_5_10.sav";
  data.responses[0].path = path;
  MemoryFileSystem fs;
  fs.AddFile(path, testing_io::WriteSav(
                       columns, {{s("r1"), s("c-hamar-01-8a"), n(1), n(8), n(5), n(1), {}, n(3)},
                                 {s("r2"), s("c-hamar-01-8b"), n(2), n(8), n(99), n(9), n(1), n(2)},
                                 {s("r3"), s("c-hamar-01-8a"), n(1), n(8), n(7), n(1), n(1), n(1)}}));
  Diagnostics diags;
  ResponseTable t = ReadResponses(fs, data, data.responses[0], &diags);
  EXPECT_THAT(testing_io::Messages(diags),
              ElementsAre(path + ":4:5: verdien 7 er utenfor skalaen 1–5 for spørsmål e510_01"));
  ASSERT_EQ(t.rows(), 2u);
  EXPECT_EQ(Row(t, 0), (std::vector<int>{5, 1, kMissing, 3}));
  EXPECT_EQ(Row(t, 1), (std::vector<int>{kMissing, kMissing, 1, 2}));
  EXPECT_EQ(t.gender, (std::vector<Gender>{Gender::kFemale, Gender::kMale}));

  fs.AddFile(path, "not spss");
  Diagnostics bad;
  ReadResponses(fs, data, data.responses[0], &bad);
  ASSERT_EQ(testing_io::Messages(bad).size(), 1u);
  EXPECT_EQ(testing_io::Messages(bad)[0].rfind(path + ": SPSS-filen kan ikke leses (", 0), 0u);
}

TEST(ResponsesReaderTest, UnknownUnitsAreLeftOutSilentlyWhenAsked) {
  const DataSet data = MakeDataSet();
  MemoryFileSystem fs;
  fs.AddFile(kPath, kHeader + "r1,c-hamar-01-8c,F,8,5,1,,3\nr2,c-hamar-01-8a,F,8,7,1,,3\nr3,c-hamar-01-8a,F,8,5,1,,3\n");
  Diagnostics diags;
  ResponseTable t = ReadResponses(fs, data, data.responses[0], &diags, UnknownUnits::kSkip);
  // Only the unknown unit goes unreported; other problems are still there.
  EXPECT_THAT(testing_io::Messages(diags),
              ElementsAre(kPath + ":3:22: verdien 7 er utenfor skalaen 1–5 for spørsmål e510_01"));
  EXPECT_EQ(t.rows(), 1u);
}

}  // namespace
}  // namespace kfl
