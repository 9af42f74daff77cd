#include "report/figure_text.h"

#include <gtest/gtest.h>

namespace kfl {
namespace {

Catalog Texts() {
  return Catalog({{"privacy.reason.too_few", "færre enn {n} svar"},
                  {"privacy.reason.complementary", "skjult for å beskytte en liten gruppe"},
                  {"privacy.reason.no_data", "ingen svar"},
                  {"privacy.reason.no_reference", "ingen referanse"}});
}

Figure Shown(double t, bool ci = true) {
  Figure f;
  f.state = FigureState::kShown;
  f.n = 12;
  f.has_t = true;
  f.t = t;
  f.has_ci = ci;
  f.ci_low = t - 3.21;
  f.ci_high = t + 3.21;
  return f;
}

TEST(FigureTextTest, NorwegianNumbersWithCi) {
  Catalog c = Texts();
  FigureText nb(c, "nb", 10);
  EXPECT_EQ(nb.T(Shown(55.34)), "55,3");
  EXPECT_EQ(nb.T(Shown(44.96)), "45,0");
  EXPECT_EQ(nb.Reason(Shown(44.96)), "");
  EXPECT_EQ(nb.SignedSd(-0.42), "\u22120,4");
  EXPECT_EQ(nb.SignedSd(0.42), "+0,4");
  EXPECT_EQ(nb.Percent(89.3), "89\u00a0%");
}

TEST(FigureTextTest, HiddenFiguresAreADashWithTheReason) {
  Catalog c = Texts();
  FigureText nb(c, "nb", 10);
  Figure too_few;
  too_few.state = FigureState::kTooFew;
  EXPECT_EQ(nb.T(too_few), "–");
  EXPECT_EQ(nb.Reason(too_few), "færre enn 10 svar");
  Figure hidden;
  hidden.state = FigureState::kHidden;
  EXPECT_EQ(nb.Reason(hidden), "skjult for å beskytte en liten gruppe");
  EXPECT_EQ(nb.Reason(Figure{}), "ingen svar");
  Figure no_ref = Shown(50);
  no_ref.has_t = false;
  EXPECT_EQ(nb.T(no_ref), "–");
  EXPECT_EQ(nb.Reason(no_ref), "ingen referanse");
}

TEST(FigureTextTest, CountsGroupThousands) {
  Catalog c = Texts();
  FigureText nb(c, "nb", 10);
  FigureText en(c, "en", 10);
  EXPECT_EQ(nb.Count(7), "7");
  EXPECT_EQ(nb.Count(1234), "1234");
  EXPECT_EQ(nb.Count(12345), "12\u00a0345");
  EXPECT_EQ(nb.Count(1234567), "1\u00a0234\u00a0567");
  EXPECT_EQ(en.Count(12345), "12,345");
}

}  // namespace
}  // namespace kfl
