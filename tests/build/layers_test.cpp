// The folders of src/ are layers (spec architecture.md): a folder includes
// headers of lower layers only, so there is no include cycle between
// folders. Reads every source file's #include "folder/..." lines.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>

namespace kfl {
namespace {

namespace fs = std::filesystem;

// Lower numbers are lower layers; folders of one layer never include each
// other (site and pdf both render an outline; mail and synth are apart).
const std::map<std::string, int> kLayers = {
    {"model", 0},  {"io", 1},     {"text", 2},  {"seal", 2},  {"stats", 3}, {"privacy", 4},
    {"chart", 5},  {"report", 6}, {"site", 7},  {"pdf", 7},   {"publish", 8},
    {"mail", 9},   {"synth", 9},  {"build", 10}, {"cli", 11},
};

// folder -> folders it includes (with one file that does, for the message).
std::map<std::string, std::map<std::string, std::string>> Includes() {
  std::map<std::string, std::map<std::string, std::string>> edges;
  const fs::path src = fs::path(KFL_SOURCE_DIR) / "src";
  const std::regex include(R"re(^\s*#\s*include\s+"([a-z_]+)/)re");
  for (const auto& entry : fs::recursive_directory_iterator(src)) {
    const std::string ext = entry.path().extension().string();
    if (ext != ".h" && ext != ".cpp") continue;
    const std::string folder = fs::relative(entry.path(), src).begin()->string();
    std::ifstream in(entry.path());
    std::string line;
    std::smatch m;
    while (std::getline(in, line)) {
      if (std::regex_search(line, m, include) && m[1] != folder) {
        edges[folder].emplace(m[1], fs::relative(entry.path(), src).string());
      }
    }
  }
  return edges;
}

TEST(LayersTest, EveryFolderOfSrcHasALayer) {
  for (const auto& entry : fs::directory_iterator(fs::path(KFL_SOURCE_DIR) / "src")) {
    if (!entry.is_directory()) continue;
    EXPECT_TRUE(kLayers.count(entry.path().filename().string()))
        << entry.path().filename() << " is not in kLayers: give it its place";
  }
}

TEST(LayersTest, FoldersIncludeOnlyLowerLayers) {
  for (const auto& [from, targets] : Includes()) {
    ASSERT_TRUE(kLayers.count(from)) << from;
    for (const auto& [to, file] : targets) {
      ASSERT_TRUE(kLayers.count(to)) << file << " includes the unknown folder " << to;
      EXPECT_LT(kLayers.at(to), kLayers.at(from))
          << file << " includes " << to << "/, which is not below " << from << "/";
    }
  }
}

TEST(LayersTest, NoIncludeCycleBetweenFolders) {
  const auto edges = Includes();
  // Depth-first search for a back edge.
  std::map<std::string, int> state;  // 1 on the path, 2 done
  std::vector<std::string> path;
  std::function<void(const std::string&)> visit = [&](const std::string& f) {
    state[f] = 1;
    path.push_back(f);
    if (auto it = edges.find(f); it != edges.end()) {
      for (const auto& [to, file] : it->second) {
        if (state[to] == 1) {
          std::string cycle;
          for (const std::string& p : path) cycle += p + " -> ";
          ADD_FAILURE() << "include cycle: " << cycle << to << " (" << file << ")";
        } else if (state[to] == 0) {
          visit(to);
        }
      }
    }
    path.pop_back();
    state[f] = 2;
  };
  for (const auto& [from, targets] : edges) {
    if (state[from] == 0) visit(from);
  }
}

}  // namespace
}  // namespace kfl
