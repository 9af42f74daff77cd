#include "mail/mailer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <deque>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "mail/send_log.h"

namespace kfl {
namespace {
namespace fs = std::filesystem;

using ::testing::ElementsAre;

class FakeClock final : public Clock {
 public:
  std::time_t Now() const override { return 1796181259; }
};

// Answers from a script (then "250 OK" forever) and records what it got.
class FakeTransport final : public MailTransport {
 public:
  std::deque<SendResult> script;
  std::vector<std::string> received_by;  // recipient per call

  SendResult Send(const Envelope& envelope, std::string_view message) override {
    received_by.push_back(envelope.to.at(0));
    last_message = std::string(message);
    if (script.empty()) return {.ok = true, .code = 250, .answer = "250 OK"};
    SendResult r = script.front();
    script.pop_front();
    return r;
  }
  std::string last_message;
};

SendResult Transient() { return {.ok = false, .code = 451, .answer = "451 busy"}; }
SendResult Permanent() { return {.ok = false, .permanent = true, .code = 554, .answer = "554 no"}; }
SendResult Unreachable() {
  return {.ok = false, .unreachable = true, .answer = "Couldn't connect to server"};
}

std::vector<PlannedMessage> ThreePlanned() {
  std::vector<PlannedMessage> plan;
  for (const char* who : {"kari", "ola", "per"}) {
    PlannedMessage m;
    m.to = {who, std::string(who) + "@example.no"};
    m.eml_file = m.to.address + ".eml";
    m.message.from = {"Kultur for læring", "rapport@hamar.kommune.no"};
    m.message.to = {m.to};
    m.message.subject = "Rapport";
    m.message.text = "Hei\n";
    m.message.attachments.push_back({"r.pdf", "r.pdf", "application/pdf", "%PDF-1.5 " + m.to.name});
    m.message.message_id = MessageIdFor(m.message);
    plan.push_back(std::move(m));
  }
  return plan;
}

struct Result {
  bool ok = false;
  std::vector<Delivery> deliveries;
  std::vector<int> attempts;
  std::vector<std::chrono::milliseconds> waits;
};

Result Deliver(const std::string& dir, FakeTransport* transport, bool dry_run = false) {
  FakeClock clock;
  MailerOptions options;
  options.mail_dir = dir;
  options.dry_run = dry_run;
  options.max_attempts = 3;
  options.first_retry_delay = std::chrono::milliseconds(1000);
  options.max_retry_delay = std::chrono::milliseconds(1500);
  Result run;
  MailerEnv env{&clock, transport, [&](std::chrono::milliseconds d) { run.waits.push_back(d); }};
  std::vector<MessageOutcome> outcomes;
  Diagnostics diags;
  run.ok = DeliverMail(ThreePlanned(), options, env, &outcomes, &diags);
  for (const MessageOutcome& o : outcomes) {
    run.deliveries.push_back(o.delivery);
    run.attempts.push_back(o.attempts);
  }
  return run;
}

std::string FreshMailDir(const std::string& name) {
  fs::path dir = fs::path(::testing::TempDir()) / ("kfl_mailer_" + name);
  fs::remove_all(dir);
  return (dir / "mail").string();
}

TEST(MailMailerTest, SendsEveryMessageOnceAndARerunNothing) {
  std::string dir = FreshMailDir("once");
  FakeTransport t;
  Result first = Deliver(dir, &t);
  ASSERT_TRUE(first.ok);
  EXPECT_THAT(first.deliveries, ElementsAre(Delivery::kSent, Delivery::kSent, Delivery::kSent));
  EXPECT_THAT(t.received_by, ElementsAre("kari@example.no", "ola@example.no", "per@example.no"));
  // What went out is the .eml file on disk.
  std::ifstream in(fs::path(dir) / "per@example.no.eml", std::ios::binary);
  std::stringstream eml;
  eml << in.rdbuf();
  EXPECT_EQ(eml.str(), t.last_message);

  FakeTransport again;
  Result second = Deliver(dir, &again);
  ASSERT_TRUE(second.ok);
  EXPECT_THAT(second.deliveries,
              ElementsAre(Delivery::kAlreadySent, Delivery::kAlreadySent, Delivery::kAlreadySent));
  EXPECT_THAT(again.received_by, ElementsAre());
}

TEST(MailMailerTest, RetriesTransientFailuresWithBoundedBackoff) {
  std::string dir = FreshMailDir("retry");
  FakeTransport t;
  t.script = {Transient(), Transient(), SendResult{.ok = true, .answer = "250"},  // kari: 3rd try
              Transient(), Transient(), Transient()};                             // ola: gives up
  Result run = Deliver(dir, &t);
  ASSERT_TRUE(run.ok);
  EXPECT_THAT(run.deliveries, ElementsAre(Delivery::kSent, Delivery::kFailed, Delivery::kSent));
  EXPECT_THAT(run.attempts, ElementsAre(3, 3, 1));
  using ms = std::chrono::milliseconds;
  EXPECT_THAT(run.waits, ElementsAre(ms(1000), ms(1500), ms(1000), ms(1500)));
}

TEST(MailMailerTest, APermanentRefusalIsNotRetried) {
  std::string dir = FreshMailDir("permanent");
  FakeTransport t;
  t.script = {Permanent()};
  Result run = Deliver(dir, &t);
  EXPECT_THAT(run.deliveries, ElementsAre(Delivery::kFailed, Delivery::kSent, Delivery::kSent));
  EXPECT_THAT(run.attempts, ElementsAre(1, 1, 1));
  EXPECT_THAT(run.waits, ElementsAre());
}

TEST(MailMailerTest, AnUnreachableServerStopsTheRunAndARerunSendsTheRest) {
  std::string dir = FreshMailDir("unreachable");
  FakeTransport t;
  t.script = {SendResult{.ok = true, .answer = "250"}, Unreachable(), Unreachable(), Unreachable()};
  Result run = Deliver(dir, &t);
  ASSERT_TRUE(run.ok);
  EXPECT_THAT(run.deliveries, ElementsAre(Delivery::kSent, Delivery::kFailed, Delivery::kNotTried));
  FakeTransport healthy;
  Result rerun = Deliver(dir, &healthy);
  EXPECT_THAT(rerun.deliveries,
              ElementsAre(Delivery::kAlreadySent, Delivery::kSent, Delivery::kSent));
  EXPECT_THAT(healthy.received_by, ElementsAre("ola@example.no", "per@example.no"));
}

TEST(MailMailerTest, AMessageInDoubtIsSentAgainAndSaysSo) {
  std::string dir = FreshMailDir("doubt");
  fs::create_directories(dir);
  const std::string id = ThreePlanned()[1].message.message_id;
  std::ofstream(fs::path(dir) / "sent.log")
      << "2026-12-02T03:00:00Z\tattempt\t" << id << "\tola@example.no\tola@example.no.eml\n";
  FakeTransport t;
  FakeClock clock;
  MailerOptions options;
  options.mail_dir = dir;
  MailerEnv env{&clock, &t, [](std::chrono::milliseconds) {}};
  std::vector<MessageOutcome> outcomes;
  Diagnostics diags;
  ASSERT_TRUE(DeliverMail(ThreePlanned(), options, env, &outcomes, &diags));
  EXPECT_FALSE(outcomes[0].was_in_doubt);
  EXPECT_TRUE(outcomes[1].was_in_doubt);
  EXPECT_EQ(outcomes[1].delivery, Delivery::kSent);
}

TEST(MailMailerTest, ADryRunWritesTheFilesAndNoLog) {
  std::string dir = FreshMailDir("dry");
  Result run = Deliver(dir, nullptr, /*dry_run=*/true);
  ASSERT_TRUE(run.ok);
  EXPECT_THAT(run.deliveries,
              ElementsAre(Delivery::kWritten, Delivery::kWritten, Delivery::kWritten));
  EXPECT_TRUE(fs::exists(fs::path(dir) / "kari@example.no.eml"));
  EXPECT_FALSE(fs::exists(fs::path(dir) / "sent.log"));
}

TEST(MailMailerTest, TheSameInputGivesTheSameFiles) {
  std::string a = FreshMailDir("same_a"), b = FreshMailDir("same_b");
  Deliver(a, nullptr, true);
  Deliver(b, nullptr, true);
  for (const char* file : {"kari@example.no.eml", "ola@example.no.eml", "per@example.no.eml"}) {
    std::ifstream ia(fs::path(a) / file, std::ios::binary),
        ib(fs::path(b) / file, std::ios::binary);
    std::stringstream sa, sb;
    sa << ia.rdbuf();
    sb << ib.rdbuf();
    EXPECT_FALSE(sa.str().empty()) << file;
    EXPECT_EQ(sa.str(), sb.str()) << file;
  }
}

}  // namespace
}  // namespace kfl
