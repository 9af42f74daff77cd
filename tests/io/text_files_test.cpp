#include "io/text_files.h"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace kfl {
namespace {
namespace fs = std::filesystem;

fs::path Fresh(const char* name) {
  fs::path dir = fs::path(::testing::TempDir()) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

TEST(TextFilesTest, ReadsFilesByExtension) {
  fs::path dir = Fresh("kfl_text_files");
  std::ofstream(dir / "page.mustache") << "<p>{{x}}</p>";
  std::ofstream(dir / "notes.txt") << "no";
  fs::create_directories(dir / "assets.mustache");
  Diagnostics diags;
  auto files = ReadTextFiles(dir.string(), ".mustache", &diags);
  EXPECT_FALSE(diags.has_errors());
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files["page"], "<p>{{x}}</p>");
  EXPECT_EQ(ReadTextFiles(dir.string(), "", &diags).size(), 2u);
}

TEST(TextFilesTest, MissingFolderIsAnError) {
  Diagnostics diags;
  EXPECT_TRUE(ReadTextFiles("/nonexistent/kfl", ".mustache", &diags).empty());
  ASSERT_TRUE(diags.has_errors());
  EXPECT_EQ(diags.all()[0].key, "diag.templates_missing");
}

TEST(TextFilesTest, NarrativesFromTheDataDirectoryWin) {
  fs::path root = Fresh("kfl_narratives");
  fs::create_directories(root / "data/narratives/nn");
  fs::create_directories(root / "templates/md/nb");
  fs::create_directories(root / "templates/md/nn");
  std::ofstream(root / "templates/md/nb/a.md") << "nb innebygd";
  std::ofstream(root / "templates/md/nn/a.md") << "nn innebygd";
  std::ofstream(root / "data/narratives/nn/a.md") << "nn eigen";
  const std::string data = (root / "data").string(), templates = (root / "templates").string();
  EXPECT_EQ(ReadNarrative(data, templates, "nn", "a"), "nn eigen");
  EXPECT_EQ(ReadNarrative(data, templates, "nb", "a"), "nb innebygd");
  EXPECT_EQ(ReadNarrative(data, templates, "en", "a"), "nb innebygd") << "falls back to bokmål";
  EXPECT_EQ(ReadNarrative(data, templates, "nb", "b"), std::nullopt);
}

}  // namespace
}  // namespace kfl
