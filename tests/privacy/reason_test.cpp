#include "privacy/reason.h"

#include <gtest/gtest.h>

#include <string>

namespace kfl {
namespace {

const Catalog& Bokmal() {
  static const Catalog catalog = [] {
    std::string error;
    auto c = Catalog::Load(std::string(KFL_SOURCE_DIR) + "/templates/i18n/nb.json", &error);
    EXPECT_TRUE(c.has_value()) << error;
    return c.value_or(Catalog());
  }();
  return catalog;
}

TEST(ReasonTest, EveryHiddenFigureHasWords) {
  const Audience pub{.levels = {Level::kSchool}, .min_n = 10, .min_cell = 3};
  const Audience restricted{.levels = {Level::kClass}, .min_n = 5, .min_cell = 3};
  struct Case {
    const char* name;
    std::string got;
    std::string expected;
  };
  const Case cases[] = {
      {"dash", SuppressedMark(Bokmal()), "–"},
      {"published", DisclosureReason(Disclosure::kPublished, pub, Bokmal()), ""},
      {"too few, public", DisclosureReason(Disclosure::kTooFew, pub, Bokmal()),
       "færre enn 10 svar"},
      {"too few, restricted", DisclosureReason(Disclosure::kTooFew, restricted, Bokmal()),
       "færre enn 5 svar"},
      {"complementary", DisclosureReason(Disclosure::kComplementary, pub, Bokmal()),
       "skjult for å beskytte en annen liten gruppe"},
      {"category shown", CategoryReason(CategoryDisclosure::kShown, pub, Bokmal()), ""},
      {"category too few", CategoryReason(CategoryDisclosure::kTooFew, pub, Bokmal()),
       "færre enn 3 svar, også slått sammen"},
      {"category complementary", CategoryReason(CategoryDisclosure::kComplementary, pub, Bokmal()),
       "skjult for å beskytte en annen liten svarkategori"},
      {"sensitive", CategoryReason(CategoryDisclosure::kSensitive, pub, Bokmal()),
       "følsomt spørsmål: færre enn 3 svar"},
      {"whole distribution complementary",
       CategoryReason(CategoryDisclosure::kComplementaryUnit, pub, Bokmal()),
       "skjult for å beskytte en annen liten gruppe"},
      {"too few answers", CategoryReason(CategoryDisclosure::kTooFewAnswers, pub, Bokmal()),
       "færre enn 10 svar"},
  };
  for (const Case& c : cases) EXPECT_EQ(c.got, c.expected) << c.name;
}

}  // namespace
}  // namespace kfl
