#include "report/unit_report.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "stats/share.h"
#include "stats/standardize.h"
#include "stats/variation.h"

namespace kfl {
namespace {

// Reads figures out of the results for one report.
class FigureReader {
 public:
  FigureReader(const DataSet& data, const ResultIndex& index, const DecideFn& decide)
      : data_(data), index_(index), decide_(decide) {}

  Figure Get(int part, int unit, GroupCode group, int score) const {
    Figure f;
    long block = index_.Block(part, unit, group);
    if (block < 0) return f;
    const WaveResult& wr = index_.results().waves[part];
    const long i = block + score;
    const Aggregate& a = wr.aggregates[i];
    if (a.n == 0) return f;
    f.state = decide_(part, i);
    if (!f.shown()) return f;
    f.n = a.n;
    f.mean = a.mean;
    TScore t = Standardize(a.n, a.mean, a.sd, wr.reference[score]);
    f.has_t = t.valid;
    f.t = t.t;
    f.d = t.d;
    f.has_ci = t.valid && t.has_ci;
    f.ci_low = t.ci_low;
    f.ci_high = t.ci_high;
    return f;
  }

  // The SD behind a shown figure (for the ICC over shown children).
  double Sd(int part, int unit, int score) const {
    long block = index_.Block(part, unit, kGroupAll);
    return index_.results().waves[part].aggregates[block + score].sd;
  }

  double Sigma(int part, int score) const {
    return index_.results().waves[part].reference[score].sigma;
  }

