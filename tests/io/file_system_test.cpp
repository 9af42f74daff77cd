#include "io/file_system.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "io/memory_file_system.h"

namespace kfl {
namespace {

std::vector<std::string> Names(const std::vector<DirectoryEntry>& entries) {
  std::vector<std::string> names;
  for (const DirectoryEntry& e : entries)
    names.push_back(e.name + (e.type == FileType::kDirectory ? "/" : ""));
  return names;
}

// Both implementations must behave the same on the same tree.
void CheckTree(const FileSystem& fs, const std::string& root, const char* which) {
  EXPECT_EQ(fs.Type(root), FileType::kDirectory) << which;
  EXPECT_EQ(fs.Type(JoinPath(root, "units.csv")), FileType::kFile) << which;
  EXPECT_EQ(fs.Type(JoinPath(root, "none")), FileType::kMissing) << which;
  std::vector<DirectoryEntry> entries;
  ASSERT_TRUE(fs.List(root, &entries)) << which;
  EXPECT_EQ(Names(entries), (std::vector<std::string>{"empty/", "responses/", "units.csv"}))
      << which;
  ASSERT_TRUE(fs.List(JoinPath(root, "responses"), &entries)) << which;
  EXPECT_EQ(Names(entries), (std::vector<std::string>{"2016/"})) << which;
  ASSERT_TRUE(fs.List(JoinPath(root, "empty"), &entries)) << which;
  EXPECT_TRUE(entries.empty()) << which;
  EXPECT_FALSE(fs.List(JoinPath(root, "none"), &entries)) << which;
  std::string contents;
  ASSERT_TRUE(fs.ReadAll(JoinPath(root, "responses/2016/a.csv"), &contents)) << which;
  EXPECT_EQ(contents, "x\n1\n") << which;
  EXPECT_EQ(fs.Open(JoinPath(root, "none")), nullptr) << which;
}

TEST(FileSystemTest, RealAndMemoryAgree) {
  const std::string root = ::testing::TempDir() + "/kfl_file_system_test";
  std::filesystem::remove_all(root);
  std::filesystem::create_directories(root + "/responses/2016");
  std::filesystem::create_directories(root + "/empty");
  std::ofstream(root + "/units.csv") << "id\n";
  std::ofstream(root + "/responses/2016/a.csv") << "x\n1\n";
  CheckTree(RealFileSystem(), root, "real");
  std::filesystem::remove_all(root);

  MemoryFileSystem memory;
  memory.AddFile("data/units.csv", "id\n");
  memory.AddFile("data/responses/2016/a.csv", "x\n1\n");
  memory.AddDirectory("data/empty");
  CheckTree(memory, "data", "memory");
}

TEST(FileSystemTest, MemoryFilesCanReadShortAndFail) {
  MemoryFileSystem fs;
  fs.AddFile("f", "abcdef");
  fs.set_max_read(2);
  auto file = fs.Open("f");
  char buffer[16];
  EXPECT_EQ(file->Read(buffer, sizeof buffer), 2);
  fs.FailReadsAfter("f", 3);
  auto failing = fs.Open("f");
  EXPECT_EQ(failing->Read(buffer, sizeof buffer), 2);
  EXPECT_EQ(failing->Read(buffer, sizeof buffer), 1);
  EXPECT_EQ(failing->Read(buffer, sizeof buffer), -1);
  std::string contents;
  EXPECT_FALSE(fs.ReadAll("f", &contents));
}

TEST(FileSystemTest, JoinPath) {
  EXPECT_EQ(JoinPath("data/x", "units.csv"), "data/x/units.csv");
  EXPECT_EQ(JoinPath("data/x/", "units.csv"), "data/x/units.csv");
  EXPECT_EQ(JoinPath("", "units.csv"), "units.csv");
}

}  // namespace
}  // namespace kfl
