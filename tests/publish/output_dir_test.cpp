#include "publish/output_dir.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace kfl {
namespace {
namespace fs = std::filesystem;

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

class OutputDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::path(::testing::TempDir()) /
            ("kfl_output_dir_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  bool Publish(const fs::path& out, const std::string& content, Diagnostics* diags) {
    OutputDir dir;
    if (!dir.Open(out.string(), diags)) return false;
    FileWriter* f = dir.Create("data/a.csv", diags);
    if (!f) return false;
    f->Write(content);
    return dir.Commit(diags);
  }

  fs::path root_;
};

TEST_F(OutputDirTest, Sha256OfKnownStrings) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  const std::string abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
  ASSERT_TRUE(Sha256::FromHex(abc));
  EXPECT_EQ(*Sha256::FromHex(abc), Sha256::Of("abc"));
  EXPECT_EQ(Sha256::FromHex(abc)->Hex(), abc);
  EXPECT_FALSE(Sha256::FromHex(abc.substr(1)));
  EXPECT_FALSE(Sha256::FromHex("x" + abc.substr(1)));
}

TEST_F(OutputDirTest, CommitWritesFilesAndManifest) {
  Diagnostics diags;
  fs::path out = root_ / "out";
  ASSERT_TRUE(Publish(out, "abc", &diags));
  EXPECT_EQ(Slurp(out / "data/a.csv"), "abc");
  auto manifest = nlohmann::json::parse(Slurp(out / "manifest.json"));
  ASSERT_EQ(manifest["files"].size(), 1u);
  EXPECT_EQ(manifest["files"][0]["path"], "data/a.csv");
  EXPECT_EQ(manifest["files"][0]["bytes"], 3);
  EXPECT_EQ(manifest["files"][0]["sha256"],
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  // Nothing is left beside the output.
  int entries = 0;
  for (const auto& e : fs::directory_iterator(root_)) {
    (void)e;
    ++entries;
  }
  EXPECT_EQ(entries, 1);
}

TEST_F(OutputDirTest, SecondCommitReplacesPreviousOutputWhole) {
  Diagnostics diags;
  fs::path out = root_ / "out";
  ASSERT_TRUE(Publish(out, "first", &diags));
  std::ofstream(out / "stale.txt") << "from an older build";
  ASSERT_TRUE(Publish(out, "second", &diags));
  EXPECT_EQ(Slurp(out / "data/a.csv"), "second");
  EXPECT_FALSE(fs::exists(out / "stale.txt"));
}

TEST_F(OutputDirTest, AbandonedBuildLeavesPreviousOutputAsItWas) {
  Diagnostics diags;
  fs::path out = root_ / "out";
  ASSERT_TRUE(Publish(out, "good", &diags));
  std::string manifest_before = Slurp(out / "manifest.json");
  {
    OutputDir dir;
    ASSERT_TRUE(dir.Open(out.string(), &diags));
    FileWriter* f = dir.Create("data/a.csv", &diags);
    ASSERT_NE(f, nullptr);
    f->Write("half-written");
    // The build fails here: no Commit().
  }
  EXPECT_EQ(Slurp(out / "data/a.csv"), "good");
  EXPECT_EQ(Slurp(out / "manifest.json"), manifest_before);
  int entries = 0;
  for (const auto& e : fs::directory_iterator(root_)) {
    (void)e;
    ++entries;
  }
  EXPECT_EQ(entries, 1) << "the staging directory must be removed";
}

TEST_F(OutputDirTest, RefusesToReplaceADirectoryThatIsNotKflOutput) {
  Diagnostics diags;
  fs::path out = root_ / "documents";
  fs::create_directories(out);
  std::ofstream(out / "thesis.txt") << "precious";
  OutputDir dir;
  EXPECT_FALSE(dir.Open(out.string(), &diags));
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].key, "diag.output_not_kfl");
  EXPECT_EQ(Slurp(out / "thesis.txt"), "precious");
}

TEST_F(OutputDirTest, AcceptsAnEmptyExistingDirectory) {
  Diagnostics diags;
  fs::path out = root_ / "empty";
  fs::create_directories(out);
  ASSERT_TRUE(Publish(out, "x", &diags));
  EXPECT_EQ(Slurp(out / "data/a.csv"), "x");
}

TEST_F(OutputDirTest, TheMailFolderOfThePreviousOutputIsKept) {
  fs::path out = root_ / "out";
  Diagnostics diags;
  ASSERT_TRUE(Publish(out, "first", &diags));
  fs::create_directories(out / "mail");
  std::ofstream(out / "mail" / "sent.log") << "sent a@b.no\n";
  ASSERT_TRUE(Publish(out, "second", &diags));
  EXPECT_EQ(Slurp(out / "data/a.csv"), "second");
  EXPECT_EQ(Slurp(out / "mail" / "sent.log"), "sent a@b.no\n") << "a rebuild must not forget what was sent";
}

// The manifest is written entry by entry; its bytes are those of a JSON
// document dumped with two-space indentation, names escaped.
TEST_F(OutputDirTest, ManifestIsIndentedJsonWithEscapedNames) {
  const fs::path out = root_ / "out";
  for (const std::vector<std::string>& names :
       {std::vector<std::string>{}, {"a.csv", "site/Ø \"quoted\" \\ name.html", "z/b.svg"}}) {
    OutputDir dir;
    Diagnostics diags;
    ASSERT_TRUE(dir.Open(out.string(), &diags));
    for (const std::string& name : names) dir.WriteFile(name, "x" + name, &diags);
    ASSERT_TRUE(dir.Commit(&diags)) << diags.all().size();
    const std::string text = Slurp(out / "manifest.json");
    const auto json = nlohmann::ordered_json::parse(text);
    EXPECT_EQ(text, json.dump(2) + "\n");
    ASSERT_EQ(json["files"].size(), names.size());
    if (!names.empty()) EXPECT_EQ(json["files"][1]["path"], names[1]);
  }
}

}  // namespace
}  // namespace kfl
