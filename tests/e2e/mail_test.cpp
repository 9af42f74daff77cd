// kfl mail end to end: the real binary against a real SMTP server
// (tests/mail/smtp_server.py, Debian's python3-aiosmtpd) on 127.0.0.1, and
// the .eml files read back with Python's email package
// (tests/mail/eml_summary.py).
#include <fcntl.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "e2e/e2e_util.h"
#include "io/file_system.h"
#include "io/units_reader.h"
#include "mail/mail_plan.h"
#include "mail/mime.h"
#include "site/unit_paths.h"

namespace kfl::e2e {
namespace {
namespace fs = std::filesystem;

using ::testing::HasSubstr;
using ::testing::UnorderedElementsAre;

const std::string kScripts = std::string(KFL_SOURCE_DIR) + "/tests/mail/";

// A python SMTP server in a child process, stopped by the destructor.
class SmtpServer {
 public:
  SmtpServer(const fs::path& dir, const std::vector<std::string>& flags) : dir_(dir) {
    const std::string port_file =
        (dir.parent_path() / (dir.filename().string() + ".port")).string();
    fs::remove(port_file);
    std::vector<std::string> args = {
        KFL_PYTHON, kScripts + "smtp_server.py", "--dir", dir.string(), "--port-file", port_file};
    args.insert(args.end(), flags.begin(), flags.end());
    pid_ = fork();
    if (pid_ == 0) {
      int null = open("/dev/null", O_WRONLY);
      dup2(null, 1);
      std::vector<char*> argv;
      for (std::string& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(KFL_PYTHON, argv.data());
      _exit(127);
    }
    for (int i = 0; i < 200 && !fs::exists(port_file); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    port_ = Slurp(port_file);
  }
  ~SmtpServer() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      waitpid(pid_, nullptr, 0);
    }
  }
  bool ok() const { return !port_.empty(); }
  std::string url() const { return "smtp://127.0.0.1:" + port_; }
  // The envelope recipients of every message stored, in arrival order.
  std::vector<std::string> Recipients() const {
    std::vector<std::string> out;
    for (const fs::path& p : Stored(".json")) {
      const nlohmann::json envelope = nlohmann::json::parse(Slurp(p));
      for (const auto& r : envelope["rcpt_tos"]) out.push_back(r);
    }
    return out;
  }
  std::vector<fs::path> Stored(const std::string& ext) const {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir_))
      if (e.path().extension() == ext) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
  }

 private:
  fs::path dir_;
  pid_t pid_ = -1;
  std::string port_;
};

// Python's view of .eml files (eml_summary.py), by file.
nlohmann::json Summaries(const std::vector<fs::path>& files) {
  std::string command = KFL_PYTHON " '" + kScripts + "eml_summary.py'";
  for (const fs::path& f : files) command += " '" + f.string() + "'";
  std::string out;
  if (FILE* p = popen(command.c_str(), "r")) {
    char buffer[4096];
    size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, p)) > 0) out.append(buffer, n);
    pclose(p);
  }
  return nlohmann::json::parse(out, nullptr, false);
}

// A data directory (units.csv), a kfl output with fake class reports and a
// contacts.csv: five rows, four addresses (Kari has two classes).
struct Fixture {
  fs::path root, data, out, contacts;
  std::map<std::string, std::string> pdf_sha;    // ascii file name -> sha256 of the report
  std::map<std::string, std::string> pdf_bytes;  // unit id -> bytes
};

