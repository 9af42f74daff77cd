// End-to-end: the static sites that kfl build writes, on real files.
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "e2e/e2e_util.h"

namespace kfl::e2e {
namespace {
namespace fs = std::filesystem;

fs::path Build(const fs::path& data, const std::string& name) {
  fs::path out = FreshDir(name) / "out";
  RunResult r = RunKfl("build '" + data.string() + "' -o '" + out.string() + "' -q");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return out;
}

// Every link (href/src) of every HTML file under `dir` resolves to a file
// inside `dir`.
void ExpectLinksResolve(const fs::path& dir) {
  const std::regex link(R"re((?:href|src)="([^"]*)")re");
  int checked = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.path().extension() != ".html") continue;
    const std::string html = Slurp(e.path());
    for (std::sregex_iterator it(html.begin(), html.end(), link), end; it != end; ++it) {
      std::string target = (*it)[1];
      // mstch writes '/' in attribute values as "&#x2F;".
      for (size_t at; (at = target.find("&#x2F;")) != std::string::npos;) target.replace(at, 6, "/");
      target = target.substr(0, target.find('#'));
      if (target.empty()) continue;
      ASSERT_EQ(target.find("://"), std::string::npos) << e.path() << " links outside: " << target;
      ASSERT_NE(target[0], '/') << e.path() << " has an absolute link: " << target;
      fs::path resolved = (e.path().parent_path() / target).lexically_normal();
      EXPECT_TRUE(fs::exists(resolved)) << e.path() << " -> " << target;
      const std::string rel = fs::relative(resolved, dir).string();
      EXPECT_NE(rel.substr(0, 2), "..") << e.path() << " leaves the site: " << target;
      ++checked;
    }
  }
  EXPECT_GT(checked, 50);
}

TEST(SiteTest, PublicSiteHasAPagePerPublicUnitAndNoClasses) {
  fs::path out = Build(ExampleDir(), "site_public");
  std::ifstream units(ExampleDir() / "units.csv");
  std::string line;
  int pages = 0;
  std::getline(units, line);
  while (std::getline(units, line)) ++pages;
  std::set<std::string> site_pages, restricted_pages;
  for (const auto& e : fs::recursive_directory_iterator(out / "site")) {
    if (e.path().filename() == "index.html") site_pages.insert(fs::relative(e.path(), out / "site").string());
  }
  for (const auto& e : fs::recursive_directory_iterator(out / "restricted")) {
    if (e.path().filename() == "index.html") restricted_pages.insert(fs::relative(e.path(), out / "restricted").string());
  }
  // The example: 1 county, 2 municipalities, 4 schools, 2 kindergartens
  // (+ the appendix page).
  EXPECT_EQ(site_pages.size(), 1u + 2 + 4 + 2 + 1);
  EXPECT_TRUE(site_pages.count("index.html"));
  EXPECT_TRUE(site_pages.count("fjellvik/fjellvik-skole/index.html"));
  EXPECT_TRUE(site_pages.count("teknisk/index.html"));
  EXPECT_EQ(restricted_pages.size(), static_cast<size_t>(pages)) << "every unit, classes too";
  EXPECT_TRUE(restricted_pages.count("fjellvik/fjellvik-skole/8a/index.html"));
  for (const char* f : {"sitemap.xml", "404.html", "assets/kfl.css", "assets/search.js",
                        "assets/search-index.js"}) {
    EXPECT_TRUE(fs::exists(out / "site" / f)) << f;
  }
  ExpectLinksResolve(out / "site");
  ExpectLinksResolve(out / "restricted");
}

// Issue #24: beside each page's CSV its figures as an Excel workbook, read
// back with openpyxl (Debian's python3-openpyxl) as numbers equal to the
// page's, with the page's decimals; and for a municipality and the county a
// workbook of the units below side by side.
TEST(SiteTest, EveryPageHasItsFiguresAsAnExcelWorkbook) {
  const fs::path out = FreshDir("site_xlsx") / "out";
  const RunResult built = RunKfl("build '" + ExampleDir().string() + "' -o '" + out.string() + "' -q --no-pdf");
  ASSERT_EQ(built.exit_code, 0) << built.err;
  // Every page but the classes' and groups' (their figures are in their
  // school's workbook, in the head teacher's class tables).
  int pages = 0;
  for (const auto& e : fs::recursive_directory_iterator(out)) {
    if (e.path().filename() != "tall.csv") continue;
    const fs::path dir = e.path().parent_path();
    const fs::path in_out = fs::relative(dir, out);
    if (std::distance(in_out.begin(), in_out.end()) == 4) continue;  // restricted/<m>/<s>/<class>
    ++pages;
    EXPECT_TRUE(fs::exists(dir / "tall.xlsx")) << e.path();
    EXPECT_NE(Slurp(dir / "index.html").find("Tallene på siden: <a href=\"tall.csv\">CSV</a> · <a href=\"tall.xlsx\">Excel</a>"),
              std::string::npos) << e.path();
  }
  EXPECT_GT(pages, 15) << "public and restricted pages";
  EXPECT_FALSE(fs::exists(out / "restricted/fjellvik/fjellvik-skole/8a/tall.xlsx"));
  const std::string check = "/usr/bin/python3 '" + std::string(KFL_SOURCE_DIR) + "/tests/e2e/xlsx_matches_csv.py' ";
  for (const char* page : {"site/fjellvik", "site", "restricted/fjellvik/fjellvik-skole", "site/sondre-as"}) {
    const fs::path dir = out / page;
    const RunResult r = RunCommand(check + "'" + (dir / "tall.xlsx").string() + "' '" +
                                   (dir / "tall.csv").string() + "' Merknad");
    EXPECT_EQ(r.exit_code, 0) << page << ":\n" << r.out << r.err;
    EXPECT_NE(r.out.find(" figures compared, 0 problems"), std::string::npos) << r.out;
  }
  // The schools of a municipality side by side: a row per school, a number per area.
  const RunResult units = RunCommand(
      "/usr/bin/python3 -c \"import openpyxl, sys; ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]; "
      "rows = list(ws.iter_rows(min_row=4, values_only=True)); "
      "print(len(rows), all(isinstance(v, (int, float)) for r in rows for v in r[1:] if v is not None), rows[0][0])\" '" +
      (out / "site/fjellvik/enheter.xlsx").string() + "'");
  EXPECT_EQ(units.exit_code, 0) << units.err;
  EXPECT_NE(units.out.find(" True "), std::string::npos) << units.out;
  EXPECT_TRUE(fs::exists(out / "site/enheter.xlsx")) << "the county: its municipalities";
  EXPECT_FALSE(fs::exists(out / "site/fjellvik/fjellvik-skole/enheter.xlsx")) << "a school has classes only in private";
}

TEST(SiteTest, PagesSayWhatTheyShowInNorwegian) {
  fs::path out = Build(ExampleDir(), "site_content");
  const std::string school = Slurp(out / "site/fjellvik/fjellvik-skole/index.html");
  EXPECT_NE(school.find("<html lang=\"nb\">"), std::string::npos);
  EXPECT_NE(school.find("<h1>Fjellvik skole</h1>"), std::string::npos);
  EXPECT_NE(school.find("Nøkkeltall"), std::string::npos);
  EXPECT_NE(school.find("Kort fortalt"), std::string::npos);
  EXPECT_NE(school.find("Forbedringsområder"), std::string::npos);
  // The page's own figures beside it, linked from it.
  EXPECT_NE(school.find("href=\"tall.csv\""), std::string::npos);
  const std::string csv = Slurp(out / "site/fjellvik/fjellvik-skole/tall.csv");
  EXPECT_EQ(csv.rfind("Tabell,Rad,Kolonne,Verdi\n", 0), 0u);
  EXPECT_NE(csv.find("\nElever 1.–4. trinn: områdene,Trivsel,Fjellvik skole,\"53,6 (49,6–57,6)\"\n"),
            std::string::npos) << csv.substr(0, 400);
  EXPECT_NE(school.find("Slik leser du rapporten"), std::string::npos);
  EXPECT_NE(school.find("href=\"..&#x2F;index.html\">Fjellvik</a>"), std::string::npos) << "breadcrumbs";
  EXPECT_NE(school.find("href=\"..&#x2F;..&#x2F;index.html\">Testfylke</a>"), std::string::npos);
  EXPECT_EQ(school.find("noindex"), std::string::npos);
  // Figures in Norwegian format with a CI: "53,6 (50,1–57,0)".
  EXPECT_TRUE(std::regex_search(school, std::regex("<td>[0-9]{2},[0-9] \\([0-9]{2},[0-9]–[0-9]{2},[0-9]\\)</td>")));
  // Text alternatives say whether the rows are areas or factors.
  EXPECT_TRUE(std::regex_search(school, std::regex("T-skårer for Fjellvik skole[^<]* på [0-9]+ områder;")));
  EXPECT_TRUE(std::regex_search(school, std::regex("T-skårer for Fjellvik skole[^<]* på [0-9]+ faktorer;")));
  EXPECT_EQ(school.find("områder eller faktorer"), std::string::npos);
  // Skoleledere: far fewer than 10 answers in a school: a dash and the reason.
  EXPECT_NE(school.find("– (færre enn 10 svar)"), std::string::npos);
  const std::string county = Slurp(out / "site/index.html");
  EXPECT_NE(county.find("href=\"teknisk&#x2F;index.html\""), std::string::npos) << "the appendix";
  // Municipalities in Norwegian order: Fjellvik before Søndre Ås.
  EXPECT_LT(county.find(">Fjellvik</a>"), county.find(">Søndre Ås</a>"));
  const std::string restricted = Slurp(out / "restricted/fjellvik/fjellvik-skole/8a/index.html");
  EXPECT_NE(restricted.find("<meta name=\"robots\" content=\"noindex, nofollow\">"), std::string::npos);
  EXPECT_NE(restricted.find("Ikke for publisering."), std::string::npos);

  // Schools and kindergartens are kept apart on a municipality with both.
  const std::string fjellvik = Slurp(out / "site/fjellvik/index.html");
  const size_t schools = fjellvik.find("<h2 id=\"skoler-h\">Skolene</h2>");
  const size_t kindergartens = fjellvik.find("<h2 id=\"barnehager-h\">Barnehagene</h2>");
  ASSERT_NE(schools, std::string::npos);
  ASSERT_NE(kindergartens, std::string::npos);
  ASSERT_LT(schools, kindergartens);
  // Each branch holds its own instruments and unit list.
  EXPECT_LT(fjellvik.find("id=\"i-elev-5-10-h\""), kindergartens);
  EXPECT_GT(fjellvik.find("id=\"i-barnehagelaerer-h\""), kindergartens);
  EXPECT_LT(fjellvik.find("Alle skoler i Fjellvik"), kindergartens);
  EXPECT_GT(fjellvik.rfind("Alle barnehager i Fjellvik"), kindergartens);
  EXPECT_NE(fjellvik.find("T2 2019 og T3 2020"), std::string::npos) << "the lede names both waves";
  // Søndre Ås has schools only: no branch headings, nothing about kindergartens.
  const std::string sondre = Slurp(out / "site/sondre-as/index.html");
  EXPECT_EQ(sondre.find("class=\"sector\""), std::string::npos);
  for (const char* text : {"Barnehagene</h2>", "Barnehagelærers", "Alle barnehager", "Foreldre i barnehagen"})
    EXPECT_EQ(sondre.find(text), std::string::npos) << text;
  // A school's trend has the schools' waves only.
  EXPECT_EQ(school.find("T1 2017"), std::string::npos);
}

// project.json with three languages: every language's site in its own
// folder, the data files shared, each page linking to itself in the others.
TEST(SiteTest, EveryLanguageOfTheProjectGetsItsOwnSite) {
  fs::path data = CopyExample("site_languages");
  {
    std::string project = Slurp(data / "project.json");
    const std::string one = "\"languages\": [\"nb\"]";
    project.replace(project.find(one), one.size(), "\"languages\": [\"nb\", \"nn\", \"en\"]");
    std::ofstream(data / "project.json") << project;
    // One item without English: shown in bokmål, with a warning in the log.
    std::string ins = Slurp(data / "instruments/elev_5_10.json");
    const std::string en = ", \"en\": \"I am happy at school.\"";
    ins.erase(ins.find(en), en.size());
    std::ofstream(data / "instruments/elev_5_10.json") << ins;
  }
  fs::path out = FreshDir("site_languages_out") / "out";
  // --no-pdf: the PDFs' language is tested in tests/pdf; this saves CI time.
  RunResult r = RunKfl("build '" + data.string() + "' -o '" + out.string() + "' -q --no-pdf");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("elev_5_10.json: advarsel: 1 av tekstene i filen mangler oversettelse til «en»"),
            std::string::npos)
      << r.err;
  for (const char* lang : {"nb", "nn", "en"}) {
    for (const char* site : {"site/", "restricted/"}) {
      EXPECT_TRUE(fs::exists(out / site / lang / "fjellvik/fjellvik-skole/index.html")) << lang;
      EXPECT_TRUE(fs::exists(out / site / lang / "assets/kfl.css")) << lang;
      EXPECT_FALSE(fs::exists(out / site / lang / "data")) << "the data files are shared";
    }
  }
  EXPECT_TRUE(fs::exists(out / "site/data/aggregates.csv"));
  EXPECT_TRUE(fs::exists(out / "restricted/nn/fjellvik/fjellvik-skole/8a/index.html"));
  const std::string entry = Slurp(out / "site/index.html");
  EXPECT_NE(entry.find("url=nb/index.html"), std::string::npos);
  // The root's own 404 page: the first language's, with its styles.
  for (const char* site : {"site/", "restricted/"}) {
    const std::string not_found = Slurp(out / site / "404.html");
    EXPECT_NE(not_found.find("<html lang=\"nb\">"), std::string::npos) << site;
    EXPECT_NE(not_found.find("href=\"nb&#x2F;assets/kfl.css\""), std::string::npos) << site;
  }
  EXPECT_NE(entry.find("hreflang=\"en\" lang=\"en\">English</a>"), std::string::npos);

