// MailPlan: who gets which class report and which link. From the rows of
// contacts.csv it makes one message per address (a teacher listed for two
// classes gets one message with two attachments), each carrying only the
// reports of the classes listed for that address, read from
// OUT/restricted/<UnitPaths::Folder(class)>rapport.pdf. With the key file of
// a sealed build (seal/unit_keys.h), every unit listed (a class, a school,
// a municipality ...) also gets its link, with its key
// (<base URL><folder>index.html#k=<key>), and a class report is unsealed
// to be attached; without keys only classes and groups can be listed.
//
// Every row that cannot be served is reported at its line in contacts.csv
// (an address kfl cannot send to, a class whose report is missing, e.g.
// because all its figures were suppressed) before anything is written or
// sent; the caller sends nothing while *diags has errors.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "io/diagnostics.h"
#include "io/file_system.h"
#include "mail/mime.h"
#include "model/data_set.h"
#include "model/unit_tree.h"
#include "seal/unit_keys.h"
#include "text/catalog.h"

namespace kfl {

// The texts of one language: the catalog (mail.* keys) and the body
// template (templates/md/<lang>/mail.md, placeholders {name}, {classes},
// {from}).
struct MailTexts {
  const Catalog* catalog = nullptr;
  std::string body_template;
  // For a message with links and no report (templates/md/<lang>/mail-lenke.md,
  // placeholders {name}, {units}, {links}, {from}).
  std::string link_template;
};

struct MailPlanOptions {
  std::string out_dir;        // OUT_DIR of a `kfl build`
  std::string contacts_path;  // as shown in diagnostics
  Mailbox from;               // sender (its domain ends every Message-ID)
  // Subject with {classes} and {name}; "" takes the catalog's "mail.subject".
  std::string subject_template;
  // A sealed build's keys, and where its restricted site is published
  // (ending in '/'); null: reports only.
  const KeyRing* keys = nullptr;
  std::string base_url;
};

struct PlannedMessage {
  Mailbox to;
  std::string language;    // of the first row naming this address
  std::vector<int> units;  // units, in contacts.csv order, no repeats
  std::vector<std::string> links;  // with keys: per unit, its link with its key
  std::string eml_file;    // file name under OUT/mail/
  MimeMessage message;     // complete but for `date`; message_id is set
};

// `texts` must hold "nb"; other languages fall back to it. Returns the
// plan; rows with a problem are reported to *diags and left out.
std::vector<PlannedMessage> PlanMail(const UnitTree& units, const std::vector<Contact>& contacts,
                                     const FileSystem& fs,
                                     const std::map<std::string, MailTexts>& texts,
                                     const MailPlanOptions& options, Diagnostics* diags);

// Where the class report of `unit` is, relative to OUT_DIR:
// "restricted/<folder>rapport.pdf", or "restricted/<lang>/<folder>rapport.pdf"
// from a build in several languages (`lang_folder` "nn/").
std::string ClassReportPath(const std::string& folder, const std::string& lang_folder = "");

// A file name a reader's system accepts: '/', '\', ':', '*', '?', '"', '<',
// '>', '|' and control characters become '-'.
std::string SafeFileName(std::string_view name);

}  // namespace kfl