Fixture MakeFixture(const std::string& name) {
  Fixture f;
  f.root = FreshDir("mail_" + name);
  f.data = f.root / "data";
  f.out = f.root / "out";
  f.contacts = f.root / "contacts.csv";
  fs::create_directories(f.data);
  fs::create_directories(f.out);
  std::ofstream(f.data / "units.csv") << "id,parent,level,name,grade,enrolled\n"
                                         "hedmark,,county,Hedmark,,\n"
                                         "k-asnes,hedmark,municipality,Åsnes,,\n"
                                         "s-asnes,k-asnes,school,Åsnes skole,,\n"
                                         "c-8a,s-asnes,class,8A,8,20\n"
                                         "c-8b,s-asnes,class,8B,8,20\n"
                                         "k-hamar,hedmark,municipality,Hamar,,\n"
                                         "s-ajer,k-hamar,school,Ajer ungdomsskole,,\n"
                                         "c-9a,s-ajer,class,9A,9,25\n"
                                         "c-10a,s-ajer,class,10A,10,25\n"
                                         "c-10b,s-ajer,class,10B,10,25\n";
  std::ofstream(f.out / "manifest.json") << "{}\n";
  RealFileSystem real;
  UnitTree units;
  Diagnostics diags;
  EXPECT_TRUE(ReadUnits(real, (f.data / "units.csv").string(), &units, &diags));
  UnitPaths paths(units);
  for (const Unit& u : units.units()) {
    if (u.level != Level::kClass) continue;
    std::string pdf = "%PDF-1.5\n% fake report of " + u.id + "\n";
    for (int i = 0; i < 2000; ++i) pdf += static_cast<char>((i * 7 + u.id.size()) % 256);
    fs::path path = f.out / ClassReportPath(paths.Folder(units.Find(u.id)));
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << pdf;
    f.pdf_bytes[u.id] = pdf;
  }
  std::ofstream(f.contacts) << "unit,name,email,language\n"
                               "c-8a,Kari Nordmann – Åsnes skole,kari@example.no,nb\n"
                               "c-9a,Ola Hansen,ola@example.no,nn\n"
                               "c-8b,Kari Nordmann – Åsnes skole,kari@example.no,nb\n"
                               "c-10a,\"Olsen, Per\",per@example.no,en\n"
                               "c-10b,Lise,lise@example.no,nb\n";
  return f;
}

std::string MailArgs(const Fixture& f, const std::string& rest) {
  return "mail '" + f.out.string() + "' --contacts '" + f.contacts.string() + "' --data '" +
         f.data.string() + "' --from rapport@hamar.kommune.no " + rest;
}

std::string Sha256(const std::string& bytes) { return Sha256HexOf(bytes); }

