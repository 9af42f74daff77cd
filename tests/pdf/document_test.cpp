#include "pdf/document.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "chart/tbar_chart.h"
#include "e2e/e2e_util.h"
#include "text/catalog.h"

namespace kfl {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

struct Fixture {
  Typesetter text{"DejaVu Sans"};
  Theme theme;
  DocumentOptions Options() {
    DocumentOptions o;
    o.title = "Testrapport";
    o.author = "Testfylke";
    o.lang = "nb";
    o.created = "2020-01-01T00:00:00Z";
    o.running_header = "Kultur for læring · 8A · T3 2020";
    o.page_label = [](int page, int pages) {
      return "Side " + std::to_string(page) + " av " + std::to_string(pages);
    };
    return o;
  }
};

fs::path Save(const std::string& bytes, const std::string& name) {
  fs::path p = e2e::FreshDir("pdf_document_" + name) / (name + ".pdf");
  std::ofstream(p, std::ios::binary) << bytes;
  return p;
}

std::string Page(const fs::path& pdf, int page) {
  return e2e::PdfText(pdf, "-f " + std::to_string(page) + " -l " + std::to_string(page));
}

int Count(const std::string& text, const std::string& what) {
  int n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(DocumentTest, TableBreaksAcrossPagesAndRepeatsItsHeader) {
  Fixture f;
  Document doc(f.text, f.theme, f.Options());
  doc.Heading(1, "Tabell");
  TableBlock t;
  t.header = {{RichText().Add("Klasse")}, {RichText().Add("Kolonneoverskrift")}};
  for (int i = 0; i < 120; ++i) {
    t.rows.push_back({{RichText().Add("Rad " + std::to_string(i))}, {RichText().Add("52,3")}});
  }
  doc.Table(t);
  const fs::path pdf = Save(doc.Finish(), "table");
  ASSERT_GE(doc.pages(), 3);
  for (int p = 1; p <= doc.pages(); ++p) {
    EXPECT_THAT(Page(pdf, p), HasSubstr("Kolonneoverskrift")) << "page " << p;
    EXPECT_THAT(Page(pdf, p), HasSubstr("Side " + std::to_string(p) + " av " +
                                        std::to_string(doc.pages())));
  }
  const std::string all = e2e::PdfText(pdf);
  for (int i = 0; i < 120; ++i) {
    EXPECT_EQ(Count(all, "Rad " + std::to_string(i) + "\n"), 1) << "row " << i;
  }
}

TEST(DocumentTest, HeadingIsNeverLastOnAPage) {
  Fixture f;
  Document doc(f.text, f.theme, f.Options());
  std::string filler;
  for (int i = 0; i < 40; ++i) filler += "Dette er fylltekst som tar plass på siden. ";
  // Fill most of page 1, then a heading and a long paragraph.
  for (int i = 0; i < 3; ++i) doc.Paragraph(RichText().Add(filler));
  doc.Heading(2, "Overskriften");
  doc.Paragraph(RichText().Add(filler + filler));
  const fs::path pdf = Save(doc.Finish(), "heading");
  for (int p = 1; p <= doc.pages(); ++p) {
    const std::string text = Page(pdf, p);
    const size_t at = text.find("Overskriften");
    if (at == std::string::npos) continue;
    // Body text follows the heading on its page.
    EXPECT_THAT(text.substr(at), HasSubstr("Dette er fylltekst")) << "page " << p;
  }
}

// A figure taller than a page is scaled to leave room for the heading
// above it: the heading is never alone on a page (seen in a head teacher's
// report: an area heading on one page, its 24 questions on the next).
TEST(DocumentTest, AHeadingStaysWithAFigureTallerThanAPage) {
  Fixture f;
  Document doc(f.text, f.theme, f.Options());
  std::string error;
  const Catalog catalog =
      *Catalog::Load(std::string(KFL_SOURCE_TEMPLATES_DIR) + "/i18n/nb.json", &error);
  ChartContext ctx{f.text, f.theme, catalog};
  TBarChart chart;
  chart.title = "Spørsmålene";
  chart.series = {"8A", "Fylket"};
  for (int i = 0; i < 60; ++i) {
    chart.rows.push_back({"Spørsmål " + std::to_string(i + 1),
                          {ChartValue::WithCi(52, 49, 55), ChartValue::Of(50)}});
  }
  doc.Heading(1, "Foreldre");
  doc.Heading(2, "Informasjon fra og samarbeid med skolen");
  doc.Figure(chart, ctx, "Spørsmålene", "Andel av svarene.");
  const fs::path pdf = Save(doc.Finish(), "tall_figure");
  for (int p = 1; p <= doc.pages(); ++p) {
    const std::string text = Page(pdf, p);
    if (text.find("Informasjon fra og samarbeid") == std::string::npos) continue;
    EXPECT_THAT(text, HasSubstr("Spørsmål 60")) << "the figure is on the heading's page " << p;
  }
}

TEST(DocumentTest, MetadataLanguageBookmarksAndLinks) {
  Fixture f;
  Document doc(f.text, f.theme, f.Options());
  doc.Cover({.kicker = "Kultur for læring", .title = "8A", .lines = {"Klasse"}});
  doc.Contents("Innhold");
  doc.Markdown(
      "# Slik leser du\n\nTekst med **fet**, *kursiv* og [en lenke](https://example.org/a).\n\n"
      "- punkt én\n- punkt to\n\n<script>alert(1)</script>\n\n## Under\n\nMer.\n");
  const std::string bytes = doc.Finish();
  const fs::path pdf = Save(bytes, "meta");
  const std::string info = e2e::RunCommand("pdfinfo '" + pdf.string() + "'").out;
  EXPECT_THAT(info, HasSubstr("Title:           Testrapport"));
  EXPECT_THAT(info, HasSubstr("Author:          Testfylke"));
  EXPECT_THAT(info, HasSubstr("Tagged:          yes"));
  EXPECT_THAT(info, HasSubstr("CreationDate:    Wed Jan  1 00:00:00 2020"));
  EXPECT_THAT(bytes, HasSubstr("/Lang (nb)"));
  EXPECT_THAT(bytes, HasSubstr("/URI (https://example.org/a)"));
  EXPECT_THAT(bytes, HasSubstr("/Outlines"));
  EXPECT_EQ(e2e::RunCommand("qpdf --check '" + pdf.string() + "'").exit_code, 0);
  const std::string text = e2e::PdfText(pdf);
  EXPECT_THAT(text, HasSubstr("Tekst med fet, kursiv og en lenke."));
  EXPECT_THAT(text, HasSubstr("punkt to"));
  EXPECT_THAT(text, Not(HasSubstr("alert")));  // raw HTML is dropped
  EXPECT_TRUE(std::regex_search(text, std::regex("Slik leser du\\s+2")))
      << "the contents give the heading's page";
}

TEST(DocumentTest, TextIsDrawnAsWrittenNeverParsedAsMarkup) {
  Fixture f;
  Document doc(f.text, f.theme, f.Options());
  doc.Heading(1, "<b>Klasse</b> & 'Ø' 🎒");
  doc.Paragraph(RichText().Add("<i>ikke kursiv</i> &amp;"));
  const fs::path pdf = Save(doc.Finish(), "hostile");
  const std::string text = e2e::PdfText(pdf);
  EXPECT_THAT(text, HasSubstr("<b>Klasse</b> & 'Ø'"));
  EXPECT_THAT(text, HasSubstr("<i>ikke kursiv</i> &amp;"));
}

TEST(DocumentTest, SameInputGivesSameBytesAndFontsAreEmbedded) {
  Fixture f;
  auto make = [&] {
    Document doc(f.text, f.theme, f.Options());
    doc.Heading(1, "Figur");
    TBarChart chart;
    chart.title = "Områdene";
    chart.series = {"8A", "Fylket"};
    chart.rows = {{"Trivsel", {ChartValue::WithCi(52.1, 49.0, 55.2), ChartValue::Of(50)}},
                  {"Mobbing", {ChartValue::Hidden("færre enn 5 svar"), ChartValue::Of(50)}}};
    std::string error;
    const Catalog catalog = *Catalog::Load(std::string(KFL_SOURCE_TEMPLATES_DIR) + "/i18n/nb.json", &error);
    ChartContext ctx{f.text, f.theme, catalog};
    doc.Figure(chart, ctx, "Områdene", "Sammenlignet med fylket.");
    return doc.Finish();
  };
  const std::string a = make(), b = make();
  EXPECT_EQ(a, b);
  const fs::path pdf = Save(a, "fonts");
  const std::string fonts = e2e::RunCommand("pdffonts '" + pdf.string() + "'").out;
  std::istringstream lines(fonts);
  std::string line;
  int checked = 0;
  for (int i = 0; std::getline(lines, line); ++i) {
    if (i < 2) continue;  // header lines
    EXPECT_TRUE(std::regex_search(line, std::regex(" yes yes yes "))) << line;
    EXPECT_THAT(line, HasSubstr("DejaVuSans"));
    ++checked;
  }
  EXPECT_GT(checked, 0);
  const std::string text = e2e::PdfText(pdf);
  EXPECT_THAT(text, HasSubstr("52,1"));
  EXPECT_THAT(text, HasSubstr("færre enn 5 svar"));
}

}  // namespace
}  // namespace kfl
