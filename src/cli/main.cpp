// kfl: the library plus main(). Parses the command line and runs one
// subcommand from the table; decides the exit status.
#include <cstdlib>
#include <iostream>

#include "cli/command.h"

namespace {

using AddCommand = void (*)(CLI::App&, kfl::CommandContext*);
constexpr AddCommand kCommands[] = {kfl::AddSynthCommand, kfl::AddValidateCommand,
                                    kfl::AddBuildCommand, kfl::AddGalleryCommand,
                                    kfl::AddMailCommand, kfl::AddKeysCommand};

}  // namespace

namespace kfl {

std::string TemplatesDir() {
  if (const char* env = std::getenv("KFL_TEMPLATES"); env && *env) return env;
  return KFL_SOURCE_TEMPLATES_DIR;
}

}  // namespace kfl

int main(int argc, char** argv) {
  // The language of kfl's own messages: $KFL_LANG (nb, nn or en), else
  // bokmål; `kfl build --lang` also sets it for the build's messages.
  const char* env = std::getenv("KFL_LANG");
  const std::string lang = env && (std::string(env) == "nn" || std::string(env) == "en") ? env : "nb";
  std::string error;
  auto catalog = kfl::Catalog::Load(kfl::TemplatesDir() + "/i18n/" + lang + ".json", &error);
  if (!catalog) {
    std::cerr << "kfl: " << error << " (set KFL_TEMPLATES to kfl's templates folder)\n";
    return kfl::kExitUsage;
  }
  kfl::CommandContext ctx{*catalog, kfl::TemplatesDir(), std::cout, std::cerr};
  CLI::App app{catalog->Format("cli.description"), "kfl"};
  app.set_help_flag("-h,--help", catalog->Format("cli.help"));
  app.set_version_flag("--version", std::string("kfl ") + KFL_VERSION, catalog->Format("cli.version"));
  app.require_subcommand(1);
  app.get_formatter()->label("OPTIONS", catalog->Format("cli.label.options"));
  app.get_formatter()->label("SUBCOMMAND", catalog->Format("cli.label.subcommand"));
  app.get_formatter()->label("SUBCOMMANDS", catalog->Format("cli.label.subcommands"));
  app.get_formatter()->label("Positionals", catalog->Format("cli.label.positionals"));
  app.get_formatter()->label("Usage", catalog->Format("cli.label.usage"));
  app.get_formatter()->label("REQUIRED", catalog->Format("cli.label.required"));
  app.option_defaults()->group(catalog->Format("cli.label.options_group"));
  for (AddCommand add : kCommands) add(app, &ctx);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kfl::kExitOk : kfl::kExitUsage;
  } catch (const std::exception& e) {
    // The last resort: stages report problems as diagnostics, and the build
    // turns a failure while rendering into one; anything else still ends
    // with a message and exit 1, never a crash.
    std::cerr << "kfl: " << e.what() << '\n';
    return kfl::kExitInvalidInput;
  }
  return ctx.exit_code;
}