 private:
  const DataSet& data_;
  const ResultIndex& index_;
  const DecideFn& decide_;
};

std::string ScoreTitle(const Instrument& instrument, int score, const std::string& lang) {
  if (instrument.IsAreaScore(score)) {
    return PickLang(instrument.areas[score - instrument.factors.size()].title, lang);
  }
  return PickLang(instrument.factors[score].title, lang);
}

// Every unit below `unit` at `level`, in file order (depth first).
void CollectDescendants(const UnitTree& units, int unit, Level level, std::vector<int>* out) {
  for (int c : units[unit].children) {
    if (units[c].level == level) out->push_back(c);
    else CollectDescendants(units, c, level, out);
  }
}

std::vector<int> Descendants(const UnitTree& units, int unit, Level level) {
  std::vector<int> out;
  CollectDescendants(units, unit, level, &out);
  return out;
}

// Levels below `level` in the hierarchy, nearest first.
std::vector<Level> LevelsBelow(Level level) {
  switch (level) {
    case Level::kCounty:
      return {Level::kMunicipality, Level::kSchool, Level::kClass, Level::kKindergarten,
              Level::kGroup};
    case Level::kMunicipality:
      return {Level::kSchool, Level::kClass, Level::kKindergarten, Level::kGroup};
    case Level::kSchool:
      return {Level::kClass};
    case Level::kKindergarten:
      return {Level::kGroup};
    default:
      return {};
  }
}

// Pupils who could answer `instrument` in the unit's classes (children who
// could be assessed in its groups, for a kindergarten teacher instrument),
// or -1 when unknown (another kind of instrument, no classes or groups, or
// one without enrolled).
int Enrolled(const UnitTree& units, int unit, const Instrument& instrument) {
  Level level = Level::kClass;
  if (instrument.respondent == Respondent::kKindergartenTeacher) level = Level::kGroup;
  else if (instrument.respondent != Respondent::kPupil) return -1;
  std::vector<int> classes = units[unit].level == level ? std::vector<int>{unit}
                                                        : Descendants(units, unit, level);
  int total = 0, counted = 0;
  for (int c : classes) {
    const Unit& u = units[c];
    if (instrument.grades && u.grade > 0 &&
        (u.grade < instrument.grades->first || u.grade > instrument.grades->last)) {
      continue;
    }
    if (u.enrolled < 0) return -1;
    total += u.enrolled;
    ++counted;
  }
  return counted > 0 ? total : -1;
}

// A difference is called a strength or an area for improvement only when it
// is clear (spec report-content.md, "Noise is not news"): at least this many
// SD (the report's own "small" difference) ...
constexpr double kClearD = 0.2;

// ... and larger than the half-width of its 95 % confidence interval, from
// the unit's and the reference's (independent, as a reader would take them;
// the county's is narrow, and taken as 0 when it has none). A unit without
// a CI (one respondent) is never clearly different. The reference is the
// county in the same wave, or the unit itself in an earlier one.
bool ClearlyDifferent(const Figure& unit, const Figure& county) {
  if (!unit.has_ci) return false;
  const double d = unit.d - county.d;
  // T = 50 + 10 d: a CI half-width in T points is a tenth of it in SD.
  const double hu = (unit.ci_high - unit.ci_low) / 20;
  const double hc = county.has_ci ? (county.ci_high - county.ci_low) / 20 : 0;
  return std::abs(d) >= kClearD && std::abs(d) > std::sqrt(hu * hu + hc * hc);
}

void AddHighlights(const Instrument& instrument, const std::vector<ScoreFigures>& factors,
                   InstrumentReport* out) {
  std::vector<Highlight> all;
  for (const ScoreFigures& f : factors) {
    const Figure& unit = f.columns.front();
    const Figure& county = f.columns.back();
    if (!unit.shown() || !unit.has_t || !county.shown() || !county.has_t) continue;
    if (!ClearlyDifferent(unit, county)) continue;
    all.push_back({f.score, f.title, unit.d - county.d});
  }
  std::stable_sort(all.begin(), all.end(),
                   [](const Highlight& a, const Highlight& b) { return a.d > b.d; });
  for (size_t i = 0; i < all.size() && out->strengths.size() < 3; ++i) {
    if (all[i].d > 0) out->strengths.push_back(all[i]);
  }
  for (size_t i = all.size(); i-- > 0 && out->improvements.size() < 3;) {
    if (all[i].d < 0) out->improvements.push_back(all[i]);
  }
  (void)instrument;
}

double Rounded(double v, int decimals) {
  const double scale = std::pow(10.0, decimals);
  return std::round(v * scale) / scale;
}

void RoundAsShown(Figure* f) {
  f->mean = Rounded(f->mean, kTDecimals + 1);
  f->t = Rounded(f->t, kTDecimals);
  f->d = Rounded(f->d, kTDecimals + 1);  // T = 50 + 10 d
  f->ci_low = Rounded(f->ci_low, kTDecimals);
  f->ci_high = Rounded(f->ci_high, kTDecimals);
}

void RoundAsShown(std::vector<Figure>* figures) {
  for (Figure& f : *figures) RoundAsShown(&f);
}

void RoundAsShown(std::vector<ScoreFigures>* scores) {
  for (ScoreFigures& s : *scores) RoundAsShown(&s.columns);
}

void RoundAsShown(UnitReport* r) {
  for (InstrumentReport& ir : r->instruments) {
    RoundAsShown(&ir.respondents);
    RoundAsShown(&ir.areas);
    for (AreaDetail& a : ir.details) RoundAsShown(&a.factors);
    for (TrendSeries& t : ir.trend) {
      RoundAsShown(&t.waves);
      t.change_d = Rounded(t.change_d, kTDecimals + 1);
    }
    for (GenderRow& g : ir.gender) {
      RoundAsShown(&g.girls);
      RoundAsShown(&g.boys);
      g.gap_d = Rounded(g.gap_d, kTDecimals + 1);
    }
    for (std::vector<Highlight>* list : {&ir.strengths, &ir.improvements, &ir.changes, &ir.areas_clear}) {
      for (Highlight& h : *list) h.d = Rounded(h.d, kSdDecimals);
    }
    auto round = [](InstrumentReport::GradeSeries& g) {
      for (std::vector<Figure>& figures : g.areas) RoundAsShown(&figures);
      for (Highlight& h : g.changes) h.d = Rounded(h.d, kSdDecimals);
    };
    round(ir.year_group);
    for (InstrumentReport::GradeSeries& g : ir.same_grades) round(g);
    for (InstrumentReport::GradeSeries& g : ir.year_groups) round(g);
    for (VariationBlock& v : ir.variation) {
      RoundAsShown(&v.parent);
      for (ChildFigure& c : v.children) RoundAsShown(&c.figure);
      v.icc = Rounded(v.icc, kIccDecimals);
      v.spread_d = Rounded(v.spread_d, kSdDecimals);
    }
  }
  for (ClassTable& t : r->class_tables) {
    for (ClassTable::Row& row : t.rows) RoundAsShown(&row.figures);
  }
}

}  // namespace


namespace {

// Builds one unit's report, a piece at a time (BuildUnitReport).
class ReportBuilder {
 public:
  ReportBuilder(const DataSet& data, const ResultIndex& index, const DecideFn& decide, int unit,
                const ReportOptions& options)
      : data_(data), index_(index), units_(data.units), reader_(data, index, decide),
        options_(options), lang_(options.lang) {
    report_.unit = unit;
  }

