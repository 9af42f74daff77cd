#include "site/unit_page.h"

#include <cmath>
#include <cstdlib>

#include "chart/heat_table.h"
#include "chart/render.h"
#include "io/csv_writer.h"
#include "site/workbook.h"
#include "site/chart_style.h"
#include "text/markdown.h"

namespace kfl {
namespace {

const char* SectionClass(SectionKind kind) {
  switch (kind) {
    case SectionKind::kSummary: return "summary";
    case SectionKind::kTree: return "tree";
    case SectionKind::kClassOverview: return "class-overview";
    case SectionKind::kClassTable: return "class-table";
    case SectionKind::kSector: return "sector";
    case SectionKind::kInstrument: return "instrument";
    case SectionKind::kArea: return "area";
    case SectionKind::kChange: return "change";
    case SectionKind::kVariation: return "variation";
    case SectionKind::kIndicators: return "indicators";
    case SectionKind::kScatter: return "scatter";
    case SectionKind::kUnitList: return "units-below";
    case SectionKind::kReflection: return "reflection";
    case SectionKind::kHowToRead: return "how-to-read";
  }
  return "";
}

class PageBuilder {
 public:
  PageBuilder(const Outline& outline, const PageEnv& env, PageCharts& out)
      : outline_(outline), env_(env), out_(out), folder_(env.paths.Folder(outline.unit)) {}

  std::string Sections(const std::vector<Section>& sections, int depth) {
    std::string html;
    for (const Section& s : sections) html += RenderSection(s, depth);
    return html;
  }

  // The entries of the table of contents below `sections`.
  std::string Toc(const std::vector<Section>& sections) const {
    std::string html;
    for (const Section& s : sections) {
      if (!s.contents) continue;
      html += env_.templates.Render("toc_entry", mstch::map{{"anchor", s.anchor},
                                                            {"heading", s.heading},
                                                            {"children_html", Toc(s.sections)}});
    }
    return html;
  }

  std::string Href(int unit) const {
    return Relative(folder_, env_.paths.Folder(unit) + "index.html");
  }

 private:
  std::string RenderSection(const Section& s, int depth) {
    mstch::map ctx = env_.base;
    ctx["css"] = std::string(SectionClass(s.kind));
    ctx["anchor"] = s.anchor;
    ctx["heading"] = s.heading;
    ctx["h"] = std::to_string(depth + 1);
    mstch::array blocks;
    for (const Block& b : s.blocks) {
      blocks.push_back(std::visit([&](const auto& x) { return (*this)(x, depth); }, b));
    }
    ctx["blocks"] = blocks;
    ctx["children_html"] = Sections(s.sections, depth + 1);
    return env_.templates.Render("section", ctx);
  }

