#include "mail/send_log.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace kfl {
namespace {
namespace fs = std::filesystem;

fs::path FreshLog(const std::string& name) {
  fs::path dir = fs::path(::testing::TempDir()) / ("kfl_send_log_" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir / "sent.log";
}

std::string Read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(MailSendLogTest, ARerunSeesWhatWasSent) {
  fs::path path = FreshLog("rerun");
  std::string error;
  {
    auto log = SendLog::Open(path, &error);
    ASSERT_TRUE(log) << error;
    EXPECT_FALSE(log->WasSent("a@x"));
    ASSERT_TRUE(log->RecordAttempt("a@x", "kari@example.no", "kari@example.no.eml", 0));
    ASSERT_TRUE(log->RecordSent("a@x", "kari@example.no", "kari@example.no.eml", "250 OK", 1));
    ASSERT_TRUE(log->RecordAttempt("b@x", "ola@example.no", "ola@example.no.eml", 2));
    ASSERT_TRUE(log->RecordFailed("b@x", "ola@example.no", "ola@example.no.eml", "554 no", 3));
    EXPECT_TRUE(log->WasSent("a@x"));
  }
  EXPECT_EQ(Read(path),
            "1970-01-01T00:00:00Z\tattempt\ta@x\tkari@example.no\tkari@example.no.eml\n"
            "1970-01-01T00:00:01Z\tsent\ta@x\tkari@example.no\tkari@example.no.eml\t250 OK\n"
            "1970-01-01T00:00:02Z\tattempt\tb@x\tola@example.no\tola@example.no.eml\n"
            "1970-01-01T00:00:03Z\tfailed\tb@x\tola@example.no\tola@example.no.eml\t554 no\n");
  auto again = SendLog::Open(path, &error);
  ASSERT_TRUE(again) << error;
  EXPECT_TRUE(again->WasSent("a@x"));
  EXPECT_FALSE(again->WasSent("b@x"));
  EXPECT_FALSE(again->InDoubt("b@x"));
}

TEST(MailSendLogTest, AnAttemptWithoutOutcomeIsInDoubt) {
  fs::path path = FreshLog("doubt");
  std::ofstream(path) << "2026-12-02T03:00:00Z\tattempt\tc@x\tper@example.no\tper.eml\n";
  std::string error;
  auto log = SendLog::Open(path, &error);
  ASSERT_TRUE(log) << error;
  EXPECT_TRUE(log->InDoubt("c@x"));
  EXPECT_FALSE(log->WasSent("c@x"));
}

TEST(MailSendLogTest, ALineCutShortByACrashIsIgnoredAndNotGluedTo) {
  fs::path path = FreshLog("torn");
  std::ofstream(path) << "2026-12-02T03:00:00Z\tsent\ta@x\tkari@example.no\tk.eml\t250\n"
                         "2026-12-02T03:00:01Z\tsent\tb@";
  std::string error;
  {
    auto log = SendLog::Open(path, &error);
    ASSERT_TRUE(log) << error;
    EXPECT_TRUE(log->WasSent("a@x"));
    EXPECT_FALSE(log->WasSent("b@"));
    ASSERT_TRUE(log->RecordSent("b@x", "ola@example.no", "o.eml", "250", 0));
  }
  auto log = SendLog::Open(path, &error);
  ASSERT_TRUE(log) << error;
  EXPECT_TRUE(log->WasSent("b@x"));
}

TEST(MailSendLogTest, FieldsCannotBreakTheLineStructure) {
  fs::path path = FreshLog("fields");
  std::string error;
  {
    auto log = SendLog::Open(path, &error);
    ASSERT_TRUE(log) << error;
    ASSERT_TRUE(log->RecordFailed("a@x", "k@example.no", "k.eml", "451 busy\r\n\tagain", 0));
  }
  EXPECT_EQ(Read(path),
            "1970-01-01T00:00:00Z\tfailed\ta@x\tk@example.no\tk.eml\t451 busy   again\n");
}

TEST(MailSendLogTest, OnlyOneRunAtATime) {
  fs::path path = FreshLog("lock");
  std::string error;
  auto first = SendLog::Open(path, &error);
  ASSERT_TRUE(first) << error;
  EXPECT_FALSE(SendLog::Open(path, &error));
  EXPECT_EQ(error, "locked");
  first.reset();
  EXPECT_TRUE(SendLog::Open(path, &error)) << error;
}

}  // namespace
}  // namespace kfl
