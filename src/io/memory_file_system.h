// MemoryFileSystem: an in-memory FileSystem for tests. Files are added with
// their contents; the directories above them exist implicitly.
//
//   MemoryFileSystem fs;
//   fs.AddFile("data/units.csv", "id,parent,level,name\n...");
//   fs.AddDirectory("data/responses");  // an empty folder
//
// Not thread-safe while files are being added.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "io/file_system.h"

namespace kfl {

class MemoryFileSystem final : public FileSystem {
 public:
  // Adds or replaces a file (and implicitly every directory above it).
  void AddFile(const std::string& path, std::string contents);
  // Adds an (empty) directory.
  void AddDirectory(const std::string& path);
  // Makes every InputFile::Read() return at most `bytes` bytes (0: no
  // limit), so tests can check that readers handle short reads.
  void set_max_read(size_t bytes) { max_read_ = bytes; }
  // Makes reading `path` fail after the first `bytes` bytes.
  void FailReadsAfter(const std::string& path, size_t bytes);

  FileType Type(const std::string& path) const override;
  bool List(const std::string& path, std::vector<DirectoryEntry>* entries) const override;
  std::unique_ptr<InputFile> Open(const std::string& path) const override;

 private:
  std::map<std::string, std::shared_ptr<const std::string>> files_;
  std::map<std::string, size_t> failing_;
  std::set<std::string> directories_;
  size_t max_read_ = 0;
};

}  // namespace kfl
