// The libcurl transport itself is exercised end to end against a real
// server (tests/e2e/mail_test.cpp); here, the URL checks.
#include "mail/smtp_transport.h"

#include <gtest/gtest.h>

namespace kfl {
namespace {

TEST(MailSmtpTransportTest, Urls) {
  struct Case {
    const char* url;
    bool smtp;
    bool user_info;
  } cases[] = {
      {"smtp://127.0.0.1:2525", true, false},
      {"smtps://smtp.kommune.no", true, false},
      {"smtps://smtp.kommune.no:465/kfl.example.no", true, false},
      {"smtps://kari:hemmelig@smtp.kommune.no", true, true},
      {"smtp://kari@smtp.kommune.no", true, true},
      {"http://smtp.kommune.no", false, false},
      {"smtp:///nohost", false, false},
      {"smtp://", false, false},
      {"smtp.kommune.no", false, false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(IsSmtpUrl(c.url), c.smtp) << c.url;
    EXPECT_EQ(HasUserInfo(c.url), c.user_info) << c.url;
  }
}

}  // namespace
}  // namespace kfl
