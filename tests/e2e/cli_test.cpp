// End-to-end: the kfl binary on the committed example data set.
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include <sys/stat.h>

#include <gtest/gtest.h>

#include <sstream>
#include <nlohmann/json.hpp>

#include "publish/output_dir.h"
#include "e2e/e2e_util.h"

namespace kfl::e2e {
namespace {
namespace fs = std::filesystem;

// Every file under `dir` (relative path -> bytes).
std::map<std::string, std::string> Tree(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) files[fs::relative(e.path(), dir).string()] = Slurp(e.path());
  return files;
}

TEST(CliTest, VersionAndHelp) {
  RunResult v = RunKfl("--version");
  EXPECT_EQ(v.exit_code, 0);
  EXPECT_NE(v.out.find("kfl " KFL_VERSION), std::string::npos) << v.out;
  RunResult h = RunKfl("--help");
  EXPECT_EQ(h.exit_code, 0);
  EXPECT_NE(h.out.find("validate"), std::string::npos) << h.out;
}

TEST(CliTest, UsageErrorsExitWithTwo) {
  EXPECT_EQ(RunKfl("").exit_code, 2);
  EXPECT_EQ(RunKfl("frobnicate").exit_code, 2);
  EXPECT_EQ(RunKfl("build").exit_code, 2) << "missing DATA_DIR and -o";
  EXPECT_EQ(RunKfl("synth /tmp/x --preset atlantis").exit_code, 2);
  EXPECT_EQ(RunKfl("build a -o b --lang de").exit_code, 2);
}

TEST(CliTest, ExampleValidates) {
  RunResult r = RunKfl("validate '" + ExampleDir().string() + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("ingen feil"), std::string::npos) << r.out;
}

// Issue #24: a response file with a 2 MB value in one cell (an item and a
// grade) is reported at its cells with a short prefix of the value, under
// 1 kB per problem, not the whole cell on stderr.
TEST(CliTest, AHugeCellIsQuotedShort) {
  const fs::path data = CopyExample("huge_cell");
  const fs::path csv = data / "responses/2020/elev_5_10.csv";
  std::string text = Slurp(csv);
  const size_t line = text.find('\n') + 1;
  const size_t comma = text.find(',', text.find(',', line) + 1);  // after respondent and unit
  const std::string huge(2'000'000, '7');
  text.replace(comma + 1, text.find(',', comma + 1) - comma - 1, huge);  // the gender cell
  std::ofstream(csv, std::ios::binary | std::ios::trunc) << text;
  const RunResult r = RunKfl("validate '" + data.string() + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_LT(r.err.size(), 4096u) << r.err.substr(0, 2000);
  std::istringstream lines(r.err);
  int problems = 0;
  for (std::string l; std::getline(lines, l);) {
    EXPECT_LT(l.size(), 1024u) << l.substr(0, 300);
    problems += l.find("elev_5_10.csv:2:") != std::string::npos;
  }
  EXPECT_GE(problems, 1) << r.err;
  EXPECT_NE(r.err.find("7777777777\u2026"), std::string::npos) << r.err;
}

// The records of a CSV file (RFC 4180: quoted fields may hold commas,
// quotes and line breaks).
std::vector<std::vector<std::string>> CsvRecords(const std::string& text) {
  std::vector<std::vector<std::string>> records(1, std::vector<std::string>(1));
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    std::string& field = records.back().back();
    if (quoted && c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
      field += '"', ++i;
    } else if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && c == ',') {
      records.back().emplace_back();
    } else if (!quoted && c == '\n') {
      records.emplace_back(1);
    } else {
      field += c;
    }
  }
  if (records.back() == std::vector<std::string>(1)) records.pop_back();
  return records;
}

