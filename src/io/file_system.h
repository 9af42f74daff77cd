// FileSystem: how io reaches files and directories. Readers take the
// interface so that tests can hand them an in-memory tree
// (io/memory_file_system.h); kfl itself uses RealFileSystem.
//
// Paths are plain strings with '/' separators, used as given (relative paths
// are relative to the working directory). They are also the paths shown in
// diagnostics, so readers build them with JoinPath(data_dir, "units.csv").
//
// Implementations are safe to use from several threads at once as long as
// each thread reads its own InputFile.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kfl {

// A file open for reading from its start.
class InputFile {
 public:
  virtual ~InputFile() = default;
  // Reads up to `size` bytes into `buffer`. Returns the number of bytes read
  // (possibly fewer than asked for without being at the end), 0 at the end of
  // the file, -1 on a read error.
  virtual std::ptrdiff_t Read(char* buffer, size_t size) = 0;
};

enum class FileType { kMissing, kFile, kDirectory, kOther };

struct DirectoryEntry {
  std::string name;  // the entry's own name, without the directory
  FileType type = FileType::kFile;
};

class FileSystem {
 public:
  virtual ~FileSystem() = default;

  // What `path` is; kMissing when it does not exist or cannot be examined.
  virtual FileType Type(const std::string& path) const = 0;

  // The entries of a directory sorted by name ("." and ".." left out).
  // Returns false when `path` cannot be listed.
  virtual bool List(const std::string& path, std::vector<DirectoryEntry>* entries) const = 0;

  // Opens a file; nullptr when it cannot be opened.
  virtual std::unique_ptr<InputFile> Open(const std::string& path) const = 0;

  // Reads a whole (small) file into *contents. Returns false when it cannot
  // be opened or read. For the small JSON files only: CSV files are streamed.
  bool ReadAll(const std::string& path, std::string* contents) const;
};

// The operating system's files (POSIX read(2), std::filesystem listings).
class RealFileSystem final : public FileSystem {
 public:
  FileType Type(const std::string& path) const override;
  bool List(const std::string& path, std::vector<DirectoryEntry>* entries) const override;
  std::unique_ptr<InputFile> Open(const std::string& path) const override;
};

// `dir` and a relative path joined with one '/': JoinPath("data/x", "units.csv")
// is "data/x/units.csv"; an empty `dir` gives `relative` unchanged.
std::string JoinPath(std::string_view dir, std::string_view relative);

}  // namespace kfl
