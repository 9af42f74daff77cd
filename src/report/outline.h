// Outline: what one unit's report shows and in which order, decided once
// for both of its renderings. site/ turns an Outline into the unit's page
// (site/unit_page.h), pdf/ into its PDF (pdf/unit_pdf.h); neither decides
// what a section holds, whether a chart is replaced by a sentence, or the
// order. The table of contents of both is the sections marked `contents`.
//
//   UnitReport report = BuildUnitReport(data, index, decide, unit, options);
//   Outline outline = BuildOutline(report, {data, text, audience, sorted, narratives});
//   std::string html = RenderUnitPage(outline, page_env, charts);   // site/
//   std::string pdf = RenderUnitPdf(outline, pdf_env, chart_ctx);   // pdf/
//
// A section of depth d (1 = top) is an <h(d+1)> on the page and a heading of
// level d in the PDF, whose levels 1 and 2 are its bookmarks; so the page's
// h2/h3 and the PDF's bookmarks list the same headings in the same order
// (tests/e2e/outline_match_test.cpp).
//
// Every string is plain text in the reader's language (names are untrusted:
// renderers escape them); charts are data (chart/), drawn by the renderer.
// Pure; the Outline is read-only once built and may be shared by threads.
#pragma once

#include <limits>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "chart/chart.h"
#include "privacy/audience.h"
#include "report/figure_text.h"
#include "report/unit_report.h"