 public:
  // One block as the context of section.mustache's {{#blocks}}.
  mstch::map operator()(const TextBlock& b, int) {
    return {{"text", mstch::map{{"text", b.text}, {"note", b.note}}}};
  }
  mstch::map operator()(const BulletsBlock& b, int) {
    return {{"bullets", mstch::map{{"items", StringArray(b.items)}}}};
  }
  mstch::map operator()(const ChartBlock& b, int) {
    return {{"figure", mstch::map{{"figure", ChartFigure(b)}}}};
  }
  // The lists' titles are headings below a section's subsections, and
  // bold text in a top section (an <h3> there would be a subsection).
  mstch::map operator()(const ListsBlock& b, int depth) {
    mstch::array lists;
    for (const ListsBlock::List& l : b.lists) {
      lists.push_back(mstch::map{{"title", l.title},
                                 {"has_items", !l.items.empty()},
                                 {"items", StringArray(l.items)},
                                 {"none", l.none},
                                 {"heading", depth >= 2},
                                 {"h_sub", std::to_string(depth + 2)}});
    }
    return {{"highlights", mstch::map{{"lists", lists}}}};
  }
  mstch::map operator()(const UnitsBlock& b, int) {
    return {{b.tree ? "tree" : "units", mstch::map{{"items", Nodes(b.units)}}}};
  }
  mstch::map operator()(const HeatLegendBlock& b, int) {
    mstch::array bands;
    for (size_t i = 0; i < b.bands.size(); ++i) {
      bands.push_back(mstch::map{{"band", std::string(HeatBandName(static_cast<int>(i)))},
                                 {"label", b.bands[i]}});
    }
    return {{"legend", mstch::map{{"title", b.title}, {"bands", bands}, {"none", b.none}}}};
  }
  mstch::map operator()(const HeatTableBlock& b, int) {
    mstch::array rows;
    for (const HeatTableBlock::Row& r : b.rows) {
      mstch::array cells;
      for (const HeatTableBlock::Row::Cell& c : r.cells) {
        cells.push_back(mstch::map{
            {"band", std::string(c.band < 0 ? "none" : HeatBandName(c.band))},
            {"text", c.text},
            {"reason", c.reason}});
      }
      rows.push_back(mstch::map{{"name", r.name},
                                {"href", r.unit < 0 ? std::string() : Href(r.unit)},
                                {"heading", r.cells.empty()},
                                {"span", std::to_string(b.factors.size() + 1)},
                                {"cells", cells}});
    }
    std::vector<std::string> header{b.row_header};
    header.insert(header.end(), b.factors.begin(), b.factors.end());
    std::vector<std::vector<std::string>> csv_rows;
    std::string heading;  // the grade or year group of the rows below
    for (const HeatTableBlock::Row& r : b.rows) {
      if (r.cells.empty()) {
        heading = r.name;
        continue;
      }
      csv_rows.push_back({heading.empty() ? r.name : heading + ": " + r.name});
      for (const HeatTableBlock::Row::Cell& c : r.cells) {
        csv_rows.back().push_back(c.reason.empty() ? c.text : c.text + " (" + c.reason + ")");
      }
    }
    AddToCsv(b.caption, header, csv_rows);
    sheets_.push_back({b.caption, HeatSheet(b)});
    return {{"heat", mstch::map{{"caption", b.caption},
                                {"row_header", b.row_header},
                                {"factors", StringArray(b.factors)},
                                {"rows", rows}}}};
  }
  mstch::map operator()(const MarkdownBlock& b, int depth) {
    return {{"markdown", mstch::map{{"html", MarkdownToHtml(b.markdown, depth)}}}};
  }

 private:
  mstch::array Nodes(const std::vector<UnitNode>& nodes) const {
    mstch::array items;
    for (const UnitNode& n : nodes) {
      mstch::array children = Nodes(n.children);
      const bool has_children = !children.empty();
      items.push_back(mstch::map{{"name", n.name},
                                 {"href", Href(n.unit)},
                                 {"has_children", has_children},
                                 {"children", std::move(children)}});
    }
    return items;
  }

  // Draws the chart as an SVG file beside the page and returns its figure:
  // the image, the text alternative and the data table.
  std::string ChartFigure(const ChartBlock& b) {
    const Chart& chart = *b.chart;
    FigureData fig;
    fig.anchor = b.anchor;
    fig.title = chart.Title();
    fig.subtitle = b.subtitle;
    fig.alt = chart.TextAlternative(out_.ctx);
    fig.svg = b.anchor + ".svg";
    // Drawn in the site's chart style (site/chart_style.h), the rest of the
    // context as the driver gave it.
    ChartContext ctx{out_.ctx.text, theme_, out_.ctx.catalog, out_.ctx.numbers};
    ctx.draw_titles = out_.ctx.draw_titles;
    const std::string svg = RenderSvg(chart, ctx, {.width = kSiteChartWidth, .id_prefix = "c"});
    // The size the chart chose, from its viewBox (measuring it again would
    // lay out every label twice).
    fig.width = static_cast<int>(kSiteChartWidth);
    if (size_t at = svg.find("viewBox=\"0 0 "); at != std::string::npos) {
      fig.height = static_cast<int>(
          std::ceil(std::strtod(svg.c_str() + svg.find(' ', at + 13) + 1, nullptr)));
    }
    out_.write(out_.folder + fig.svg, svg);
    DataTable table = chart.Table(out_.ctx);
    fig.header = std::move(table.header);
    fig.rows = std::move(table.rows);
    AddToCsv(fig.title, fig.header, fig.rows);
    sheets_.push_back({fig.title, std::move(table.sheet)});
    return RenderFigure(fig, env_);
  }

