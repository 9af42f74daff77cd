#include "io/csv_writer.h"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

namespace kfl {
namespace {

TEST(CsvLineTest, QuotesOnlyWhenNeeded) {
  CsvLine line;
  line.Add("plain").Add("a,b").Add("say \"hi\"").Add("two\nlines").Empty();
  EXPECT_EQ(line.End(), "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\n");
}

TEST(CsvLineTest, ANameThatAWouldBeFormulaIsText) {
  CsvLine line;
  EXPECT_EQ(line.AddName("=HYPERLINK(\"x\")").AddName("+1").AddName("-A").AddName("@B").End(),
            "\"'=HYPERLINK(\"\"x\"\")\",'+1,'-A,'@B\n");
  EXPECT_EQ(line.AddName("8A").AddName("Åsen, skole").AddName("").End(), "8A,\"Åsen, skole\",\n");
}

TEST(CsvLineTest, NumbersUseDotAndFixedDecimals) {
  struct Case {
    double value;
    int decimals;
    const char* expected;
  } cases[] = {
      {3.14159265, 6, "3.141593"}, {50.0, 6, "50.000000"},     {-0.25, 2, "-0.25"},
      {-0.0000001, 6, "0.000000"}, {1234567.5, 1, "1234567.5"}, {-1.5, 0, "-2"},
  };
  for (const Case& c : cases) {
    CsvLine line;
    line.Add(c.value, c.decimals);
    EXPECT_EQ(line.End(), std::string(c.expected) + "\n") << c.value;
  }
}

TEST(CsvLineTest, NanIsEmptyAndIntegersPlain) {
  CsvLine line;
  line.Add(std::numeric_limits<double>::quiet_NaN(), 6).Add(42LL).Add(-7LL);
  EXPECT_EQ(line.End(), ",42,-7\n");
}

TEST(CsvLineTest, BuilderIsReusable) {
  CsvLine line;
  line.Add("a");
  EXPECT_EQ(line.End(), "a\n");
  line.Add("b").Add("c");
  EXPECT_EQ(line.End(), "b,c\n");
}

}  // namespace
}  // namespace kfl
