#include <filesystem>
#include <fstream>

#include "chart/gallery.h"
#include "chart/render.h"
#include "cli/command.h"
#include "cli/gallery_data.h"
#include "io/data_set_reader.h"
#include "site/chart_style.h"

namespace kfl {
namespace {

bool WriteFile(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  return static_cast<bool>(out);
}

}  // namespace

void AddGalleryCommand(CLI::App& app, CommandContext* ctx) {
  auto out_dir = std::make_shared<std::string>();
  auto width = std::make_shared<double>(640);
  auto data_dir = std::make_shared<std::string>();
  auto site = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand("gallery", ctx->catalog.Format("cli.gallery.help"));
  cmd->add_option("OUT_DIR", *out_dir, ctx->catalog.Format("cli.gallery.out_dir"))->required();
  cmd->add_option("--width", *width, ctx->catalog.Format("cli.gallery.width"))
      ->capture_default_str();
  cmd->add_option("--data", *data_dir, ctx->catalog.Format("cli.gallery.data"));
  cmd->add_flag("--site", *site, ctx->catalog.Format("cli.gallery.site"));
  cmd->callback([out_dir, width, data_dir, site, ctx] {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::create_directories(*out_dir, ec);
    // --site: what a page shows (site/chart_style.h); titles are the page's.
    const Theme theme = *site ? SiteChartTheme() : Theme();
    if (*site) *width = kSiteChartWidth;
    Typesetter text(theme.font_family);
    ChartContext chart_ctx{text, theme, ctx->catalog, NumberStyle::kNorwegian};
    chart_ctx.draw_titles = !*site;
    std::vector<GalleryEntry> charts;
    if (!data_dir->empty()) {
      // Real figures first: read, check and compute exactly as kfl build does.
      Diagnostics diags;
      DataSet data;
      Results results;
      if (ReadDataSet(*data_dir, &data, &diags) && !diags.has_errors())
        results = ComputeResults(data, 0, &diags);
      if (diags.has_errors()) {
        PrintDiagnostics(diags, ctx->catalog, ctx->err);
        ctx->exit_code = kExitInvalidInput;
        return;
      }
      charts = DataGalleryCharts(data, results, ctx->catalog);
    }
    for (GalleryEntry& entry : GalleryCharts(ctx->catalog)) charts.push_back(std::move(entry));
    std::vector<const Chart*> pages;
    bool ok = !ec;
    for (const GalleryEntry& entry : charts) {
      if (!ok) break;
      fs::path base = fs::path(*out_dir) / entry.name;
      SvgOptions svg;
      svg.width = *width;
      svg.id_prefix = entry.name;
      ok = WriteFile(base.string() + ".svg", RenderSvg(*entry.chart, chart_ctx, svg)) &&
           WriteFile(base.string() + ".png", RenderPng(*entry.chart, chart_ctx, *width, 2));
      pages.push_back(entry.chart.get());
    }
    PdfOptions pdf;
    pdf.title = ctx->catalog.Format("cli.gallery.pdf_title");
    ok = ok && WriteFile(fs::path(*out_dir) / "gallery.pdf", RenderPdf(pages, chart_ctx, pdf));
    if (!ok) {
      ctx->err << ctx->catalog.Format("cli.gallery.failed", {{"dir", *out_dir}}) << '\n';
      ctx->exit_code = kExitInvalidInput;
      return;
    }
    ctx->out << ctx->catalog.Format("cli.gallery.done",
                                    {{"dir", *out_dir}, {"count", std::to_string(charts.size())}})
             << '\n';
  });
}

}  // namespace kfl
