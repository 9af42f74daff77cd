// OutputDir: writes a build's files into a staging directory beside OUT_DIR
// and publishes them only when everything succeeded.
//
//   OutputDir out;
//   if (!out.Open("output", &diags)) ...
//   FileWriter* f = out.Create("data/variation.csv", &diags);  f->Write(...);
//   if (!out.Commit(&diags)) ...     // writes manifest.json, swaps it in
//
// Failures are reported as diagnostics naming the path (keys diag.output_*).
//
// Commit() swaps the staging directory and OUT_DIR with one atomic
// renameat2(RENAME_EXCHANGE) (or a rename when OUT_DIR does not exist) and
// then deletes the previous contents. If anything fails before, or the
// OutputDir is destroyed without Commit(), the staging directory is removed
// and OUT_DIR is left exactly as it was. To protect a directory given by
// mistake, an existing non-empty OUT_DIR without manifest.json is never
// replaced. A build that is killed (SIGKILL, power off) leaves OUT_DIR as it
// was, or already swapped; its staging directory is removed by the next
// Open() for the same OUT_DIR (tests/e2e/crash_safety_test.cpp).
//
// Every file is hashed (SHA-256) while it is written; manifest.json lists
// each file with its size and hash, sorted by path, and no timestamps, so
// the same input gives the same bytes. Create() and Commit() belong to one
// thread; each FileWriter may be written by one other thread in between;
// WriteFile() may be called from any thread.
#pragma once

#include <array>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <mutex>
#include <unordered_set>
#include <string>
#include <string_view>
#include <vector>

#include "io/diagnostics.h"

namespace kfl {

class Sha256Context;  // output_dir.cpp: an OpenSSL digest context

// A SHA-256 digest as its 32 bytes (a national build lists a million and a
// half files: as hex strings they would cost 250 MB more).
struct Sha256 {
  std::array<unsigned char, 32> bytes{};

  static Sha256 Of(std::string_view data);
  // From 64 hex digits; nullopt for anything else.
  static std::optional<Sha256> FromHex(std::string_view hex);
  std::string Hex() const;  // lower case
  bool operator==(const Sha256&) const = default;
};

// A buffered file being written, with its running SHA-256.
class FileWriter {
 public:
  FileWriter(std::string relative_path, std::FILE* file);
  ~FileWriter();
  FileWriter(const FileWriter&) = delete;
  FileWriter& operator=(const FileWriter&) = delete;

  void Write(std::string_view bytes);
  // Flushes and closes; returns false on a write error (disk full, ...).
  bool Close();

  const std::string& path() const { return path_; }
  uint64_t bytes() const { return bytes_; }
  const Sha256& sha256() const { return sha256_; }

 private:
  void Flush();

  std::string path_;
  std::FILE* file_;
  std::string buffer_;
  uint64_t bytes_ = 0;
  bool failed_ = false;
  std::unique_ptr<Sha256Context> hasher_;
  Sha256 sha256_;
};

class OutputDir {
 public:
  OutputDir() = default;
  ~OutputDir();
  OutputDir(const OutputDir&) = delete;
  OutputDir& operator=(const OutputDir&) = delete;

  // Creates the staging directory beside `out_dir`. False (and a diagnostic) when
  // out_dir cannot be replaced or the staging directory cannot be made.
  bool Open(const std::string& out_dir, Diagnostics* diags);

  // Creates (with parent folders) a file at `relative_path` inside the
  // output. The writer stays valid until Commit(), which closes it; several
  // may be open at once and written from different threads (one thread per
  // writer). Returns nullptr (and a diagnostic) when the file cannot be
  // created.
  FileWriter* Create(const std::string& relative_path, Diagnostics* diags);

  // Writes a whole file at once and closes it: for the many small files of
  // the sites (pages, charts, PDFs). Thread-safe: may be called from any
  // number of threads at once, also while Create()d writers are open.
  // False (and a diagnostic) when it cannot be written.
  bool WriteFile(const std::string& relative_path, std::string_view bytes, Diagnostics* diags);

  // Puts the file `from` (a path outside the staging directory, normally
  // in the previous output) at `relative_path`, as a hard link (a copy
  // when linking fails), and lists it with the given size and SHA-256,
  // which the caller vouches for (output_cache.h keeps them). Thread-safe
  // like WriteFile(). False (and a diagnostic) when it cannot.
  bool Link(const std::string& relative_path, const std::string& from, uint64_t bytes,
            const Sha256& sha256, Diagnostics* diags);

  // The output directory as given to Open() (normalized).
  const std::string& out_dir() const { return out_dir_; }

  // Closes every file, writes manifest.json and swaps the staging
  // directory in. False (and a diagnostic) on any failure; OUT_DIR is unchanged then.
  bool Commit(Diagnostics* diags, int jobs = 0);

  const std::string& staging_dir() const { return staging_; }

 private:
  bool CloseAll(Diagnostics* diags);
  void MakeFolderOf(const std::string& path);
  static void RemoveStaleStaging(const std::filesystem::path& parent, const std::string& prefix,
                                 const std::filesystem::path& out);

  struct Entry {
    std::string path;
    uint64_t bytes;
    Sha256 sha256;
  };
  std::string out_dir_;
  std::string staging_;
  std::vector<std::unique_ptr<FileWriter>> open_;  // in creation order
  std::vector<Entry> entries_;
  std::mutex mutex_;  // guards entries_, made_folders_ and diagnostics in WriteFile()
  std::unordered_set<std::string> made_folders_;
  bool committed_ = false;
};

// The SHA-256 of `bytes` as lower-case hex (for tests and checks).
std::string Sha256Hex(std::string_view bytes);

}  // namespace kfl