// Issue #24: a data folder's datapackage.json names every file of the
// folder and every column of each, in order, and every value is of its
// column's Table Schema type or the missing value "".
void ExpectDescribedByItsPackage(const fs::path& folder) {
  SCOPED_TRACE(folder.string());
  const auto package = nlohmann::json::parse(Slurp(folder / "datapackage.json"));
  EXPECT_EQ(package["profile"], "tabular-data-package");
  std::set<std::string> described{"datapackage.json"};
  for (const auto& resource : package["resources"]) {
    const std::string path = resource["path"];
    described.insert(path);
    ASSERT_TRUE(fs::exists(folder / path)) << path;
    const auto records = CsvRecords(Slurp(folder / path));
    ASSERT_FALSE(records.empty()) << path;
    const auto& fields = resource["schema"]["fields"];
    ASSERT_EQ(records[0].size(), fields.size()) << path << ": every column named";
    for (size_t c = 0; c < fields.size(); ++c) EXPECT_EQ(records[0][c], fields[c]["name"]) << path;
    for (size_t r = 1; r < records.size(); ++r) {
      ASSERT_EQ(records[r].size(), fields.size()) << path << " record " << r;
      for (size_t c = 0; c < fields.size(); ++c) {
        const std::string& v = records[r][c];
        const std::string type = fields[c]["type"];
        if (v.empty() || type == "string") continue;
        size_t used = 0;
        bool ok = true;
        try {
          if (type == "integer") (void)std::stoll(v, &used);
          if (type == "number") (void)std::stod(v, &used);
        } catch (const std::exception&) {
          ok = false;
        }
        if (type == "boolean") ok = v == "0" || v == "1";
        else ok = ok && used == v.size();
        EXPECT_TRUE(ok) << path << " record " << r << ": " << fields[c]["name"] << " «" << v << "» is no " << type;
        if (!ok) return;
      }
    }
  }
  for (const auto& e : fs::directory_iterator(folder)) {
    EXPECT_TRUE(described.count(e.path().filename().string())) << e.path() << " is not in the package";
  }
}

TEST(CliTest, BuildWritesTheDataFilesAndAManifestThatMatchesThem) {
  fs::path out = FreshDir("build_writes") / "out";
  RunResult r = RunKfl("build '" + ExampleDir().string() + "' -o '" + out.string() + "' -q");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* f : {"site/data/aggregates.csv", "restricted/data/aggregates.csv",
                        "data/reliability.csv", "data/variation.csv", "manifest.json"})
    EXPECT_TRUE(fs::exists(out / f)) << f;
  for (const char* folder : {"site/data", "restricted/data", "data"}) ExpectDescribedByItsPackage(out / folder);
  auto manifest = nlohmann::json::parse(Slurp(out / "manifest.json"));
  auto files = Tree(out);
  EXPECT_EQ(manifest["files"].size() + 1, files.size()) << "every file but the manifest";
  for (const auto& entry : manifest["files"]) {
    std::string path = entry["path"];
    ASSERT_TRUE(files.count(path)) << path;
    EXPECT_EQ(entry["sha256"], Sha256Hex(files[path])) << path;
    EXPECT_EQ(entry["bytes"], files[path].size()) << path;
  }
}

TEST(CliTest, SameInputGivesSameBytesWhateverTheThreadCount) {
  fs::path dir = FreshDir("same_bytes");
  std::string data = "'" + ExampleDir().string() + "'";
  ASSERT_EQ(RunKfl("build " + data + " -o '" + (dir / "a").string() + "' -q -j 1").exit_code, 0);
  ASSERT_EQ(RunKfl("build " + data + " -o '" + (dir / "b").string() + "' -q -j 2").exit_code, 0);
  ASSERT_EQ(RunKfl("build " + data + " -o '" + (dir / "b").string() + "' -q -j 4 --force").exit_code,
            0);
  auto a = Tree(dir / "a"), b = Tree(dir / "b");
  ASSERT_EQ(a.size(), b.size());
  for (const auto& [path, bytes] : a) EXPECT_TRUE(b[path] == bytes) << path;
}

// Every file under `dir` (relative path -> inode): a file the cache took
// over from the previous output is a hard link to it, so it keeps its inode.
std::map<std::string, ino_t> Inodes(const fs::path& dir) {
  std::map<std::string, ino_t> inodes;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    struct stat st;
    if (e.is_regular_file() && stat(e.path().c_str(), &st) == 0)
      inodes[fs::relative(e.path(), dir).string()] = st.st_ino;
  }
  return inodes;
}