TEST(MailE2eTest, DeliversEveryReportToItsTeachersOnly) {
  Fixture f = MakeFixture("deliver");
  // The second message is deferred once (451): kfl retries it.
  SmtpServer server(f.root / "received", {"--defer", "2"});
  ASSERT_TRUE(server.ok()) << "python3-aiosmtpd missing? (make test-deps)";
  RunResult r = RunKfl(MailArgs(f, "--smtp " + server.url() + " --insecure-plain --retry-delay 0"));
  EXPECT_EQ(r.exit_code, 0) << r.err << r.out;
  EXPECT_THAT(r.out, HasSubstr("4 av 4 meldinger sendt nå"));
  EXPECT_THAT(server.Recipients(), UnorderedElementsAre("kari@example.no", "ola@example.no",
                                                        "per@example.no", "lise@example.no"));
  nlohmann::json got = Summaries(server.Stored(".eml"));
  ASSERT_TRUE(got.is_array()) << "eml_summary.py failed";
  ASSERT_EQ(got.size(), 4u);
  std::map<std::string, nlohmann::json> by_to;
  for (const auto& m : got) by_to[m["to_addresses"][0]] = m;
  const nlohmann::json& kari = by_to["kari@example.no"];
  EXPECT_EQ(kari["to"], "Kari Nordmann – Åsnes skole <kari@example.no>");
  EXPECT_EQ(kari["from"], "Kultur for læring <rapport@hamar.kommune.no>");
  EXPECT_EQ(kari["subject"],
            "Kultur for læring: rapport for 8A ved Åsnes skole og 8B ved Åsnes skole");
  EXPECT_THAT(kari["message_id"].get<std::string>(), ::testing::EndsWith("@hamar.kommune.no>"));
  EXPECT_THAT(kari["text"].get<std::string>(), HasSubstr("Hei Kari Nordmann – Åsnes skole,"));
  EXPECT_EQ(kari["defects"].size(), 0u);
  EXPECT_LE(kari["longest_line"].get<int>(), 78);
  ASSERT_EQ(kari["attachments"].size(), 2u);
  EXPECT_EQ(kari["attachments"][0]["filename"], "Kultur for læring – 8A, Åsnes skole.pdf");
  EXPECT_EQ(kari["attachments"][0]["content_type"], "application/pdf");
  // The decoded attachments are the files on disk, byte for byte.
  EXPECT_EQ(kari["attachments"][0]["sha256"], Sha256(f.pdf_bytes["c-8a"]));
  EXPECT_EQ(kari["attachments"][1]["sha256"], Sha256(f.pdf_bytes["c-8b"]));
  // Each of the others gets exactly their own class's report.
  const std::map<std::string, std::string> own = {
      {"ola@example.no", "c-9a"}, {"per@example.no", "c-10a"}, {"lise@example.no", "c-10b"}};
  for (const auto& [to, unit] : own) {
    ASSERT_EQ(by_to[to]["attachments"].size(), 1u) << to;
    EXPECT_EQ(by_to[to]["attachments"][0]["sha256"], Sha256(f.pdf_bytes[unit])) << to;
  }
  EXPECT_EQ(by_to["per@example.no"]["to"], "\"Olsen, Per\" <per@example.no>");

  // A second run sends nothing.
  RunResult again = RunKfl(MailArgs(f, "--smtp " + server.url() + " --insecure-plain"));
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_THAT(again.out, HasSubstr("0 av 4 meldinger sendt nå, 4 sendt tidligere"));
  EXPECT_EQ(server.Recipients().size(), 4u);
}

// After a server that refuses or dies mid-run, reruns against a healthy one
// deliver every message exactly once in all.
TEST(MailE2eTest, ARerunAfterFailuresDeliversTheRestExactlyOnce) {
  struct Case {
    const char* name;
    std::vector<std::string> flags;
    int delivered_first;
    const char* reported;  // on stderr, per recipient not reached
  } cases[] = {
      {"refuses the third message on",
       {"--reject-from", "3"},
       2,
       "per@example.no: ikke sendt etter 1 forsøk; tjeneren svarte: 554 5.7.1 Message refused"},
      {"crashes at the second message",
       {"--crash-at", "2"},
       1,
       "ola@example.no: ikke sendt etter 2 forsøk; tjeneren svarte: "},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    Fixture f = MakeFixture(std::string("rerun_") + c.flags[0].substr(2));
    std::vector<std::string> all;
    {
      SmtpServer failing(f.root / "received1", c.flags);
      ASSERT_TRUE(failing.ok());
      RunResult r = RunKfl(MailArgs(
          f, "--smtp " + failing.url() + " --insecure-plain --attempts 2 --retry-delay 0"));
      EXPECT_EQ(r.exit_code, 1) << r.err << r.out;
      EXPECT_THAT(r.err, HasSubstr(c.reported));
      std::vector<std::string> got = failing.Recipients();
      EXPECT_EQ(got.size(), static_cast<size_t>(c.delivered_first));
      all.insert(all.end(), got.begin(), got.end());
    }
    SmtpServer healthy(f.root / "received2", {});
    ASSERT_TRUE(healthy.ok());
    RunResult r = RunKfl(MailArgs(f, "--smtp " + healthy.url() + " --insecure-plain"));
    EXPECT_EQ(r.exit_code, 0) << r.err << r.out;
    std::vector<std::string> rest = healthy.Recipients();
    EXPECT_EQ(rest.size(), 4u - c.delivered_first);
    all.insert(all.end(), rest.begin(), rest.end());
    EXPECT_THAT(all, UnorderedElementsAre("kari@example.no", "ola@example.no", "per@example.no",
                                          "lise@example.no"));
  }
}

