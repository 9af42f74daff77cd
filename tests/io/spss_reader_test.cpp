#include "io/spss_reader.h"

#include <gtest/gtest.h>

#include <string>

#include "spss_test_util.h"

namespace kfl {
namespace {

using testing_io::SpssCell;
using testing_io::SpssColumn;
using testing_io::WriteSav;

SpssCell N(double x) { return {x, ""}; }
SpssCell S(std::string s) { return {std::nullopt, std::move(s)}; }
const SpssCell kSystemMissing{std::nullopt, ""};

TEST(SpssReaderTest, WritesTheCasesAsCsvWithMissingValuesEmpty) {
  const std::vector<SpssColumn> columns = {
      {"respondent", true},
      {"unit", true},
      {"gender", false, {{1, "F"}, {2, "M"}}},
      {"grade", false},
      {"e510_01", false, {{1, "Helt uenig"}, {5, "Helt enig"}}, {9, 99}},
      {"e510_02", false}};
  const std::string sav = WriteSav(columns, {{S("r1"), S("8a"), N(1), N(8), N(5), N(4.5)},
                                             {S("r, 2"), S("8a"), N(2), N(9), N(9), N(2)},
                                             {S("r3"), S("Å"), kSystemMissing, N(10), N(99), kSystemMissing},
                                             {S("r4"), S(""), N(3), kSystemMissing, N(1), N(-1)}});
  std::string csv, error;
  ASSERT_TRUE(SpssToCsv(sav, &csv, &error)) << error;
  // gender through its labels (3 has none: stays 3), item labels not used,
  // the user-missing 9 and 99 and system-missing empty.
  EXPECT_EQ(csv,
            "respondent,unit,gender,grade,e510_01,e510_02\n"
            "r1,8a,F,8,5,4.5\n"
            "\"r, 2\",8a,M,9,,2\n"
            "r3,Å,,10,,\n"
            "r4,,3,,1,-1\n");
  EXPECT_EQ(SpssVariableAt(csv, 3, 1), 1);
  EXPECT_EQ(SpssVariableAt(csv, 3, 4), 1);   // inside "r, 2"
  EXPECT_EQ(SpssVariableAt(csv, 3, 8), 2);   // 8a
  EXPECT_EQ(SpssVariableAt(csv, 4, 7), 4);   // 10 after "r3,Å,,"
  EXPECT_EQ(SpssVariableAt(csv, 1, 30), 5);  // e510_01
}

TEST(SpssReaderTest, NoCasesGivesTheHeaderAlone) {
  std::string csv, error;
  ASSERT_TRUE(SpssToCsv(WriteSav({{"respondent", true}, {"unit", true}}, {}), &csv, &error));
  EXPECT_EQ(csv, "respondent,unit\n");
}

TEST(SpssReaderTest, NotAnSpssFileIsReported) {
  for (const std::string& bytes :
       {std::string(), std::string("respondent,unit\n"), std::string("$FL2@(#) truncated")}) {
    std::string csv, error;
    EXPECT_FALSE(SpssToCsv(bytes, &csv, &error)) << bytes;
    EXPECT_FALSE(error.empty()) << bytes;
  }
  // A real file cut short.
  std::string sav = WriteSav({{"respondent", true}, {"e", false}}, {{S("r1"), N(3)}});
  sav.resize(sav.size() / 2);
  std::string csv, error;
  EXPECT_FALSE(SpssToCsv(sav, &csv, &error));
}

}  // namespace
}  // namespace kfl