TEST(CliTest, RebuildDrawsOnlyThePagesWhoseFiguresChanged) {
  fs::path data = CopyExample("incremental");
  fs::path out = FreshDir("incremental_out") / "out";
  const std::string build = "build '" + data.string() + "' -o '" + out.string() + "'";
  ASSERT_EQ(RunKfl(build + " -q").exit_code, 0);
  const auto first = Inodes(out);
  const auto first_bytes = Tree(out);

  // Nothing changed: nothing is written at all.
  RunResult same = RunKfl(build);
  ASSERT_EQ(same.exit_code, 0) << same.err;
  EXPECT_NE(same.out.find("Ingenting er endret"), std::string::npos) << same.out;
  EXPECT_EQ(Inodes(out), first);

  // One answer of one pupil of 5A at Fjellvik skole in 2018 (neither the
  // reference wave nor the wave reported on): only the pages whose figures
  // include 5A's 2018 answers may change, i.e. 5A and the units above it,
  // and of those only the ones where a figure as shown (one decimal)
  // changes: 5A's own page surely; the county's, with a shift of a few
  // hundredths, need not.
  const fs::path csv = data / "responses/2018/elev_5_10.csv";
  std::string text = Slurp(csv);
  const std::string row = "r0000001,c-fjellvik-01-5a,M,5,,4,1,5,";
  ASSERT_NE(text.find(row), std::string::npos);
  text.replace(text.find(row), row.size(), "r0000001,c-fjellvik-01-5a,M,5,,1,1,5,");
  std::ofstream(csv, std::ios::binary) << text;
  RunResult changed = RunKfl(build);
  ASSERT_EQ(changed.exit_code, 0) << changed.err;
  const auto second = Inodes(out);
  const std::set<std::string> above_5a = {
      "index.html", "fjellvik/index.html", "fjellvik/fjellvik-skole/index.html",
      "fjellvik/fjellvik-skole/5a/index.html"};
  int pages = 0;
  for (const auto& [path, inode] : second) {
    if (fs::path(path).filename() != "index.html") continue;
    const std::string site = path.substr(0, path.find('/') + 1);
    if (site != "site/" && site != "restricted/") continue;
    const std::string page = path.substr(site.size());
    if (page.rfind("teknisk/", 0) == 0) continue;  // the appendix is always written
    ++pages;
    const bool rewritten = !first.count(path) || first.at(path) != inode;
    // Every 7th grade class in 2020 compares its year group (5th grade in
    // 2018) with the county's 5th graders of 2018, which include 5A; so do
    // the schools with a 7th grade in 2020 and their municipalities.
    static const std::set<std::string> with_7th = {
        "sondre-as/index.html", "sondre-as/asen-barneskole/index.html",
        "fjellvik/skole-ost-vest-avd-2/index.html"};
    const bool year_group = (site == "restricted/" && page.size() > 14 &&
                             page.compare(page.size() - 14, 14, "/7a/index.html") == 0) ||
                            with_7th.count(page) > 0;
    if (rewritten && !year_group) {
      EXPECT_EQ(above_5a.count(page), 1u) << path;
    }
    if (page == "fjellvik/fjellvik-skole/5a/index.html") {
      EXPECT_TRUE(rewritten) << path;
    }
  }
  EXPECT_GT(pages, 20);
  EXPECT_NE(changed.out.find("tegnet på nytt"), std::string::npos) << changed.out;

  // --force draws everything again, with the same bytes as the incremental build.
  const auto incremental = Tree(out);
  ASSERT_EQ(RunKfl(build + " -q --force").exit_code, 0);
  for (const auto& [path, inode] : Inodes(out)) {
    if (path != "manifest.json") {
      EXPECT_NE(inode, second.at(path)) << path;
    }
  }
  EXPECT_TRUE(Tree(out) == incremental);
  EXPECT_FALSE(Tree(out) == first_bytes);
}

