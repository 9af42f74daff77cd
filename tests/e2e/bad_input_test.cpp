// End-to-end: the bad-input catalogue, tests/bad_input/<case>/. Each case is
// data/example with a few changes: the files under files/ copied on top, and
// then change.sh run in the copy (for edits of one line, renames and
// deletions). expected.txt holds exactly the problems kfl must print, one
// per line as on stderr, with paths relative to the folder holding the copy
// ("data/units.csv:5:18: ...").
//
// For every case, `kfl validate data` and `kfl build data -o OUT` must print
// exactly those lines followed by their own one-line summary, exit with 1,
// and leave OUT, a previous build of data/example, as it was.
//
// KFL_UPDATE_BAD_INPUT=1 rewrites each expected.txt from what kfl prints:
// read the diff before committing.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "e2e/e2e_util.h"

namespace kfl::e2e {
namespace {
namespace fs = std::filesystem;

fs::path CatalogueDir() { return fs::path(KFL_SOURCE_DIR) / "tests" / "bad_input"; }

std::vector<std::string> CaseNames() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(CatalogueDir()))
    if (e.is_directory()) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// Every file under `dir` with its contents, by relative path, and every
// folder (with an empty string).
std::map<std::string, std::string> Snapshot(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    const std::string rel = fs::relative(e.path(), dir).string();
    files[rel] = e.is_regular_file() ? Slurp(e.path()) : std::string();
  }
  return files;
}

// The data directory of a case, as `<returned folder>/data`.
fs::path MakeCase(const std::string& name) {
  const fs::path root = FreshDir("bad_input_" + name);
  const fs::path data = root / "data";
  fs::copy(ExampleDir(), data, fs::copy_options::recursive);
  const fs::path source = CatalogueDir() / name;
  if (fs::exists(source / "files"))
    fs::copy(source / "files", data,
             fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  if (fs::exists(source / "change.sh")) {
    const std::string command = "cd '" + data.string() + "' && sh '" + (source / "change.sh").string() + "'";
    EXPECT_EQ(std::system(command.c_str()), 0) << name << ": change.sh failed";
  }
  return root;
}

// `text` without its last line, and that line.
std::pair<std::string, std::string> SplitLastLine(const std::string& text) {
  if (text.empty() || text.back() != '\n') return {text, ""};
  const size_t start = text.rfind('\n', text.size() - 2);
  const size_t cut = start == std::string::npos ? 0 : start + 1;
  return {text.substr(0, cut), text.substr(cut)};
}

TEST(BadInputTest, EveryCaseIsReportedExactlyAndLeavesTheOutputAlone) {
  const std::vector<std::string> names = CaseNames();
  ASSERT_GE(names.size(), 40u);
  const bool update = std::getenv("KFL_UPDATE_BAD_INPUT") != nullptr;

  const fs::path out = FreshDir("bad_input_out") / "out";
  RunResult first = RunKfl("build '" + ExampleDir().string() + "' -o '" + out.string() + "' -q");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const std::map<std::string, std::string> before = Snapshot(out);

  for (const std::string& name : names) {
    SCOPED_TRACE("tests/bad_input/" + name);
    const fs::path root = MakeCase(name);
    const RunResult validate = RunKfl("validate data", root);
    const RunResult build = RunKfl("build data -o '" + out.string() + "' -q", root);
    EXPECT_EQ(validate.exit_code, 1) << validate.err;
    EXPECT_EQ(build.exit_code, 1) << build.err;
    const auto [validate_problems, validate_summary] = SplitLastLine(validate.err);
    const auto [build_problems, build_summary] = SplitLastLine(build.err);
    EXPECT_NE(validate_summary.find("data"), std::string::npos) << validate.err;
    EXPECT_NE(build_summary.find(out.string()), std::string::npos) << build.err;
    EXPECT_EQ(build_problems, validate_problems);
    const fs::path expected_file = CatalogueDir() / name / "expected.txt";
    if (update) {
      std::ofstream(expected_file, std::ios::binary | std::ios::trunc) << validate_problems;
    } else {
      EXPECT_EQ(validate_problems, Slurp(expected_file));
    }
    EXPECT_FALSE(validate_problems.empty());
    EXPECT_TRUE(validate.out.empty()) << validate.out;
    EXPECT_TRUE(build.out.empty()) << build.out;
    fs::remove_all(root);
  }
  // Nothing of the failed builds reached OUT, and no staging folder is left.
  EXPECT_TRUE(Snapshot(out) == before);
  for (const auto& e : fs::directory_iterator(out.parent_path()))
    EXPECT_EQ(e.path(), out) << "left behind: " << e.path();
}

}  // namespace
}  // namespace kfl::e2e
