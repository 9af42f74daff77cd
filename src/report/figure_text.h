// FigureText: how figures read in words and numbers, the same on pages and
// in PDFs: "55,3", "færre enn 10 svar", "+0,4", "12 345" (chart cells and
// tables are the charts' own: chart/chart.h ValueCell).
// Numbers follow the language's style (text/number_format.h); every word
// comes from the catalog.
//
// Holds references to the catalog; cheap to copy; thread-safe for reading.
#pragma once

#include <string>

#include "report/unit_report.h"
#include "text/catalog.h"
#include "text/number_format.h"

namespace kfl {

class FigureText {
 public:
  // `lang` sets the number style; `min_n` and `min_cell` are the audience's
  // thresholds, named in the reasons for hidden figures.
  FigureText(const Catalog& catalog, std::string lang, int min_n, int min_cell = 3)
      : catalog_(catalog),
        lang_(std::move(lang)),
        style_(NumberStyleForLanguage(lang_)),
        min_n_(min_n),
        min_cell_(min_cell) {}

  // The T-score with one decimal, or a dash when not shown.
  std::string T(const Figure& f) const;
  // Why a figure is not shown: "færre enn 10 svar", ...; "" when shown.
  std::string Reason(const Figure& f) const;
  // A difference in SD units, signed: "+0,4".
  std::string SignedSd(double d) const { return FormatSigned(d, 1, style_); }
  std::string Number(double v, int decimals) const { return FormatNumber(v, decimals, style_); }
  std::string Count(int n) const;
  std::string Percent(double p, int decimals = 0) const { return FormatPercent(p, decimals, style_); }

  const Catalog& catalog() const { return catalog_; }
  NumberStyle style() const { return style_; }
  const std::string& lang() const { return lang_; }
  int min_n() const { return min_n_; }
  int min_cell() const { return min_cell_; }

 private:
  const Catalog& catalog_;
  std::string lang_;
  NumberStyle style_;
  int min_n_;
  int min_cell_;
};

}  // namespace kfl