  UnitReport Build() {
    const int unit = report_.unit;
    for (int u = unit; u >= 0; u = units_[u].parent) {
      report_.breadcrumbs.insert(report_.breadcrumbs.begin(), u);
      report_.columns.push_back({u, units_[u].name, units_[u].level});
    }
    for (Level level : LevelsBelow(units_[unit].level)) {
      int count = static_cast<int>(Descendants(units_, unit, level).size());
      if (count > 0) report_.units_below.emplace_back(level, count);
    }
    for (size_t ins = 0; ins < data_.instruments.size(); ++ins) {
      // The wave: the requested one, or the last in which the unit has data
      // of this instrument.
      int wave = options_.wave;
      for (int w = static_cast<int>(data_.project.waves.size()) - 1; wave < 0 && w >= 0; --w) {
        if (index_.Block(index_.Part(w, static_cast<int>(ins)), unit, kGroupAll) >= 0) wave = w;
      }
      if (wave < 0) continue;
      const int part = index_.Part(wave, static_cast<int>(ins));
      if (index_.Block(part, unit, kGroupAll) < 0) continue;
      report_.wave = std::max(report_.wave, wave);
      report_.instruments.push_back(Instrument(static_cast<int>(ins), wave, part));
    }
    if (options_.audience.restricted()) ClassTables();
    Scatter();
    Indicators();
    Bullying();
    RoundAsShown(&report_);
    return std::move(report_);
  }

 private:
  InstrumentReport Instrument(int ins, int wave, int part) const {
    const kfl::Instrument& instrument = data_.instruments[ins];
    const int unit = report_.unit;
    InstrumentReport ir;
    ir.instrument = ins;
    ir.part = part;
    ir.wave = wave;
    ir.kindergarten = IsKindergartenLevel(instrument.unit_level);
    ir.title = PickLang(instrument.title, lang_);
    ir.enrolled = Enrolled(units_, unit, instrument);
    for (size_t w = 0; w < data_.project.waves.size(); ++w) {
      if (index_.Block(index_.Part(static_cast<int>(w), ins), units_.county(), kGroupAll) >= 0) {
        ir.answered_waves.push_back(static_cast<int>(w));
      }
    }
    std::vector<ScoreFigures> all_factors;
    for (size_t a = 0; a < instrument.areas.size(); ++a) {
      const int area_score = instrument.AreaScore(static_cast<int>(a));
      ir.areas.push_back(Scores(instrument, part, area_score));
      const Figure& f = ir.areas.back().columns.front();
      if (f.state != FigureState::kNoData &&
          (ir.respondents.state == FigureState::kNoData || f.n > ir.respondents.n)) {
        ir.respondents = f;
      }
      ir.details.push_back(Detail(instrument, part, static_cast<int>(a), ir.areas.back().title,
                                  &all_factors));
      ir.trend.push_back(Trend(ins, area_score, ir.areas.back().title));
      if (instrument.HasBackground(Background::kGender)) {
        GenderRow g{area_score, ir.areas.back().title,
                    reader_.Get(part, unit, kGroupFemale, area_score),
                    reader_.Get(part, unit, kGroupMale, area_score)};
        if (g.girls.shown() && g.boys.shown() && g.girls.has_t && g.boys.has_t) {
          g.has_gap = true;
          g.gap_d = g.girls.d - g.boys.d;
        }
        ir.gender.push_back(std::move(g));
      }
    }
    if (unit != units_.county()) {
      AddHighlights(instrument, all_factors, &ir);
      for (const ScoreFigures& a : ir.areas) {
        const Figure& own = a.columns.front();
        const Figure& county = a.columns.back();
        if (own.shown() && own.has_t && county.shown() && county.has_t && ClearlyDifferent(own, county)) {
          ir.areas_clear.push_back({a.score, a.title, own.d - county.d});
        }
      }
      std::stable_sort(ir.areas_clear.begin(), ir.areas_clear.end(),
                       [](const Highlight& a, const Highlight& b) { return a.d > b.d; });
    }
    AddChanges(&ir);
    AddGrades(ins, instrument, &ir);
    AddVariation(instrument, &ir);
    return ir;
  }

