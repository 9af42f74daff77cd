#include "report/report_key.h"

namespace kfl {
namespace {

void Add(ContentHash* h, const Figure& f) {
  h->Add(static_cast<int>(f.state)).Add(f.n).Add(f.mean).Add(f.has_t).Add(f.t).Add(f.d);
  h->Add(f.has_ci).Add(f.ci_low).Add(f.ci_high);
}

template <typename T, typename F>
void AddAll(ContentHash* h, const std::vector<T>& values, F add) {
  h->Add(static_cast<int64_t>(values.size()));
  for (const T& v : values) add(v);
}

void Add(ContentHash* h, const ScoreFigures& s) {
  h->Add(s.score).Add(s.title);
  AddAll(h, s.columns, [&](const Figure& f) { Add(h, f); });
}

void Add(ContentHash* h, const Highlight& x) { h->Add(x.score).Add(x.title).Add(x.d); }

void Add(ContentHash* h, const InstrumentReport& ir) {
  h->Add(ir.instrument).Add(ir.part).Add(ir.title);
  Add(h, ir.respondents);
  h->Add(ir.enrolled);
  AddAll(h, ir.areas, [&](const ScoreFigures& s) { Add(h, s); });
  AddAll(h, ir.details, [&](const AreaDetail& a) {
    h->Add(a.area).Add(a.title);
    AddAll(h, a.factors, [&](const ScoreFigures& s) { Add(h, s); });
    AddAll(h, a.items, [&](const ItemFigures& i) {
      h->Add(i.item).Add(i.text).Add(static_cast<int>(i.granularity)).Add(static_cast<int>(i.reason));
      h->Add(i.reverse).Add(i.counts);
      for (const auto& [first, last] : i.groups) h->Add(first).Add(last);
      h->Add(i.answered);
    });
  });
  AddAll(h, ir.trend, [&](const TrendSeries& t) {
    h->Add(t.score).Add(t.title);
    AddAll(h, t.waves, [&](const Figure& f) { Add(h, f); });
    h->Add(t.has_change).Add(t.first_wave).Add(t.last_wave).Add(t.change_d);
  });
  AddAll(h, ir.gender, [&](const GenderRow& g) {
    h->Add(g.score).Add(g.title);
    Add(h, g.girls);
    Add(h, g.boys);
    h->Add(g.has_gap).Add(g.gap_d);
  });
  AddAll(h, ir.strengths, [&](const Highlight& x) { Add(h, x); });
  AddAll(h, ir.improvements, [&](const Highlight& x) { Add(h, x); });
  AddAll(h, ir.changes, [&](const Highlight& x) { Add(h, x); });
  AddAll(h, ir.areas_clear, [&](const Highlight& x) { Add(h, x); });
  h->Add(ir.previous_wave);
  auto grades = [&](const InstrumentReport::GradeSeries& g) {
    AddAll(h, g.points, [&](const InstrumentReport::GradeSeries::Point& p) { h->Add(p.wave).Add(p.grade); });
    AddAll(h, g.areas, [&](const std::vector<Figure>& a) { AddAll(h, a, [&](const Figure& f) { Add(h, f); }); });
    AddAll(h, g.changes, [&](const Highlight& x) { Add(h, x); });
    h->Add(g.unit).Add(g.earlier_instrument).Add(g.earlier_wave);
  };
  grades(ir.year_group);
  AddAll(h, ir.same_grades, grades);
  AddAll(h, ir.year_groups, grades);
  AddAll(h, ir.variation, [&](const VariationBlock& v) {
    h->Add(v.score).Add(v.title).Add(static_cast<int>(v.child_level));
    Add(h, v.parent);
    AddAll(h, v.children, [&](const ChildFigure& c) {
      h->Add(c.unit).Add(c.name);
      Add(h, c.figure);
    });
    h->Add(v.hidden_children).Add(v.units).Add(v.has_icc).Add(v.icc).Add(v.has_spread);
    h->Add(v.spread_d);
  });
}

}  // namespace

void AddReportKey(const UnitReport& r, ContentHash* h) {
  h->Add(r.unit).Add(r.wave).Add(r.breadcrumbs);
  AddAll(h, r.columns,
         [&](const Column& c) { h->Add(c.unit).Add(c.name).Add(static_cast<int>(c.level)); });
  AddAll(h, r.units_below,
         [&](const std::pair<Level, int>& p) { h->Add(static_cast<int>(p.first)).Add(p.second); });
  AddAll(h, r.instruments, [&](const InstrumentReport& ir) { Add(h, ir); });
  AddAll(h, r.class_tables, [&](const ClassTable& t) {
    h->Add(t.instrument).Add(t.title).Add(t.factors);
    AddAll(h, t.rows, [&](const ClassTable::Row& row) {
      h->Add(row.unit).Add(row.name);
      AddAll(h, row.figures, [&](const Figure& f) { Add(h, f); });
    });
  });
  AddAll(h, r.scatter, [&](const ScatterPoint& p) {
    h->Add(p.unit).Add(p.name).Add(p.x).Add(p.y).Add(p.highlight);
  });
  h->Add(r.scatter_wave).Add(r.scatter_x).Add(r.scatter_y);
  auto line = [&](const IndicatorReport::Line& l) {
    h->Add(l.unit).Add(l.comparison).Add(static_cast<int>(l.group));
    AddAll(h, l.values, [&](double v) { h->Add(v); });
  };
  AddAll(h, r.indicators, [&](const IndicatorReport& i) {
    h->Add(i.def);
    AddAll(h, i.waves, [&](int w) { h->Add(w); });
    AddAll(h, i.lines, line);
    AddAll(h, i.gender, line);
  });
  const BullyingReport& b = r.bullying;
  h->Add(b.instrument).Add(b.item).Add(b.waves);
  auto share = [&](const BullyingShare& s) {
    h->Add(s.shown).Add(static_cast<int>(s.reason)).Add(s.count).Add(s.answered);
  };
  AddAll(h, b.unit, share);
  AddAll(h, b.county, share);
  h->Add(b.first).Add(b.last).Add(b.clear_change).Add(b.clear_vs_county);
}

}  // namespace kfl
