#include "e2e/e2e_util.h"

#include <nlohmann/json.hpp>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

namespace kfl::e2e {
namespace fs = std::filesystem;

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

fs::path FreshDir(const std::string& name) {
  // One folder per source tree: test runs of several checkouts on one
  // machine must not delete each other's directories.
  static const std::string tree = std::to_string(std::hash<std::string>{}(KFL_SOURCE_DIR) % 100000);
  // One folder per test too: ctest runs tests as parallel processes, and a
  // folder shared by two tests would be deleted under one of them.
  const ::testing::TestInfo* test = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string owner = test ? std::string(test->test_suite_name()) + "." + test->name() : "suite";
  for (char& c : owner)
    if (c == '/') c = '_';
  fs::path dir = fs::path(::testing::TempDir()) / ("kfl_e2e_" + tree + "_" + owner + "_" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

fs::path CopyExample(const std::string& name) {
  fs::path dir = FreshDir(name) / "data";
  fs::copy(ExampleDir(), dir, fs::copy_options::recursive);
  return dir;
}

RunResult RunKfl(const std::string& args, const fs::path& cwd) {
  return RunCommand((cwd.empty() ? "" : "cd '" + cwd.string() + "' && ") +
                    "KFL_TEMPLATES='" KFL_SOURCE_DIR "/templates' '" KFL_BINARY "' " + args);
}

std::map<std::string, std::string> ManifestFiles(const fs::path& out) {
  std::map<std::string, std::string> files;
  // The parsed document must outlive the loop: a range-for over a member of
  // a temporary iterates a destroyed object (C++20).
  const nlohmann::json manifest = nlohmann::json::parse(Slurp(out / "manifest.json"));
  for (const auto& f : manifest.at("files")) {
    const std::string path = f.at("path");
    if (path.rfind(".kfl-", 0) != 0) files[path] = f.at("sha256");
  }
  return files;
}

std::string PdfText(const fs::path& pdf, const std::string& options) {
  return RunCommand("pdftotext -enc UTF-8 " + options + " '" + pdf.string() + "' -").out;
}

RunResult RunCommand(const std::string& line) {
  static int counter = 0;
  fs::path base = fs::path(::testing::TempDir()) / ("kfl_run_" + std::to_string(getpid()) + "_" +
                                                    std::to_string(counter++));
  std::string out = base.string() + ".out", err = base.string() + ".err";
  std::string command = line + " >'" + out + "' 2>'" + err + "' </dev/null";
  int status = std::system(command.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = Slurp(out);
  r.err = Slurp(err);
  fs::remove(out);
  fs::remove(err);
  return r;
}

}  // namespace kfl::e2e
