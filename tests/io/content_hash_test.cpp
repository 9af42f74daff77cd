#include "io/content_hash.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "publish/output_dir.h"

namespace kfl {
namespace {
namespace fs = std::filesystem;

std::string Key(const std::function<void(ContentHash&)>& add) {
  ContentHash h;
  add(h);
  return h.Hex();
}

TEST(ContentHashTest, EmptyIsTheSha256OfNothing) {
  EXPECT_EQ(Key([](ContentHash&) {}),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(ContentHashTest, BoundariesTypesAndValuesAllCount) {
  const std::string ab_c = Key([](ContentHash& h) { h.Add("ab").Add("c"); });
  EXPECT_NE(ab_c, Key([](ContentHash& h) { h.Add("a").Add("bc"); })) << "lengths are hashed";
  EXPECT_EQ(ab_c, Key([](ContentHash& h) { h.Add(std::string("ab")).Add("c"); }));
  EXPECT_NE(Key([](ContentHash& h) { h.Add(1.0); }), Key([](ContentHash& h) { h.Add(1.0000001); }));
  EXPECT_NE(Key([](ContentHash& h) {
              h.Add(std::vector<int>{1, 2});
            }),
            Key([](ContentHash& h) { h.Add(std::vector<int>{1}).Add(2); }));
  std::string big(100000, 'x');  // past the internal block size
  EXPECT_EQ(Key([&](ContentHash& h) { h.Add(big).Add(7); }),
            Key([&](ContentHash& h) { h.Add(big).Add(7); }));
}

TEST(ContentHashTest, TreeCoversNamesAndContentsAndSkipsWhatItIsTold) {
  fs::path dir = fs::temp_directory_path() / "kfl_content_hash_test";
  fs::remove_all(dir);
  fs::create_directories(dir / "responses");
  std::ofstream(dir / "units.csv") << "a";
  std::ofstream(dir / "responses/x.csv") << "1";
  auto tree = [&](bool skip_responses) {
    return Key([&](ContentHash& h) {
      h.AddTree(dir.string(), [&](const std::string& p) {
        return skip_responses && p.rfind("responses/", 0) == 0;
      });
    });
  };
  const std::string all = tree(false), skipped = tree(true);
  std::ofstream(dir / "responses/x.csv") << "2";
  EXPECT_NE(tree(false), all);
  EXPECT_EQ(tree(true), skipped);
  fs::rename(dir / "units.csv", dir / "units2.csv");
  EXPECT_NE(tree(true), skipped) << "a renamed file is a change";
  EXPECT_EQ(Key([](ContentHash& h) { h.AddTree("/nonexistent/kfl"); }),
            Key([](ContentHash& h) { h.Add(0); }));
  fs::remove_all(dir);
}

TEST(ContentHashTest, ProgramIdIsStableHex) {
  EXPECT_FALSE(ProgramId().empty());
  EXPECT_EQ(ProgramId().find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(ProgramId(), ProgramId());
}

}  // namespace
}  // namespace kfl