namespace kfl {

// A paragraph. A note is smaller print: a count, a reason, a summary.
struct TextBlock {
  std::string text;
  bool note = false;
};

struct BulletsBlock {
  std::vector<std::string> items;
};

// A chart with its subtitle; its title, text alternative and data table are
// the chart's own. `anchor` is unique in the outline (the page's SVG file).
struct ChartBlock {
  std::string anchor;
  std::string subtitle;
  std::shared_ptr<const Chart> chart;
};

// Titled lists side by side: an instrument's strengths and areas for
// improvement, the summary's responses, strengths, weaknesses and changes.
struct ListsBlock {
  struct List {
    std::string title;               // "Styrker"
    std::vector<std::string> items;  // sentences
    std::string none;                // said when items is empty
  };
  std::vector<List> lists;
};

// Units with pages of their own: a list, or with children a tree.
struct UnitNode {
  int unit = -1;
  std::string name;  // untrusted
  std::vector<UnitNode> children;
};
struct UnitsBlock {
  std::vector<UnitNode> units;
  bool tree = false;  // nested (the restricted entry page), not a flat list
};

// The colour key of the heat tables: one entry per band of HeatBand().
struct HeatLegendBlock {
  std::string title;                // "Fargeforklaring"
  std::vector<std::string> bands;   // band 0 .. 4
  std::string none;                 // "skjult (for få svar)"
};

// Classes (or groups) side by side: rows by factors, each cell a T-score.
struct HeatTableBlock {
  std::string caption;        // what the table shows, for screen readers
  // Rows stay rows in print (a grade's or year group's waves); otherwise
  // the PDF puts the rows (classes) in columns.
  bool by_row = false;
  std::string row_header;     // "Klasse"
  std::string column_header;  // "Faktor"
  std::vector<std::string> factors;
  struct Row {
    int unit = -1;
    std::string name;  // untrusted; a row without cells heads the rows below it
    struct Cell {
      std::string text;    // "55,3" or "–"
      int band = -1;       // HeatBand() of a shown T; -1 hidden
      std::string reason;  // why hidden; "" when shown
      double t = std::numeric_limits<double>::quiet_NaN();  // the T shown; NaN hidden
    };
    std::vector<Cell> cells;
  };
  std::vector<Row> rows;
  std::vector<std::string> notes;  // "– betyr ...", one per reason
};

// CommonMark from templates/md (never from the data): a narrative's body
// under its section's heading.
struct MarkdownBlock {
  std::string markdown;
};

using Block = std::variant<TextBlock, BulletsBlock, ChartBlock, ListsBlock, UnitsBlock,
                           HeatLegendBlock, HeatTableBlock, MarkdownBlock>;

// What a section is, for the renderers' styles (never for what it holds).
enum class SectionKind {
  kSummary,        // "Kort fortalt": the report on one page
  kTree,           // the restricted county's list of every unit
  kClassOverview,  // classes (groups) side by side
  kClassTable,     // one instrument's table of them
  kSector,         // "Skolene" / "Barnehagene" on a page with both
  kInstrument,
  kArea,
  kChange,         // change over time and girls/boys
  kVariation,
  kIndicators,     // learning results and completion (indicators.csv)
  kScatter,
  kUnitList,
  kReflection,
  kHowToRead,
};

struct Section {
  SectionKind kind = SectionKind::kInstrument;
  std::string anchor;        // unique in the outline
  std::string heading;
  bool contents = false;     // an entry of the table of contents
  bool new_page = false;     // printed from the top of a page
  std::vector<Block> blocks;
  std::vector<Section> sections;
};

// The top of the report: the page's header and key figures, the PDF's cover.
struct KeyFigureGroup {
  std::string caption;  // "Skolene" on a page with both sectors; "" otherwise
  struct Fact {
    std::string label;  // an instrument's title
    std::string value;  // "23 svar (svarprosent 92 % av 25 elever)"
  };
  std::vector<Fact> facts;
  std::vector<std::string> below;  // "14 skoler"
};

struct Outline {
  int unit = -1;
  Level level = Level::kCounty;
  std::string title;                  // the unit's name (untrusted)
  std::string level_label;            // "Skole"
  std::vector<UnitNode> breadcrumbs;  // county first, without the unit
  std::string waves;                  // "T2 2019 og T3 2020"; "" without data
  int wave = -1;                      // the latest of them (index into Project::waves)
  bool has_data = false;              // any instrument
  std::vector<KeyFigureGroup> key_figures;
  // The PDF beside the page ("rapport.pdf", "skoleleder.pdf"; "" none) and
  // what it is called in its metadata ("Rapport").
  std::string pdf;
  std::string pdf_what;
  // The page's file and its figures' CSV in the unit's folder; the yearly
  // briefing beside the page ("orientering.pdf"; "" none).
  std::string page = "index.html";
  std::string csv = "tall.csv";
  std::string briefing;
  // The units right below (schools in a municipality, municipalities in the
  // county, kindergartens), side by side: per instrument a row per unit
  // and a column per area, from the variation figures the page shows. Only
  // for the Excel workbook of them all (site: enheter.xlsx).
  std::vector<HeatTableBlock> side_by_side;
  bool contents = true;  // the PDF has a table of contents
  bool cover = true;     // the PDF has a cover page (else a title on its first page)
  std::vector<Section> sections;
};

// The narratives (templates/md/<lang>/, or the data directory's own): Markdown.
struct Narratives {
  std::string how_to_read;              // slik-leser-du.md
  std::string reflection;               // refleksjon.md (class reports)
  std::string reflection_kindergarten;  // refleksjon-barnehage.md (group reports)
};

struct OutlineEnv {
  const DataSet& data;
  const FigureText& text;  // the catalog, the language, the audience's thresholds
  const Audience& audience;
  // Per unit: its children in the reader's order (text/collate.h).
  const std::vector<std::vector<int>>& sorted_children;
  const Narratives& narratives;
  bool pdf = true;  // the build writes PDFs (false with --no-pdf)
};

// The PDF a unit of `level` has beside its page for `audience` ("" none):
// every public unit and the restricted classes and groups rapport.pdf, the
// restricted schools skoleleder.pdf (the head teacher's).
std::string PdfName(Level level, const Audience& audience);

Outline BuildOutline(const UnitReport& report, const OutlineEnv& env);

// The yearly briefing for the council (spec report-content.md): two to six
// pages a politician reads in five minutes, for a municipality or the
// county on the public site: the learning environment, learning results,
// completion, each with what changed since the first wave and whether it is
// more than chance; the differences between the schools; where to read
// more. Its page is orientering.html, its PDF orientering.pdf. Not for
// other units (an empty outline, unit -1).
Outline BuildBriefing(const UnitReport& report, const OutlineEnv& env);
// True when a unit of `level` has the briefing for `audience`.
bool HasBriefing(Level level, const Audience& audience);

// Calls fn(section, depth) for every section, depth first, in reading order.
template <typename Fn>
void ForEachSection(const std::vector<Section>& sections, Fn&& fn, int depth = 1) {
  for (const Section& s : sections) {
    fn(s, depth);
    ForEachSection(s.sections, fn, depth + 1);
  }
}

}  // namespace kfl