  // One score with a figure per column (the unit, then up to the county).
  ScoreFigures Scores(const kfl::Instrument& instrument, int part, int score) const {
    ScoreFigures sf{score, ScoreTitle(instrument, score, lang_), {}};
    for (const Column& c : report_.columns) {
      sf.columns.push_back(reader_.Get(part, c.unit, kGroupAll, score));
    }
    return sf;
  }

  // An area's factors and the answer distributions of its items.
  AreaDetail Detail(const kfl::Instrument& instrument, int part, int a, const std::string& title,
                    std::vector<ScoreFigures>* all_factors) const {
    AreaDetail detail{a, title, {}, {}};
    const long first_item = index_.Distributions(part, report_.unit);
    const WaveResult& wr = index_.results().waves[part];
    const auto& views = wr.DistributionView(options_.audience.kind);
    for (int factor : instrument.areas[a].factors) {
      detail.factors.push_back(Scores(instrument, part, factor));
      all_factors->push_back(detail.factors.back());
      for (int item : instrument.factors[factor].items) {
        if (first_item < 0 || first_item + item >= static_cast<long>(wr.distributions.size())) {
          continue;
        }
        const ItemDistribution& dist = wr.distributions[first_item + item];
        ItemFigures f{item, PickLang(instrument.items[item].text, lang_)};
        f.answered = dist.answered();
        if (f.answered == 0) continue;
        f.reverse = instrument.items[item].reverse;
        const DistributionDecision decision =
            first_item + item < static_cast<long>(views.size()) ? views[first_item + item]
                                                                : DistributionDecision{};
        f.granularity = decision.granularity;
        f.reason = decision.reason;
        f.groups = CategoryGroups(static_cast<int>(dist.counts.size()), f.reverse, f.granularity);
        for (const auto& [first, last] : f.groups) {
          int sum = 0;
          for (int c = first; c <= last; ++c) sum += dist.counts[c];
          f.counts.push_back(sum);
        }
        detail.items.push_back(std::move(f));
      }
    }
    return detail;
  }

  // The areas whose figure in the report's wave differs clearly from the
  // unit's latest earlier shown one.
  static void AddChanges(InstrumentReport* ir) {
    auto usable = [](const Figure& f) { return f.shown() && f.has_t; };
    for (int w = ir->wave - 1; w >= 0 && ir->previous_wave < 0; --w) {
      for (const TrendSeries& t : ir->trend) {
        if (usable(t.waves[w]) && usable(t.waves[ir->wave])) ir->previous_wave = w;
      }
    }
    if (ir->previous_wave < 0) return;
    for (const TrendSeries& t : ir->trend) {
      const Figure& now = t.waves[ir->wave];
      const Figure& then = t.waves[ir->previous_wave];
      if (usable(now) && usable(then) && ClearlyDifferent(now, then)) {
        ir->changes.push_back({t.score, t.title, now.d - then.d});
      }
    }
    std::stable_sort(ir->changes.begin(), ir->changes.end(),
                     [](const Highlight& a, const Highlight& b) { return std::abs(a.d) > std::abs(b.d); });
  }

  // The year a wave was held, from its id ("2018"); -1 when the id is not a year.
  int WaveYear(int wave) const {
    const std::string& id = data_.project.waves[wave].id;
    if (id.size() != 4 || id.find_first_not_of("0123456789") != std::string::npos) return -1;
    return std::stoi(id);
  }

  using GradeSeries = InstrumentReport::GradeSeries;

  // The grade of pupils of `instrument` in wave `w` that this series
  // follows at `unit`: a fixed grade (`start` < 0), or the year group that
  // started in `start` (grade = year - start). 0 when none.
  int GradeIn(int w, int grade, int start) const {
    if (start < 0) return grade;
    const int year = WaveYear(w);
    return year < 0 ? 0 : year - start;
  }