  const std::string en = Slurp(out / "site/en/fjellvik/fjellvik-skole/index.html");
  EXPECT_NE(en.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(en.find("<h2 id=\"nokkeltall\">Key figures</h2>"), std::string::npos);
  EXPECT_NE(en.find("How to read the report"), std::string::npos);
  EXPECT_NE(en.find("Pupils, years 5–10"), std::string::npos) << "the instrument's English title";
  EXPECT_NE(en.find("Jeg trives på skolen."), std::string::npos) << "bokmål where English is missing";
  EXPECT_NE(en.find("I look forward to going to school in the morning."), std::string::npos);
  // English figures: "53.6 (50.1–57.0)", "– (fewer than 10 responses)".
  EXPECT_TRUE(std::regex_search(en, std::regex("<td>[0-9]{2}\\.[0-9] \\([0-9]{2}\\.[0-9]–[0-9]{2}\\.[0-9]\\)</td>")));
  EXPECT_NE(en.find("– (fewer than 10 responses)"), std::string::npos);
  EXPECT_EQ(en.find("Nøkkeltall"), std::string::npos);
  EXPECT_NE(en.find("<link rel=\"alternate\" hreflang=\"nn\" href=\"..&#x2F;..&#x2F;..&#x2F;nn&#x2F;fjellvik&#x2F;fjellvik-skole&#x2F;index.html\">"),
            std::string::npos);
  EXPECT_NE(en.find("<span aria-current=\"page\" lang=\"en\">English</span>"), std::string::npos);
  EXPECT_NE(en.find("href=\"tall.csv\""), std::string::npos) << "the page's own figures";
  EXPECT_NE(Slurp(out / "site/en/index.html").find("href=\"..&#x2F;data&#x2F;aggregates.csv\""),
            std::string::npos) << "the county's page links all the data, shared by the languages";

  const std::string nn = Slurp(out / "site/nn/fjellvik/fjellvik-skole/index.html");
  EXPECT_NE(nn.find("<html lang=\"nn\">"), std::string::npos);
  EXPECT_NE(nn.find("Nøkkeltal"), std::string::npos);
  EXPECT_NE(nn.find("Slik les du rapporten"), std::string::npos);
  EXPECT_NE(nn.find("Eg trivst på skulen."), std::string::npos);
  EXPECT_NE(nn.find("– (færre enn 10 svar)"), std::string::npos);
  EXPECT_EQ(nn.find(" ikke "), std::string::npos) << "bokmål in the nynorsk page";
  const std::string appendix = Slurp(out / "site/nn/teknisk/index.html");
  EXPECT_NE(appendix.find("hreflang=\"en\" href=\"..&#x2F;..&#x2F;en&#x2F;teknisk&#x2F;index.html\""),
            std::string::npos);
  ExpectLinksResolve(out / "site");
  ExpectLinksResolve(out / "restricted");
}

TEST(SiteTest, RestrictedSiteHasTheHeadTeachersOverviewAndClassPages) {
  fs::path out = Build(ExampleDir(), "site_restricted");
  const std::string entry = Slurp(out / "restricted/index.html");
  EXPECT_NE(entry.find("Kommuner, skoler og barnehager"), std::string::npos);
  EXPECT_LT(entry.find(">1A</a>"), entry.find(">10A</a>")) << "classes in numeric order";
  const std::string school = Slurp(out / "restricted/fjellvik/fjellvik-skole/index.html");
  EXPECT_NE(school.find("Klassene side om side"), std::string::npos);
  EXPECT_NE(school.find("<table class=\"heat\">"), std::string::npos);
  EXPECT_TRUE(std::regex_search(school, std::regex("<td class=\"heat-[a-z0-9]+\">[0-9]{2},[0-9]</td>")));
  const std::string klass = Slurp(out / "restricted/fjellvik/fjellvik-skole/8a/index.html");
  EXPECT_NE(klass.find("Spørsmål til refleksjon"), std::string::npos);
  EXPECT_NE(klass.find("<h1>8A</h1>"), std::string::npos);
  const std::string public_school = Slurp(out / "site/fjellvik/fjellvik-skole/index.html");
  EXPECT_EQ(public_school.find("Klassene side om side"), std::string::npos) << "never on the public site";
}

TEST(SiteTest, HostileNamesAreEscapedAndNeverReachTheFileSystem) {
  fs::path data = CopyExample("site_hostile");
  std::string units = Slurp(data / "units.csv");
  auto rename = [&](const std::string& from, const std::string& to) {
    size_t at = units.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    units.replace(at, from.size(), to);
  };
  rename(",Fjellvik skole,", ",\"<script>alert(\"\"x\"\")</script> & 'Ø' 🎒\",");
  rename(",Fjellvik,", ",../../etc/passwd,");
  rename("c-fjellvik-01-8a,s-fjellvik-01,class,8A,", "c-fjellvik-01-8a,s-fjellvik-01,class,Klasse XYZZY <b>,");
  rename("c-fjellvik-01-9a,s-fjellvik-01,class,9A,", "c-fjellvik-01-9a,s-fjellvik-01,class,=1+2,");
  // A name of 199 characters (200 are allowed), right-to-left with its mark;
  // longer ones, control characters and direction overrides are refused
  // (tests/bad_input/units_name_*).
  std::string long_name = "\u200F";
  while (long_name.size() < 360) long_name += "مدرسة ";  // 6 characters, 11 bytes
  rename(",Åsen barneskole,", "," + long_name + ",");
  std::ofstream(data / "units.csv", std::ios::trunc) << units;
  // An item text with markup and a path.
  std::string instrument = Slurp(data / "instruments/elev_5_10.json");
  const std::string item = "Jeg trives på skolen.";
  ASSERT_NE(instrument.find(item), std::string::npos);
  instrument.replace(instrument.find(item), item.size(),
                     "<img src=x onerror=alert(1)> ../../etc \\u200F Jeg trives.");
  std::ofstream(data / "instruments/elev_5_10.json", std::ios::trunc) << instrument;
  fs::path out = Build(data, "site_hostile_out");
  ASSERT_TRUE(fs::exists(out / "site/etc-passwd/index.html"));
  ASSERT_TRUE(fs::exists(out / "site/etc-passwd/script-alert-x-script-o/index.html"));
  for (const auto& e : fs::recursive_directory_iterator(out)) {
    const std::string rel = fs::relative(e.path(), out).string();
    EXPECT_EQ(rel.find(".."), std::string::npos) << rel;
    if (!e.is_regular_file()) continue;
    // A PDF holds names as drawn text (never parsed as markup): check what
    // a reader sees in it.
    const bool pdf = e.path().extension() == ".pdf";
    const std::string text = pdf ? PdfText(e.path()) : Slurp(e.path());
    // A page's CSV holds names as they are (data, not markup), but never one
    // a spreadsheet would run as a formula.
    if (e.path().extension() == ".csv") {
      EXPECT_EQ(text.find(",=1+2"), std::string::npos) << rel;
      EXPECT_EQ(text.find("\n=1+2"), std::string::npos) << rel;
    } else if (!pdf) {
      EXPECT_EQ(text.find("<script>alert"), std::string::npos) << rel << " has the raw name";
      EXPECT_EQ(text.find("<b>"), std::string::npos) << rel;
      EXPECT_EQ(text.find("<img src=x"), std::string::npos) << rel << " has the raw item text";
    }
    EXPECT_LE(e.path().filename().string().size(), 64u) << rel;
    if (rel.rfind("site/", 0) == 0) {
      EXPECT_EQ(text.find("XYZZY"), std::string::npos) << rel << " names a class";
      EXPECT_EQ(text.find("restricted"), std::string::npos) << rel << " mentions the restricted site";
      EXPECT_EQ(text.find("8a/"), std::string::npos) << rel << " links a class folder";
    }
  }
  EXPECT_NE(Slurp(out / "restricted/etc-passwd/script-alert-x-script-o/tall.csv").find(",'=1+2,"),
            std::string::npos) << "the class in the head teacher's table, as text";
  const std::string school = Slurp(out / "site/etc-passwd/script-alert-x-script-o/index.html");
  EXPECT_NE(school.find("&lt;script&gt;alert(&quot;x&quot;)&lt;&#x2F;script&gt; &amp; &#39;Ø&#39; 🎒"),
            std::string::npos);
  const std::string county = Slurp(out / "site/index.html");
  EXPECT_NE(county.find("<th scope=\"row\">&lt;img src=x onerror=alert(1)&gt; ..&#x2F;..&#x2F;etc"),
            std::string::npos);
  const std::string klass = Slurp(out / "restricted/etc-passwd/script-alert-x-script-o/klasse-xyzzy-b/index.html");
  EXPECT_NE(klass.find("Klasse XYZZY &lt;b&gt;"), std::string::npos);
  const std::string pdf = PdfText(out / "restricted/etc-passwd/script-alert-x-script-o/klasse-xyzzy-b/rapport.pdf");
  EXPECT_NE(pdf.find("Klasse XYZZY <b>"), std::string::npos) << "drawn as written, not as markup";
  EXPECT_NE(pdf.find("<script>alert(\"x\")</script> & 'Ø'"), std::string::npos) << pdf.substr(0, 400);
}

// The example reduced to its kindergartens: no school, class, school
// instrument or school wave left, and only the municipality that has
// kindergartens.
fs::path KindergartensOnly(const std::string& name) {
  fs::path data = CopyExample(name);
  std::ifstream in(data / "units.csv");
  std::string units, line;
  while (std::getline(in, line)) {
    if (line.find(",school,") != std::string::npos || line.find(",class,") != std::string::npos ||
        line.rfind("k-sondre-as,", 0) == 0) {
      continue;
    }
    units += line + "\n";
  }
  std::ofstream(data / "units.csv", std::ios::trunc) << units;
  for (const char* wave : {"2016", "2018", "2020"}) fs::remove_all(data / "responses" / wave);
  fs::remove(data / "indicators.csv");
  for (const auto& e : fs::directory_iterator(data / "instruments")) {
    const std::string id = e.path().stem().string();
    if (id != "barnehagelaerer" && id != "foreldre_barnehage") fs::remove(e.path());
  }
  const std::string project = R"({
  "title": {"nb": "Kultur for læring"},
  "waves": [{"id": "2017", "label": "T1 2017"}, {"id": "2019", "label": "T2 2019"}],
  "reference_wave": "2017",
  "missing_codes": [9],
  "privacy": {"min_n_public": 10, "min_n_restricted": 5, "min_cell": 3},
  "public_levels": ["county", "municipality", "kindergarten"]
}
)";
  std::ofstream(data / "project.json", std::ios::trunc) << project;
  return data;
}

