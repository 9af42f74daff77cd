// The PDF reports of the example data, read back with poppler-utils and
// checked with qpdf: every kind (county, municipality, school, class, head
// teacher's overview).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include <regex>
#include <sstream>

#include "e2e/e2e_util.h"

namespace kfl::e2e {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

// The example, built once per process (ctest runs each TEST in a process
// of its own, so the checks on the full build share one TEST).
const fs::path& Out() {
  static const fs::path out = [] {
    fs::path dir = FreshDir("pdf_e2e_" + std::to_string(getpid()));
    RunResult r = RunKfl("build '" + ExampleDir().string() + "' -o '" + (dir / "out").string() + "' -j 2");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return dir / "out";
  }();
  return out;
}

std::string Info(const fs::path& pdf) { return RunCommand("pdfinfo '" + pdf.string() + "'").out; }

int Pages(const fs::path& pdf) {
  std::smatch m;
  const std::string info = Info(pdf);
  return std::regex_search(info, m, std::regex("Pages:\\s+(\\d+)")) ? std::stoi(m[1]) : 0;
}

struct Kind {
  const char* path;
  const char* title;                   // pdfinfo Title
  std::vector<const char*> headings;   // in pdftotext
};

const Kind kKinds[] = {
    {"site/rapport.pdf", "Resultater: Testfylke, T3 2020",
     {"Innhold", "Slik leser du rapporten", "Elever 5.–10. trinn", "Variasjon mellom enhetene under"}},
    {"site/fjellvik/rapport.pdf", "Resultater: Fjellvik, T3 2020",
     {"Kommune · Testfylke", "Kort fortalt", "Styrker", "Elever 5.–10. trinn"}},
    {"site/sondre-as/sondre-as-ungdomsskole/rapport.pdf",
     "Resultater: Søndre Ås ungdomsskole, T3 2020",
     {"Skole · Søndre Ås · Testfylke", "Elever 5.–10. trinn", "Trivsel"}},
    {"restricted/sondre-as/sondre-as-ungdomsskole/8a/rapport.pdf", "Resultater: 8A, T3 2020",
     {"Klasse · Søndre Ås ungdomsskole · Søndre Ås · Testfylke", "Ikke for publisering.",
      "Spørsmål til refleksjon", "Hva kjenner vi igjen?"}},
    {"restricted/sondre-as/sondre-as-ungdomsskole/skoleleder.pdf",
     "Skolelederens oversikt: Søndre Ås ungdomsskole, T3 2020",
     {"Klassene side om side", "8A", "10B", "Ikke for publisering."}},
};

void EveryKindReadsBackWithTitleHeadingsAndNorwegianNumbers() {
  for (const Kind& k : kKinds) {
    const fs::path pdf = Out() / k.path;
    ASSERT_TRUE(fs::exists(pdf)) << k.path;
    const std::string info = Info(pdf);
    EXPECT_THAT(info, HasSubstr(std::string("Title:           ") + k.title)) << k.path;
    EXPECT_THAT(info, HasSubstr("Author:          Testfylke")) << k.path;
    EXPECT_THAT(info, HasSubstr("Page size:       595.276 x 841.89 pts (A4)")) << k.path;
    EXPECT_GE(Pages(pdf), 3) << k.path;
    const std::string text = PdfText(pdf);
    for (const char* h : k.headings) EXPECT_THAT(text, HasSubstr(h)) << k.path;
    EXPECT_TRUE(std::regex_search(text, std::regex("\\b[2-7][0-9],[0-9]\\b")))
        << k.path << ": T-scores with a decimal comma";
    EXPECT_THAT(text, HasSubstr("Side 2 av ")) << k.path;
  }
}

// The yearly briefing (issue #23): the county and every municipality, two
// to six pages, the spec's sections in order, linked from the unit's page.
void EveryBriefingIsShortAndComplete() {
  for (const char* folder : {"site/", "site/fjellvik/", "site/sondre-as/"}) {
    const fs::path pdf = Out() / folder / "orientering.pdf";
    ASSERT_TRUE(fs::exists(pdf)) << pdf;
    EXPECT_GE(Pages(pdf), 2) << pdf;
    EXPECT_LE(Pages(pdf), 6) << pdf;
    EXPECT_THAT(Info(pdf), HasSubstr("Title:           Orientering: ")) << pdf;
    const std::string text = PdfText(pdf);
    size_t at = 0;
    for (const char* h : {"Læringsmiljøet", "Læringsresultater", "Gjennomføring i videregående opplæring",
                          "Forskjeller mellom", "Les mer"}) {
      const size_t found = text.find(h, at);
      EXPECT_NE(found, std::string::npos) << pdf << ": " << h << " (in order)";
      if (found != std::string::npos) at = found;
    }
    EXPECT_THAT(text, HasSubstr("Grunnskolepoeng")) << pdf;
    EXPECT_THAT(text, HasSubstr("Utdanningsdirektoratet")) << pdf << ": the source";
    EXPECT_TRUE(std::regex_search(text, std::regex("sa [0-9]+,[0-9] % av elevene i .* at de blir mobbet")))
        << pdf << ": the share who say they are bullied";
    EXPECT_THAT(Slurp(Out() / folder / "index.html"), HasSubstr("href=\"orientering.html\"")) << folder;
    EXPECT_THAT(Slurp(Out() / folder / "orientering.html"), HasSubstr("href=\"orientering.pdf\"")) << folder;
  }
  EXPECT_FALSE(fs::exists(Out() / "site/fjellvik/fjellvik-skole/orientering.pdf")) << "not for schools";
  EXPECT_FALSE(fs::exists(Out() / "restricted/orientering.pdf")) << "public only";
}

void EveryPdfPassesQpdfAndEmbedsItsFonts() {
  int pdfs = 0;
  for (const auto& e : fs::recursive_directory_iterator(Out())) {
    if (e.path().extension() != ".pdf") continue;
    ++pdfs;
    const RunResult check = RunCommand("qpdf --check '" + e.path().string() + "'");
    EXPECT_EQ(check.exit_code, 0) << e.path() << "\n" << check.out << check.err;
    std::istringstream fonts(RunCommand("pdffonts '" + e.path().string() + "'").out);
    std::string line;
    for (int i = 0; std::getline(fonts, line); ++i) {
      if (i >= 2) {
        EXPECT_TRUE(std::regex_search(line, std::regex(" yes yes yes "))) << e.path() << ": " << line;
      }
    }
  }
  EXPECT_EQ(pdfs, 50) << "9 public (county, 2 municipalities, 4 schools, 2 kindergartens), "
                         "3 briefings (the county, 2 municipalities), "
                         "4 head teachers', 30 classes, 4 kindergarten groups";
}

// What a PDF/UA checker looks for that cairo cannot write itself
// (pdf/pdf_finish): read from qpdf's JSON of every object.
void EveryPdfHasAltTextsTabOrderTitleAndLanguage() {
  int figures = 0, linked_pages = 0;
  for (const auto& e : fs::recursive_directory_iterator(Out())) {
    if (e.path().extension() != ".pdf") continue;
    const RunResult r = RunCommand("qpdf --json=2 --json-key=qpdf '" + e.path().string() + "'");
    ASSERT_EQ(r.exit_code, 0) << e.path() << r.err;
    const nlohmann::json objects = nlohmann::json::parse(r.out)["qpdf"][1];
    bool catalog = false;
    for (const auto& [id, object] : objects.items()) {
      const nlohmann::json& v = object.contains("value") ? object["value"] : object;
      if (!v.is_object()) continue;
      const std::string type = v.value("/Type", "");
      if (type == "/Catalog") {
        catalog = true;
        EXPECT_EQ(v.value("/Lang", ""), "u:nb") << e.path();
        EXPECT_EQ(v["/ViewerPreferences"]["/DisplayDocTitle"], true) << e.path();
      } else if (type == "/StructElem" && v.value("/S", "") == "/Figure") {
        ++figures;
        EXPECT_GT(v.value("/Alt", "").size(), 12u) << e.path() << " " << id << ": no /Alt";
      } else if (type == "/Page" && v.contains("/Annots")) {
        ++linked_pages;
        EXPECT_EQ(v.value("/Tabs", ""), "/S") << e.path() << " " << id;
      }
    }
    EXPECT_TRUE(catalog) << e.path();
  }
  EXPECT_GT(figures, 500);
  EXPECT_GE(linked_pages, 47) << "every report has its table of contents";
}

void HiddenFiguresShowADashAndTheReason() {
  // Fjellvik skole's classes have 7 pupils: many figures are below the
  // restricted threshold or hidden to protect another.
  const std::string text = PdfText(Out() / "restricted/fjellvik/fjellvik-skole/skoleleder.pdf");
  EXPECT_THAT(text, HasSubstr("–"));
  EXPECT_TRUE(std::regex_search(text, std::regex("– betyr at tallet er skjult: (færre enn 5 svar|skjult for å beskytte)")))
      << text.substr(0, 2000);
  const std::string school = PdfText(Out() / "site/fjellvik/fjellvik-skole/rapport.pdf");
  EXPECT_THAT(school, HasSubstr("færre enn 10 svar"));
}

void PagesLinkTheirPdfAndThePublicSiteHasNoClassReport() {
  EXPECT_THAT(Slurp(Out() / "site/fjellvik/index.html"), HasSubstr("href=\"rapport.pdf\""));
  EXPECT_THAT(Slurp(Out() / "restricted/fjellvik/fjellvik-skole/index.html"),
              HasSubstr("href=\"skoleleder.pdf\""));
  EXPECT_THAT(Slurp(Out() / "restricted/fjellvik/fjellvik-skole/8a/index.html"),
              HasSubstr("href=\"rapport.pdf\""));
  EXPECT_FALSE(fs::exists(Out() / "site/fjellvik/fjellvik-skole/8a"));
}

void SameDataGivesTheSameBytes() {
  fs::path again = FreshDir("pdf_e2e_again");
  RunResult r = RunKfl("build '" + ExampleDir().string() + "' -o '" + (again / "out").string() +
                       "' -j 1 --only c-sondre-as-01-8a");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const char* pdf = "restricted/sondre-as/sondre-as-ungdomsskole/8a/rapport.pdf";
  EXPECT_EQ(Slurp(again / "out" / pdf), Slurp(Out() / pdf));
}

TEST(PdfTest, ReportsOfTheExample) {
  {
    SCOPED_TRACE("every kind");
    EveryKindReadsBackWithTitleHeadingsAndNorwegianNumbers();
  }
  {
    SCOPED_TRACE("the yearly briefings");
    EveryBriefingIsShortAndComplete();
  }
  {
    SCOPED_TRACE("qpdf and fonts");
    EveryPdfPassesQpdfAndEmbedsItsFonts();
  }
  {
    SCOPED_TRACE("PDF/UA: /Alt, /Tabs, /DisplayDocTitle, /Lang");
    EveryPdfHasAltTextsTabOrderTitleAndLanguage();
  }
  {
    SCOPED_TRACE("hidden figures");
    HiddenFiguresShowADashAndTheReason();
  }
  {
    SCOPED_TRACE("links");
    PagesLinkTheirPdfAndThePublicSiteHasNoClassReport();
  }
  {
    SCOPED_TRACE("same bytes");
    SameDataGivesTheSameBytes();
  }
}

TEST(PdfTest, NoPdfFlagWritesNoneAndLinksNone) {
  fs::path dir = FreshDir("pdf_e2e_none");
  RunResult r = RunKfl("build '" + ExampleDir().string() + "' -o '" + (dir / "out").string() +
                       "' --no-pdf --only k-fjellvik");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(fs::exists(dir / "out/site/fjellvik/rapport.pdf"));
  EXPECT_THAT(Slurp(dir / "out/site/fjellvik/index.html"), Not(HasSubstr("rapport.pdf")));
}

}  // namespace
}  // namespace kfl::e2e
