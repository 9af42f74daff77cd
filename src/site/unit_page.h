// The page of one unit (county, municipality, school; class on the
// restricted site): UnitReport -> HTML, through templates/html/unit.mustache
// inside page.mustache.
#pragma once

#include <string>

#include <functional>
#include <string_view>

#include "chart/chart.h"
#include "report/unit_report.h"
#include "site/page_env.h"

namespace kfl {

// Where a page's charts go: drawn with `ctx` (one per thread) and written
// by `write` (relative path, bytes) into `folder`, beside the page.
struct PageCharts {
  ChartContext& ctx;
  std::string folder;
  std::function<void(const std::string& path, std::string_view bytes)> write;
  std::string pdf;  // the PDF beside the page that it links ("rapport.pdf"); "" none
};

// The unit page's full HTML; its charts go to `out`.
std::string RenderUnitPage(const UnitReport& report, const PageEnv& env, PageCharts& out);

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

}  // namespace kfl