TEST(SiteTest, ADataSetWithKindergartensOnlyValidatesAndBuildsItsPages) {
  const fs::path data = KindergartensOnly("kindergartens_only");
  ASSERT_EQ(Slurp(data / "project.json").find("2016"), std::string::npos) << Slurp(data / "project.json");
  RunResult v = RunKfl("validate '" + data.string() + "'");
  ASSERT_EQ(v.exit_code, 0) << v.err;
  EXPECT_EQ(v.err.find("advarsel"), std::string::npos) << v.err;
  const fs::path out = Build(data, "kindergartens_only_out");

  // Public: county, Fjellvik, its two kindergartens, the appendix; groups
  // only on the restricted site.
  std::set<std::string> pages;
  for (const auto& e : fs::recursive_directory_iterator(out / "site")) {
    if (e.path().filename() == "index.html") pages.insert(fs::relative(e.path(), out / "site").string());
  }
  EXPECT_EQ(pages, (std::set<std::string>{"index.html", "fjellvik/index.html",
                                          "fjellvik/fjellvik-barnehage/index.html",
                                          "fjellvik/trollskogen-barnehage/index.html",
                                          "teknisk/index.html"}));
  EXPECT_TRUE(fs::exists(out / "restricted/fjellvik/fjellvik-barnehage/index.html"));
  const std::string kindergarten = Slurp(out / "site/fjellvik/fjellvik-barnehage/index.html");
  EXPECT_NE(kindergarten.find("<h1>Fjellvik barnehage</h1>"), std::string::npos);
  EXPECT_NE(kindergarten.find("Barnehage · T2 2019"), std::string::npos) << "the lede";
  EXPECT_NE(kindergarten.find("Barnehagelærers vurdering av barnet"), std::string::npos);
  EXPECT_NE(kindergarten.find("Trygghet mot erting og utestenging"), std::string::npos);
  // 30 children, ~95 % assessed: a rate of the enrolled children.
  EXPECT_TRUE(std::regex_search(kindergarten, std::regex("[0-9]+ barn vurdert \\([0-9]+\u00a0% av 30 barn\\)")));
  // T-scores against the kindergartens' own first wave: figures with a CI.
  EXPECT_TRUE(std::regex_search(kindergarten, std::regex("<td>[0-9]{2},[0-9] \\([0-9]{2},[0-9]–[0-9]{2},[0-9]\\)</td>")));
  // One branch only: no branch headings, no school sections.
  const std::string municipality = Slurp(out / "site/fjellvik/index.html");
  for (const std::string& page : {kindergarten, municipality}) {
    EXPECT_EQ(page.find("class=\"sector\""), std::string::npos);
    EXPECT_EQ(page.find("Skolene"), std::string::npos);
    EXPECT_EQ(page.find("Alle skoler"), std::string::npos);
    EXPECT_EQ(page.find("Sosial bakgrunn"), std::string::npos);
  }
  EXPECT_NE(municipality.find("Alle barnehager i Fjellvik"), std::string::npos);
  EXPECT_NE(municipality.find("Variasjon mellom enhetene under"), std::string::npos);
  EXPECT_EQ(municipality.find("Maurtua"), std::string::npos);
  // Groups: restricted pages and the manager's overview, never public.
  const std::string manager = Slurp(out / "restricted/fjellvik/fjellvik-barnehage/index.html");
  EXPECT_NE(manager.find("Gruppene side om side"), std::string::npos);
  for (const auto& e : fs::recursive_directory_iterator(out / "restricted")) {
    if (e.path().filename() != "index.html" || e.path().parent_path().parent_path().filename() != "fjellvik-barnehage") continue;
    const std::string group = Slurp(e.path());
    EXPECT_NE(group.find("Spørsmål til refleksjon"), std::string::npos) << e.path();
    EXPECT_NE(group.find("avdelingsmøtet"), std::string::npos) << e.path() << ": the kindergarten's questions";
  }
  const std::string public_data = Slurp(out / "site/data/aggregates.csv");
  EXPECT_EQ(public_data.find(",group,g-"), std::string::npos);
  EXPECT_NE(public_data.find(",kindergarten,b-fjellvik-01,"), std::string::npos);
  const std::string variation = Slurp(out / "data/variation.csv");
  EXPECT_NE(variation.find("2017,barnehagelaerer,k-fjellvik,kindergarten,"), std::string::npos);
  ExpectLinksResolve(out / "site");
  ExpectLinksResolve(out / "restricted");
}

}  // namespace
}  // namespace kfl::e2e
