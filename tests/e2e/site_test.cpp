// End-to-end: the static sites that kfl build writes, on real files.
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

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
  // The example: 1 county, 2 municipalities, 4 schools (+ the appendix page).
  EXPECT_EQ(site_pages.size(), 1u + 2 + 4 + 1);
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

TEST(SiteTest, PagesSayWhatTheyShowInNorwegian) {
  fs::path out = Build(ExampleDir(), "site_content");
  const std::string school = Slurp(out / "site/fjellvik/fjellvik-skole/index.html");
  EXPECT_NE(school.find("<html lang=\"nb\">"), std::string::npos);
  EXPECT_NE(school.find("<h1>Fjellvik skole</h1>"), std::string::npos);
  EXPECT_NE(school.find("Nøkkeltall"), std::string::npos);
  EXPECT_NE(school.find("Styrker og forbedringsområder"), std::string::npos);
  EXPECT_NE(school.find("Slik leser du rapporten"), std::string::npos);
  EXPECT_NE(school.find("href=\"..&#x2F;index.html\">Fjellvik</a>"), std::string::npos) << "breadcrumbs";
  EXPECT_NE(school.find("href=\"..&#x2F;..&#x2F;index.html\">Testfylke</a>"), std::string::npos);
  EXPECT_EQ(school.find("noindex"), std::string::npos);
  // Figures in Norwegian format with a CI: "53,6 (50,1–57,0)".
  EXPECT_TRUE(std::regex_search(school, std::regex("<td>[0-9]{2},[0-9] \\([0-9]{2},[0-9]–[0-9]{2},[0-9]\\)</td>")));
  // Skoleledere: far fewer than 10 answers in a school: a dash and the reason.
  EXPECT_NE(school.find("– (færre enn 10 svar)"), std::string::npos);
  const std::string county = Slurp(out / "site/index.html");
  EXPECT_NE(county.find("href=\"teknisk&#x2F;index.html\""), std::string::npos) << "the appendix";
  // Municipalities in Norwegian order: Fjellvik before Søndre Ås.
  EXPECT_LT(county.find(">Fjellvik</a>"), county.find(">Søndre Ås</a>"));
  const std::string restricted = Slurp(out / "restricted/fjellvik/fjellvik-skole/8a/index.html");
  EXPECT_NE(restricted.find("<meta name=\"robots\" content=\"noindex, nofollow\">"), std::string::npos);
  EXPECT_NE(restricted.find("Ikke for publisering."), std::string::npos);
}

TEST(SiteTest, RestrictedSiteHasTheHeadTeachersOverviewAndClassPages) {
  fs::path out = Build(ExampleDir(), "site_restricted");
  const std::string entry = Slurp(out / "restricted/index.html");
  EXPECT_NE(entry.find("Kommuner, skoler og klasser"), std::string::npos);
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
    const std::string text = Slurp(e.path());
    EXPECT_EQ(text.find("<script>alert"), std::string::npos) << rel << " has the raw name";
    EXPECT_EQ(text.find("<b>"), std::string::npos) << rel;
    EXPECT_EQ(text.find("<img src=x"), std::string::npos) << rel << " has the raw item text";
    EXPECT_LE(e.path().filename().string().size(), 64u) << rel;
    if (rel.rfind("site/", 0) == 0) {
      EXPECT_EQ(text.find("XYZZY"), std::string::npos) << rel << " names a class";
      EXPECT_EQ(text.find("restricted"), std::string::npos) << rel << " mentions the restricted site";
      EXPECT_EQ(text.find("8a/"), std::string::npos) << rel << " links a class folder";
    }
  }
  const std::string school = Slurp(out / "site/etc-passwd/script-alert-x-script-o/index.html");
  EXPECT_NE(school.find("&lt;script&gt;alert(&quot;x&quot;)&lt;&#x2F;script&gt; &amp; &#39;Ø&#39; 🎒"),
            std::string::npos);
  const std::string county = Slurp(out / "site/index.html");
  EXPECT_NE(county.find("<th scope=\"row\">&lt;img src=x onerror=alert(1)&gt; ..&#x2F;..&#x2F;etc"),
            std::string::npos);
  const std::string klass = Slurp(out / "restricted/etc-passwd/script-alert-x-script-o/klasse-xyzzy-b/index.html");
  EXPECT_NE(klass.find("Klasse XYZZY &lt;b&gt;"), std::string::npos);
}

}  // namespace
}  // namespace kfl::e2e
