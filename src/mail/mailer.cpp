#include "mail/mailer.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <memory>

#include "mail/send_log.h"

namespace kfl {
namespace {
namespace fs = std::filesystem;

// Writes `bytes` to `path` through a temporary file and a rename, so that
// an .eml file is either the old one or the complete new one.
bool WriteFileAtomically(const std::string& path, std::string_view bytes, std::string* error) {
  const std::string temp = path + ".tmp";
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) {
    *error = std::strerror(errno);
    return false;
  }
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      *error = std::strerror(errno);
      ::close(fd);
      ::unlink(temp.c_str());
      return false;
    }
    done += static_cast<size_t>(n);
  }
  if (::close(fd) != 0 || std::rename(temp.c_str(), path.c_str()) != 0) {
    *error = std::strerror(errno);
    ::unlink(temp.c_str());
    return false;
  }
  return true;
}

}  // namespace

std::time_t SystemClock::Now() const { return std::time(nullptr); }

bool DeliverMail(const std::vector<PlannedMessage>& plan, const MailerOptions& options,
                 const MailerEnv& env, std::vector<MessageOutcome>* outcomes, Diagnostics* diags) {
  outcomes->assign(plan.size(), MessageOutcome{});
  std::error_code ec;
  fs::create_directories(options.mail_dir, ec);
  if (ec) {
    diags->Error({options.mail_dir, 0, 0}, "diag.output_cannot_create", {{"reason", ec.message()}});
    return false;
  }
  // The log is opened (and locked) before any .eml file is touched: an .eml
  // file of a message another run is sending must not change under it.
  const std::string log_path = (fs::path(options.mail_dir) / "sent.log").string();
  std::unique_ptr<SendLog> log;
  if (!options.dry_run || fs::exists(log_path, ec)) {
    std::string error;
    log = SendLog::Open(log_path, &error);
    if (!log) {
      diags->Error({log_path, 0, 0},
                   error == "locked" ? "diag.mail_log_locked" : "diag.mail_log_unwritable",
                   {{"reason", error}});
      return false;
    }
  }

  // First every .eml file, so that a user can look at what will be sent. A
  // message already sent keeps the file it was sent as.
  for (size_t i = 0; i < plan.size(); ++i) {
    const PlannedMessage& m = plan[i];
    MessageOutcome& outcome = (*outcomes)[i];
    if (log && log->WasSent(m.message.message_id)) {
      outcome.delivery = Delivery::kAlreadySent;
      continue;
    }
    outcome.was_in_doubt = log && log->InDoubt(m.message.message_id);
    MimeMessage message = m.message;
    message.date = env.clock->Now();
    std::string error;
    const std::string path = (fs::path(options.mail_dir) / m.eml_file).string();
    if (!WriteFileAtomically(path, RenderMessage(message), &error)) {
      diags->Error({path, 0, 0}, "diag.output_cannot_write", {{"reason", error}});
      return false;
    }
    outcome.delivery = options.dry_run ? Delivery::kWritten : Delivery::kNotTried;
  }
  if (options.dry_run) return true;

  for (size_t i = 0; i < plan.size(); ++i) {
    const PlannedMessage& m = plan[i];
    MessageOutcome& outcome = (*outcomes)[i];
    if (outcome.delivery != Delivery::kNotTried) continue;
    const std::string& id = m.message.message_id;
    const std::string path = (fs::path(options.mail_dir) / m.eml_file).string();
    std::string bytes;
    {
      // Send exactly the bytes of the file on disk.
      std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"),
                                                        &std::fclose);
      char buffer[65536];
      size_t n;
      while (f && (n = std::fread(buffer, 1, sizeof buffer, f.get())) > 0) bytes.append(buffer, n);
      if (!f || std::ferror(f.get())) {
        diags->Error({path, 0, 0}, "diag.cannot_read");
        return false;
      }
    }
    if (!log->RecordAttempt(id, m.to.address, m.eml_file, env.clock->Now())) {
      diags->Error({log_path, 0, 0}, "diag.mail_log_unwritable",
                   {{"reason", std::strerror(errno)}});
      return false;
    }
    std::chrono::milliseconds delay = options.first_retry_delay;
    SendResult result;
    while (true) {
      ++outcome.attempts;
      result = env.transport->Send({m.message.from.address, {m.to.address}}, bytes);
      if (result.ok || result.permanent || outcome.attempts >= options.max_attempts) break;
      env.sleep(delay);
      delay = std::min(delay * 2, options.max_retry_delay);
    }
    outcome.answer = result.answer;
    bool logged =
        result.ok
            ? log->RecordSent(id, m.to.address, m.eml_file, result.answer, env.clock->Now())
            : log->RecordFailed(id, m.to.address, m.eml_file, result.answer, env.clock->Now());
    outcome.delivery = result.ok ? Delivery::kSent : Delivery::kFailed;
    if (!logged) {
      diags->Error({log_path, 0, 0}, "diag.mail_log_unwritable",
                   {{"reason", std::strerror(errno)}});
      return false;
    }
    // No server to talk to: the other messages would only wait out their
    // retries too. They stay unsent for the next run.
    if (!result.ok && result.unreachable) break;
  }
  return true;
}

}  // namespace kfl
