#include "synth/response_writer.h"

#include <gtest/gtest.h>

#include <map>

#include "synth_test_util.h"

namespace kfl::synth {
namespace {

using synth_test::ParseCsv;
using synth_test::ReadFile;
using synth_test::TempDir;

class ResponseWriterTest : public ::testing::Test {
 protected:
  ResponseWriterTest()
      : population_(BuildPopulation(*FindPreset("tiny"), 1)), effects_(population_, {2016, 2018, 2020}, 1), dir_("writer") {
    std::filesystem::create_directories(dir_.path());
  }

  // Rows of instrument `index` (InstrumentModels() order) in wave 1.
  std::vector<std::vector<std::string>> Write(int index) {
    const std::string path = (dir_.path() / (std::to_string(index) + ".csv")).string();
    Diagnostics diags;
    EXPECT_TRUE(WriteResponses(path, index, 1, population_, effects_, 1, &diags)) << diags.error_count();
    return ParseCsv(ReadFile(path));
  }

  Population population_;
  Effects effects_;
  TempDir dir_;
};

TEST_F(ResponseWriterTest, HeaderAndRespondentIds) {
  const auto rows = Write(1);  // elev_5_10
  const Instrument& def = InstrumentModels()[1].def;
  ASSERT_GT(rows.size(), 50u);
  EXPECT_EQ(rows[0][0], "respondent");
  EXPECT_EQ(rows[0][1], "unit");
  EXPECT_EQ(rows[0][2], "gender");
  EXPECT_EQ(rows[0][3], "grade");
  EXPECT_EQ(rows[0][4], def.items[0].id);
  EXPECT_EQ(rows[0].back(), def.items.back().id);
  EXPECT_EQ(rows[1][0], "r0000001");
  EXPECT_EQ(rows[2][0], "r0000002");
}

TEST_F(ResponseWriterTest, ContactTeachersRateOnlyPupilsWhoAnswered) {
  std::map<std::string, int> pupils, rated;
  for (int index : {0, 1})
    for (const auto& row : Write(index)) ++pupils[row[1]];
  for (const auto& row : Write(2)) ++rated[row[1]];  // kontaktlaerer
  int total_pupils = 0, total_rated = 0;
  for (const auto& [unit, n] : rated) {
    if (unit == "unit") continue;
    EXPECT_LE(n, pupils[unit]) << unit;
    total_rated += n;
  }
  for (const auto& [unit, n] : pupils)
    if (unit != "unit") total_pupils += n;
  EXPECT_GT(total_rated, total_pupils * 0.85);
}

TEST_F(ResponseWriterTest, SchoolInstrumentsHaveNoBackground) {
  const auto rows = Write(3);  // laerer
  const Instrument& def = InstrumentModels()[3].def;
  EXPECT_EQ(rows[0].size(), 2 + def.items.size());
  for (size_t r = 1; r < rows.size(); ++r) EXPECT_EQ(rows[r][1].rfind("s-", 0), 0u) << rows[r][1];
}

}  // namespace
}  // namespace kfl::synth
