#include "privacy/results.h"
#include "cli/command.h"
#include "io/data_set_reader.h"

namespace kfl {

void AddValidateCommand(CLI::App& app, CommandContext* ctx) {
  auto dir = std::make_shared<std::string>();
  auto jobs = std::make_shared<int>(0);
  CLI::App* cmd = app.add_subcommand("validate", ctx->catalog.Format("cli.validate.help"));
  cmd->add_option("DATA_DIR", *dir, ctx->catalog.Format("cli.data_dir"))->required();
  cmd->add_option("-j,--jobs", *jobs, ctx->catalog.Format("cli.jobs"));
  cmd->callback([dir, jobs, ctx] {
    Diagnostics diags;
    DataSet data;
    if (ReadDataSet(*dir, &data, &diags)) ValidateResponses(data, *jobs, &diags);
    PrintDiagnostics(diags, ctx->catalog, ctx->err);
    if (diags.has_errors()) {
      ctx->err << ctx->catalog.Format("cli.validate.failed",
                                      {{"dir", *dir},
                                       {"errors", std::to_string(diags.error_count())}})
               << '\n';
      ctx->exit_code = kExitInvalidInput;
      return;
    }
    ctx->out << ctx->catalog.Format("cli.validate.ok",
                                    {{"dir", *dir},
                                     {"instruments", std::to_string(data.instruments.size())},
                                     {"waves", std::to_string(data.project.waves.size())},
                                     {"units", std::to_string(data.units.size())},
                                     {"files", std::to_string(data.responses.size())}})
             << '\n';
  });
}

}  // namespace kfl