  // One table of the page into its CSV: a line per cell, with the table's
  // title, the row's and the column's header, as the page shows them.
  void AddToCsv(const std::string& table, const std::vector<std::string>& header,
                const std::vector<std::vector<std::string>>& rows) {
    CsvLine line;
    if (csv_.empty()) {
      for (const char* key : {"site.csv.table", "site.csv.row", "site.csv.column", "site.csv.value"}) {
        line.Add(env_.catalog.Format(key));
      }
      csv_ += line.End();
    }
    for (const std::vector<std::string>& row : rows) {
      for (size_t c = 1; c < row.size(); ++c) {
        line.AddName(table).AddName(row[0]).AddName(c < header.size() ? header[c] : std::string());
        line.Add(row[c]);
        csv_ += line.End();
      }
    }
  }

 public:
  // The figures of the page's tables and charts, once they are rendered.
  const std::string& Csv() const { return csv_; }
  const std::vector<NamedSheet>& Sheets() const { return sheets_; }

 private:
  std::string csv_;
  std::vector<NamedSheet> sheets_;
  const Outline& outline_;
  const PageEnv& env_;
  PageCharts& out_;
  const std::string& folder_;
  const Theme theme_ = SiteChartTheme();
};

}  // namespace

Sheet HeatSheet(const HeatTableBlock& b) {
  Sheet sheet;
  sheet.header = {b.row_header};
  sheet.header.insert(sheet.header.end(), b.factors.begin(), b.factors.end());
  std::string heading;  // the grade or year group of the rows below
  for (const HeatTableBlock::Row& r : b.rows) {
    if (r.cells.empty()) {
      heading = r.name;
      continue;
    }
    sheet.Row(heading.empty() ? r.name : heading + ": " + r.name);
    for (const HeatTableBlock::Row::Cell& c : r.cells) {
      sheet.Add(SheetCell::Number(c.t, kTDecimals));
      sheet.Note(c.reason);
    }
  }
  return sheet;
}

mstch::array StringArray(const std::vector<std::string>& texts) {
  mstch::array out;
  for (const std::string& t : texts) out.push_back(t);
  return out;
}

std::string RenderFigure(const FigureData& figure, const PageEnv& env) {
  mstch::map ctx{{"t_show_table", env.catalog.Format("site.show_table")}};
  ctx["anchor"] = figure.anchor;
  ctx["title"] = figure.title;
  ctx["subtitle"] = figure.subtitle;
  ctx["alt"] = figure.alt;
  ctx["svg"] = figure.svg;
  ctx["width"] = std::to_string(figure.width);
  ctx["height"] = std::to_string(figure.height);
  ctx["header"] = StringArray(figure.header);
  mstch::array rows;
  for (const std::vector<std::string>& row : figure.rows) {
    mstch::map r{{"first", row.empty() ? std::string() : row[0]}};
    r["cells"] = StringArray(std::vector<std::string>(row.begin() + (row.empty() ? 0 : 1), row.end()));
    rows.push_back(r);
  }
  ctx["rows"] = rows;
  return env.templates.Render("figure", ctx);
}

std::string RenderUnitPage(const Outline& outline, const PageEnv& env, PageCharts& out) {
  const std::string& folder = env.paths.Folder(outline.unit);
  const std::string root = Relative(folder, "");
  PageBuilder page(outline, env, out);
  mstch::map ctx = env.base;
  ctx["root"] = root == "./" ? std::string() : root;
  ctx["title"] = outline.title;
  ctx["level_label"] = outline.level_label;
  ctx["wave_label"] = outline.waves;

  mstch::array crumbs;
  for (const UnitNode& u : outline.breadcrumbs) {
    crumbs.push_back(mstch::map{{"name", u.name}, {"href", page.Href(u.unit)}});
  }
  ctx["has_crumbs"] = !crumbs.empty();
  ctx["crumbs"] = crumbs;

  // Right below, a summary lists the responses itself: the page says them once.
  const bool summary =
      !outline.sections.empty() && outline.sections[0].kind == SectionKind::kSummary;
  mstch::array key_groups;
  for (const KeyFigureGroup& g : outline.key_figures) {
    mstch::array figures, below;
    for (const KeyFigureGroup::Fact& f : g.facts) {
      if (summary) break;
      figures.push_back(mstch::map{{"label", f.label}, {"value", f.value}});
    }
    for (const std::string& b : g.below) below.push_back(mstch::map{{"text", b}});
    key_groups.push_back(mstch::map{{"caption", g.caption},
                                    {"has_figures", !figures.empty()},
                                    {"figures", figures},
                                    {"has_below", !below.empty()},
                                    {"below", below}});
  }
  ctx["has_instruments"] = outline.has_data;
  ctx["key_groups"] = key_groups;
  // Under a summary, a class or group has no key figures left but its
  // downloads: no heading over links alone.
  bool below = false;
  for (const KeyFigureGroup& g : outline.key_figures) below = below || !g.below.empty();
  ctx["key_heading"] = !summary || below;

  int entries = 0;
  for (const Section& s : outline.sections) entries += s.contents;
  ctx["has_toc"] = entries > 1;
  ctx["toc_html"] = page.Toc(outline.sections);
  ctx["sections_html"] = page.Sections(outline.sections, 1);

  ctx["pdf_href"] = outline.pdf;
  // The page's own figures beside it; the county's page also links the
  // whole data file (with several languages one folder up, shared by all).
  if (!page.Csv().empty()) {
    out.write(out.folder + outline.csv, page.Csv());
    ctx["data_href"] = outline.csv;
    // The same figures for Excel (site/workbook.h), for the school offices
    // and head teachers who download them: not beside the 2,000 class and
    // group pages of a county, whose figures are also in their school's
    // workbook (the head teacher's class tables), and whose workbooks would
    // cost a tenth of a whole build.
    const std::string xlsx = outline.csv.substr(0, outline.csv.rfind('.')) + ".xlsx";
    const bool workbook = outline.level != Level::kClass && outline.level != Level::kGroup;
    const std::string bytes =
        workbook ? WorkbookBytes(page.Sheets(), outline.title, env.catalog.Format("site.xlsx.note")) : "";
    if (!bytes.empty()) {
      out.write(out.folder + xlsx, bytes);
      ctx["xlsx_href"] = xlsx;
    }
  }
  // The units below side by side, in a workbook of their own.
  std::vector<NamedSheet> side_by_side;
  for (const HeatTableBlock& t : outline.side_by_side) side_by_side.push_back({t.caption, HeatSheet(t)});
  if (!side_by_side.empty()) {
    const std::string bytes = WorkbookBytes(side_by_side, outline.title, env.catalog.Format("site.xlsx.note"));
    if (!bytes.empty()) {
      out.write(out.folder + kUnitsWorkbook, bytes);
      ctx["xlsx_units_href"] = std::string(kUnitsWorkbook);
      ctx["xlsx_units_text"] = env.catalog.Format("site.xlsx.units_link", {{"unit", outline.title}});
    }
  }
  ctx["briefing_href"] = outline.briefing;
  if (outline.page != "index.html") ctx["full_href"] = std::string("index.html");
  if (outline.unit == env.data.units.county()) {
    ctx["all_data_href"] = (env.languages.empty() ? std::string() : std::string("../")) +
                           Relative(folder, "data/aggregates.csv");
    if (!env.audience.restricted() && !env.data.indicators.empty()) {
      ctx["indicators_href"] = (env.languages.empty() ? std::string() : std::string("../")) +
                               Relative(folder, "data/indicators.csv");
    }
  }
  AddLanguageLinks(env, root == "./" ? std::string() : root, folder + "index.html", &ctx);
  if (outline.unit == env.data.units.county() && !env.audience.restricted()) {
    ctx["appendix_href"] = std::string("teknisk/index.html");
  }
  mstch::map page_ctx = ctx;
  page_ctx["body"] = env.templates.Render("unit", ctx);
  return env.templates.Render("page", page_ctx);
}

}  // namespace kfl
