// An incremental build (reusing the previous output's pages and privacy
// decisions) writes exactly the bytes of a clean build, after each of a
// series of edits to the example data set.
#include <gtest/gtest.h>

#include <unistd.h>

#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>

#include "e2e/e2e_util.h"

namespace kfl::e2e {
namespace {

namespace fs = std::filesystem;

void Write(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

void Replace(const fs::path& path, const std::string& from, const std::string& to) {
  std::string text = Slurp(path);
  const size_t at = text.find(from);
  ASSERT_NE(at, std::string::npos) << path << ": " << from;
  text.replace(at, from.size(), to);
  Write(path, text);
}

// Every line that names `unit` removed.
void RemoveRowsOf(const fs::path& path, const std::string& unit) {
  std::istringstream in(Slurp(path));
  std::string line, out;
  while (std::getline(in, line)) {
    if (line.find("," + unit + ",") == std::string::npos) out += line + "\n";
  }
  Write(path, out);
}

TEST(IncrementalTest, EachEditGivesTheBytesOfACleanBuild) {
  const fs::path data = CopyExample("incremental_" + std::to_string(getpid()));
  const fs::path root = data.parent_path();
  const fs::path incremental = root / "incremental";
  const fs::path moved = root / "elev_5_10-2018.csv";
  auto build = [&](const fs::path& out, const std::string& flags) {
    RunResult r = RunKfl("build '" + data.string() + "' -o '" + out.string() + "' -q " + flags);
    EXPECT_EQ(r.exit_code, 0) << r.err;
  };
  build(incremental, "");
  const std::pair<const char*, std::function<void()>> edits[] = {
      {"one answer changed",
       [&] {
         Replace(data / "responses/2020/elev_5_10.csv", "r0000001,c-fjellvik-01-5a,M,5,3,",
                 "r0000001,c-fjellvik-01-5a,M,5,4,");
       }},
      {"a unit renamed",
       [&] { Replace(data / "units.csv", ",Fjellvik skole,", ",Fjellvik nye skole,"); }},
      {"an instrument's middle wave removed",
       [&] { fs::rename(data / "responses/2018/elev_5_10.csv", moved); }},
      {"... and added back", [&] { fs::rename(moved, data / "responses/2018/elev_5_10.csv"); }},
      {"every response of one class in one wave removed",
       [&] {
         for (const auto& f : fs::directory_iterator(data / "responses/2020")) {
           RemoveRowsOf(f.path(), "c-fjellvik-01-8a");
         }
       }},
      {"min_cell raised",
       [&] { Replace(data / "project.json", "\"min_cell\": 3}", "\"min_cell\": 4}"); }},
  };
  int step = 0;
  for (const auto& [what, edit] : edits) {
    edit();
    const fs::path clean = root / ("clean" + std::to_string(++step));
    build(incremental, "");
    build(clean, "--force");
    const auto got = ManifestFiles(incremental);
    const auto want = ManifestFiles(clean);
    EXPECT_EQ(got.size(), want.size()) << what;
    EXPECT_GT(want.size(), 500u) << what << ": the manifest was read";
    int differ = 0;
    for (const auto& [path, sha] : want) {
      auto it = got.find(path);
      if (it == got.end() || it->second != sha) {
        if (++differ <= 5) ADD_FAILURE() << what << ": " << path << " differs from a clean build";
      }
    }
    EXPECT_EQ(differ, 0) << what;
    fs::remove_all(clean);
  }
  fs::remove_all(root);
}

}  // namespace
}  // namespace kfl::e2e
