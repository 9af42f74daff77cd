#include "e2e/e2e_util.h"

#include <sys/wait.h>

#include <cstdlib>
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
  fs::path dir = fs::path(::testing::TempDir()) / ("kfl_e2e_" + name);
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
  static int counter = 0;
  fs::path base = fs::path(::testing::TempDir()) / ("kfl_run_" + std::to_string(getpid()) + "_" +
                                                    std::to_string(counter++));
  std::string out = base.string() + ".out", err = base.string() + ".err";
  std::string command = (cwd.empty() ? "" : "cd '" + cwd.string() + "' && ") + "KFL_TEMPLATES='" KFL_SOURCE_DIR "/templates' '" KFL_BINARY "' " + args +
                        " >'" + out + "' 2>'" + err + "' </dev/null";
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
