#include "build/build.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "e2e/e2e_util.h"
#include "io/memory_file_system.h"

namespace kfl {
namespace {

namespace fs = std::filesystem;
using e2e::ManifestFiles;
using e2e::Slurp;

// A fresh folder for one test (tests run as processes of their own).
fs::path Fresh(const std::string& name) {
  return e2e::FreshDir("kfl_build_test_" + name + "_" + std::to_string(getpid()));
}

BuildOptions ExampleOptions(const fs::path& out) {
  BuildOptions options;
  options.data_dir = std::string(KFL_SOURCE_DIR) + "/data/example";
  options.out_dir = out.string();
  options.templates_dir = KFL_SOURCE_TEMPLATES_DIR;
  options.quiet = true;
  return options;
}

std::string Arg(const Diagnostic& d, const std::string& name) {
  for (const auto& [key, value] : d.args) {
    if (key == name) return value;
  }
  return "";
}

// A renderer that fails in a worker thread (here: rendering one class, on
// two threads or one) gives a diagnostic naming the unit and its page, and
// leaves the previous output exactly as it was.
TEST(RunBuildTest, ARenderingFailureInAWorkerFailsTheBuildAndKeepsThePreviousOutput) {
  const fs::path dir = Fresh("failure");
  const fs::path out = dir / "out";
  Diagnostics first;
  ASSERT_TRUE(RunBuild(ExampleOptions(out), &first)) << first.all().size();
  const std::string manifest = Slurp(out / "manifest.json");
  ASSERT_FALSE(manifest.empty());
  for (int jobs : {2, 1}) {
    for (const char* unit : {"c-fjellvik-01-8a", "s-sondre-as-01"}) {
      BuildOptions options = ExampleOptions(out);
      options.jobs = jobs;
      options.fail_unit = unit;
      options.force = true;  // draw everything: a reused page is not rendered
      Diagnostics diags;
      EXPECT_FALSE(RunBuild(options, &diags)) << unit;
      bool named = false;
      for (const Diagnostic& d : diags.all()) {
        if (d.key != "diag.render_failed") continue;
        named = true;
        EXPECT_EQ(Arg(d, "unit"), unit);
        EXPECT_NE(d.where.file.find(out.string()), std::string::npos) << d.where.file;
        EXPECT_NE(d.where.file.find("index.html"), std::string::npos) << d.where.file;
        EXPECT_NE(Arg(d, "reason").find("fail_unit"), std::string::npos);
      }
      EXPECT_TRUE(named) << unit << " -j " << jobs;
      EXPECT_EQ(Slurp(out / "manifest.json"), manifest) << unit << " -j " << jobs;
      // Nothing but the output is left beside it (no staging directory).
      int entries = 0;
      for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++entries;
      EXPECT_EQ(entries, 1) << unit << " -j " << jobs;
    }
  }
  fs::remove_all(dir);
}

TEST(RunBuildTest, ASecondBuildOfTheSameInputDoesNothing) {
  const fs::path dir = Fresh("unchanged");
  Diagnostics diags;
  BuildSummary summary;
  ASSERT_TRUE(RunBuild(ExampleOptions(dir / "out"), &diags, &summary));
  EXPECT_FALSE(summary.unchanged);
  EXPECT_GT(summary.pages_drawn, 0);
  ASSERT_TRUE(RunBuild(ExampleOptions(dir / "out"), &diags, &summary));
  EXPECT_TRUE(summary.unchanged);
  fs::remove_all(dir);
}

TEST(RunBuildTest, MissingTemplatesAreADiagnosticNotACrash) {
  const fs::path dir = Fresh("templates");
  BuildOptions options = ExampleOptions(dir / "out");
  options.templates_dir = (dir / "nowhere").string();
  Diagnostics diags;
  EXPECT_FALSE(RunBuild(options, &diags));
  EXPECT_TRUE(diags.has_errors());
  EXPECT_FALSE(fs::exists(dir / "out"));
  fs::remove_all(dir);
}

// The example data set in memory, under a folder that is not on the disk.
MemoryFileSystem ExampleInMemory(const std::string& root) {
  MemoryFileSystem memory;
  const fs::path example = fs::path(KFL_SOURCE_DIR) / "data" / "example";
  for (const auto& entry : fs::recursive_directory_iterator(example)) {
    if (!entry.is_regular_file()) continue;
    memory.AddFile(root + "/" + fs::relative(entry.path(), example).generic_string(),
                   Slurp(entry.path()));
  }
  return memory;
}

TEST(RunBuildTest, TheDataCanComeFromTheInMemoryFileSystem) {
  const fs::path dir = Fresh("memory");
  const MemoryFileSystem memory = ExampleInMemory("in-memory/example");
  BuildOptions options = ExampleOptions(dir / "from-memory");
  options.data_dir = "in-memory/example";
  options.fs = &memory;
  Diagnostics diags;
  ASSERT_TRUE(RunBuild(options, &diags));
  ASSERT_TRUE(RunBuild(ExampleOptions(dir / "from-disk"), &diags));
  EXPECT_GT(ManifestFiles(dir / "from-disk").size(), 500u) << "the manifest was read";
  EXPECT_EQ(ManifestFiles(dir / "from-memory"), ManifestFiles(dir / "from-disk"));
  fs::remove_all(dir);
}

TEST(RunBuildTest, InvalidDataInMemoryIsReportedAtItsFileAndWritesNothing) {
  const fs::path dir = Fresh("memory_invalid");
  MemoryFileSystem memory = ExampleInMemory("mem");
  std::string units = Slurp(fs::path(KFL_SOURCE_DIR) / "data/example/units.csv");
  units.replace(units.find("k-fjellvik,testfylke"), 20, "k-fjellvik,nowhere");
  memory.AddFile("mem/units.csv", units);
  BuildOptions options = ExampleOptions(dir / "out");
  options.data_dir = "mem";
  options.fs = &memory;
  Diagnostics diags;
  EXPECT_FALSE(RunBuild(options, &diags));
  ASSERT_TRUE(diags.has_errors());
  EXPECT_EQ(diags.Sorted().front().where.file, "mem/units.csv");
  EXPECT_EQ(diags.Sorted().front().where.line, 3);
  EXPECT_FALSE(fs::exists(dir / "out"));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace kfl
