// The page of one unit (county, municipality, school, kindergarten; class
// and group on the restricted site): its Outline (report/outline.h) as
// HTML, through templates/html/unit.mustache (header, key figures, table of
// contents) and section.mustache (one per section, recursively) inside
// page.mustache. Decides nothing about what the page holds.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "chart/chart.h"
#include "report/outline.h"
#include "site/page_env.h"

namespace kfl {

// Where a page's charts go: drawn with `ctx` (one per thread; its theme is
// replaced by the site's, site/chart_style.h) and written by `write`
// (relative path, bytes) into `folder`, beside the page.
struct PageCharts {
  ChartContext& ctx;
  std::string folder;
  std::function<void(const std::string& path, std::string_view bytes)> write;
};

// The file beside every page with the figures of its charts and tables.
inline constexpr const char* kPageCsv = "tall.csv";
// The units below a municipality or the county side by side (Excel).
inline constexpr const char* kUnitsWorkbook = "enheter.xlsx";

// The unit page's full HTML; its charts and its figures (kPageCsv) go to `out`.
std::string RenderUnitPage(const Outline& outline, const PageEnv& env, PageCharts& out);

// The figure partial for one chart: its title, text alternative and data
// table (header and rows of cells; the first cell of a row is its header).
struct FigureData {
  std::string anchor;
  std::string title;
  std::string subtitle;
  std::string alt;
  std::string svg;  // relative link to the SVG file; "" for a table only
  int width = 0;
  int height = 0;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};
std::string RenderFigure(const FigureData& figure, const PageEnv& env);

// Strings as a mustache list ({{#list}}{{.}}{{/list}}).
mstch::array StringArray(const std::vector<std::string>& texts);

// A heat table (classes, grades, units below) for a spreadsheet: its T-scores
// as numbers, a heading row's name before the names of the rows below it.
Sheet HeatSheet(const HeatTableBlock& table);

}  // namespace kfl
