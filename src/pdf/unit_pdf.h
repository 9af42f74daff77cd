// pdf: the PDF reports (spec report-content.md), laid out by pdf/document
// from the same UnitReport as the unit's page, so a PDF and its page never
// disagree on a figure or on what is hidden:
//   - rapport.pdf of every public unit (county, municipality, school) and,
//     on the restricted site, of every class and group (the contact
//     teacher's report, with questions for reflection);
//   - skoleleder.pdf of every school on the restricted site: the classes
//     side by side per factor, then the teacher and leader instruments.
//
//   PdfEnv env{data, figure_text, how_to_read_md, reflection_md, group_md, restricted};
//   std::string bytes = RenderUnitPdf(report, PdfKind::kReport, env, chart_ctx);
//
// Pure: returns bytes; the caller writes them. Thread-safe with one
// ChartContext (one Typesetter) per thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "chart/chart.h"
#include "model/data_set.h"
#include "report/figure_text.h"
#include "report/unit_report.h"

namespace kfl {

enum class PdfKind { kReport, kHeadTeacher };

struct PdfEnv {
  const DataSet& data;
  const FigureText& text;
  std::string_view how_to_read;  // Markdown, templates/md/<lang>/slik-leser-du.md
  std::string_view reflection;   // Markdown, refleksjon.md (class reports)
  std::string_view reflection_kindergarten;  // refleksjon-barnehage.md (group reports)
  bool restricted = false;  // the restricted audience: the cover and every page say so
};

// The PDFs a unit of `level` has beside its page: rapport.pdf (kReport) and
// on the restricted site skoleleder.pdf for schools (kHeadTeacher).
struct PdfFile {
  const char* name;
  PdfKind kind;
};
std::vector<PdfFile> PdfFilesFor(Level level, bool restricted);

// The PDF's creation date, from the data (never the clock): 1 January of the
// reported wave's year when its id starts with one, else 2000-01-01.
std::string PdfCreationDate(const Project& project, int wave);

std::string RenderUnitPdf(const UnitReport& report, PdfKind kind, const PdfEnv& env,
                          ChartContext& ctx);

}  // namespace kfl
