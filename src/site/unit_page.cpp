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
                             const PageEnv& env, const ReportCharts& charts, PageCharts& out,
                             int heading) {
  const Instrument& instrument = env.data.instruments[ir.instrument];
  const std::string anchor = "i-" + Slugify(instrument.id);
  mstch::map ctx{{"anchor", anchor}, {"title", ir.title}};
  // Heading levels: h2 and h3, one deeper inside a sector's section.
  ctx["h"] = std::to_string(heading);
  ctx["h_sub"] = std::to_string(heading + 1);

  const std::string respondents = RespondentsText(ir, instrument, env.text);
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
    const bool groups = t.level == Level::kGroup;
    tables.push_back(mstch::map{{"anchor", (groups ? "grupper-" : "klasser-") + Slugify(id)},
                                {"title", t.title},
                                {"col", env.catalog.Format(groups ? "site.col.group" : "site.col.class")},
                                {"caption", env.catalog.Format(groups ? "site.group_overview_caption"
                                                                      : "site.class_overview_caption",
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

  mstch::array crumbs;
  for (size_t i = 0; i + 1 < report.breadcrumbs.size(); ++i) {
    int u = report.breadcrumbs[i];
    crumbs.push_back(mstch::map{{"name", units[u].name},
                                {"href", Relative(folder, env.paths.Folder(u) + "index.html")}});
  }
  ctx["has_crumbs"] = !crumbs.empty();
  ctx["crumbs"] = crumbs;

  // Schools and kindergartens are kept apart: on a page that has both (a
  // municipality or the county), each branch gets its own section with a
  // heading, its instruments, strengths, variation and lists of units; a
  // page with one branch only has no such heading and no empty section.
  auto list_of = [&](Level level, int heading) {
    mstch::array items;
    for (int c : env.sorted_children[report.unit]) {
      if (units[c].level != level || !env.HasPage(c)) continue;
      items.push_back(mstch::map{{"name", units[c].name},
                                 {"href", Relative(folder, env.paths.Folder(c) + "index.html")}});
    }
    if (items.empty()) return mstch::map{};
    const std::string anchor = "liste-" + std::string(LevelName(level));
    return mstch::map{{"anchor", anchor},
                      {"h", std::to_string(heading)},
                      {"heading", env.catalog.Format("site.list_heading",
                                                     {{"level", LevelText(env.catalog, level, true)},
                                                      {"unit", unit.name}})},
                      {"toc", env.catalog.Format("site.list_toc",
                                                 {{"level", LevelText(env.catalog, level, true)}})},
                      {"items", items}};
  };
  struct Branch {
    bool kindergarten;
    std::vector<Level> levels;  // whose lists the branch shows
  };
  const Branch branches[] = {{false, {Level::kSchool, Level::kClass}},
                             {true, {Level::kKindergarten, Level::kGroup}}};
  bool present[2] = {false, false};
  for (const InstrumentReport& ir : report.instruments) present[ir.kindergarten] = true;
  for (int c : env.sorted_children[report.unit]) {
    if (env.HasPage(c) && units[c].level != Level::kMunicipality) {
      present[IsKindergartenLevel(units[c].level)] = true;
    }
  }
  const bool split = present[0] && present[1];
  const int h = split ? 3 : 2;  // heading level of what a branch holds

  auto below_text = [&](Level level, int count) {
    return mstch::map{{"text", env.catalog.Format("site.units_below",
                                                  {{"count", std::to_string(count)},
                                                   {"level", LevelText(env.catalog, level, true)}})}};
  };
  // Units below that belong to neither branch (the county's municipalities).
  mstch::array common_below;
  for (const auto& [level, count] : report.units_below) {
    if (level == Level::kMunicipality) common_below.push_back(below_text(level, count));
  }
  mstch::array toc, sectors, key_groups;
  if (split && !common_below.empty()) {
    key_groups.push_back(mstch::map{{"has_figures", false},
                                    {"has_below", true},
                                    {"below", common_below}});
  }
  std::vector<int> waves;  // distinct instrument waves, for the lede
  for (const Branch& branch : branches) {
    if (!present[branch.kindergarten]) continue;
    const std::string sector_anchor = branch.kindergarten ? "barnehager" : "skoler";
    mstch::map sector{{"has_heading", split},
                      {"anchor", sector_anchor},
                      {"h", std::to_string(h)},
                      {"h_sub", std::to_string(h + 1)},
                      {"h_sub2", std::to_string(h + 2)},
                      {"highlights_anchor",
                       std::string(split ? "styrker-" + sector_anchor : "styrker")}};
    int sector_wave = -1;
    mstch::array highlights, instruments, lists;
    if (split) {
      sector["heading"] = env.catalog.Format(branch.kindergarten ? "site.sector.kindergartens"
                                                                 : "site.sector.schools");
    }
    mstch::array sector_toc, key_figures;
    for (const InstrumentReport& ir : report.instruments) {
      if (ir.kindergarten != branch.kindergarten) continue;
      sector_wave = std::max(sector_wave, ir.wave);
      if (std::find(waves.begin(), waves.end(), ir.wave) == waves.end()) waves.push_back(ir.wave);
      mstch::map ins = InstrumentContext(ir, report, env, charts, out, h);
      key_figures.push_back(mstch::map{{"label", ir.title}, {"value", ins["respondents"]}});
      sector_toc.push_back(mstch::map{{"anchor", ins["anchor"]}, {"title", ir.title}});
      if (!ir.strengths.empty() || !ir.improvements.empty()) {
        std::vector<std::string> st, im;
        for (const Highlight& x : ir.strengths) st.push_back(HighlightText(x, env.text, "site.strength"));
        for (const Highlight& x : ir.improvements) im.push_back(HighlightText(x, env.text, "site.improvement"));
        highlights.push_back(mstch::map{{"instrument", ir.title},
                                        {"has_strengths", !st.empty()}, {"strengths", StringArray(st)},
                                        {"has_improvements", !im.empty()}, {"improvements", StringArray(im)}});
      }
      instruments.push_back(std::move(ins));
    }
    if (!highlights.empty()) {
      sector_toc.insert(sector_toc.begin(),
                        mstch::map{{"anchor", sector["highlights_anchor"]},
                                   {"title", env.catalog.Format("site.strengths_heading")}});
    }
    if (split && sector_wave >= 0) {
      sector["intro"] = env.catalog.Format(
          branch.kindergarten ? "site.sector.kindergartens_intro" : "site.sector.schools_intro",
          {{"unit", unit.name}, {"wave", env.data.project.waves[sector_wave].label}});
    }
    // The social background comparison is about the schools (grunnskolepoeng).
    if (!report.scatter.empty() && (!branch.kindergarten || !present[0])) {
      sector["scatter"] = ChartFigure(charts.Scatter(), "sosial-bakgrunn-figur",
                                      env.catalog.Format("site.fig.scatter_sub"), env, out);
      sector_toc.push_back(mstch::map{{"anchor", std::string("sosial-bakgrunn")},
                                      {"title", env.catalog.Format("site.scatter_heading")}});
    }
    for (Level level : branch.levels) {
      mstch::map list = list_of(level, h);
      if (list.empty()) continue;
      sector_toc.push_back(mstch::map{{"anchor", list["anchor"]}, {"title", list["toc"]}});
      lists.push_back(std::move(list));
    }
    if (split) {
      toc.push_back(mstch::map{{"anchor", sector_anchor},
                               {"title", sector["heading"]},
                               {"has_children", !sector_toc.empty()},
                               {"children", sector_toc}});
    } else {
      for (auto& entry : sector_toc) toc.push_back(std::move(entry));
    }
    // Key figures: the branch's instruments and units below, under the
    // branch's heading on a page with both.
    mstch::array below = split ? mstch::array{} : common_below;
    for (const auto& [level, count] : report.units_below) {
      if (level != Level::kMunicipality && IsKindergartenLevel(level) == branch.kindergarten) {
        below.push_back(below_text(level, count));
      }
    }
    key_groups.push_back(mstch::map{{"caption", split ? sector["heading"] : std::string()},
                                    {"has_figures", !key_figures.empty()},
                                    {"figures", key_figures},
                                    {"has_below", !below.empty()},
                                    {"below", below}});
    sector["has_highlights"] = !highlights.empty();
    sector["highlights"] = highlights;
    sector["instruments"] = instruments;
    sector["lists"] = lists;
    sectors.push_back(std::move(sector));
  }
  if (key_groups.empty() && !common_below.empty()) {
    key_groups.push_back(mstch::map{{"has_figures", false},
                                    {"has_below", true},
                                    {"below", common_below}});
  }
  ctx["has_instruments"] = !report.instruments.empty();
  ctx["key_groups"] = key_groups;
  ctx["sectors"] = sectors;
  // The lede names every wave shown ("T2 2019 og T3 2020").
  std::sort(waves.begin(), waves.end());
  std::string wave_label;
  for (size_t i = 0; i < waves.size(); ++i) {
    if (i > 0) wave_label += i + 1 == waves.size() ? " " + env.catalog.Format("site.and") + " " : ", ";
    wave_label += env.data.project.waves[waves[i]].label;
  }
  ctx["wave_label"] = wave_label;

  // Lists of the units below that belong to neither branch (the county's
  // municipalities).
  mstch::array lists;
  if (mstch::map list = list_of(Level::kMunicipality, 2); !list.empty()) {
    toc.push_back(mstch::map{{"anchor", list["anchor"]}, {"title", list["toc"]}});
    lists.push_back(std::move(list));
  }
  ctx["lists"] = lists;
  toc.push_back(mstch::map{{"anchor", std::string("slik-leser-du")},
                           {"title", env.catalog.Format("site.how_to_read")}});
  ctx["has_toc"] = toc.size() > 1;
  ctx["toc"] = toc;
  ctx["narrative"] = env.narrative_html;
  ctx["reflection"] = unit.level == Level::kClass   ? env.reflection_html
                     : unit.level == Level::kGroup ? env.reflection_kindergarten_html
                                                   : std::string();
  mstch::array class_tables = ClassTables(report, env);
  ctx["has_class_tables"] = !class_tables.empty();
  ctx["class_tables"] = class_tables;
  const bool groups = unit.level == Level::kKindergarten;
  ctx["overview_heading"] = env.catalog.Format(groups ? "site.group_overview_heading"
                                                      : "site.class_overview_heading");
  ctx["overview_intro"] = env.catalog.Format(groups ? "site.group_overview_intro"
                                                    : "site.class_overview_intro");
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
