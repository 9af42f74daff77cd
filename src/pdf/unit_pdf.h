// pdf: a unit's PDF report (spec report-content.md): its Outline
// (report/outline.h) laid out by pdf/document, so the PDF and the unit's
// page have the same sections in the same order and never disagree on a
// figure or on what is hidden:
//   - rapport.pdf of every public unit (county, municipality, school,
//     kindergarten) and, on the restricted site, of every class and group
//     (the contact teacher's report, with questions for reflection);
//   - skoleleder.pdf of every school on the restricted site: the head
//     teacher's overview, the classes side by side, then everything else.
// Which file a unit has is the outline's (Outline::pdf); this renders it.
//
//   PdfEnv env{data, figure_text, audience};
//   std::string bytes = RenderUnitPdf(outline, env, chart_ctx, &worker.layouts);
//
// Pure: returns bytes; the caller writes them. Thread-safe with one
// ChartContext (one Typesetter) and one LayoutCache per thread. Throws
// std::runtime_error when cairo fails.
#pragma once

#include <string>

#include "chart/chart.h"
#include "model/data_set.h"
#include "privacy/audience.h"
#include "report/figure_text.h"
#include "report/outline.h"

namespace kfl {

class LayoutCache;

struct PdfEnv {
  const DataSet& data;
  const FigureText& text;
  const Audience& audience;  // restricted: the cover and every page say so
};

// The PDF's creation date, from the data (never the clock): 1 January of the
// reported wave's year when its id starts with one, else 2000-01-01.
std::string PdfCreationDate(const Project& project, int wave);

// The PDF of `outline`. With `layouts`, laid-out texts are reused from and
// kept for other reports (pdf/layout_cache.h); it must be used with
// ctx.text only. nullptr lays out everything anew (same bytes, slower).
std::string RenderUnitPdf(const Outline& outline, const PdfEnv& env, ChartContext& ctx,
                          LayoutCache* layouts = nullptr);

}  // namespace kfl
