// kfl mail OUT_DIR --contacts FILE --data DATA_DIR [--smtp URL] [--from ADDR]
//          [--subject-template TEXT] [--keys KEYFILE --base-url URL] [--dry-run] [--insecure-plain]
//          [--attempts N] [--retry-delay SECONDS]
#include <curl/curl.h>

#include <algorithm>
#include <cstdlib>
#include <thread>

#include "cli/command.h"
#include "io/contacts_reader.h"
#include "io/text_files.h"
#include "io/units_reader.h"
#include "mail/address.h"
#include "mail/mail_plan.h"
#include "mail/mailer.h"
#include "mail/smtp_transport.h"
#include "seal/unit_keys.h"

namespace kfl {
namespace {

struct MailArgs {
  std::string out_dir;
  std::string contacts;
  std::string data_dir;
  std::string smtp;
  std::string from;
  std::string subject_template;
  std::string keys;      // a sealed build's key file: links with keys
  std::string base_url;  // where OUT/restricted is published
  bool dry_run = false;
  bool insecure_plain = false;
  int attempts = 4;
  double retry_delay_seconds = 2;
};

// Placeholder sender for dry runs without --from (RFC 2606's reserved
// .invalid domain: nothing can ever be delivered from or to it).
constexpr char kDryRunFrom[] = "kfl@example.invalid";

// Display width of UTF-8 text: its code points.
size_t Width(std::string_view text) {
  return std::count_if(text.begin(), text.end(),
                       [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
}

void PrintTable(const std::vector<std::vector<std::string>>& rows, std::ostream& out) {
  std::vector<size_t> widths;
  for (const auto& row : rows) {
    widths.resize(std::max(widths.size(), row.size()));
    for (size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], Width(row[c]));
  }
  for (const auto& row : rows) {
    std::string line;
    for (size_t c = 0; c < row.size(); ++c) {
      line += row[c];
      if (c + 1 < row.size()) line += std::string(widths[c] - Width(row[c]) + 2, ' ');
    }
    out << line << '\n';
  }
}

std::string Env(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

// Runs the command; returns the exit status.
int RunMail(const MailArgs& args, const CommandContext& ctx) {
  const Catalog& catalog = ctx.catalog;
  auto usage = [&](const std::string& key, const MessageArgs& margs = {}) {
    ctx.err << "kfl mail: " << catalog.Format(key, margs) << '\n';
    return kExitUsage;
  };
  if (!args.dry_run && args.smtp.empty()) return usage("cli.mail.smtp_missing");
  // The URL is not echoed: it might hold a password typed by mistake.
  if (!args.smtp.empty() && !IsSmtpUrl(args.smtp)) return usage("cli.mail.smtp_invalid");
  if (HasUserInfo(args.smtp)) return usage("cli.mail.smtp_credentials");
  if (!args.dry_run && args.from.empty()) return usage("cli.mail.from_missing");
  if (!args.from.empty() && !IsSendableAddress(args.from))
    return usage("cli.mail.from_invalid", {{"email", args.from}});
  if (args.attempts < 1) return usage("cli.mail.attempts_invalid");
  if (args.keys.empty() != args.base_url.empty()) return usage("cli.mail.keys_and_base_url");
  std::string base_url = args.base_url;
  if (!base_url.empty()) {
    const bool web = base_url.rfind("https://", 0) == 0 || base_url.rfind("http://", 0) == 0 ||
                     base_url.rfind("file://", 0) == 0;
    if (!web || base_url.find_first_of("#? \"<>") != std::string::npos) {
      return usage("cli.mail.base_url_invalid", {{"url", base_url}});
    }
    if (base_url.back() != '/') base_url += '/';
  }

  RealFileSystem fs;
  Diagnostics diags;
  auto fail = [&] {
    PrintDiagnostics(diags, catalog, ctx.err);
    ctx.err << catalog.Format("cli.mail.nothing_sent") << '\n';
    return kExitInvalidInput;
  };
  const std::string manifest = JoinPath(args.out_dir, "manifest.json");
  if (fs.Type(manifest) != FileType::kFile) {
    diags.Error({args.out_dir, 0, 0}, "diag.mail_not_kfl_output");
    return fail();
  }
  UnitTree units;
  if (!ReadUnits(fs, JoinPath(args.data_dir, "units.csv"), &units, &diags) || diags.has_errors())
    return fail();
  std::vector<Contact> contacts;
  if (!ReadContacts(fs, args.contacts, units, &contacts, &diags)) return fail();
  KeyRing keys;
  if (!args.keys.empty() && !ReadKeyFile(args.keys, &keys, &diags)) return fail();

  // Texts per language: the language's catalog when kfl has one (else
  // bokmål's), the body template from the data set's narratives or kfl's.
  const std::string templates = ctx.templates;
  std::map<std::string, Catalog> catalogs;
  std::map<std::string, MailTexts> texts;
  for (const std::string lang : {"nb", "nn", "en"}) {
    std::string error;
    std::optional<Catalog> own =
        Catalog::Load(JoinPath(templates, "i18n/" + lang + ".json"), &error);
    catalogs[lang] = own ? *own : catalog;
    std::optional<std::string> body = ReadNarrative(args.data_dir, templates, lang, "mail");
    std::optional<std::string> links = ReadNarrative(args.data_dir, templates, lang, "mail-lenke");
    if (!body || !links) {
      diags.Error({templates + "/md/" + lang + (body ? "/mail-lenke.md" : "/mail.md"), 0, 0}, "diag.file_missing");
      return fail();
    }
    texts[lang] = {&catalogs[lang], *body, *links};
  }
  MailPlanOptions plan_options;
  plan_options.out_dir = args.out_dir;
  plan_options.contacts_path = args.contacts;
  plan_options.from = {catalog.Format("mail.from_name"),
                       args.from.empty() ? kDryRunFrom : args.from};
  plan_options.subject_template = args.subject_template;
  plan_options.keys = args.keys.empty() ? nullptr : &keys;
  plan_options.base_url = base_url;
  std::vector<PlannedMessage> plan = PlanMail(units, contacts, fs, texts, plan_options, &diags);
  if (diags.has_errors()) return fail();
  PrintDiagnostics(diags, catalog, ctx.err);  // warnings

  struct CurlGlobal {
    CurlGlobal() { curl_global_init(CURL_GLOBAL_DEFAULT); }
    ~CurlGlobal() { curl_global_cleanup(); }
  } curl_global;
  SmtpOptions smtp;
  smtp.url = args.smtp;
  smtp.insecure_plain = args.insecure_plain;
  smtp.user = Env("KFL_SMTP_USER");
  smtp.password = Env("KFL_SMTP_PASSWORD");
  std::unique_ptr<MailTransport> transport;
  if (!args.dry_run) transport = NewSmtpTransport(smtp);
  SystemClock clock;
  MailerOptions options;
  options.mail_dir = JoinPath(args.out_dir, "mail");
  options.dry_run = args.dry_run;
  options.max_attempts = args.attempts;
  options.first_retry_delay =
      std::chrono::milliseconds(static_cast<long>(args.retry_delay_seconds * 1000));
  MailerEnv env{&clock, transport.get(),
                [](std::chrono::milliseconds d) { std::this_thread::sleep_for(d); }};
  std::vector<MessageOutcome> outcomes;
  Diagnostics delivery;
  bool ok = DeliverMail(plan, options, env, &outcomes, &delivery);
  PrintDiagnostics(delivery, catalog, ctx.err);
  if (!ok) {
    ctx.err << catalog.Format("cli.mail.stopped") << '\n';
    return kExitInvalidInput;
  }

  // The summary: who gets what, and what happened. No result figures.
  std::vector<std::vector<std::string>> rows = {
      {catalog.Format("mail.table.to"), catalog.Format("mail.table.classes"),
       catalog.Format("mail.table.file"), catalog.Format("mail.table.status")}};
  int done = 0, earlier = 0, not_sent = 0;
  for (size_t i = 0; i < plan.size(); ++i) {
    const PlannedMessage& m = plan[i];
    const MessageOutcome& o = outcomes[i];
    std::string classes;
    for (int unit : m.units) classes += (classes.empty() ? "" : ", ") + units[unit].id;
    std::string status;
    switch (o.delivery) {
      case Delivery::kWritten:
        status = catalog.Format("mail.status.written");
        ++done;
        break;
      case Delivery::kSent:
        status = catalog.Format(o.was_in_doubt ? "mail.status.sent_again" : "mail.status.sent");
        ++done;
        break;
      case Delivery::kAlreadySent:
        status = catalog.Format("mail.status.already_sent");
        ++earlier;
        break;
      case Delivery::kFailed:
        status = catalog.Format("mail.status.failed");
        ++not_sent;
        break;
      case Delivery::kNotTried:
        status = catalog.Format("mail.status.not_tried");
        ++not_sent;
        break;
    }
    rows.push_back({m.to.address, classes, "mail/" + m.eml_file, status});
    if (o.delivery == Delivery::kFailed) {
      ctx.err << catalog.Format("cli.mail.failed", {{"email", m.to.address},
                                                    {"attempts", std::to_string(o.attempts)},
                                                    {"answer", o.answer}})
              << '\n';
    }
  }
  PrintTable(rows, ctx.out);
  ctx.out << catalog.Format(args.dry_run ? "cli.mail.dry_run_done" : "cli.mail.done",
                            {{"messages", std::to_string(plan.size())},
                             {"done", std::to_string(done)},
                             {"earlier", std::to_string(earlier)},
                             {"failed", std::to_string(not_sent)},
                             {"dir", options.mail_dir}})
          << '\n';
  return not_sent == 0 ? kExitOk : kExitInvalidInput;
}

}  // namespace

void AddMailCommand(CLI::App& app, CommandContext* ctx) {
  auto args = std::make_shared<MailArgs>();
  const Catalog& c = ctx->catalog;
  CLI::App* cmd = app.add_subcommand("mail", c.Format("cli.mail.help"));
  cmd->add_option("OUT_DIR", args->out_dir, c.Format("cli.mail.out_dir"))->required();
  cmd->add_option("--contacts", args->contacts, c.Format("cli.mail.contacts"))->required();
  cmd->add_option("--data", args->data_dir, c.Format("cli.mail.data"))->required();
  cmd->add_option("--smtp", args->smtp, c.Format("cli.mail.smtp"));
  cmd->add_option("--from", args->from, c.Format("cli.mail.from"));
  cmd->add_option("--subject-template", args->subject_template, c.Format("cli.mail.subject"));
  cmd->add_option("--keys", args->keys, c.Format("cli.mail.keys"));
  cmd->add_option("--base-url", args->base_url, c.Format("cli.mail.base_url"));
  cmd->add_flag("--dry-run", args->dry_run, c.Format("cli.mail.dry_run"));
  cmd->add_flag("--insecure-plain", args->insecure_plain, c.Format("cli.mail.insecure_plain"));
  cmd->add_option("--attempts", args->attempts, c.Format("cli.mail.attempts"))
      ->capture_default_str();
  cmd->add_option("--retry-delay", args->retry_delay_seconds, c.Format("cli.mail.retry_delay"))
      ->capture_default_str();
  cmd->callback([args, ctx] { ctx->exit_code = RunMail(*args, *ctx); });
}

}  // namespace kfl
