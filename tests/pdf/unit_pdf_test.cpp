#include "pdf/unit_pdf.h"

#include <gtest/gtest.h>

namespace kfl {
namespace {

TEST(PdfCreationDateTest, ComesFromTheWaveNeverTheClock) {
  Project project;
  project.waves = {{"2016", "T1 2016"}, {"2020-vår", "T3"}, {"høst", "Høst"}};
  EXPECT_EQ(PdfCreationDate(project, 0), "2016-01-01T00:00:00Z");
  EXPECT_EQ(PdfCreationDate(project, 1), "2020-01-01T00:00:00Z");
  EXPECT_EQ(PdfCreationDate(project, 2), "2000-01-01T00:00:00Z");
  EXPECT_EQ(PdfCreationDate(project, -1), "2000-01-01T00:00:00Z");
}

TEST(PdfFilesForTest, ClassesOnlyOnTheRestrictedSite) {
  struct Case {
    Level level;
    bool restricted;
    std::string want;  // file names, joined
  } cases[] = {
      {Level::kCounty, false, "rapport.pdf"},      {Level::kMunicipality, false, "rapport.pdf"},
      {Level::kSchool, false, "rapport.pdf"},      {Level::kSchool, true, "skoleleder.pdf"},
      {Level::kClass, true, "rapport.pdf"},        {Level::kGroup, true, "rapport.pdf"},
      {Level::kMunicipality, true, ""},            {Level::kCounty, true, ""},
  };
  for (const Case& c : cases) {
    std::string got;
    for (const PdfFile& f : PdfFilesFor(c.level, c.restricted)) got += f.name;
    EXPECT_EQ(got, c.want) << LevelName(c.level) << (c.restricted ? " restricted" : " public");
  }
}

}  // namespace
}  // namespace kfl
