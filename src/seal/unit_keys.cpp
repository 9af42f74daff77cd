#include "seal/unit_keys.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>

namespace kfl {

bool ReadKeyFile(const std::string& path, KeyRing* out, Diagnostics* diags) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    diags->Error({path, 0, 0}, "diag.keys_missing");
    return false;
  }
  if ((st.st_mode & 077) != 0) {
    diags->Error({path, 0, 0}, "diag.keys_readable_by_others");
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags->Error({path, 0, 0}, "diag.keys_unreadable");
    return false;
  }
  const size_t errors = diags->error_count();
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    const size_t space = line.find(' ');
    const std::string unit = line.substr(0, space);
    std::optional<UnitKey> key;
    if (space != std::string::npos) key = ParseKeyText(line.substr(space + 1));
    if (unit.empty() || !key) {
      diags->Error({path, number, static_cast<int>(space == std::string::npos ? 1 : space + 2)},
                   "diag.keys_line_invalid");
    } else if (!out->emplace(unit, *key).second) {
      diags->Error({path, number, 1}, "diag.keys_unit_twice", {{"unit", unit}});
    }
  }
  return diags->error_count() == errors;
}

bool WriteKeyFile(const std::string& path, const KeyRing& keys, Diagnostics* diags) {
  std::ostringstream text;
  text << "# kfl: keys of the restricted site, one per unit. Secret: whoever has a unit's key can read it.\n";
  for (const auto& [unit, key] : keys) text << unit << ' ' << KeyText(key) << '\n';
  const std::string bytes = text.str();
  const std::string temporary = path + ".new";
  unlink(temporary.c_str());
  const int fd = open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  bool ok = fd >= 0;
  if (ok) {
    ok = write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size());
    ok = fsync(fd) == 0 && ok;
    ok = close(fd) == 0 && ok;
  }
  ok = ok && std::rename(temporary.c_str(), path.c_str()) == 0;
  if (!ok) {
    unlink(temporary.c_str());
    diags->Error({path, 0, 0}, "diag.keys_unwritable");
  }
  return ok;
}

}  // namespace kfl
