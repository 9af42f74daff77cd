// The page and the PDF of every unit of the example come from one outline
// (report/outline.h): the page's section headings of the first two levels
// (h2, h3) are the PDF's bookmarks (levels 1 and 2), in the same order.
// Read back from the files: the HTML as written and the PDF with qpdf.
#include <gtest/gtest.h>

#include <unistd.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "e2e/e2e_util.h"

namespace kfl::e2e {
namespace {

namespace fs = std::filesystem;

std::string Unescape(std::string s) {
  const std::pair<const char*, const char*> entities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
  for (const auto& [from, to] : entities) {
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + 1)) {
      s.replace(at, std::strlen(from), to);
    }
  }
  return s;
}

// "1 Heading" / "2 Heading" per section heading of the page.
std::vector<std::string> PageHeadings(const fs::path& page) {
  std::vector<std::string> out;
  const std::string html = Slurp(page);
  const std::regex heading(R"re(<h([23]) id="[^"]*-h">([^<]*)</h[23]>)re");
  for (std::sregex_iterator it(html.begin(), html.end(), heading), end; it != end; ++it) {
    out.push_back(std::to_string(std::stoi((*it)[1]) - 1) + " " + Unescape((*it)[2]));
  }
  return out;
}

void Walk(const nlohmann::json& items, int level, std::vector<std::string>* out) {
  for (const auto& item : items) {
    out->push_back(std::to_string(level) + " " + item.at("title").get<std::string>());
    Walk(item.at("kids"), level + 1, out);
  }
}

std::vector<std::string> Bookmarks(const fs::path& pdf) {
  RunResult r = RunCommand("qpdf --json --json-key=outlines '" + pdf.string() + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> out;
  Walk(nlohmann::json::parse(r.out).at("outlines"), 1, &out);
  return out;
}

TEST(OutlineMatchTest, EveryPageAndItsPdfHaveTheSameSectionsInTheSameOrder) {
  const fs::path dir = FreshDir("outline_match_" + std::to_string(getpid()));
  const fs::path out = dir / "out";
  RunResult r = RunKfl("build '" + ExampleDir().string() + "' -o '" + out.string() + "' -q");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  int compared = 0;
  for (const auto& entry : fs::recursive_directory_iterator(out)) {
    if (entry.path().filename() != "index.html") continue;
    const fs::path folder = entry.path().parent_path();
    for (const char* name : {"rapport.pdf", "skoleleder.pdf"}) {
      if (!fs::exists(folder / name)) continue;
      const std::vector<std::string> page = PageHeadings(entry.path());
      EXPECT_FALSE(page.empty()) << entry.path();
      EXPECT_EQ(page, Bookmarks(folder / name)) << fs::relative(folder / name, out);
      ++compared;
    }
  }
  // 1 county, 2 municipalities, 4 schools, 2 kindergartens public; 4
  // schools (head teacher), their classes and the groups restricted.
  EXPECT_GE(compared, 30);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace kfl::e2e
