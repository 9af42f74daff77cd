#include "privacy/linear_system.h"

#include <gtest/gtest.h>

namespace kfl {
namespace {

// x + y with every coefficient 1: the sum of the listed unknowns.
LinearEquation Sum(std::initializer_list<int> vars) {
  LinearEquation eq;
  for (int v : vars) eq.emplace_back(v, 1.0);
  return eq;
}

struct Case {
  const char* name;
  int unknowns;
  std::vector<LinearEquation> equations;
  std::vector<bool> determined;
};

TEST(LinearSystemTest, DeterminedUnknowns) {
  // A 2 x 2 table of unknowns a b / c d (0 1 / 2 3) with its margins known.
  const std::vector<LinearEquation> square = {Sum({0, 1}), Sum({2, 3}), Sum({0, 2}), Sum({1, 3})};
  // Two such squares (0-3 in rows R1 R2 x columns C1 C2, 4-7 in R3 R4 x C3 C4)
  // and a bridge 8 in R2 x C3: every row and column has two or more
  // unknowns, yet the bridge is the rows R1 R2 minus the columns C1 C2.
  const std::vector<LinearEquation> bridged = {Sum({0, 1}),    Sum({2, 3, 8}), Sum({0, 2}),
                                               Sum({1, 3}),    Sum({4, 5}),    Sum({6, 7}),
                                               Sum({4, 6, 8}), Sum({5, 7})};
  const Case cases[] = {
      {"nothing known", 2, {}, {false, false}},
      {"one equation, two unknowns", 2, {Sum({0, 1})}, {false, false}},
      {"one equation, one unknown", 2, {Sum({0})}, {true, false}},
      {"a chain ends in a known", 3, {Sum({0, 1}), Sum({1, 2}), Sum({2})}, {true, true, true}},
      {"a difference", 3, {{{0, 1.0}, {1, -1.0}}, Sum({1, 2})}, {false, false, false}},
      {"a square with its margins", 4, square, {false, false, false, false}},
      {"a square with one more cell known",
       4,
       {Sum({0, 1}), Sum({2, 3}), Sum({0, 2}), Sum({1, 3}), Sum({3})},
       {true, true, true, true}},
      {"two squares and a bridge",
       9,
       bridged,
       {false, false, false, false, false, false, false, false, true}},
      {"parent = children, twice over",
       4,
       {{{0, 1.0}, {1, -1.0}, {2, -1.0}}, {{0, 1.0}, {3, -1.0}}, Sum({3})},
       {true, false, false, true}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(DeterminedUnknowns(c.unknowns, c.equations), c.determined) << c.name;
    // The dense solver alone (no component is small enough to skip peeling,
    // but max_dense 0 leaves every component unsolved): unsolved unknowns
    // are listed and reported as not determined.
    std::vector<int> unsolved;
    std::vector<bool> partial = DeterminedUnknowns(c.unknowns, c.equations, 0, &unsolved);
    for (int v : unsolved) EXPECT_FALSE(partial[v]) << c.name << ": unknown " << v;
  }
}

}  // namespace
}  // namespace kfl
