// Helpers for end-to-end tests: run the real kfl binary on real files.
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace kfl::e2e {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `kfl <args>` (args are passed to the shell as written) and captures
// stdout, stderr and the exit status; in `cwd` when it is not empty.
RunResult RunKfl(const std::string& args, const std::filesystem::path& cwd = {});

// Runs a shell command line as written, capturing like RunKfl.
RunResult RunCommand(const std::string& command);

std::string Slurp(const std::filesystem::path& path);

// path -> SHA-256 of every file an output's manifest lists, without the
// build's own bookkeeping (.kfl-cache, .kfl-decisions, which name the
// data's place).
std::map<std::string, std::string> ManifestFiles(const std::filesystem::path& out);

// The text of a PDF as pdftotext (poppler-utils) reads it, UTF-8.
std::string PdfText(const std::filesystem::path& pdf, const std::string& options = "");

// A fresh, empty directory for one test, removed by the next call with the
// same name.
std::filesystem::path FreshDir(const std::string& name);

// Copies the committed example data set to a fresh directory (for tests
// that modify it).
std::filesystem::path CopyExample(const std::string& name);

inline std::filesystem::path ExampleDir() {
  return std::filesystem::path(KFL_SOURCE_DIR) / "data" / "example";
}

}  // namespace kfl::e2e