TEST(MailE2eTest, PlainSmtpWithoutStartTlsIsRefused) {
  Fixture f = MakeFixture("plain");
  SmtpServer server(f.root / "received", {});
  ASSERT_TRUE(server.ok());
  RunResult r = RunKfl(MailArgs(f, "--smtp " + server.url() + " --retry-delay 0"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("kari@example.no: ikke sendt etter 1 forsøk"));
  EXPECT_TRUE(server.Recipients().empty());
}

TEST(MailE2eTest, DryRunWritesEmlFilesThatPythonReads) {
  Fixture f = MakeFixture("dry");
  RunResult r = RunKfl(MailArgs(f, "--dry-run"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("Mottaker"));
  EXPECT_THAT(r.out, HasSubstr("kari@example.no"));
  EXPECT_THAT(r.out, HasSubstr("c-8a, c-8b"));
  EXPECT_THAT(r.out, HasSubstr("ingenting er sendt"));
  EXPECT_FALSE(fs::exists(f.out / "mail" / "sent.log"));
  nlohmann::json got =
      Summaries({f.out / "mail" / "kari@example.no.eml", f.out / "mail" / "ola@example.no.eml"});
  ASSERT_TRUE(got.is_array());
  EXPECT_EQ(got[0]["subject"],
            "Kultur for læring: rapport for 8A ved Åsnes skole og 8B ved Åsnes skole");
  EXPECT_EQ(got[0]["bare_lf"], 0);
  EXPECT_EQ(got[0]["attachments"][1]["sha256"], Sha256(f.pdf_bytes["c-8b"]));
  EXPECT_EQ(got[1]["attachments"][0]["filename"], "Kultur for læring – 9A, Ajer ungdomsskole.pdf");
}

TEST(MailE2eTest, BadContactsAreReportedPerLineAndNothingIsSent) {
  Fixture f = MakeFixture("bad");
  fs::remove(f.out / ClassReportPath("hamar/ajer-ungdomsskole/10b/"));
  std::ofstream(f.contacts, std::ios::app) << "c-11a,X,x@example.no,nb\n"
                                              "c-8a,Y,y@example,nb\n";
  SmtpServer server(f.root / "received", {});
  ASSERT_TRUE(server.ok());
  RunResult r = RunKfl(MailArgs(f, "--smtp " + server.url() + " --insecure-plain"));
  EXPECT_EQ(r.exit_code, 1);
  const std::string c = f.contacts.string();
  EXPECT_THAT(r.err, HasSubstr(c + ":6:1: klassen «c-10b» har ingen rapport"));
  EXPECT_THAT(r.err, HasSubstr(c + ":7:1: "));
  EXPECT_THAT(r.err, HasSubstr(c + ":8:8: «y@example» ser ikke ut som en gyldig e-postadresse"));
  EXPECT_THAT(r.err, HasSubstr("Ingenting ble sendt"));
  EXPECT_TRUE(server.Recipients().empty());
  EXPECT_FALSE(fs::exists(f.out / "mail"));
}

TEST(MailE2eTest, UsageErrors) {
  Fixture f = MakeFixture("usage");
  struct Case {
    const char* name;
    std::string args;
    const char* message;
  } cases[] = {
      {"no server", MailArgs(f, ""), "--smtp"},
      {"not smtp", MailArgs(f, "--smtp http://x.no"), "er ikke en SMTP-adresse"},
      {"password in the url", MailArgs(f, "--smtp smtps://kari:hemmelig@x.no"),
       "KFL_SMTP_PASSWORD"},
      {"no contacts", "mail '" + f.out.string() + "' --data x --dry-run", "--contacts"},
  };
  for (const Case& c : cases) {
    RunResult r = RunKfl(c.args);
    EXPECT_EQ(r.exit_code, 2) << c.name << ": " << r.err;
    EXPECT_THAT(r.err, HasSubstr(c.message)) << c.name;
  }
}

}  // namespace
}  // namespace kfl::e2e
