// Mailer: the delivery driver of `kfl mail`. Writes every planned message
// as an .eml file into OUT/mail/, then (unless it is a dry run) sends each
// one whose id the send log (mail/send_log.h) does not record as sent,
// retrying transient failures with a bounded exponential backoff and
// logging each outcome before the next message.
//
// Delivery guarantee: every message is handed to the server at least once
// over any number of runs, and at most once unless a run ended between the
// server's acceptance and the fsync of the log line that records it (a
// window of one disk write; SMTP itself has the same window between the
// final "." and the server's 250). Such messages are logged as an attempt
// without an outcome; the next run sends them again and says so.
//
// The clock, the network and the waits come in through MailerEnv, so tests
// run without a server and without waiting.
#pragma once

#include <chrono>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

#include "io/diagnostics.h"
#include "mail/mail_plan.h"
#include "mail/smtp_transport.h"

namespace kfl {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual std::time_t Now() const = 0;
};

// The operating system's clock.
class SystemClock final : public Clock {
 public:
  std::time_t Now() const override;
};

struct MailerOptions {
  std::string mail_dir;  // OUT/mail (created when missing)
  bool dry_run = false;  // write the .eml files, send nothing, log nothing
  int max_attempts = 4;  // per message and run, the first try included
  std::chrono::milliseconds first_retry_delay{2000};  // doubled after each failed try
  std::chrono::milliseconds max_retry_delay{60000};
};

struct MailerEnv {
  const Clock* clock = nullptr;
  MailTransport* transport = nullptr;  // may be nullptr on a dry run
  std::function<void(std::chrono::milliseconds)> sleep;
};

enum class Delivery {
  kWritten,      // dry run: the .eml file is written
  kSent,         // accepted by the server in this run
  kAlreadySent,  // the log records it as sent by an earlier run
  kFailed,       // refused, or no server reachable after every try
  kNotTried,     // left out because the server could not be reached
};

struct MessageOutcome {
  Delivery delivery = Delivery::kNotTried;
  int attempts = 0;
  bool was_in_doubt = false;  // an earlier run ended while sending it
  std::string answer;         // the server's last answer
};

// Writes and sends `plan` (messages in plan order); one outcome per
// message in *outcomes. Returns false, with a diagnostic, when the .eml
// files or the send log could not be written or the log is held by another
// run; failed deliveries are outcomes, not diagnostics.
bool DeliverMail(const std::vector<PlannedMessage>& plan, const MailerOptions& options,
                 const MailerEnv& env, std::vector<MessageOutcome>* outcomes, Diagnostics* diags);

}  // namespace kfl
