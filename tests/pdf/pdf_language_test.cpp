#include "pdf/pdf_language.h"

#include <cairo-pdf.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "chart/cairo_handle.h"
#include "e2e/e2e_util.h"

namespace kfl {
namespace {

using ::testing::HasSubstr;

// A small PDF laid out like cairo's: numbered objects, then a cross-
// reference table of 20-byte entries, the trailer and startxref. Object 2
// is the catalog; `lang`, when given, is in it where SetPdfLanguage puts it.
std::string MakePdf(const std::string& lang = "") {
  const std::string catalog_lang = lang.empty() ? "" : "\n   /Lang (" + lang + ")";
  const std::vector<std::string> objects = {
      "<< /Type /Pages\n   /Kids [ ]\n   /Count 0\n>>",
      "<< /Type /Catalog" + catalog_lang + "\n   /Pages 1 0 R\n>>",
      "<< /Producer (test)\n>>",
  };
  std::string out = "%PDF-1.5\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    char entry[21];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    out += entry;
  }
  out += "trailer\n<< /Size 4\n   /Root 2 0 R\n   /Info 3 0 R\n>>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return out;
}

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  const size_t at = s.find(from);
  return at == std::string::npos ? s : s.replace(at, from.size(), to);
}

TEST(SetPdfLanguageTest, InsertsLangAndMovesEveryOffsetBehindIt) {
  // The pages object (before the catalog) keeps its offset; the info object
  // and the xref table (after it) move by the inserted bytes.
  EXPECT_EQ(SetPdfLanguage(MakePdf(), "nb"), MakePdf("nb"));
  EXPECT_EQ(SetPdfLanguage(MakePdf(), "en-GB"), MakePdf("en-GB"));
}

TEST(SetPdfLanguageTest, ReturnsWhatItDoesNotUnderstandUnchanged) {
  struct Case {
    const char* name;
    std::string pdf;
    std::string lang;
  };
  const std::vector<Case> cases = {
      {"not a PDF", "not a pdf", "nb"},
      {"a language tag is letters, digits and -", MakePdf(), "n) /JS (x"},
      {"no catalog", Replace(MakePdf(), "/Type /Catalog", "/Type /Katalog"), "nb"},
      {"no cross-reference table", Replace(MakePdf(), "\nxref\n", "\nxreg\n"), "nb"},
      {"no startxref", Replace(MakePdf(), "startxref\n", "startxreg\n"), "nb"},
      {"a cross-reference table without its count", Replace(MakePdf(), "xref\n0 4", "xref\nx"),
       "nb"},
      // Regression: /Lang used to be inserted before the table was found to
      // be short, leaving offsets that pointed into the wrong bytes.
      {"a cross-reference table that runs past the end",
       Replace(MakePdf(), "xref\n0 4", "xref\n0 99"), "nb"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(SetPdfLanguage(c.pdf, c.lang), c.pdf) << c.name;
  }
}

cairo_status_t Append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

TEST(SetPdfLanguageTest, KeepsTheCrossReferencesOfCairosPdfValid) {
  std::string bytes;
  {
    CairoSurface surface(cairo_pdf_surface_create_for_stream(Append, &bytes, 200, 200));
    Cairo cr(cairo_create(surface.get()));
    cairo_rectangle(cr.get(), 10, 10, 50, 50);
    cairo_fill(cr.get());
    cairo_show_page(cr.get());
    cr.reset();
    cairo_surface_finish(surface.get());
    ASSERT_EQ(cairo_surface_status(surface.get()), CAIRO_STATUS_SUCCESS);
  }
  const std::string patched = SetPdfLanguage(bytes, "nb");
  EXPECT_THAT(patched, HasSubstr("/Type /Catalog\n   /Lang (nb)"));
  const std::filesystem::path pdf = e2e::FreshDir("pdf_language") / "lang.pdf";
  std::ofstream(pdf, std::ios::binary) << patched;
  const e2e::RunResult check = e2e::RunCommand("qpdf --check '" + pdf.string() + "'");
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
}

}  // namespace
}  // namespace kfl
