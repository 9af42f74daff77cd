#include "mail/mail_plan.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "io/memory_file_system.h"
#include "mail_test_util.h"
#include "seal/seal.h"
#include "site/unit_paths.h"

namespace kfl {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

struct Planned {
  std::vector<PlannedMessage> plan;
  std::vector<std::string> messages;
};

Contact Row(const UnitTree& units, const char* unit, const char* name, const char* email, int line,
            const char* lang = "nb") {
  return {units.Find(unit), name, email, lang, line, 1, 14};
}

// Plans for `contacts` with a report for every class except `without`.
Planned Plan(const std::vector<Contact>& contacts, const std::string& without = "") {
  UnitTree units = testing_mail::SmallTree();
  UnitPaths paths(units);
  MemoryFileSystem fs;
  fs.AddFile("out/manifest.json", "{}");
  for (const Unit& u : units.units())
    if (u.level == Level::kClass && u.id != without)
      fs.AddFile("out/" + ClassReportPath(paths.Folder(units.Find(u.id))), "%PDF-1.5 " + u.id);
  static const Catalog nb = testing_mail::NbCatalog();
  std::map<std::string, MailTexts> texts = {
      {"nb", {&nb, "Hei {name},\nrapport for {classes}.\nSvar til {from}.\n"}}};
  MailPlanOptions options;
  options.out_dir = "out";
  options.contacts_path = "contacts.csv";
  options.from = {"Kultur for læring", "rapport@hamar.kommune.no"};
  Diagnostics diags;
  Planned p;
  p.plan = PlanMail(units, contacts, fs, texts, options, &diags);
  for (const Diagnostic& d : diags.Sorted()) p.messages.push_back(FormatDiagnostic(d, nb));
  return p;
}

TEST(MailPlanTest, ATeacherWithTwoClassesGetsOneMessageWithTwoAttachments) {
  UnitTree units = testing_mail::SmallTree();
  Planned p = Plan({Row(units, "c-8a", "Kari Nordmann", "kari@example.no", 2),
                    Row(units, "c-9a", "Ola", "ola@example.no", 3),
                    Row(units, "c-8b", "Kari Nordmann", "Kari@Example.no", 4)});
  EXPECT_THAT(p.messages, ElementsAre());
  ASSERT_EQ(p.plan.size(), 2u);
  const PlannedMessage& kari = p.plan[0];
  EXPECT_EQ(kari.to.address, "kari@example.no");
  EXPECT_THAT(kari.units, ElementsAre(units.Find("c-8a"), units.Find("c-8b")));
  EXPECT_EQ(kari.eml_file, "kari@example.no.eml");
  ASSERT_EQ(kari.message.attachments.size(), 2u);
  EXPECT_EQ(kari.message.attachments[0].bytes, "%PDF-1.5 c-8a");
  EXPECT_EQ(kari.message.attachments[1].bytes, "%PDF-1.5 c-8b");
  EXPECT_EQ(kari.message.attachments[0].filename, "Kultur for læring – 8A, Åsnes skole.pdf");
  EXPECT_EQ(kari.message.attachments[0].ascii_filename, "rapport-asnes-skole-8a.pdf");
  EXPECT_EQ(kari.message.subject,
            "Kultur for læring: rapport for 8A ved Åsnes skole og 8B ved Åsnes skole");
  EXPECT_EQ(kari.message.text,
            "Hei Kari Nordmann,\nrapport for 8A ved Åsnes skole og 8B ved Åsnes skole.\n"
            "Svar til rapport@hamar.kommune.no.\n");
  EXPECT_THAT(kari.message.message_id, ::testing::EndsWith("@hamar.kommune.no"));
  // Privacy: Ola gets his class's report and nothing else.
  const PlannedMessage& ola = p.plan[1];
  ASSERT_EQ(ola.message.attachments.size(), 1u);
  EXPECT_EQ(ola.message.attachments[0].bytes, "%PDF-1.5 c-9a");
  EXPECT_EQ(ola.message.to.size(), 1u);
}

// A build in several languages has restricted/<lang>/...: each contact gets
// the report in their own language.
TEST(MailPlanTest, AContactGetsTheReportInTheirLanguage) {
  UnitTree units = testing_mail::SmallTree();
  UnitPaths paths(units);
  MemoryFileSystem fs;
  fs.AddFile("out/manifest.json", "{}");
  for (const char* lang : {"nb", "nn"}) {
    fs.AddFile("out/" + ClassReportPath(paths.Folder(units.Find("c-8a")), lang + std::string("/")),
               std::string("%PDF-1.5 ") + lang);
  }
  static const Catalog nb = testing_mail::NbCatalog();
  std::map<std::string, MailTexts> texts = {{"nb", {&nb, "Hei {name}\n"}}};
  MailPlanOptions options;
  options.out_dir = "out";
  options.contacts_path = "contacts.csv";
  options.from = {"Kultur for læring", "rapport@hamar.kommune.no"};
  Diagnostics diags;
  std::vector<PlannedMessage> plan =
      PlanMail(units, {Row(units, "c-8a", "Kari", "kari@example.no", 2, "nn")}, fs, texts,
               options, &diags);
  EXPECT_FALSE(diags.has_errors());
  ASSERT_EQ(plan.size(), 1u);
  ASSERT_EQ(plan[0].message.attachments.size(), 1u);
  EXPECT_EQ(plan[0].message.attachments[0].bytes, "%PDF-1.5 nn");
}

TEST(MailPlanTest, ARepeatedRowAddsNothing) {
  UnitTree units = testing_mail::SmallTree();
  Planned p = Plan({Row(units, "c-8a", "Kari", "kari@example.no", 2),
                    Row(units, "c-8a", "Kari", "kari@example.no", 3)});
  ASSERT_EQ(p.plan.size(), 1u);
  EXPECT_EQ(p.plan[0].message.attachments.size(), 1u);
}

TEST(MailPlanTest, EveryBadRowIsReportedAtItsLine) {
  UnitTree units = testing_mail::SmallTree();
  Planned p = Plan({Row(units, "c-8a", "Kari", "kari@example.no", 2),
                    Row(units, "c-8b", "Per", "per@example.no", 3),
                    Row(units, "c-9a", "Ola", "ola<x>@example.no", 4)},
                   /*without=*/"c-8b");
  EXPECT_THAT(
      p.messages,
      ElementsAre(HasSubstr("contacts.csv:3:1: klassen «c-8b» har ingen rapport "
                            "(out/restricted/asnes/asnes-skole/8b/rapport.pdf finnes ikke"),
                  HasSubstr("contacts.csv:4:14: kfl kan ikke sende til «ola<x>@example.no»")));
  ASSERT_EQ(p.plan.size(), 1u);
  EXPECT_EQ(p.plan[0].to.address, "kari@example.no");
}

// Issue #25: with the keys of a sealed build, a head teacher gets the link
// to the school (with its key), a contact teacher the class report,
// unsealed, and the class's link; without keys a school is an error.
TEST(MailPlanTest, WithKeysEveryUnitGetsItsLinkAndAClassItsUnsealedReport) {
  UnitTree units = testing_mail::SmallTree();
  UnitPaths paths(units);
  const KeyRing keys = {{"s-asnes", NewUnitKey()}, {"c-8a", NewUnitKey()}};
  MemoryFileSystem fs;
  fs.AddFile("out/manifest.json", "{}");
  const std::string report = paths.Folder(units.Find("c-8a")) + "rapport.pdf";
  fs.AddFile("out/restricted/" + report + ".kfl.js", SealedScript(keys.at("c-8a"), report, "%PDF-1.5 8A"));
  static const Catalog nb = testing_mail::NbCatalog();
  std::map<std::string, MailTexts> texts = {
      {"nb", {&nb, "Hei {name},\nrapport for {classes}.\n", "Hei {name},\nlenke for {units}:\n{links}\n"}}};
  MailPlanOptions options;
  options.out_dir = "out";
  options.contacts_path = "contacts.csv";
  options.from = {"Kultur for læring", "rapport@hamar.kommune.no"};
  options.keys = &keys;
  options.base_url = "https://fylket.no/kfl/";
  const std::vector<Contact> contacts = {Row(units, "s-asnes", "Rektor", "rektor@example.no", 2),
                                         Row(units, "c-8a", "Kari", "kari@example.no", 3)};
  Diagnostics diags;
  const std::vector<PlannedMessage> plan = PlanMail(units, contacts, fs, texts, options, &diags);
  EXPECT_FALSE(diags.has_errors());
  ASSERT_EQ(plan.size(), 2u);
  const std::string school_link = "https://fylket.no/kfl/asnes/asnes-skole/index.html#k=" + KeyText(keys.at("s-asnes"));
  EXPECT_EQ(plan[0].links, std::vector<std::string>{school_link});
  EXPECT_TRUE(plan[0].message.attachments.empty());
  EXPECT_THAT(plan[0].message.text, HasSubstr("lenke for Åsnes skole:\n\nÅsnes skole:\n" + school_link));
  ASSERT_EQ(plan[1].message.attachments.size(), 1u);
  EXPECT_EQ(plan[1].message.attachments[0].bytes, "%PDF-1.5 8A") << "unsealed";
  EXPECT_THAT(plan[1].message.text, HasSubstr("#k=" + KeyText(keys.at("c-8a"))));
  EXPECT_THAT(plan[1].message.text, HasSubstr("Ikke send den videre"));

  options.keys = nullptr;
  Diagnostics without;
  EXPECT_EQ(PlanMail(units, {contacts[0]}, fs, texts, options, &without).size(), 0u);
  ASSERT_TRUE(without.has_errors());
  EXPECT_EQ(without.all()[0].key, "diag.mail_link_needs_keys");
}

TEST(MailPlanTest, AddressesWithTheSameFileNameGetDifferentFiles) {
  UnitTree units = testing_mail::SmallTree();
  Planned p = Plan(
      {Row(units, "c-8a", "", "a/b@example.no", 2), Row(units, "c-8b", "", "a-b@example.no", 3)});
  ASSERT_EQ(p.plan.size(), 2u);
  EXPECT_EQ(p.plan[0].eml_file, "a-b@example.no.eml");
  EXPECT_EQ(p.plan[1].eml_file,
            "a-b@example.no-" + p.plan[1].message.message_id.substr(0, 8) + ".eml");
}

TEST(MailPlanTest, SafeFileName) {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {{"8A, Åsnes.pdf", "8A, Åsnes.pdf"},
               {"../etc/passwd", "..-etc-passwd"},
               {"a:b*c?d\"e<f>g|h\\i", "a-b-c-d-e-f-g-h-i"},
               {"line\nbreak", "line-break"}};
  for (const Case& c : cases) EXPECT_EQ(SafeFileName(c.in), c.out) << c.in;
}

}  // namespace
}  // namespace kfl
