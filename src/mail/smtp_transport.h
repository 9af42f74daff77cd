// MailTransport: how a rendered message leaves the machine. kfl uses SMTP
// through libcurl (NewSmtpTransport); tests use a fake or a real local
// server.
//
//   SmtpOptions smtp{.url = "smtps://smtp.kommune.no", .user = ..., .password = ...};
//   std::unique_ptr<MailTransport> t = NewSmtpTransport(smtp);
//   SendResult r = t->Send({"rapport@kommune.no", {"kari@example.no"}}, eml_bytes);
//
// Not thread-safe: one transport per thread (it keeps its connection open
// between messages).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kfl {

struct Envelope {
  std::string from;             // MAIL FROM
  std::vector<std::string> to;  // RCPT TO, one per address
};

struct SendResult {
  bool ok = false;
  // A failure that a retry will not cure: the server's 5xx answer, a login
  // refused, TLS not offered while required, a malformed URL.
  bool permanent = false;
  // True when no message could be handed to the server at all (it cannot be
  // reached): sending the remaining messages is pointless.
  bool unreachable = false;
  long code = 0;       // the server's last reply code (0: none)
  std::string answer;  // the server's last reply line, or curl's error text
};

class MailTransport {
 public:
  virtual ~MailTransport() = default;
  // Hands one message to the server. `message` is the complete .eml
  // (CRLF line ends); dot-stuffing is the transport's business.
  virtual SendResult Send(const Envelope& envelope, std::string_view message) = 0;
};

struct SmtpOptions {
  // smtp://host[:port] (STARTTLS is then required) or smtps://host[:port]
  // (TLS from the start).
  std::string url;
  // Allow smtp:// without TLS (a local relay, tests). Default: refuse.
  bool insecure_plain = false;
  // Credentials; both empty: no authentication. Never logged.
  std::string user;
  std::string password;
  long connect_timeout_seconds = 30;
  long timeout_seconds = 300;  // per message
};

// The libcurl transport. REQUIRES: curl_global_init() was called (the
// mail command does it once, before any thread starts).
std::unique_ptr<MailTransport> NewSmtpTransport(const SmtpOptions& options);

// True when `url` starts with smtp:// or smtps:// and names a host.
bool IsSmtpUrl(std::string_view url);

// True when the URL carries a user or password ("smtp://user:pw@host"),
// which kfl refuses: credentials come from the environment only.
bool HasUserInfo(std::string_view url);

}  // namespace kfl