TEST(CliTest, PublicFileHoldsOnlyPublicLevelsAboveThePublicThreshold) {
  fs::path out = FreshDir("public_levels") / "out";
  ASSERT_EQ(RunKfl("build '" + ExampleDir().string() + "' -o '" + out.string() + "' -q").exit_code,
            0);
  std::istringstream pub(Slurp(out / "site/data/aggregates.csv"));
  std::string line;
  std::getline(pub, line);
  int rows = 0, suppressed = 0;
  while (std::getline(pub, line)) {
    ++rows;
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string cell; std::getline(ss, cell, ',');) f.push_back(cell);
    if (line.back() == ',') f.push_back("");
    ASSERT_EQ(f.size(), 15u) << line;
    EXPECT_NE(f[2], "class") << line;
    if (f[14] == "1") {
      ++suppressed;
      EXPECT_EQ(f[7], "") << line;
    } else {
      EXPECT_GE(std::stoi(f[7]), 10) << line;
    }
  }
  EXPECT_GT(rows, 0);
  std::string restricted = Slurp(out / "restricted/data/aggregates.csv");
  EXPECT_NE(restricted.find(",class,"), std::string::npos);
}

TEST(CliTest, FailedBuildLeavesThePreviousOutputAsItWas) {
  fs::path data = CopyExample("failed_build");
  fs::path out = data.parent_path() / "out";
  ASSERT_EQ(RunKfl("build '" + data.string() + "' -o '" + out.string() + "' -q").exit_code, 0);
  auto before = Tree(out);
  // Break a response file: a value outside the scale on its first data row.
  fs::path file;
  for (const auto& e : fs::recursive_directory_iterator(data / "responses"))
    if (e.path().filename() == "elev_5_10.csv") file = e.path();
  ASSERT_FALSE(file.empty());
  std::string text = Slurp(file);
  size_t row = text.find('\n') + 1;
  size_t last_comma = text.find('\n', row);
  last_comma = text.rfind(',', last_comma);
  text.replace(last_comma + 1, text.find('\n', row) - last_comma - 1, "7");
  std::ofstream(file, std::ios::binary) << text;

  RunResult r = RunKfl("build '" + data.string() + "' -o '" + out.string() + "' -q");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(file.string() + ":2:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("7"), std::string::npos) << r.err;
  EXPECT_TRUE(Tree(out) == before) << "the output changed after a failed build";
  for (const auto& e : fs::directory_iterator(out.parent_path()))
    EXPECT_EQ(e.path().filename().string().find(".out.kfl-staging"), std::string::npos);
}

TEST(CliTest, ValidateReportsEveryProblemAndWritesNothing) {
  fs::path data = CopyExample("every_problem");
  // Two problems in two files: an unknown key in project.json and a unit
  // whose parent does not exist.
  std::string project = Slurp(data / "project.json");
  project.insert(project.find('{') + 1, "\n  \"titel\": \"x\",");
  std::ofstream(data / "project.json", std::ios::binary) << project;
  std::ofstream(data / "units.csv", std::ios::app | std::ios::binary)
      << "s-ghost,k-nowhere,school,Spøkelsesskolen,,\n";
  RunResult r = RunKfl("validate '" + data.string() + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find((data / "project.json").string() + ":2:3:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("titel"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find((data / "units.csv").string() + ":"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("k-nowhere"), std::string::npos) << r.err;
  fs::path out = data.parent_path() / "out";
  RunResult b = RunKfl("build '" + data.string() + "' -o '" + out.string() + "'");
  EXPECT_EQ(b.exit_code, 1);
  EXPECT_FALSE(fs::exists(out));
}

}  // namespace
}  // namespace kfl::e2e

namespace kfl::e2e {
namespace {

TEST(CliTest, SynthesizedDataValidatesAndBuilds) {
  fs::path dir = FreshDir("synth_tiny");
  RunResult s = RunKfl("synth '" + (dir / "data").string() + "' --preset tiny --seed 7");
  ASSERT_EQ(s.exit_code, 0) << s.err;
  RunResult v = RunKfl("validate '" + (dir / "data").string() + "'");
  EXPECT_EQ(v.exit_code, 0) << v.err;
  EXPECT_EQ(v.err, "");
  RunResult b = RunKfl("build '" + (dir / "data").string() + "' -o '" + (dir / "out").string() +
                       "' -q");
  EXPECT_EQ(b.exit_code, 0) << b.err;
}

}  // namespace
}  // namespace kfl::e2e

namespace kfl::e2e {
namespace {

TEST(CliGalleryTest, WritesEveryChartAsSvgAndPngAndOnePdfTwiceTheSame) {
  namespace fs = std::filesystem;
  fs::path a = FreshDir("gallery_a"), b = FreshDir("gallery_b");
  RunResult r = RunKfl("gallery " + a.string() + " --data " + ExampleDir().string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(RunKfl("gallery " + b.string() + " --data " + ExampleDir().string()).exit_code, 0);
  int svg = 0, png = 0, data = 0;
  for (const auto& entry : fs::directory_iterator(a)) {
    std::string name = entry.path().filename().string();
    svg += entry.path().extension() == ".svg";
    png += entry.path().extension() == ".png";
    data += name.rfind("data_", 0) == 0;
    EXPECT_TRUE(Slurp(entry.path()) == Slurp(b / name)) << name << " differs between runs";
  }
  EXPECT_EQ(svg, png);
  EXPECT_GE(svg, 20);
  EXPECT_GE(data, 10) << "charts from the computed results of data/example";
  EXPECT_TRUE(fs::exists(a / "gallery.pdf"));
  std::string tbar = Slurp(a / "data_tbar_class.svg");
  EXPECT_NE(tbar.find("<title id=\"data_tbar_class-title\">"), std::string::npos);
  EXPECT_NE(tbar.find("<desc id=\"data_tbar_class-desc\">Figuren viser"), std::string::npos);
}

TEST(CliGalleryTest, SiteDrawsAsThePagesDo) {
  std::filesystem::path out = FreshDir("gallery_site");
  RunResult r = RunKfl("gallery " + out.string() + " --site --width 640");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string tbar = Slurp(out / "tbar_class.svg");
  EXPECT_NE(tbar.find("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"340\""), std::string::npos)
      << "the site's design width, whatever --width says";
  EXPECT_EQ(tbar.find("font-size=\"10\""), std::string::npos) << "no text below the site's 11 px";
  EXPECT_EQ(tbar.find("font-size=\"14\""), std::string::npos) << "no title: the page shows it";
}

TEST(CliGalleryTest, InvalidDataDirectoryIsReportedAndExitsWithOne) {
  std::filesystem::path out = FreshDir("gallery_bad");
  RunResult r = RunKfl("gallery " + out.string() + " --data " + (out / "missing").string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("missing"), std::string::npos) << r.err;
}

TEST(CliTest, ResponsesWithANationalIdAreRefused) {
  namespace fs = std::filesystem;
  fs::path data = CopyExample("national_id");
  fs::path file = data / "responses" / "2016" / "foreldre.csv";
  std::string text = Slurp(file);
  // The first respondent id of the first data row becomes 150786 45641 (valid check digits).
  const size_t row = text.find('\n') + 1;
  text.replace(row, text.find(',', row) - row, "15078645641");
  std::ofstream(file, std::ios::binary) << text;
  RunResult v = RunKfl("validate '" + data.string() + "'");
  EXPECT_EQ(v.exit_code, 1);
  EXPECT_NE(v.err.find(file.string() + ":2:1: "), std::string::npos) << v.err;
  EXPECT_NE(v.err.find("fødselsnummer"), std::string::npos) << v.err;
  EXPECT_EQ(v.err.find("15078645641"), std::string::npos) << "the number must not be echoed";
  fs::path out = data.parent_path() / "out";
  EXPECT_EQ(RunKfl("build '" + data.string() + "' -o '" + out.string() + "' -q").exit_code, 1);
  EXPECT_FALSE(fs::exists(out));
}

}  // namespace
}  // namespace kfl::e2e
