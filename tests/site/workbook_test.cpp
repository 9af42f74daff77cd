#include "site/workbook.h"

#include <gtest/gtest.h>

namespace kfl {
namespace {

TEST(WorkbookTest, SheetNamesFitExcelsRules) {
  EXPECT_EQ(SheetName(0, "Trivsel"), "1 Trivsel");
  // No [ ] : * ? / \, no double spaces, at most 31 characters (not bytes).
  EXPECT_EQ(SheetName(2, "Elever 5.–10. trinn: områdene"), "3 Elever 5.–10. trinn områdene");
  const std::string cut = SheetName(11, "Jeg trives på skolen / i friminuttene? [ja]");
  EXPECT_EQ(cut, "12 Jeg trives på skolen i frim…");
  size_t characters = 0;
  for (unsigned char c : cut) characters += (c & 0xC0) != 0x80;
  EXPECT_EQ(characters, 31u);
}

Sheet OneSheet() {
  Sheet s;
  s.header = {"Område", "Hamar"};
  s.Row("Trivsel");
  s.Add(SheetCell::Number(52.04, 1));
  s.Row("=CMD()");  // hostile: written as text, never as a formula
  s.Add(ChartValue::Hidden("færre enn 10 svar"), 1);
  return s;
}

TEST(WorkbookTest, TheSameSheetsGiveTheSameBytes) {
  const std::string a = WorkbookBytes({{"Elever: områdene", OneSheet()}}, "Hamar", "Merknad");
  ASSERT_GT(a.size(), 1000u);
  EXPECT_EQ(a.substr(0, 2), "PK") << "a zip file";
  EXPECT_EQ(WorkbookBytes({{"Elever: områdene", OneSheet()}}, "Hamar", "Merknad"), a);
  EXPECT_EQ(WorkbookBytes({}, "Hamar", "Merknad"), "") << "no tables, no workbook";
}

}  // namespace
}  // namespace kfl
