#include "text/number_format.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace kfl {
namespace {

struct Case {
  const char* name;
  double value;
  int decimals;
  NumberStyle style;
  const char* number;
  const char* sign;
  const char* percent;
};

TEST(NumberFormatTest, Cases) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const Case cases[] = {
      {"t score", 52.34, 1, NumberStyle::kNorwegian, "52,3", "+52,3", "52,3\u00a0%"},
      {"negative uses U+2212", -0.42, 1, NumberStyle::kNorwegian, "\u22120,4", "\u22120,4",
       "\u22120,4\u00a0%"},
      {"rounds to zero has no sign", -0.04, 1, NumberStyle::kNorwegian, "0,0", "0,0", "0,0\u00a0%"},
      {"rounds up", 2.96, 1, NumberStyle::kNorwegian, "3,0", "+3,0", "3,0\u00a0%"},
      {"no decimals", 49.6, 0, NumberStyle::kNorwegian, "50", "+50", "50\u00a0%"},
      {"english point", 2.81, 1, NumberStyle::kEnglish, "2.8", "+2.8", "2.8%"},
      {"english negative", -1.25, 2, NumberStyle::kEnglish, "\u22121.25", "\u22121.25",
       "\u22121.25%"},
      {"not a number", nan, 1, NumberStyle::kNorwegian, "\u2013", "\u2013", "\u2013"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(FormatNumber(c.value, c.decimals, c.style), c.number) << c.name;
    EXPECT_EQ(FormatSigned(c.value, c.decimals, c.style), c.sign) << c.name;
    EXPECT_EQ(FormatPercent(c.value, c.decimals, c.style), c.percent) << c.name;
  }
}

TEST(NumberFormatTest, StyleForLanguage) {
  EXPECT_EQ(NumberStyleForLanguage("nb"), NumberStyle::kNorwegian);
  EXPECT_EQ(NumberStyleForLanguage("nn"), NumberStyle::kNorwegian);
  EXPECT_EQ(NumberStyleForLanguage("en"), NumberStyle::kEnglish);
}

}  // namespace
}  // namespace kfl
