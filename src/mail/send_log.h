// SendLog: OUT/mail/sent.log, the record of every delivery attempt, which
// makes `kfl mail` resumable: a rerun sends only the messages whose id is
// not logged as sent.
//
// One line per event, tab-separated, appended and flushed to disk (fflush
// and fsync) before the next message is sent:
//
//   2026-12-02T03:14:19Z  attempt  <message id>  <recipient>  <file>
//   2026-12-02T03:14:20Z  sent     <message id>  <recipient>  <file>  <server's answer>
//   2026-12-02T03:14:20Z  failed   <message id>  <recipient>  <file>  <server's answer>
//
// The log holds no result figures, only ids, addresses, file names and the
// server's answers. A line cut short by a crash (no final newline) is
// ignored. An "attempt" without a later "sent" marks a message that may or
// may not have reached the server (see InDoubt()).
//
// While a SendLog is open it holds an exclusive lock (flock) on the file, so
// two `kfl mail` runs on the same output cannot send the same message.
// Not thread-safe.
#pragma once

#include <cstdio>
#include <ctime>
#include <memory>
#include <set>
#include <string>
#include <string_view>

namespace kfl {

class SendLog {
 public:
  // Opens (creating it if needed) the log at `path` and reads what it
  // records. nullptr and a reason in *error when it cannot be opened or
  // another process holds it.
  static std::unique_ptr<SendLog> Open(const std::string& path, std::string* error);

  bool WasSent(std::string_view id) const { return sent_.count(std::string(id)) > 0; }
  // True when an attempt was logged but neither "sent" nor "failed" after
  // it: the process ended while the server had the message.
  bool InDoubt(std::string_view id) const { return open_attempts_.count(std::string(id)) > 0; }

  // Each appends one line and makes it durable; false on a write error.
  bool RecordAttempt(std::string_view id, std::string_view to, std::string_view file,
                     std::time_t now);
  bool RecordSent(std::string_view id, std::string_view to, std::string_view file,
                  std::string_view answer, std::time_t now);
  bool RecordFailed(std::string_view id, std::string_view to, std::string_view file,
                    std::string_view answer, std::time_t now);

 private:
  struct Closer {
    void operator()(std::FILE* f) const { std::fclose(f); }
  };
  explicit SendLog(std::unique_ptr<std::FILE, Closer> file) : file_(std::move(file)) {}
  bool Append(std::string_view event, std::string_view id, std::string_view to,
              std::string_view file, std::string_view answer, std::time_t now);

  std::unique_ptr<std::FILE, Closer> file_;
  std::set<std::string> sent_;
  std::set<std::string> open_attempts_;
};

}  // namespace kfl
