#include "text/slug.h"

#include <gtest/gtest.h>

namespace kfl {
namespace {

TEST(SlugTest, FollowsTheContract) {
  struct Case {
    const char* name;
    const char* slug;
  } cases[] = {
      {"Ajer ungdomsskole", "ajer-ungdomsskole"},
      {"Åsnes", "asnes"},
      {"Søndre Land", "sondre-land"},
      {"Stor-Elvdal", "stor-elvdal"},
      {"Ærfuglen skole", "aerfuglen-skole"},
      {"ÆØÅ æøå", "aeoa-aeoa"},
      {"Crème brûlée", "creme-brulee"},
      {"  8A  ", "8a"},
      {"../../etc/passwd", "etc-passwd"},
      {"a/b\\c", "a-b-c"},
      {"<script>alert(1)</script>", "script-alert-1-script"},
      {"Skole 🎒 nr. 2", "skole-nr-2"},
      {"Guovdageaidnu đ", "guovdageaidnu-d"},
      {"", "x"},
      {"...", "x"},
      {"🎒", "x"},
  };
  for (const Case& c : cases) EXPECT_EQ(Slugify(c.name), c.slug) << "name: " << c.name;
}

TEST(SlugTest, NeverContainsSlashOrDotDot) {
  for (const char* name : {"..", "/", "a/../b", "..\\..", "%2e%2e%2f"}) {
    std::string slug = Slugify(name);
    EXPECT_EQ(slug.find('/'), std::string::npos) << name;
    EXPECT_EQ(slug.find(".."), std::string::npos) << name;
  }
}

TEST(SlugTest, CollidingSiblingsGetTheirIdAppended) {
  std::vector<std::string> slugs = SiblingSlugs({"Vang skole", "Vang  skole", "Ottestad skole"},
                                                {"s-1", "s-2", "s-3"});
  EXPECT_EQ(slugs, (std::vector<std::string>{"vang-skole-s-1", "vang-skole-s-2", "ottestad-skole"}));
}

TEST(SlugTest, LongNamesAreCutToAFolderName) {
  std::string words;
  for (int i = 0; i < 1000; ++i) words += "skole ";  // 6,000 characters
  EXPECT_EQ(Slugify(words), "skole-skole-skole-skole-skole-skole-skole-skole-skole-skole");
  EXPECT_EQ(Slugify(std::string(5000, 'a')), std::string(kMaxSlugLength, 'a'));
  // A right-to-left mark and control characters are separators like any other.
  EXPECT_EQ(Slugify("\u202Eloks\u202C\x01\x7F Vang"), "loks-vang");
}

TEST(SlugTest, SiblingsWhoseIdsCollideToo) {
  const std::string long_name(200, 'x');
  std::vector<std::string> slugs =
      SiblingSlugs({"Vang", "Vang", "Vang", long_name, long_name}, {"a.b", "a-b", "c", "d", "e"});
  EXPECT_EQ(slugs, (std::vector<std::string>{"vang-a-b", "vang-a-b-2", "vang-c",
                                             std::string(60, 'x') + "-d",
                                             std::string(60, 'x') + "-e"}));
}

}  // namespace
}  // namespace kfl
