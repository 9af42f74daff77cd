#include "cli/command.h"
#include "synth/synth.h"

namespace kfl {

void AddSynthCommand(CLI::App& app, CommandContext* ctx) {
  auto options = std::make_shared<SynthOptions>();
  CLI::App* cmd = app.add_subcommand("synth", ctx->catalog.Format("cli.synth.help"));
  cmd->add_option("OUT_DIR", options->out_dir, ctx->catalog.Format("cli.synth.out_dir"))
      ->required();
  cmd->add_option("--preset", options->preset, ctx->catalog.Format("cli.synth.preset"))
      ->check(CLI::IsMember(SynthPresets()))
      ->capture_default_str();
  cmd->add_option("--seed", options->seed, ctx->catalog.Format("cli.synth.seed"))
      ->capture_default_str();
  cmd->callback([options, ctx] {
    Diagnostics diags;
    if (!Synthesize(*options, &diags)) {
      PrintDiagnostics(diags, ctx->catalog, ctx->err);
      ctx->exit_code = kExitInvalidInput;
      return;
    }
    ctx->out << ctx->catalog.Format("cli.synth.done", {{"dir", options->out_dir},
                                                       {"preset", options->preset}})
             << '\n';
  });
}

}  // namespace kfl