  // One grade or one year group at `unit` over the waves of instrument
  // `ins` up to the report's wave, where the unit had pupils of that grade
  // answering; no points when fewer than two. `relative`: against the
  // county's pupils of the same grade in the same wave (50).
  GradeSeries Follow(int ins, const kfl::Instrument& instrument, const InstrumentReport& ir, int unit,
                     int grade, int start, bool relative) const {
    GradeSeries series;
    series.unit = unit;
    auto covers = [](const kfl::Instrument& i, int g) {
      return g >= 1 && g <= 10 && (!i.grades || (g >= i.grades->first && g <= i.grades->last));
    };
    for (int w = 0; w <= ir.wave; ++w) {
      const int g = GradeIn(w, grade, start);
      const GroupCode group = static_cast<GroupCode>(kGroupGrade0 + g);
      if (covers(instrument, g)) {
        const int part = index_.Part(w, ins);
        if (part >= 0 && index_.Block(part, unit, group) >= 0) series.points.push_back({w, g});
        continue;
      }
      // The year group answered another instrument of the same
      // respondents for this grade then (pupils 1-4 before 5-10).
      for (size_t j = 0; start >= 0 && j < data_.instruments.size(); ++j) {
        const kfl::Instrument& other = data_.instruments[j];
        const int part = index_.Part(w, static_cast<int>(j));
        if (static_cast<int>(j) == ins || other.respondent != instrument.respondent ||
            other.unit_level != instrument.unit_level || !covers(other, g) || part < 0 ||
            index_.Block(part, unit, group) < 0) {
          continue;
        }
        series.earlier_instrument = static_cast<int>(j);
        series.earlier_wave = w;
      }
    }
    if (series.points.size() < 2) {
      series.points.clear();
      return series;  // keeps what it answered before
    }
    const bool shift = relative && unit != units_.county();
    for (size_t a = 0; a < instrument.areas.size(); ++a) {
      const int score = instrument.AreaScore(static_cast<int>(a));
      std::vector<Figure> figures;
      for (const GradeSeries::Point& p : series.points) {
        const int part = index_.Part(p.wave, ins);
        const GroupCode group = static_cast<GroupCode>(kGroupGrade0 + p.grade);
        Figure f = reader_.Get(part, unit, group, score);
        if (shift) {
          const Figure county = reader_.Get(part, units_.county(), group, score);
          if (f.shown() && !(county.shown() && county.has_t && f.has_t)) {
            f.state = FigureState::kNoData;  // nothing to place it against
          }
          if (f.shown()) {
            const double by = county.t - 50;
            f.t -= by;
            f.d -= county.d;
            f.ci_low -= by;
            f.ci_high -= by;
          }
        }
        figures.push_back(f);
      }
      // The change from the first to the last shown point.
      const Figure* first = nullptr;
      const Figure* last = nullptr;
      for (const Figure& f : figures) {
        if (!f.shown() || !f.has_t) continue;
        if (first == nullptr) first = &f;
        last = &f;
      }
      if (first != nullptr && last != first && ClearlyDifferent(*last, *first)) {
        series.changes.push_back({score, ir.areas[a].title, last->d - first->d});
      }
      series.areas.push_back(std::move(figures));
    }
    std::stable_sort(series.changes.begin(), series.changes.end(),
                     [](const Highlight& a, const Highlight& b) { return std::abs(a.d) > std::abs(b.d); });
    return series;
  }

  // A class's year group at its school; a school's, a municipality's or
  // the county's grades and year groups (spec "Same pupils or not").
  void AddGrades(int ins, const kfl::Instrument& instrument, InstrumentReport* ir) const {
    const Unit& unit = units_[report_.unit];
    const int year = WaveYear(ir->wave);
    if (ir->kindergarten || year < 0) return;
    if (unit.level == Level::kClass) {
      for (int at = unit.parent; unit.grade > 0 && at >= 0 && at != units_.county();
           at = units_[at].parent) {
        ir->year_group = Follow(ins, instrument, *ir, at, 0, year - unit.grade, true);
        if (!ir->year_group.points.empty()) break;
      }
      if (ir->year_group.points.empty()) ir->year_group.unit = unit.parent;
      return;
    }
    if (unit.level != Level::kSchool && unit.level != Level::kMunicipality &&
        unit.level != Level::kCounty) {
      return;
    }
    const int part = index_.Part(ir->wave, ins);
    for (int g = 1; g <= 10; ++g) {
      if (index_.Block(part, report_.unit, static_cast<GroupCode>(kGroupGrade0 + g)) < 0) continue;
      GradeSeries same = Follow(ins, instrument, *ir, report_.unit, g, -1, false);
      if (!same.points.empty()) ir->same_grades.push_back(std::move(same));
      GradeSeries group = Follow(ins, instrument, *ir, report_.unit, 0, year - g, true);
      if (!group.points.empty()) ir->year_groups.push_back(std::move(group));
    }
    std::reverse(ir->year_groups.begin(), ir->year_groups.end());  // oldest first
  }

