// TBarChart: horizontal T-score bars for several levels side by side (the
// unit, its school, municipality and county), one group of bars per row (an
// area or factor), with 95% CI whiskers and the reference line at T = 50.
//
// Bars start at 50, so a bar's length is the distance from the county's
// reference and its direction says above or below. Every bar carries its
// level's name on the left and its value in a column on the right, so the
// levels are told apart by text, not by colour alone. A suppressed value is
// a hatched box at 50 with its reason written beside it.
//
//   TBarChart c;
//   c.title = "Læringsmiljø"; c.series = {"8A", "Hamar skole", "Hamar", "Hedmark"};
//   c.rows = {{"Relasjon til lærer", {ChartValue::WithCi(54.1, 51.2, 57.0), ...}}};
#pragma once

#include <string>
#include <vector>

#include "chart/chart.h"

namespace kfl {

struct TBarChart final : Chart {
  struct Row {
    std::string label;               // area or factor name
    std::vector<ChartValue> values;  // one per series
  };
  std::string title;
  std::string row_header;           // data table's first column ("Faktor")
  std::vector<std::string> series;  // level names, the unit first
  std::vector<Rgb> colors;          // per series (Theme::LevelColor); empty: Theme::Series(i)
  std::vector<Row> rows;
  // What the rows are, in the plural ("faktorer"), for the text
  // alternative; empty: areas or factors.
  std::string rows_word;

  double Height(double width, ChartContext& ctx) const override;
  void Draw(Canvas& canvas, double width, double height, ChartContext& ctx) const override;
  std::string Title() const override { return title; }
  std::string TextAlternative(const ChartContext& ctx) const override;
  DataTable Table(const ChartContext& ctx) const override;
  std::string Kind() const override { return "tbar"; }
};

}  // namespace kfl
