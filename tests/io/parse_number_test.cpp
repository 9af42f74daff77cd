#include "io/parse_number.h"

#include <gtest/gtest.h>

#include <limits>
#include <string>
#include <vector>

namespace kfl {
namespace {

TEST(ParseNumberTest, Integers) {
  struct Case {
    std::string text;
    bool ok;
    int64_t value;
  };
  const std::vector<Case> cases = {
      {"0", true, 0},
      {"7", true, 7},
      {"-3", true, -3},
      {"0012", true, 12},
      {"99999999999999999999", true, std::numeric_limits<int64_t>::max()},
      {"-99999999999999999999", true, std::numeric_limits<int64_t>::min()},
      {"", false, 0},
      {"-", false, 0},
      {"+3", false, 0},
      {" 3", false, 0},
      {"3 ", false, 0},
      {"3.5", false, 0},
      {"3,0", false, 0},
      {"1e2", false, 0},
      {"x", false, 0},
  };
  for (const Case& c : cases) {
    int64_t value = 0;
    EXPECT_EQ(ParseInteger(c.text, &value), c.ok) << "'" << c.text << "'";
    if (c.ok) {
      EXPECT_EQ(value, c.value) << "'" << c.text << "'";
    }
  }
}

TEST(ParseNumberTest, Decimals) {
  struct Case {
    std::string text;
    bool ok;
    double value;
  };
  const std::vector<Case> cases = {
      {"40.2", true, 40.2}, {"0.38", true, 0.38}, {"-1", true, -1},    {"4e-3", true, 0.004},
      {"1E2", true, 100},   {"40,2", false, 0},   {"", false, 0},      {".5", false, 0},
      {"5.", false, 0},     {"inf", false, 0},    {"nan", false, 0},   {"0x10", false, 0},
      {"+1", false, 0},     {" 1", false, 0},     {"1e999", false, 0}, {"1 000", false, 0},
  };
  for (const Case& c : cases) {
    double value = 0;
    EXPECT_EQ(ParseDecimal(c.text, &value), c.ok) << "'" << c.text << "'";
    if (c.ok) {
      EXPECT_DOUBLE_EQ(value, c.value) << "'" << c.text << "'";
    }
  }
}

}  // namespace
}  // namespace kfl