  // The unit's figure for one area in every wave.
  TrendSeries Trend(int ins, int area_score, const std::string& title) const {
    TrendSeries trend{area_score, title, {}};
    for (size_t w = 0; w < data_.project.waves.size(); ++w) {
      trend.waves.push_back(reader_.Get(index_.Part(static_cast<int>(w), ins), report_.unit,
                                        kGroupAll, area_score));
      const Figure& tf = trend.waves.back();
      if (tf.shown() && tf.has_t) {
        if (trend.first_wave < 0) trend.first_wave = static_cast<int>(w);
        trend.last_wave = static_cast<int>(w);
      }
    }
    if (trend.first_wave >= 0 && trend.last_wave > trend.first_wave) {
      trend.has_change = true;
      trend.change_d = trend.waves[trend.last_wave].d - trend.waves[trend.first_wave].d;
    }
    return trend;
  }

  // Variation among the units one level below (those the audience sees).
  void AddVariation(const kfl::Instrument& instrument, InstrumentReport* ir) const {
    for (Level level : LevelsBelow(units_[report_.unit].level)) {
      if (!options_.audience.Shows(level)) continue;
      std::vector<int> children = Descendants(units_, report_.unit, level);
      if (children.size() < 2) continue;
      for (size_t a = 0; a < instrument.areas.size(); ++a) {
        const int score = instrument.AreaScore(static_cast<int>(a));
        VariationBlock v;
        v.score = score;
        v.title = ir->areas[a].title;
        v.child_level = level;
        v.parent = ir->areas[a].columns.front();
        std::vector<ChildSummary> summaries;
        for (int c : children) {
          Figure f = reader_.Get(ir->part, c, kGroupAll, score);
          if (f.state == FigureState::kNoData) continue;
          if (!f.shown()) {
            ++v.hidden_children;
            continue;
          }
          summaries.push_back({f.n, f.mean, reader_.Sd(ir->part, c, score)});
          // A class or group below a municipality or the county is named
          // with its school or kindergarten: "8A" is in every school.
          const int parent = units_[c].parent;
          const bool grandchild = parent >= 0 && parent != report_.unit &&
                                  (level == Level::kClass || level == Level::kGroup);
          v.children.push_back(
              {c, grandchild ? units_[c].name + ", " + units_[parent].name : units_[c].name, f});
        }
        if (v.children.empty() && v.hidden_children == 0) continue;
        // ICC and spread over the shown children only: they then reveal
        // nothing about a hidden one.
        Variation var = ComputeVariation(summaries, reader_.Sigma(ir->part, score), 0);
        v.units = var.units;
        v.has_icc = var.has_icc;
        v.icc = var.icc;
        v.has_spread = var.has_spread && v.children.size() >= 2;
        v.spread_d = var.spread_d;
        std::stable_sort(v.children.begin(), v.children.end(),
                         [](const ChildFigure& x, const ChildFigure& y) {
                           return x.figure.mean > y.figure.mean;
                         });
        ir->variation.push_back(std::move(v));
      }
    }
  }

  // The head teacher's overview: classes side by side per factor; the
  // kindergarten manager's: groups.
  void ClassTables() {
    const Level level = units_[report_.unit].level;
    const Level row_level = level == Level::kSchool         ? Level::kClass
                            : level == Level::kKindergarten ? Level::kGroup
                                                            : Level::kCounty;
    if (row_level == Level::kCounty) return;
    const std::vector<int> classes = Descendants(units_, report_.unit, row_level);
    for (const InstrumentReport& ir : report_.instruments) {
      const kfl::Instrument& instrument = data_.instruments[ir.instrument];
      if (instrument.unit_level != row_level || classes.empty()) continue;
      ClassTable table{ir.instrument, row_level, ir.title, {}, {}};
      for (const Factor& f : instrument.factors) table.factors.push_back(PickLang(f.title, lang_));
      for (int c : classes) {
        if (index_.Block(ir.part, c, kGroupAll) < 0) continue;
        ClassTable::Row row{c, units_[c].name, {}};
        for (size_t f = 0; f < instrument.factors.size(); ++f) {
          row.figures.push_back(reader_.Get(ir.part, c, kGroupAll, static_cast<int>(f)));
        }
        table.rows.push_back(std::move(row));
      }
      if (!table.rows.empty()) report_.class_tables.push_back(std::move(table));
    }
  }

