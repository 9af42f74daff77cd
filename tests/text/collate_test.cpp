#include "text/collate.h"

#include <algorithm>
#include <vector>

#include <gtest/gtest.h>

namespace kfl {
namespace {

TEST(CollateTest, NorwegianOrderPutsAeOeAaLast) {
  std::vector<std::string> names = {"Åsnes", "Østre Toten", "Alvdal", "Ærlig", "Zeta", "aurskog",
                                    "Øyer", "Engerdal"};
  Collator nb("nb");
  std::sort(names.begin(), names.end(),
            [&](const std::string& a, const std::string& b) { return nb.Less(a, b); });
  EXPECT_EQ(names, (std::vector<std::string>{"Alvdal", "aurskog", "Engerdal", "Zeta", "Ærlig",
                                             "Østre Toten", "Øyer", "Åsnes"}));
}

TEST(CollateTest, NumbersByValue) {
  std::vector<std::string> names = {"10A", "2B", "1A", "2A", "9C"};
  Collator nb("nb");
  std::sort(names.begin(), names.end(),
            [&](const std::string& a, const std::string& b) { return nb.Less(a, b); });
  EXPECT_EQ(names, (std::vector<std::string>{"1A", "2A", "2B", "9C", "10A"}));
}

TEST(CollateTest, OrderIsTotal) {
  Collator nb("nb");
  EXPECT_TRUE(nb.Less("a", "A") != nb.Less("A", "a"));
  EXPECT_FALSE(nb.Less("a", "a"));
}

}  // namespace
}  // namespace kfl
