// cli: the command line (data contract section 4). main() builds a CLI11
// application from the table of subcommands below, parses the arguments and
// returns the chosen command's exit status: 0 success, 1 invalid input (or
// output that could not be written), 2 usage error. Nothing else in kfl
// decides exit codes.
#pragma once

#include <ostream>

#include <CLI/CLI.hpp>

#include "io/diagnostics.h"
#include "text/catalog.h"

namespace kfl {

constexpr int kExitOk = 0;
constexpr int kExitInvalidInput = 1;
constexpr int kExitUsage = 2;

// What every subcommand gets: the user's language, kfl's templates and
// where to print.
struct CommandContext {
  const Catalog& catalog;
  std::string templates;  // holds html/, md/ and i18n/ (TemplatesDir())
  std::ostream& out;
  std::ostream& err;
  int exit_code = kExitOk;
};

// Each adds one subcommand to `app`; its callback sets ctx->exit_code.
void AddSynthCommand(CLI::App& app, CommandContext* ctx);
void AddValidateCommand(CLI::App& app, CommandContext* ctx);
void AddBuildCommand(CLI::App& app, CommandContext* ctx);
void AddGalleryCommand(CLI::App& app, CommandContext* ctx);
void AddMailCommand(CLI::App& app, CommandContext* ctx);
void AddKeysCommand(CLI::App& app, CommandContext* ctx);

// The directory holding html/, md/ and i18n/: $KFL_TEMPLATES when set,
// otherwise the templates/ directory of the source tree kfl was built from.
// The only place kfl reads its environment for a setting besides main().
std::string TemplatesDir();

// Prints the diagnostics sorted by file and position: the first 100, then a
// line counting the rest; each as "file:line:column: message".
void PrintDiagnostics(const Diagnostics& diags, const Catalog& catalog, std::ostream& err);

}  // namespace kfl
