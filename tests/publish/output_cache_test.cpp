#include "publish/output_cache.h"

#include <gtest/gtest.h>
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
  // .kfl-cache: a line per record.
  const std::string saved = Read(out / ".kfl-cache");
  EXPECT_EQ(saved.rfind("kfl-cache 2\nbuild\tb\nentry\tone.pdf\t", 0), 0u) << saved;
  EXPECT_NE(saved.find("\nfile\tpage/index.html\t9\t"), std::string::npos) << saved;
  // A damaged or torn cache is no cache: everything is produced again.
  for (const std::string& damaged :
       {saved.substr(0, saved.size() - 1), saved + "file\tx\t1\tnot-a-digest\n",
        std::string("{\"build\":\"b\"}\n")}) {
    std::ofstream(out / ".kfl-cache", std::ios::binary) << damaged;
    EXPECT_EQ(Build(out, "k1", "p2"), 2) << damaged;
  }
  EXPECT_EQ(Build(out, "k1", "p2"), 0) << "and a sound one is used again";
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
