#include "build/output_cache.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace kfl {
namespace {
namespace fs = std::filesystem;

std::string Read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

ino_t Inode(const fs::path& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 ? st.st_ino : 0;
}

// One build of two outputs, "page" (two files) and "one.pdf", with the given keys.
int Build(const fs::path& out, const std::string& page_key, const std::string& pdf_key,
          bool force = false) {
  Diagnostics diags;
  OutputCache cache(out.string(), force);
  OutputDir dir;
  EXPECT_TRUE(dir.Open(out.string(), &diags));
  int calls = 0;
  cache.Produce(
      &dir, "page/", page_key,
      [&](const OutputCache::WriteFn& write) {
        ++calls;
        write("page/index.html", "<p>" + page_key + "</p>");
        write("page/c.svg", "<svg/>");
      },
      &diags);
  cache.ProduceFile(
      &dir, "one.pdf", pdf_key,
      [&] {
        ++calls;
        return "%PDF " + pdf_key;
      },
      &diags);
  cache.set_build_key("b");
  EXPECT_TRUE(cache.Save(&dir, &diags));
  EXPECT_TRUE(dir.Commit(&diags));
  EXPECT_FALSE(diags.has_errors());
  EXPECT_EQ(cache.reused() + cache.produced(), 2);
  return calls;
}

TEST(OutputCacheTest, ReusesExactlyTheOutputsWhoseKeyIsUnchanged) {
  fs::path root = fs::temp_directory_path() / "kfl_output_cache_test";
  fs::remove_all(root);
  fs::path out = root / "out";
  EXPECT_EQ(Build(out, "k1", "p1"), 2) << "first build: both produced";
  const ino_t page = Inode(out / "page/index.html"), pdf = Inode(out / "one.pdf");

  EXPECT_EQ(Build(out, "k1", "p2"), 1) << "only the PDF";
  EXPECT_EQ(Inode(out / "page/index.html"), page) << "hard link to the previous file";
  EXPECT_EQ(Read(out / "page/c.svg"), "<svg/>");
  EXPECT_NE(Inode(out / "one.pdf"), pdf);
  EXPECT_EQ(Read(out / "one.pdf"), "%PDF p2");

  EXPECT_EQ(Build(out, "k1", "p2", /*force=*/true), 2);
  // .kfl-cache.json, written entry by entry, is compact JSON.
  const std::string saved = Read(out / ".kfl-cache.json");
  const auto json = nlohmann::ordered_json::parse(saved);
  EXPECT_EQ(saved, json.dump());
  EXPECT_EQ(json["entries"]["page/"]["files"][0][0], "page/index.html");
  EXPECT_EQ(Read(out / "page/index.html"), "<p>k1</p>");

  // The manifest lists reused files with their size and hash.
  const std::string manifest = Read(out / "manifest.json");
  EXPECT_NE(manifest.find("\"page/c.svg\""), std::string::npos);
  EXPECT_NE(manifest.find(Sha256Hex("<svg/>")), std::string::npos);

  // A damaged cache file is no cache.
  std::ofstream(out / OutputCache::kFileName) << "{not json";
  EXPECT_EQ(Build(out, "k1", "p2"), 2);
  fs::remove_all(root);
}

}  // namespace
}  // namespace kfl
