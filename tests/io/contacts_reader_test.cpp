#include "io/contacts_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "io/memory_file_system.h"
#include "io_test_util.h"

namespace kfl {
namespace {

using ::testing::ElementsAre;

struct Read {
  bool ok = false;
  std::vector<Contact> contacts;
  std::vector<std::string> messages;
};

Read ReadText(const std::string& text) {
  UnitTree units;
  units.Add({"hedmark", "Hedmark", Level::kCounty});
  units.Add({"k-hamar", "Hamar", Level::kMunicipality});
  units.Add({"s-1", "Skole", Level::kSchool});
  units.Add({"c-hamar-01-8a", "8A", Level::kClass});
  units.Add({"b-1", "Barnehage", Level::kKindergarten});
  units.Add({"g-1", "Gruppe", Level::kGroup});
  units.Link({"", "hedmark", "k-hamar", "s-1", "k-hamar", "b-1"});
  MemoryFileSystem fs;
  fs.AddFile("d/contacts.csv", text);
  Diagnostics diags;
  Read r;
  r.ok = ReadContacts(fs, "d/contacts.csv", units, &r.contacts, &diags);
  r.messages = testing_io::Messages(diags);
  return r;
}

TEST(ContactsReaderTest, ReadsContacts) {
  Read r = ReadText(
      "unit,name,email,language\n"
      "c-hamar-01-8a,Kari Nordmann,kari.nordmann@example.no,nb\n"
      "g-1,\"Nordmann, Ola\",ola@barnehage.example.no,nn\n");
  EXPECT_TRUE(r.ok);
  EXPECT_THAT(r.messages, ElementsAre());
  ASSERT_EQ(r.contacts.size(), 2u);
  EXPECT_EQ(r.contacts[0].unit, 3);
  EXPECT_EQ(r.contacts[0].email, "kari.nordmann@example.no");
  EXPECT_EQ(r.contacts[1].name, "Nordmann, Ola");
  EXPECT_EQ(r.contacts[1].language, "nn");
}

TEST(ContactsReaderTest, ReportsEveryProblemAtItsCell) {
  Read r = ReadText(
      "unit,name,email,language\n"
      "c-hamar-01-8b,Kari,kari@example.no,nb\n"
      "s-1,Rektor,rektor@example.no,nb\n"
      "c-hamar-01-8a,Kari,kari.example.no,nb\n"
      "c-hamar-01-8a,Kari,kari@example.no,no\n"
      "c-hamar-01-8a,Kari,kari@example.no,se\n");
  EXPECT_THAT(
      r.messages,
      ElementsAre(
          "d/contacts.csv:2:1: enheten «c-hamar-01-8b» finnes ikke i units.csv (mente du "
          "«c-hamar-01-8a»?)",
          "d/contacts.csv:4:20: «kari.example.no» ser ikke ut som en gyldig e-postadresse",
          "d/contacts.csv:5:36: ukjent språk «no»; bruk nb, nn eller en (mente du «nb»?)",
          "d/contacts.csv:6:36: ukjent språk «se»; bruk nb, nn eller en"));
  // A head teacher (a school) is a contact too: the mail plan gives them
  // a link to the sealed site (mail/mail_plan.h).
  ASSERT_EQ(r.contacts.size(), 1u);
  EXPECT_EQ(r.contacts[0].email, "rektor@example.no");
}

TEST(ContactsReaderTest, PlausibleEmail) {
  struct Case {
    const char* email;
    bool ok;
  };
  const std::vector<Case> cases = {
      {"kari@example.no", true},
      {"k.n+x@skole.hamar.no", true},
      {"", false},
      {"kari", false},
      {"@example.no", false},
      {"kari@", false},
      {"kari@example", false},
      {"kari@.no", false},
      {"kari@example.", false},
      {"ka ri@example.no", false},
      {"a@b@example.no", false},
      {"kari@exa\tmple.no", false},
  };
  for (const Case& c : cases) EXPECT_EQ(IsPlausibleEmail(c.email), c.ok) << "'" << c.email << "'";
}

}  // namespace
}  // namespace kfl
