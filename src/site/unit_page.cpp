#include "site/unit_page.h"

#include <algorithm>

#include <cmath>
#include <cstdlib>

#include "chart/render.h"
#include "report/report_charts.h"
#include "report/report_text.h"
#include "text/markdown.h"
#include "text/slug.h"

namespace kfl {
namespace {

constexpr double kChartWidth = 640;  // px: the widest a chart is shown on a page

// Draws `chart` as an SVG file beside the page and returns its figure:
// the image, the text alternative and the data table.
std::string ChartFigure(const Chart& chart, const std::string& anchor, const std::string& subtitle,
                        const PageEnv& env, PageCharts& out) {
  FigureData fig;
  fig.anchor = anchor;
  fig.title = chart.Title();
  fig.subtitle = subtitle;
  fig.alt = chart.TextAlternative(out.ctx);
  fig.svg = anchor + ".svg";
  const std::string svg = RenderSvg(chart, out.ctx, {.width = kChartWidth, .id_prefix = "c"});
  // The size the chart chose, from its viewBox (measuring it again would
  // lay out every label twice).
  fig.width = kChartWidth;
  fig.height = 0;
  if (size_t at = svg.find("viewBox=\"0 0 "); at != std::string::npos) {
    fig.height = static_cast<int>(std::ceil(std::strtod(
        svg.c_str() + svg.find(' ', at + 13) + 1, nullptr)));
  }
  out.write(out.folder + fig.svg, svg);
  DataTable table = chart.Table(out.ctx);
  fig.header = std::move(table.header);
  fig.rows = std::move(table.rows);
  return RenderFigure(fig, env);
}

mstch::map InstrumentContext(const InstrumentReport& ir, const UnitReport& report,
                             const PageEnv& env, const ReportCharts& charts, PageCharts& out) {
  const Instrument& instrument = env.data.instruments[ir.instrument];
  const std::string anchor = "i-" + Slugify(instrument.id);
  mstch::map ctx{{"anchor", anchor}, {"title", ir.title}};

  const std::string respondents = RespondentsText(ir, env.text);
  ctx["respondents"] = respondents;

  const std::string subtitle = ComparedText(report, env.text);
  ctx["overview"] = ChartFigure(charts.AreaOverview(ir), anchor + "-oversikt", subtitle, env, out);

  mstch::array areas;
  for (const AreaDetail& detail : ir.details) {
    const std::string area_anchor = anchor + "-" + Slugify(instrument.areas[detail.area].id);
    std::string items;
    if (!detail.items.empty()) {
      items = ChartFigure(charts.Items(ir, detail), area_anchor + "-sporsmal",
                          env.catalog.Format("site.fig.items_sub"), env, out);
    }
    areas.push_back(mstch::map{
        {"anchor", area_anchor},
        {"title", detail.title},
        // An area of one factor has the same figure as in the overview.
        {"factors", detail.factors.size() < 2
                        ? std::string()
                        : ChartFigure(charts.Factors(detail), area_anchor + "-faktorer", subtitle,
                                      env, out)},
        {"items", items}});
  }
  ctx["areas"] = areas;
  ctx["trend"] = ChartFigure(charts.Trend(ir), anchor + "-utvikling",
                             env.catalog.Format("site.fig.trend_sub"), env, out);
  ctx["gender"] = ir.gender.empty()
                      ? std::string()
                      : ChartFigure(charts.Gender(ir), anchor + "-kjonn",
                                    env.catalog.Format("site.fig.gender_sub"), env, out);

  // Variation among the units below.
  mstch::array variation;
  for (const VariationBlock& v : ir.variation) {
    const std::string id = anchor + "-variasjon-" + std::string(LevelName(v.child_level)) + "-" +
                           Slugify(instrument.areas[v.score - instrument.factors.size()].id);
    variation.push_back(mstch::map{
        {"figure", ChartFigure(charts.Variation(v), id, env.catalog.Format("site.fig.variation_sub"),
                               env, out)},
        {"summary", VariationText(v, env.text)}});
  }
  ctx["has_variation"] = !variation.empty();
  ctx["variation"] = variation;
  return ctx;
}

// The colour band of a T-score in the heat table (the legend names them).
std::string HeatClass(const Figure& f) {
  if (!f.shown() || !f.has_t) return "heat-none";
  if (f.t < 40) return "heat-lo2";
  if (f.t < 45) return "heat-lo1";
  if (f.t < 55) return "heat-mid";
  if (f.t < 60) return "heat-hi1";
  return "heat-hi2";
}

mstch::array ClassTables(const UnitReport& report, const PageEnv& env) {
  const std::string& folder = env.paths.Folder(report.unit);
  mstch::array tables;
  for (const ClassTable& t : report.class_tables) {
    mstch::array rows;
    for (const ClassTable::Row& r : t.rows) {
      mstch::array cells;
      for (const Figure& f : r.figures) {
        const bool shown = f.shown() && f.has_t;
        cells.push_back(mstch::map{{"css", HeatClass(f)},
                                   {"text", env.text.T(f)},
                                   {"reason", shown ? std::string() : env.text.Reason(f)}});
      }
      rows.push_back(mstch::map{{"name", r.name},
                                {"href", Relative(folder, env.paths.Folder(r.unit) + "index.html")},
                                {"cells", cells}});
    }
    const std::string& id = env.data.instruments[t.instrument].id;
    tables.push_back(mstch::map{{"anchor", "klasser-" + Slugify(id)},
                                {"title", t.title},
                                {"caption", env.catalog.Format("site.class_overview_caption",
                                                               {{"instrument", t.title}})},
                                {"factors", StringArray(t.factors)},
                                {"rows", rows}});
  }
  return tables;
}

// Municipalities > schools > classes, for the restricted entry page.
mstch::array Tree(int unit, int depth, const PageEnv& env, const std::string& folder) {
  mstch::array items;
  for (int c : env.sorted_children[unit]) {
    if (!env.HasPage(c)) continue;
    mstch::array children = depth < 2 ? Tree(c, depth + 1, env, folder) : mstch::array{};
    const bool has_children = !children.empty();
    items.push_back(mstch::map{{"name", env.data.units[c].name},
                               {"href", Relative(folder, env.paths.Folder(c) + "index.html")},
                               {"has_children", has_children},
                               {"children", std::move(children)}});
  }
  return items;
}

}  // namespace

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

std::string RenderUnitPage(const UnitReport& report, const PageEnv& env, PageCharts& out) {
  const ReportCharts charts(report, env.data, env.text);
  const UnitTree& units = env.data.units;
  const Unit& unit = units[report.unit];
  const std::string& folder = env.paths.Folder(report.unit);
  const std::string root = Relative(folder, "");
  mstch::map ctx = env.base;
  ctx["root"] = root == "./" ? std::string() : root;
  ctx["title"] = unit.name;
  ctx["level_label"] = LevelText(env.catalog, unit.level);
  ctx["wave_label"] =
      report.wave >= 0 ? env.data.project.waves[report.wave].label : std::string();

  mstch::array crumbs;
  for (size_t i = 0; i + 1 < report.breadcrumbs.size(); ++i) {
    int u = report.breadcrumbs[i];
    crumbs.push_back(mstch::map{{"name", units[u].name},
                                {"href", Relative(folder, env.paths.Folder(u) + "index.html")}});
  }
  ctx["has_crumbs"] = !crumbs.empty();
  ctx["crumbs"] = crumbs;

  mstch::array key_figures, toc, highlights, instruments;
  for (const InstrumentReport& ir : report.instruments) {
    mstch::map ins = InstrumentContext(ir, report, env, charts, out);
    key_figures.push_back(mstch::map{{"label", ir.title}, {"value", ins["respondents"]}});
    toc.push_back(mstch::map{{"anchor", ins["anchor"]}, {"title", ir.title}});
    if (!ir.strengths.empty() || !ir.improvements.empty()) {
      std::vector<std::string> s, i;
      for (const Highlight& h : ir.strengths) s.push_back(HighlightText(h, env.text, "site.strength"));
      for (const Highlight& h : ir.improvements) i.push_back(HighlightText(h, env.text, "site.improvement"));
      highlights.push_back(mstch::map{{"instrument", ir.title},
                                      {"has_strengths", !s.empty()}, {"strengths", StringArray(s)},
                                      {"has_improvements", !i.empty()}, {"improvements", StringArray(i)}});
    }
    instruments.push_back(std::move(ins));
  }
  ctx["has_instruments"] = !instruments.empty();
  ctx["key_figures"] = key_figures;
  ctx["instruments"] = instruments;
  ctx["has_highlights"] = !highlights.empty();
  ctx["highlights"] = highlights;
  if (!highlights.empty()) {
    toc.insert(toc.begin(), mstch::map{{"anchor", std::string("styrker")},
                                       {"title", env.catalog.Format("site.strengths_heading")}});
  }

  mstch::array below;
  for (const std::string& text : UnitsBelowTexts(report, env.text)) {
    below.push_back(mstch::map{{"text", text}});
  }
  ctx["has_below"] = !below.empty();
  ctx["below"] = below;

  if (!report.scatter.empty()) {
    ctx["scatter"] = ChartFigure(charts.Scatter(), "sosial-bakgrunn-figur",
                                 env.catalog.Format("site.fig.scatter_sub"), env, out);
    toc.push_back(mstch::map{{"anchor", std::string("sosial-bakgrunn")},
                             {"title", env.catalog.Format("site.scatter_heading")}});
  }

  // Lists of the units below that have pages on this site.
  mstch::array lists;
  for (Level level : {Level::kMunicipality, Level::kSchool, Level::kKindergarten, Level::kClass,
                      Level::kGroup}) {
    mstch::array items;
    for (int c : env.sorted_children[report.unit]) {
      if (units[c].level != level || !env.HasPage(c)) continue;
      items.push_back(mstch::map{{"name", units[c].name},
                                 {"href", Relative(folder, env.paths.Folder(c) + "index.html")}});
    }
    if (items.empty()) continue;
    const std::string anchor = "liste-" + std::string(LevelName(level));
    lists.push_back(mstch::map{{"anchor", anchor},
                               {"heading", env.catalog.Format(
                                               "site.list_heading",
                                               {{"level", LevelText(env.catalog, level, true)},
                                                {"unit", unit.name}})},
                               {"items", items}});
    toc.push_back(mstch::map{{"anchor", anchor},
                             {"title", env.catalog.Format("site.list_toc",
                                                          {{"level", LevelText(env.catalog, level, true)}})}});
  }
  ctx["lists"] = lists;
  toc.push_back(mstch::map{{"anchor", std::string("slik-leser-du")},
                           {"title", env.catalog.Format("site.how_to_read")}});
  ctx["has_toc"] = toc.size() > 1;
  ctx["toc"] = toc;
  ctx["narrative"] = env.narrative_html;
  ctx["reflection"] = unit.level == Level::kClass ? env.reflection_html : std::string();
  mstch::array class_tables = ClassTables(report, env);
  ctx["has_class_tables"] = !class_tables.empty();
  ctx["class_tables"] = class_tables;
  if (env.restricted && report.unit == units.county()) {
    mstch::array tree = Tree(report.unit, 0, env, folder);
    ctx["has_tree"] = !tree.empty();
    ctx["tree"] = tree;
  }
  ctx["pdf_href"] = out.pdf;
  // With several languages the data files are one folder up, shared by all.
  ctx["data_href"] = (env.languages.empty() ? std::string() : std::string("../")) +
                     Relative(folder, "data/aggregates.csv");
  AddLanguageLinks(env, root == "./" ? std::string() : root, folder + "index.html", &ctx);
  if (report.unit == units.county() && !env.restricted) {
    ctx["appendix_href"] = std::string("teknisk/index.html");
  }

  mstch::map page = ctx;
  page["body"] = env.templates.Render("unit", ctx);
  return env.templates.Render("page", page);
}

}  // namespace kfl
