#include "pdf/pdf_finish.h"

#include <cairo-pdf.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include "chart/cairo_handle.h"
#include "e2e/e2e_util.h"

namespace kfl {
namespace {

using ::testing::HasSubstr;

cairo_status_t Append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// A tagged PDF as kfl's documents are: page 1 has a figure and a link,
// page 2 two figures and no link.
std::string CairoPdf() {
  std::string bytes;
  CairoSurface surface(cairo_pdf_surface_create_for_stream(Append, &bytes, 200, 200));
  Cairo cr(cairo_create(surface.get()));
  cairo_t* c = cr.get();
  cairo_tag_begin(c, "Document", nullptr);
  cairo_tag_begin(c, "Figure", nullptr);
  cairo_rectangle(c, 10, 10, 50, 50);
  cairo_fill(c);
  cairo_tag_end(c, "Figure");
  cairo_tag_begin(c, CAIRO_TAG_LINK, "uri='https://example.org'");
  cairo_move_to(c, 10, 100);
  cairo_show_text(c, "link");
  cairo_tag_end(c, CAIRO_TAG_LINK);
  cairo_show_page(c);
  for (int i = 0; i < 2; ++i) {
    cairo_tag_begin(c, "Figure", nullptr);
    cairo_rectangle(c, 10, 10 + 60 * i, 50, 50);
    cairo_fill(c);
    cairo_tag_end(c, "Figure");
  }
  cairo_show_page(c);
  cairo_tag_end(c, "Document");
  cr.reset();
  cairo_surface_finish(surface.get());
  EXPECT_EQ(cairo_surface_status(surface.get()), CAIRO_STATUS_SUCCESS);
  return bytes;
}

// Runs `qpdf` with `args` on `pdf` (written to a file) and returns its output.
e2e::RunResult Qpdf(const std::string& pdf, const std::string& args) {
  const std::filesystem::path file = e2e::FreshDir("pdf_finish") / "finished.pdf";
  std::ofstream(file, std::ios::binary) << pdf;
  return e2e::RunCommand("qpdf " + args + " '" + file.string() + "'");
}

TEST(FinishPdfTest, AddsLanguageTitlePreferenceAltTextsAndTabOrder) {
  const std::string pdf = FinishPdf(
      CairoPdf(), {.lang = "nb", .figure_alts = {"Første (æøå)", "Andre", "Tredje \\ )"}});
  EXPECT_EQ(Qpdf(pdf, "--check").exit_code, 0);
  // qpdf's JSON of the objects: the strings decoded, the names as written.
  const e2e::RunResult json = Qpdf(pdf, "--json=2 --json-key=qpdf");
  ASSERT_EQ(json.exit_code, 0) << json.err;
  EXPECT_THAT(json.out, HasSubstr("\"/Lang\": \"u:nb\""));
  EXPECT_THAT(json.out, HasSubstr("\"/DisplayDocTitle\": true"));
  // "Første (æøå)" in PDFDocEncoding, which qpdf shows as bytes.
  EXPECT_THAT(json.out, HasSubstr("\"/Alt\": \"b:46f8727374652028e6f8e529\""));
  EXPECT_THAT(json.out, HasSubstr("\"/Alt\": \"u:Andre\""));
  EXPECT_THAT(json.out, HasSubstr("\"/Alt\": \"u:Tredje \\\\ )\""));
  // One page has a link, so one /Tabs.
  size_t tabs = 0;
  for (size_t at = 0; (at = json.out.find("\"/Tabs\": \"/S\"", at)) != std::string::npos; ++at) {
    ++tabs;
  }
  EXPECT_EQ(tabs, 1u);
}

TEST(FinishPdfTest, SameBytesInGiveSameBytesOut) {
  const std::string in = CairoPdf();
  const PdfFinish finish{.lang = "en", .figure_alts = {"a", "b", "c"}};
  EXPECT_EQ(FinishPdf(in, finish), FinishPdf(in, finish));
}

TEST(FinishPdfTest, AFigureWithoutItsTextOrNotAPdfIsAnError) {
  EXPECT_THROW(FinishPdf(CairoPdf(), {.lang = "nb", .figure_alts = {"a", "b"}}),
               std::runtime_error);
  EXPECT_THROW(FinishPdf("not a pdf", {.lang = "nb", .figure_alts = {}}), std::runtime_error);
}

}  // namespace
}  // namespace kfl
