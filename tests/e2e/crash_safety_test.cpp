// End-to-end: a kfl build killed with SIGKILL at any moment leaves the
// previous output exactly as it was (or, once it has swapped its output in,
// the complete new output), and the next build leaves no staging folder
// behind.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "e2e/e2e_util.h"

namespace kfl::e2e {
namespace {
namespace fs = std::filesystem;

std::map<std::string, std::string> Snapshot(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    files[fs::relative(e.path(), dir).string()] = e.is_regular_file() ? Slurp(e.path()) : "";
  return files;
}

// Starts `kfl build data -o out` (quick: the county's page and the site-wide
// files) and returns its process id.
pid_t StartBuild(const fs::path& data, const fs::path& out) {
  const pid_t pid = fork();
  if (pid == 0) {
    const std::string templates = std::string(KFL_SOURCE_DIR) + "/templates";
    setenv("KFL_TEMPLATES", templates.c_str(), 1);
    freopen("/dev/null", "w", stdout);
    freopen("/dev/null", "w", stderr);
    execl(KFL_BINARY, KFL_BINARY, "build", data.c_str(), "-o", out.c_str(), "-q", "--no-pdf",
          "--only", "testfylke", static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

std::vector<fs::path> StagingFolders(const fs::path& out) {
  std::vector<fs::path> found;
  for (const auto& e : fs::directory_iterator(out.parent_path()))
    if (e.path() != out) found.push_back(e.path());
  return found;
}

TEST(CrashSafetyTest, KilledBuildsLeaveTheOutputWholeAndTheNextBuildCleansUp) {
  const fs::path root = FreshDir("crash_safety");
  const fs::path out = root / "work" / "out";
  // The killed builds write a different title, so their output differs from
  // the previous one in every page.
  const fs::path changed = CopyExample("crash_safety_data");
  {
    std::string project = Slurp(changed / "project.json");
    const std::string from = "\"nb\": \"Kultur for læring\"";
    ASSERT_NE(project.find(from), std::string::npos);
    project.replace(project.find(from), from.size(), "\"nb\": \"Kultur for læring, ny\"");
    std::ofstream(changed / "project.json", std::ios::trunc) << project;
  }
  const std::string quick = " -q --no-pdf --only testfylke";
  RunResult first = RunKfl("build '" + ExampleDir().string() + "' -o '" + out.string() + "'" + quick);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const auto before = Snapshot(out);

  // How long one build takes, to spread the kills over it.
  const auto start = std::chrono::steady_clock::now();
  RunResult timing =
      RunKfl("build '" + changed.string() + "' -o '" + (root / "timing").string() + "'" + quick);
  ASSERT_EQ(timing.exit_code, 0) << timing.err;
  const auto after = Snapshot(root / "timing");
  fs::remove_all(root / "timing");
  const int build_ms = static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                            std::chrono::steady_clock::now() - start)
                                            .count());

  std::mt19937 random(20261202);
  std::uniform_int_distribution<int> when(0, build_ms + build_ms / 4);
  int swapped = 0;
  constexpr int kKills = 6;
  for (int i = 0; i < kKills; ++i) {
    const int delay = when(random);
    SCOPED_TRACE("kill after " + std::to_string(delay) + " ms of about " +
                 std::to_string(build_ms));
    const pid_t pid = StartBuild(changed, out);
    ASSERT_GT(pid, 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    const auto now = Snapshot(out);
    if (now == after) {
      ++swapped;
      // Put the previous output back for the next round.
      RunResult again =
          RunKfl("build '" + ExampleDir().string() + "' -o '" + out.string() + "'" + quick);
      ASSERT_EQ(again.exit_code, 0) << again.err;
    } else {
      ASSERT_TRUE(now == before) << "the output is neither the previous one nor the new one";
    }
  }
  // The next build succeeds, and removes what the killed ones left.
  RunResult next = RunKfl("build '" + changed.string() + "' -o '" + out.string() + "'" + quick);
  ASSERT_EQ(next.exit_code, 0) << next.err;
  EXPECT_TRUE(Snapshot(out) == after);
  EXPECT_TRUE(StagingFolders(out).empty()) << StagingFolders(out).front();
  RecordProperty("builds_finished_before_the_kill", swapped);
}

}  // namespace
}  // namespace kfl::e2e
