#include "io/suggest.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "io_test_util.h"

namespace kfl {
namespace {

TEST(SuggestTest, EditDistanceCountsSwapsAsOne) {
  EXPECT_EQ(EditDistance("title", "titel"), 1u);
  EXPECT_EQ(EditDistance("kitten", "sitting"), 3u);
  EXPECT_EQ(EditDistance("skole", "skøle"), 1u);  // characters, not bytes
  EXPECT_EQ(EditDistance("", "abc"), 3u);
}

TEST(SuggestTest, SuggestsOnlyLikelyTypos) {
  const std::vector<std::string> keys{"title", "owner", "languages", "waves", "reference_wave"};
  struct Case {
    std::string word;
    std::string suggestion;
  };
  const std::vector<Case> cases = {
      {"titel", "title"},
      {"Title", "title"},
      {"referense_wave", "reference_wave"},
      {"langauges", "languages"},
      {"wave", "waves"},
      {"xyz", ""},
      {"colour", ""},
      {"", ""},
      {"title", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Suggest(c.word, keys), c.suggestion) << c.word;
  EXPECT_EQ(Suggest("nb ", std::vector<std::string>{"nb", "nn", "en"}), "nb");
}

TEST(SuggestTest, SuggesterCachesAndStopsSearching) {
  std::vector<std::string> ids{"c-hamar-01-8a", "c-hamar-01-8b", "s-hamar-01"};
  Suggester suggest({ids.begin(), ids.end()}, /*max_searches=*/2);
  EXPECT_EQ(suggest("c-hamar-01-8c"), "c-hamar-01-8a");
  EXPECT_EQ(suggest("s-hamar-1"), "s-hamar-01");
  EXPECT_EQ(suggest("c-hamar-01-8c"), "c-hamar-01-8a");  // cached
  EXPECT_EQ(suggest("c-hamar-01-8d"), "");               // budget used up
}

TEST(SuggestTest, SuggestionSwitchesToTheDidYouMeanKey) {
  Diagnostics diags;
  ErrorWithSuggestion(&diags, {"units.csv", 2, 3}, "diag.unknown_unit", {{"unit", "x"}}, "");
  ErrorWithSuggestion(&diags, {"units.csv", 3, 3}, "diag.unknown_unit", {{"unit", "k-hamr"}},
                      "k-hamar");
  EXPECT_THAT(testing_io::Messages(diags),
              ::testing::ElementsAre(
                  "units.csv:2:3: enheten «x» finnes ikke i units.csv",
                  "units.csv:3:3: enheten «k-hamr» finnes ikke i units.csv (mente du «k-hamar»?)"));
}

}  // namespace
}  // namespace kfl
