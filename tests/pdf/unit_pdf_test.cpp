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

}  // namespace
}  // namespace kfl
