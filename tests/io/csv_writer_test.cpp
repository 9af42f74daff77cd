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

// Issue #24: a machine-readable figure is the number itself, every digit
// that tells it apart from its neighbours and no more.
TEST(CsvLineTest, ExactNumbersReadBackAsTheSameDouble) {
  const double inf = std::numeric_limits<double>::infinity();
  CsvLine line;
  line.AddExact(0.00185914195337079).AddExact(52.5).AddExact(50).AddExact(-0.0).AddExact(1e-7);
  line.AddExact(0.1 + 0.2).AddExact(std::numeric_limits<double>::quiet_NaN()).AddExact(inf);
  EXPECT_EQ(line.End(), "0.00185914195337079,52.5,50,0,1e-07,0.30000000000000004,,\n");
  for (double v : {0.00320275930032026, 43.6463031266936, -0.0625, 1.0 / 3, 123456789.123}) {
    CsvLine one;
    const std::string text(one.AddExact(v).End());
    EXPECT_EQ(std::stod(text), v) << text;
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
