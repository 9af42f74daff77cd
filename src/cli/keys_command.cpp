// kfl keys init KEYFILE DATA_DIR | kfl keys rotate KEYFILE UNIT (issue #25).
#include "cli/command.h"
#include "io/data_set_reader.h"
#include "seal/unit_keys.h"

#include <sys/stat.h>

namespace kfl {
namespace {

struct KeysOptions {
  std::string key_file;
  std::string data_dir;
  std::string unit;
};

// Prints the diagnostics and sets the exit code when there are errors.
bool Report(const Diagnostics& diags, CommandContext* ctx) {
  PrintDiagnostics(diags, ctx->catalog, ctx->err);
  if (diags.has_errors()) ctx->exit_code = kExitInvalidInput;
  return !diags.has_errors();
}

bool Exists(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0;
}

}  // namespace

void AddKeysCommand(CLI::App& app, CommandContext* ctx) {
  const Catalog& c = ctx->catalog;
  auto options = std::make_shared<KeysOptions>();
  CLI::App* keys = app.add_subcommand("keys", c.Format("cli.keys.help"));
  keys->require_subcommand(1);

  CLI::App* init = keys->add_subcommand("init", c.Format("cli.keys.init_help"));
  init->add_option("KEYFILE", options->key_file, c.Format("cli.keys.key_file"))->required();
  init->add_option("DATA_DIR", options->data_dir, c.Format("cli.data_dir"))->required();
  init->callback([options, ctx] {
    Diagnostics diags;
    DataSet data;
    KeyRing keys;
    if (!ReadDataSet(options->data_dir, &data, &diags)) return (void)Report(diags, ctx);
    if (Exists(options->key_file) && !ReadKeyFile(options->key_file, &keys, &diags)) {
      return (void)Report(diags, ctx);
    }
    int added = 0;
    for (int u = 0; u < data.units.size(); ++u) added += keys.emplace(data.units[u].id, NewUnitKey()).second;
    if (!WriteKeyFile(options->key_file, keys, &diags) || !Report(diags, ctx)) return (void)Report(diags, ctx);
    ctx->out << ctx->catalog.Format("cli.keys.init_done",
                                    {{"file", options->key_file},
                                     {"added", std::to_string(added)},
                                     {"kept", std::to_string(keys.size() - added)}})
             << '\n';
  });

  CLI::App* rotate = keys->add_subcommand("rotate", c.Format("cli.keys.rotate_help"));
  rotate->add_option("KEYFILE", options->key_file, c.Format("cli.keys.key_file"))->required();
  rotate->add_option("UNIT", options->unit, c.Format("cli.keys.unit"))->required();
  rotate->callback([options, ctx] {
    Diagnostics diags;
    KeyRing keys;
    if (!ReadKeyFile(options->key_file, &keys, &diags)) return (void)Report(diags, ctx);
    auto found = keys.find(options->unit);
    if (found == keys.end()) {
      diags.Error({options->key_file, 0, 0}, "diag.keys_unit_unknown", {{"unit", options->unit}});
      return (void)Report(diags, ctx);
    }
    found->second = NewUnitKey();
    if (!WriteKeyFile(options->key_file, keys, &diags)) return (void)Report(diags, ctx);
    ctx->out << ctx->catalog.Format("cli.keys.rotate_done", {{"unit", options->unit}}) << '\n';
  });
}

}  // namespace kfl
