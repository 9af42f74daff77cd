#include "mail/mail_plan.h"

#include <algorithm>
#include <cstring>
#include <set>
#include <unordered_map>

#include "mail/address.h"
#include "seal/seal.h"
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
  std::unordered_map<int, std::string> links;    // unit -> its link with its key
  for (const Contact& contact : contacts) {
    const Location row{options.contacts_path, contact.line, contact.column};
    const Unit& unit = units[contact.unit];
    if (!IsSendableAddress(contact.email)) {
      diags->Error({options.contacts_path, contact.line, contact.email_column},
                   "diag.mail_address_unsupported", {{"email", contact.email}});
      continue;
    }
    const bool report = unit.level == Level::kClass || unit.level == Level::kGroup;
    if (!report && options.keys == nullptr) {
      diags->Error(row, "diag.mail_link_needs_keys",
                   {{"unit", unit.id}, {"level", std::string(LevelName(unit.level))}});
      continue;
    }
    const UnitKey* key = nullptr;
    if (options.keys != nullptr) {
      auto found = options.keys->find(unit.id);
      if (found == options.keys->end()) {
        diags->Error(row, "diag.keys_unit_without_key", {{"unit", unit.id}});
        continue;
      }
      key = &found->second;
    }
    // A build in several languages has restricted/<lang>/: the report and
    // the link in the contact's language.
    const bool in_language =
        fs.Type(JoinPath(options.out_dir, "restricted/" + contact.language)) ==
        FileType::kDirectory;
    const std::string lang_folder = in_language ? contact.language + "/" : "";
    const std::string relative = ClassReportPath(paths.Folder(contact.unit), lang_folder);
    if (report && !reports.count(contact.unit)) {
      const std::string path = JoinPath(options.out_dir, relative);
      const bool sealed = key != nullptr && fs.Type(path) != FileType::kFile &&
                          fs.Type(path + ".kfl.js") == FileType::kFile;
      std::string bytes;
      if (!sealed && fs.Type(path) != FileType::kFile) {
        diags->Error(row, "diag.mail_report_missing", {{"unit", unit.id}, {"path", path}});
        continue;
      }
      if (!fs.ReadAll(sealed ? path + ".kfl.js" : path, &bytes)) {
        diags->Error(row, "diag.mail_report_unreadable", {{"unit", unit.id}, {"path", path}});
        continue;
      }
      if (sealed) {
        std::optional<std::string> pdf = OpenSealedScript(*key, bytes);
        if (!pdf) {
          diags->Error(row, "diag.mail_report_unreadable", {{"unit", unit.id}, {"path", path}});
          continue;
        }
        bytes = std::move(*pdf);
      }
      reports[contact.unit] = std::move(bytes);
    }
    if (key != nullptr) {
      links[contact.unit] = options.base_url + lang_folder + paths.Folder(contact.unit) +
                            "index.html#k=" + KeyText(*key);
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
    std::string link_lines;
    for (int unit : m.units) {
      const Unit& u = units[unit];
      const Unit* school = u.parent >= 0 ? &units[u.parent] : nullptr;
      const std::string school_name = school ? school->name : "";
      const bool report = reports.count(unit) > 0;
      classes.push_back(report ? catalog.Format("mail.class_at_school", {{"class", u.name}, {"school", school_name}})
                               : u.name);
      if (links.count(unit)) {
        m.links.push_back(links.at(unit));
        link_lines += "\n" + classes.back() + ":\n" + links.at(unit) + "\n";
      }
      if (!report) continue;
      MimeAttachment a;
      a.filename = SafeFileName(
          catalog.Format("mail.attachment_name", {{"class", u.name}, {"school", school_name}}));
      a.ascii_filename =
          "rapport-" + (school ? Slugify(school->name) + "-" : "") + Slugify(u.name) + ".pdf";
      a.content_type = "application/pdf";
      a.bytes = reports.at(unit);
      m.message.attachments.push_back(std::move(a));
    }
    // The report's message has {links} for the links paragraph (empty
    // without keys); the links' message, the links themselves.
    const bool reports_attached = !m.message.attachments.empty();
    const std::string links_paragraph =
        link_lines.empty() ? "" : "\n\n" + catalog.Format("mail.links", {{"links", link_lines}});
    const MessageArgs args = {{"name", m.to.name.empty() ? m.to.address : m.to.name},
                              {"classes", JoinList(classes, catalog)},
                              {"units", JoinList(classes, catalog)},
                              {"links", reports_attached ? links_paragraph : link_lines},
                              {"from", options.from.address}};
    m.message.from = options.from;
    m.message.to = {m.to};
    m.message.subject = options.subject_template.empty() ? catalog.Format("mail.subject", args)
                                                         : Fill(options.subject_template, args);
    // A report (with its links where the template says {links}, or at the
    // end of one that does not), or the links alone.
    const std::string& body = reports_attached ? texts_for.body_template : texts_for.link_template;
    m.message.text = Fill(body, args);
    if (reports_attached && body.find("{links}") == std::string::npos) m.message.text += links_paragraph;
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
