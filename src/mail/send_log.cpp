#include "mail/send_log.h"

#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace kfl {
namespace {

// Tabs and line breaks inside a field would corrupt the line structure.
std::string Field(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? line.npos : tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

}  // namespace

std::unique_ptr<SendLog> SendLog::Open(const std::string& path, std::string* error) {
  std::unique_ptr<std::FILE, Closer> file(std::fopen(path.c_str(), "a+"));
  if (!file) {
    *error = std::strerror(errno);
    return nullptr;
  }
  if (flock(fileno(file.get()), LOCK_EX | LOCK_NB) != 0) {
    *error = errno == EWOULDBLOCK ? "locked" : std::strerror(errno);
    return nullptr;
  }
  std::unique_ptr<SendLog> log(new SendLog(std::move(file)));
  std::FILE* f = log->file_.get();
  std::rewind(f);
  std::string text;
  char buffer[65536];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) text.append(buffer, n);
  if (std::ferror(f)) {
    *error = std::strerror(errno);
    return nullptr;
  }
  size_t start = 0;
  while (true) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) break;  // a last line cut short by a crash
    std::vector<std::string_view> fields =
        SplitTabs(std::string_view(text).substr(start, end - start));
    start = end + 1;
    if (fields.size() < 3) continue;
    std::string id(fields[2]);
    if (fields[1] == "attempt") {
      log->open_attempts_.insert(id);
    } else if (fields[1] == "sent") {
      log->sent_.insert(id);
      log->open_attempts_.erase(id);
    } else if (fields[1] == "failed") {
      log->open_attempts_.erase(id);
    }
  }
  // Appending after an unterminated line would glue two lines together.
  if (!text.empty() && text.back() != '\n') {
    std::fputc('\n', f);
    std::fflush(f);
  }
  return log;
}

bool SendLog::Append(std::string_view event, std::string_view id, std::string_view to,
                     std::string_view file, std::string_view answer, std::time_t now) {
  std::tm tm{};
  gmtime_r(&now, &tm);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
  std::string line = std::string(stamp) + "\t" + std::string(event) + "\t" + Field(id) + "\t" +
                     Field(to) + "\t" + Field(file);
  if (event != "attempt") line += "\t" + Field(answer);
  line += '\n';
  std::FILE* f = file_.get();
  if (std::fwrite(line.data(), 1, line.size(), f) != line.size()) return false;
  if (std::fflush(f) != 0 || fsync(fileno(f)) != 0) return false;
  return true;
}

bool SendLog::RecordAttempt(std::string_view id, std::string_view to, std::string_view file,
                            std::time_t now) {
  open_attempts_.insert(std::string(id));
  return Append("attempt", id, to, file, "", now);
}

bool SendLog::RecordSent(std::string_view id, std::string_view to, std::string_view file,
                         std::string_view answer, std::time_t now) {
  open_attempts_.erase(std::string(id));
  sent_.insert(std::string(id));
  return Append("sent", id, to, file, answer, now);
}

bool SendLog::RecordFailed(std::string_view id, std::string_view to, std::string_view file,
                           std::string_view answer, std::time_t now) {
  open_attempts_.erase(std::string(id));
  return Append("failed", id, to, file, answer, now);
}

}  // namespace kfl
