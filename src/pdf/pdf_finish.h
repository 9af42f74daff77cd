// FinishPdf: what cairo 1.16 cannot write into a PDF but a PDF/UA checker
// (and a municipality publishing accessible documents) asks for, added with
// libqpdf, which edits PDF objects and rewrites the cross-references:
//   - the document language (/Lang in the catalog);
//   - /ViewerPreferences << /DisplayDocTitle true >> (the title, not the
//     file name, in the viewer's window);
//   - the text alternative (/Alt) of every Figure structure element, in the
//     order the figures were drawn;
//   - /Tabs /S (tab order follows the structure) on every page with links
//     or other annotations.
// The rewrite is deterministic: the same bytes in give the same bytes out.
//
//   pdf = FinishPdf(pdf, {.lang = "nb", .figure_alts = {"8A har ...", ...}});
#pragma once

#include <string>
#include <vector>

namespace kfl {

struct PdfFinish {
  std::string lang;                      // BCP 47 tag, e.g. "nb"; empty: none
  std::vector<std::string> figure_alts;  // the i-th Figure element's /Alt
};

// Throws std::runtime_error when `pdf` cannot be read or the number of
// Figure elements differs from figure_alts.size() (a figure without its
// text alternative is a defect, never silently written).
std::string FinishPdf(const std::string& pdf, const PdfFinish& finish);

}  // namespace kfl
