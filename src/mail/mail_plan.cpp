#include "mail/mail_plan.h"

#include <algorithm>
#include <cstring>
#include <set>
#include <unordered_map>

#include "mail/address.h"
#include "site/unit_paths.h"
#include "text/slug.h"

namespace kfl {
namespace {

// A template's placeholders replaced (the catalog's own Format rules).
std::string Fill(const std::string& text, const MessageArgs& args) {
  return Catalog({{"t", text}}).Format("t", args);
}

// "A", "A og B", "A, B og C".
std::string JoinList(const std::vector<std::string>& items, const Catalog& catalog) {
  std::string and_word = catalog.Format("mail.list_and");  // " og ": spaces included
  and_word.erase(0, and_word.find_first_not_of(' '));
  and_word.erase(and_word.find_last_not_of(' ') + 1);
  return ::kfl::JoinList(items, and_word);
}

const MailTexts& TextsFor(const std::map<std::string, MailTexts>& texts, const std::string& lang) {
  auto it = texts.find(lang);
  return it != texts.end() ? it->second : texts.at("nb");
}

}  // namespace

std::string ClassReportPath(const std::string& folder, const std::string& lang_folder) {
  return "restricted/" + lang_folder + folder + "rapport.pdf";
}

std::string SafeFileName(std::string_view name) {
  std::string out(name);
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F || std::strchr("/\\:*?\"<>|", c)) c = '-';
  return out;
}

std::vector<PlannedMessage> PlanMail(const UnitTree& units, const std::vector<Contact>& contacts,
                                     const FileSystem& fs,
                                     const std::map<std::string, MailTexts>& texts,
                                     const MailPlanOptions& options, Diagnostics* diags) {
  const UnitPaths paths(units);
  std::vector<PlannedMessage> plan;
  std::unordered_map<std::string, size_t> by_address;
  std::unordered_map<int, std::string> reports;  // unit -> PDF bytes, read once
  for (const Contact& contact : contacts) {
    const Location row{options.contacts_path, contact.line, contact.column};
    if (!IsSendableAddress(contact.email)) {
      diags->Error({options.contacts_path, contact.line, contact.email_column},
                   "diag.mail_address_unsupported", {{"email", contact.email}});
      continue;
    }
    // A build in several languages has restricted/<lang>/: the report in
    // the contact's language.
    const bool in_language =
        fs.Type(JoinPath(options.out_dir, "restricted/" + contact.language)) ==
        FileType::kDirectory;
    const std::string relative = ClassReportPath(paths.Folder(contact.unit),
                                                 in_language ? contact.language + "/" : "");
    if (!reports.count(contact.unit)) {
      const std::string path = JoinPath(options.out_dir, relative);
      std::string bytes;
      if (fs.Type(path) != FileType::kFile) {
        diags->Error(row, "diag.mail_report_missing",
                     {{"unit", units[contact.unit].id}, {"path", path}});
        continue;
      }
      if (!fs.ReadAll(path, &bytes)) {
        diags->Error(row, "diag.mail_report_unreadable",
                     {{"unit", units[contact.unit].id}, {"path", path}});
        continue;
      }
      reports[contact.unit] = std::move(bytes);
    }
    auto [it, added] = by_address.emplace(AddressKey(contact.email), plan.size());
    if (added) {
      PlannedMessage m;
      m.to = {contact.name, contact.email};
      m.language = contact.language;
      m.eml_file = SafeFileName(AddressKey(contact.email)) + ".eml";
      plan.push_back(std::move(m));
    }
    PlannedMessage& m = plan[it->second];
    if (m.to.name.empty()) m.to.name = contact.name;
    if (std::find(m.units.begin(), m.units.end(), contact.unit) == m.units.end())
      m.units.push_back(contact.unit);
  }

  std::set<std::string> files;
  for (PlannedMessage& m : plan) {
    const MailTexts& texts_for = TextsFor(texts, m.language);
    const Catalog& catalog = *texts_for.catalog;
    std::vector<std::string> classes;
    for (int unit : m.units) {
      const Unit& u = units[unit];
      const Unit* school = u.parent >= 0 ? &units[u.parent] : nullptr;
      const std::string school_name = school ? school->name : "";
      classes.push_back(
          catalog.Format("mail.class_at_school", {{"class", u.name}, {"school", school_name}}));
      MimeAttachment a;
      a.filename = SafeFileName(
          catalog.Format("mail.attachment_name", {{"class", u.name}, {"school", school_name}}));
      a.ascii_filename =
          "rapport-" + (school ? Slugify(school->name) + "-" : "") + Slugify(u.name) + ".pdf";
      a.content_type = "application/pdf";
      a.bytes = reports.at(unit);
      m.message.attachments.push_back(std::move(a));
    }
    const MessageArgs args = {{"name", m.to.name.empty() ? m.to.address : m.to.name},
                              {"classes", JoinList(classes, catalog)},
                              {"from", options.from.address}};
    m.message.from = options.from;
    m.message.to = {m.to};
    m.message.subject = options.subject_template.empty() ? catalog.Format("mail.subject", args)
                                                         : Fill(options.subject_template, args);
    m.message.text = Fill(texts_for.body_template, args);
    m.message.message_id = MessageIdFor(m.message);
    // SafeFileName can map two addresses to one name ("a/b@x.no", "a-b@x.no").
    if (!files.insert(m.eml_file).second) {
      m.eml_file = m.eml_file.substr(0, m.eml_file.size() - 4) + "-" +
                   m.message.message_id.substr(0, 8) + ".eml";
      files.insert(m.eml_file);
    }
  }
  return plan;
}

}  // namespace kfl
