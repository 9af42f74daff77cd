// The figures of a page as an Excel workbook (.xlsx), for readers who open
// them in Norwegian Excel, which reads a comma-separated file with decimal
// points wrongly: one worksheet per table of the page, its title on top,
// the headers in the page's language, every figure a number with the
// decimals the page shows (percentages as percentages), a hidden figure an
// empty cell with the reason in the row's note. Written with libxlsxwriter
// (Debian's libxlsxwriter-dev); the same sheets give the same bytes.
//
//   std::string bytes = WorkbookBytes({{"Elever: områdene", sheet}}, "Hamar", "Merknad");
#pragma once

#include <string>
#include <vector>

#include "chart/chart.h"

namespace kfl {

struct NamedSheet {
  std::string title;  // the table's title: row 1 of its worksheet, and its tab
  Sheet sheet;
};

// The workbook's bytes, or "" when it could not be written. `title` is the
// document's; `note_header` heads the column of notes.
std::string WorkbookBytes(const std::vector<NamedSheet>& sheets, const std::string& title,
                          const std::string& note_header);

// A worksheet's tab name for the `index`th (0-based) table titled `title`:
// "3 Elever 5.–10. trinn: områ…", at most 31 characters and none that
// Excel forbids ([ ] : * ? / \), numbered so that no two are the same.
std::string SheetName(int index, const std::string& title);

}  // namespace kfl