  // Social background and learning results: the municipalities by the
  // first `background` indicator and the first `result` one, for the
  // county and each municipality (highlighted), in the latest wave up to
  // the report's that has both for at least three of them.
  void Scatter() {
    const int unit = report_.unit;
    const Level level = units_[unit].level;
    if (level != Level::kCounty && level != Level::kMunicipality) return;
    const std::vector<IndicatorDef>& defs = data_.project.indicators;
    for (size_t d = 0; d < defs.size(); ++d) {
      if (defs[d].kind == IndicatorDef::Kind::kBackground && report_.scatter_x < 0) report_.scatter_x = static_cast<int>(d);
      if (defs[d].kind == IndicatorDef::Kind::kResult && report_.scatter_y < 0) report_.scatter_y = static_cast<int>(d);
    }
    if (report_.scatter_x < 0 || report_.scatter_y < 0) return;
    std::vector<int> municipalities = Descendants(units_, units_.county(), Level::kMunicipality);
    for (int w = report_.wave; w >= 0 && report_.scatter.empty(); --w) {
      std::vector<ScatterPoint> points;
      std::vector<int> found(units_.size(), 0);  // bit 1: x, bit 2: y
      std::vector<std::pair<double, double>> xy(units_.size());
      for (const Indicator& ind : data_.indicators) {
        if (ind.wave != w || ind.unit < 0 || ind.group != Indicator::Group::kAll) continue;
        if (ind.def == report_.scatter_x) xy[ind.unit].first = ind.value, found[ind.unit] |= 1;
        if (ind.def == report_.scatter_y) xy[ind.unit].second = ind.value, found[ind.unit] |= 2;
      }
      for (int m : municipalities) {
        if (found[m] == 3) points.push_back({m, units_[m].name, xy[m].first, xy[m].second, m == unit});
      }
      if (points.size() >= 3) {
        report_.scatter = std::move(points);
        report_.scatter_wave = w;
      }
    }
  }

  // Learning results and completion of the county, a municipality or a
  // school: every result and completion indicator the unit has.
  void Indicators() {
    const Level level = units_[report_.unit].level;
    if (level != Level::kCounty && level != Level::kMunicipality && level != Level::kSchool) return;
    const std::vector<IndicatorDef>& defs = data_.project.indicators;
    // The unit, then its parents (breadcrumbs are county first).
    std::vector<int> chain(report_.breadcrumbs.rbegin(), report_.breadcrumbs.rend());
    // Learning results first, then completion (each in project.json's order).
    std::vector<size_t> order;
    for (IndicatorDef::Kind kind : {IndicatorDef::Kind::kResult, IndicatorDef::Kind::kCompletion}) {
      for (size_t d = 0; d < defs.size(); ++d) {
        if (defs[d].kind == kind) order.push_back(d);
      }
    }
    for (size_t d : order) {
      IndicatorReport r;
      r.def = static_cast<int>(d);
      for (int u : chain) r.lines.push_back({u, -1, Indicator::Group::kAll, {}});
      for (size_t c = 0; c < data_.project.comparisons.size(); ++c) {
        r.lines.push_back({-1, static_cast<int>(c), Indicator::Group::kAll, {}});
      }
      r.gender = {{report_.unit, -1, Indicator::Group::kFemale, {}},
                  {report_.unit, -1, Indicator::Group::kMale, {}}};
      std::vector<std::vector<double>> lines(r.lines.size() + 2,
                                             std::vector<double>(data_.project.waves.size(), std::numeric_limits<double>::quiet_NaN()));
      for (const Indicator& ind : data_.indicators) {
        if (ind.def != r.def) continue;
        for (size_t l = 0; l < r.lines.size() + 2; ++l) {
          const IndicatorReport::Line& line = l < r.lines.size() ? r.lines[l] : r.gender[l - r.lines.size()];
          if (ind.unit == line.unit && ind.comparison == line.comparison && ind.group == line.group) {
            lines[l][ind.wave] = ind.value;
          }
        }
      }
      auto any = [](const std::vector<double>& v) {
        return std::any_of(v.begin(), v.end(), [](double x) { return std::isfinite(x); });
      };
      if (!any(lines[0])) continue;  // the unit has none
      for (size_t w = 0; w < data_.project.waves.size() && w <= static_cast<size_t>(report_.wave); ++w) {
        bool given = false;
        for (const std::vector<double>& l : lines) given = given || std::isfinite(l[w]);
        if (given) r.waves.push_back(static_cast<int>(w));
      }
      auto pick = [&](const std::vector<double>& all) {
        std::vector<double> v;
        for (int w : r.waves) v.push_back(all[w]);
        return v;
      };
      std::vector<IndicatorReport::Line> kept;
      for (size_t l = 0; l < r.lines.size(); ++l) {
        if (!any(lines[l])) continue;
        r.lines[l].values = pick(lines[l]);
        kept.push_back(std::move(r.lines[l]));
      }
      r.lines = std::move(kept);
      const size_t g = lines.size() - 2;
      if (any(lines[g]) && any(lines[g + 1])) {
        r.gender[0].values = pick(lines[g]);
        r.gender[1].values = pick(lines[g + 1]);
      } else {
        r.gender.clear();
      }
      if (!r.waves.empty()) report_.indicators.push_back(std::move(r));
    }
  }

