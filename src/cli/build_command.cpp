#include <unistd.h>

#include <iostream>

#include "build/build.h"
#include "cli/command.h"

namespace kfl {

void AddBuildCommand(CLI::App& app, CommandContext* ctx) {
  auto options = std::make_shared<BuildOptions>();
  auto no_pdf = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand("build", ctx->catalog.Format("cli.build.help"));
  cmd->add_option("DATA_DIR", options->data_dir, ctx->catalog.Format("cli.data_dir"))
      ->required();
  cmd->add_option("-o,--out", options->out_dir, ctx->catalog.Format("cli.build.out"))
      ->required();
  cmd->add_option("-j,--jobs", options->jobs, ctx->catalog.Format("cli.jobs"));
  cmd->add_option("--lang", options->lang, ctx->catalog.Format("cli.build.lang"))
      ->check(CLI::IsMember({"nb", "nn", "en"}));
  cmd->add_option("--only", options->only, ctx->catalog.Format("cli.build.only"));
  cmd->add_flag("--no-pdf", *no_pdf, ctx->catalog.Format("cli.build.no_pdf"));
  cmd->add_flag("-q,--quiet", options->quiet, ctx->catalog.Format("cli.build.quiet"));
  cmd->add_flag("--force", options->force, ctx->catalog.Format("cli.build.force"));
  cmd->add_option("--keys", options->key_file, ctx->catalog.Format("cli.build.keys"));
  cmd->callback([options, no_pdf, ctx] {
    options->pdf = !*no_pdf;
    options->templates_dir = ctx->templates;
    // The progress line only on a terminal: a log file gets no \r lines.
    if (!options->quiet && &ctx->err == &std::cerr && isatty(STDERR_FILENO))
      options->progress = &ctx->err;
    // With --lang, the build's own messages are in that language too.
    std::string error;
    std::optional<Catalog> own;
    if (!options->lang.empty())
      own = Catalog::Load(ctx->templates + "/i18n/" + options->lang + ".json", &error);
    const Catalog& catalog = own ? *own : ctx->catalog;
    Diagnostics diags;
    BuildSummary summary;
    bool ok = RunBuild(*options, &diags, &summary);
    PrintDiagnostics(diags, catalog, ctx->err);
    if (!ok) {
      ctx->err << catalog.Format("cli.build.failed", {{"out", options->out_dir}}) << '\n';
      ctx->exit_code = kExitInvalidInput;
      return;
    }
    if (options->quiet) return;
    if (summary.unchanged) {
      ctx->out << catalog.Format("cli.build.unchanged", {{"out", options->out_dir}}) << '\n';
      return;
    }
    ctx->out << catalog.Format("cli.build.done", {{"out", options->out_dir}}) << '\n';
    if (summary.pages_reused > 0) {
      ctx->out << catalog.Format("cli.build.reused",
                                 {{"drawn", std::to_string(summary.pages_drawn)},
                                  {"reused", std::to_string(summary.pages_reused)}})
               << '\n';
    }
  });
}

}  // namespace kfl
