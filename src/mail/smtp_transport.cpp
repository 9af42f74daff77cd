#include "mail/smtp_transport.h"

#include <curl/curl.h>

#include <algorithm>
#include <cstring>

namespace kfl {
namespace {

struct CurlDeleter {
  void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};
using CurlHandle = std::unique_ptr<CURL, CurlDeleter>;

struct SlistDeleter {
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
using Slist = std::unique_ptr<curl_slist, SlistDeleter>;

// The bytes libcurl reads as the DATA of a message.
struct Upload {
  std::string_view rest;
};

size_t ReadUpload(char* buffer, size_t size, size_t count, void* user) {
  Upload* upload = static_cast<Upload*>(user);
  size_t n = std::min(size * count, upload->rest.size());
  std::memcpy(buffer, upload->rest.data(), n);
  upload->rest.remove_prefix(n);
  return n;
}

// Keeps the last line the server sent (the protocol dialogue arrives as
// CURLINFO_HEADER_IN), for error reports. Nothing the client sends is
// looked at, so the password never passes through here.
int KeepServerLine(CURL*, curl_infotype type, char* data, size_t size, void* user) {
  if (type != CURLINFO_HEADER_IN) return 0;
  std::string line(data, size);
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
  if (!line.empty()) *static_cast<std::string*>(user) = line;
  return 0;
}

bool IsPermanent(CURLcode code, long reply) {
  if (reply >= 500) return true;
  switch (code) {
    case CURLE_LOGIN_DENIED:
    case CURLE_USE_SSL_FAILED:
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_PEER_FAILED_VERIFICATION:
      return true;
    default:
      return false;
  }
}

bool IsUnreachable(CURLcode code) {
  return code == CURLE_COULDNT_CONNECT || code == CURLE_COULDNT_RESOLVE_HOST ||
         code == CURLE_OPERATION_TIMEDOUT || code == CURLE_SSL_CONNECT_ERROR;
}

class CurlSmtpTransport final : public MailTransport {
 public:
  explicit CurlSmtpTransport(SmtpOptions options) : options_(std::move(options)) {}

  SendResult Send(const Envelope& envelope, std::string_view message) override {
    SendResult result;
    if (!curl_) curl_.reset(curl_easy_init());
    CURL* curl = curl_.get();
    if (!curl) {
      result.answer = "curl_easy_init failed";
      result.permanent = true;
      return result;
    }
    curl_easy_reset(curl);  // keeps the open connection, forgets the options
    Upload upload{message};
    Slist recipients;
    for (const std::string& to : envelope.to) {
      curl_slist* list = curl_slist_append(recipients.get(), to.c_str());
      if (!list) {
        result.answer = "curl_slist_append failed";
        result.permanent = true;
        return result;
      }
      (void)recipients.release();  // the old head is part of `list` now
      recipients.reset(list);
    }
    std::string from = "<" + envelope.from + ">";
    char error[CURL_ERROR_SIZE] = "";
    std::string server_line;
    curl_easy_setopt(curl, CURLOPT_URL, options_.url.c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, ReadUpload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(message.size()));
    curl_easy_setopt(curl, CURLOPT_USE_SSL,
                     options_.insecure_plain ? static_cast<long>(CURLUSESSL_NONE)
                                             : static_cast<long>(CURLUSESSL_ALL));
    if (!options_.user.empty() || !options_.password.empty()) {
      curl_easy_setopt(curl, CURLOPT_USERNAME, options_.user.c_str());
      curl_easy_setopt(curl, CURLOPT_PASSWORD, options_.password.c_str());
    }
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, KeepServerLine);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &server_line);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);  // feeds KeepServerLine; prints nothing
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, options_.connect_timeout_seconds);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, options_.timeout_seconds);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    CURLcode code = curl_easy_perform(curl);
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &result.code);
    result.answer = server_line;
    if (code == CURLE_OK) {
      result.ok = true;
      return result;
    }
    std::string curl_text = error[0] ? error : curl_easy_strerror(code);
    if (result.answer.empty() || IsUnreachable(code)) {
      result.answer = curl_text;
    } else if (result.answer.find(curl_text) == std::string::npos) {
      result.answer += " (" + curl_text + ")";
    }
    result.permanent = IsPermanent(code, result.code);
    result.unreachable = IsUnreachable(code);
    curl_.reset();  // a failed dialogue: start the next one on a fresh connection
    return result;
  }

 private:
  SmtpOptions options_;
  CurlHandle curl_;
};

}  // namespace

std::unique_ptr<MailTransport> NewSmtpTransport(const SmtpOptions& options) {
  return std::make_unique<CurlSmtpTransport>(options);
}

bool IsSmtpUrl(std::string_view url) {
  for (std::string_view scheme : {"smtp://", "smtps://"}) {
    if (url.substr(0, scheme.size()) == scheme && url.size() > scheme.size() &&
        url[scheme.size()] != '/')
      return true;
  }
  return false;
}

bool HasUserInfo(std::string_view url) {
  size_t scheme = url.find("://");
  std::string_view rest = scheme == std::string_view::npos ? url : url.substr(scheme + 3);
  std::string_view authority = rest.substr(0, rest.find_first_of("/?#"));
  return authority.find('@') != std::string_view::npos;
}

}  // namespace kfl
