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

}  // namespace
}  // namespace kfl
