#include "model/instrument.h"

#include <gtest/gtest.h>

namespace kfl {
namespace {

Instrument TwoItems() {
  Instrument ins;
  ins.id = "elev";
  ins.title = {{"nb", "Elever"}, {"nn", "Elevar"}, {"en", "Pupils"}};
  ins.scale.labels = {{"nb", {"Nei", "Ja"}}, {"en", {"No", "Yes"}}};
  ins.areas = {{"trivsel", {{"nb", "Trivsel"}, {"nn", "Trivsel"}}, {0}}};
  ins.factors = {{"skole", {{"nb", "Trivsel på skolen"}}, 0, {0, 1}}};
  ins.items = {{"e1", {{"nb", "Jeg trives."}, {"nn", "Eg trivst."}}, false, false, 0},
               {"e2", {{"nb", "Jeg gruer meg."}}, true, false, 0}};
  return ins;
}

TEST(InstrumentTest, CountsTheTextsWithoutTheLanguage) {
  const Instrument ins = TwoItems();
  EXPECT_EQ(CountMissingTexts(ins, "nb"), 0);
  // nn: scale labels, factor title, item e2.
  EXPECT_EQ(CountMissingTexts(ins, "nn"), 3);
  // en: area and factor titles, both items.
  EXPECT_EQ(CountMissingTexts(ins, "en"), 4);
}

TEST(InstrumentTest, NoScaleLabelsAtAllIsNotAMissingTranslation) {
  Instrument ins = TwoItems();
  ins.scale.labels.clear();
  EXPECT_EQ(CountMissingTexts(ins, "nn"), 2);
}

}  // namespace
}  // namespace kfl