  // The share of pupils who say they are bullied, of the county, a
  // municipality or a school and of the county, in every wave up to the
  // report's in which the item was answered.
  void Bullying() {
    const BullyingDef& def = data_.project.bullying;
    const Level level = units_[report_.unit].level;
    if (def.instrument.empty() || report_.wave < 0) return;
    if (level != Level::kCounty && level != Level::kMunicipality && level != Level::kSchool) return;
    BullyingReport& b = report_.bullying;
    for (size_t i = 0; i < data_.instruments.size(); ++i) {
      if (data_.instruments[i].id == def.instrument) b.instrument = static_cast<int>(i);
    }
    if (b.instrument < 0) return;
    b.item = data_.instruments[b.instrument].ItemIndex(def.item);
    const bool county = report_.unit == units_.county();
    for (int w = 0; w <= report_.wave; ++w) {
      const int part = index_.Part(w, b.instrument);
      if (part < 0 || index_.Distributions(part, units_.county()) < 0) continue;
      b.waves.push_back(w);
      b.unit.push_back(ShareOf(part, report_.unit, def.values));
      if (!county) b.county.push_back(ShareOf(part, units_.county(), def.values));
    }
    for (size_t w = 0; w < b.unit.size(); ++w) {
      if (!b.unit[w].shown) continue;
      if (b.first < 0) b.first = static_cast<int>(w);
      b.last = static_cast<int>(w);
    }
    if (b.first < 0) return;
    auto share = [](const BullyingShare& s) { return Share{s.count, s.answered}; };
    b.clear_change = SharesDiffer(share(b.unit[b.last]), share(b.unit[b.first]));
    b.clear_vs_county = !county && b.county[b.last].shown &&
                        SharesDiffer(share(b.unit[b.last]), share(b.county[b.last]));
  }

  // Those of `unit` who gave one of `values` to the bullying item in `part`,
  // where its distribution is shown in groups that make up exactly those.
  BullyingShare ShareOf(int part, int unit, const std::vector<int>& values) const {
    BullyingShare s;
    const long first = index_.Distributions(part, unit);
    const WaveResult& wr = index_.results().waves[part];
    const BullyingReport& b = report_.bullying;
    const auto& views = wr.DistributionView(options_.audience.kind);
    if (first < 0 || first + b.item >= static_cast<long>(views.size())) return s;
    const ItemDistribution& dist = wr.distributions[first + b.item];
    const DistributionDecision decision = views[first + b.item];
    s.answered = dist.answered();
    s.reason = decision.reason;
    const int min = data_.instruments[b.instrument].scale.min;
    const bool reverse = data_.instruments[b.instrument].items[b.item].reverse;
    int covered = 0;
    for (const auto& [lo, hi] : CategoryGroups(static_cast<int>(dist.counts.size()), reverse, decision.granularity)) {
      const long in = std::count_if(values.begin(), values.end(),
                                    [&](int v) { return v - min >= lo && v - min <= hi; });
      if (in == 0) continue;
      if (in != hi - lo + 1) return s;  // the group holds answers counted and others
      covered += static_cast<int>(in);
      for (int k = lo; k <= hi; ++k) s.count += dist.counts[k];
    }
    s.shown = covered == static_cast<int>(values.size());
    if (!s.shown) s.count = 0;
    return s;
  }

  const DataSet& data_;
  const ResultIndex& index_;
  const UnitTree& units_;
  const FigureReader reader_;
  const ReportOptions& options_;
  const std::string& lang_;
  UnitReport report_;
};

}  // namespace

UnitReport BuildUnitReport(const DataSet& data, const ResultIndex& index, const DecideFn& decide,
                           int unit, const ReportOptions& options) {
  return ReportBuilder(data, index, decide, unit, options).Build();
}

}  // namespace kfl
