// UnitReport: everything the page and the PDF of one unit show (spec
// report-content.md), as plain data: figures with their disclosure state,
// titles in the reader's language, no formatting and no markup. The site
// (site/) and the PDF reports (pdf/) render the same UnitReport, so the two
// can never disagree on a figure or on what is hidden.
//
//   ResultIndex index(data, results);
//   UnitReport r = BuildUnitReport(data, index, decide, unit, {.lang = "nb", .wave = 2});
//
// Pure: reads the data set and the results, touches nothing else.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "model/data_set.h"
#include "privacy/audience.h"
#include "privacy/category.h"
#include "report/result_index.h"

namespace kfl {

// The decimals a reader sees: T-scores (and their confidence limits), SD
// differences and spreads, and ICCs. A UnitReport holds every figure
// rounded to these (see BuildUnitReport), so the output is a function of
// what the reader sees, and a page's cache key (report_key.h) changes only
// when something shown on it does.
inline constexpr int kTDecimals = 1;
inline constexpr int kSdDecimals = 1;
inline constexpr int kIccDecimals = 2;
// Shares of pupils (the share who say they are bullied), in per cent.
inline constexpr int kShareDecimals = 1;

// What a reader may see of one aggregate.
enum class FigureState : uint8_t {
  kShown,
  kTooFew,  // fewer respondents than the audience's threshold
  kHidden,  // hidden so that another hidden figure cannot be worked out
  kNoData,  // nobody answered
};

// The disclosure decision for aggregate `index` of Results::waves[part]
// (privacy/). Must be safe to call from several threads.
using DecideFn = std::function<FigureState(int part, long index)>;

// One T-score figure. Everything but `state` is meaningful only when shown.
struct Figure {
  FigureState state = FigureState::kNoData;
  int n = 0;
  double mean = 0;
  bool has_t = false;  // false when the instrument has no usable reference
  double t = 0;
  double d = 0;
  bool has_ci = false;
  double ci_low = 0;
  double ci_high = 0;

  bool shown() const { return state == FigureState::kShown; }
};

// The levels a unit is compared with: the unit itself, then its parents up
// to the county.
struct Column {
  int unit = -1;
  std::string name;  // untrusted: escape on output
  Level level = Level::kCounty;
};

// One score (area or factor) with a figure per Column.
struct ScoreFigures {
  int score = -1;
  std::string title;
  std::vector<Figure> columns;
};

// The answer distribution of one item in the unit (group all), at the
// granularity the privacy stage allows (privacy/category.h): every scale
// value, or groups of them, or hidden with the reason.
struct ItemFigures {
  int item = -1;
  std::string text;
  Granularity granularity = Granularity::kHidden;
  CategoryDisclosure reason = CategoryDisclosure::kShown;  // why not every value
  bool reverse = false;  // the favourable end is the bottom of the scale
  std::vector<std::pair<int, int>> groups;  // shown groups: scale index ranges, min first
  std::vector<int> counts;                  // one per group
  int answered = 0;

  bool shown() const { return granularity != Granularity::kHidden; }
};

struct AreaDetail {
  int area = -1;
  std::string title;
  std::vector<ScoreFigures> factors;
  std::vector<ItemFigures> items;
};

// A score's figure for the unit in every wave of the project.
struct TrendSeries {
  int score = -1;
  std::string title;
  std::vector<Figure> waves;  // one per Project::waves (charts show answered_waves)
  bool has_change = false;    // first and last shown wave with T
  int first_wave = -1;
  int last_wave = -1;
  double change_d = 0;  // d(last) - d(first), in SD units
};

struct GenderRow {
  int score = -1;
  std::string title;
  Figure girls;
  Figure boys;
  bool has_gap = false;
  double gap_d = 0;  // d(girls) - d(boys)
};

// A factor far above or below the county, in SD units.
struct Highlight {
  int score = -1;
  std::string title;
  double d = 0;  // d(unit) - d(county) in the report's wave
};

struct ChildFigure {
  int unit = -1;
  std::string name;
  Figure figure;
};

// How the units one level below differ on one score.
struct VariationBlock {
  int score = -1;
  std::string title;
  Level child_level = Level::kSchool;
  Figure parent;                      // the unit itself
  std::vector<ChildFigure> children;  // shown ones, sorted by T
  int hidden_children = 0;            // children with respondents but no shown figure
  int units = 0;                      // children in the ICC
  bool has_icc = false;
  double icc = 0;
  bool has_spread = false;
  double spread_d = 0;
};

struct InstrumentReport {
  int instrument = -1;
  int part = -1;  // index into Results::waves
  int wave = -1;  // the wave reported on (index into Project::waves)
  // The instrument belongs to the kindergartens (unit_level kindergarten or
  // group): pages and PDFs keep it apart from the schools' instruments.
  bool kindergarten = false;
  std::string title;
  Figure respondents;     // n = respondents with any area score, when shown
  // Pupils who could answer (pupil instruments) or children who could be
  // assessed (kindergarten teacher instruments); -1 unknown.
  int enrolled = -1;
  // Waves in which the instrument was answered at all (anywhere in the
  // county), ascending: the waves a trend chart has. Schools and
  // kindergartens are surveyed in different years.
  std::vector<int> answered_waves;
  std::vector<ScoreFigures> areas;
  std::vector<AreaDetail> details;
  std::vector<TrendSeries> trend;     // per area
  std::vector<GenderRow> gender;      // per area; empty without gender
  std::vector<Highlight> strengths;   // up to 3 factors, highest first
  std::vector<Highlight> improvements;  // up to 3 factors, lowest first
  // The areas clearly different from the county in the report's wave
  // (d = unit - county), highest first; the county's own is empty.
  std::vector<Highlight> areas_clear;
  // Areas that changed clearly since the unit's previous shown wave (the
  // same grades, other pupils), largest change first; d = d(now) - d(then).
  std::vector<Highlight> changes;
  int previous_wave = -1;  // that wave; -1 when the unit has none
  // Pupils of one grade over the waves, or one year group followed as it
  // grows older (spec "Same pupils or not"): the grade's or the year
  // group's `grade:N` aggregates at one unit, linked across the waves of
  // this instrument, with their own privacy decisions.
  struct GradeSeries {
    struct Point {
      int wave = -1;
      int grade = 0;
    };
    int unit = -1;              // whose grade:N aggregates
    std::vector<Point> points;  // oldest first; two or more
    // [area][point]. A grade: its T. A year group: its T relative to the
    // county's pupils of the same grade in the same wave, who are 50 (d the
    // difference in SD; hidden when either is), so that the age trend is
    // taken out; the county's own year groups keep their T.
    std::vector<std::vector<Figure>> areas;
    // Areas that changed clearly from the first to the last shown point,
    // largest first; d = last - first, in SD.
    std::vector<Highlight> changes;
    // A year group that answered another instrument for its grade before
    // (pupils 1-4 before 5-10): that instrument and its latest such wave;
    // its figures are not joined to these. -1 when none.
    int earlier_instrument = -1;
    int earlier_wave = -1;
  };
  // A class's year group at its school (the pupils who started school the
  // same year), against the county's same grade; at its municipality when
  // the school had none of them in an earlier wave (an ungdomsskole's 8th
  // grade was at the barneskoler two years before); no points when neither
  // had. Empty but for classes with a grade and waves
  // whose ids are years.
  GradeSeries year_group;
  // Schools, municipalities and the county: each grade at the unit in the
  // report's wave over the earlier waves (the same grade, other pupils),
  // and each year group at the unit followed back to earlier grades.
  std::vector<GradeSeries> same_grades;  // by grade
  std::vector<GradeSeries> year_groups;  // oldest first
  std::vector<VariationBlock> variation;  // per area and child level
};

// The head teacher's overview: every class of a school side by side, per
// factor of one class-level instrument (restricted only). The same for the
// groups of a kindergarten (level kGroup), for its manager.
struct ClassTable {
  int instrument = -1;
  Level level = Level::kClass;  // of the rows: kClass or kGroup
  std::string title;
  std::vector<std::string> factors;  // column titles
  struct Row {
    int unit = -1;
    std::string name;
    std::vector<Figure> figures;  // one per factor
  };
  std::vector<Row> rows;  // classes in file order (grade order in practice)
};

struct ScatterPoint {
  int unit = -1;
  std::string name;
  double x = 0;  // the background indicator, as given (a share 0-1 for "%")
  double y = 0;  // the result indicator, as given
  bool highlight = false;
};

// Learning results and completion (spec report-content.md): one indicator
// of kind result or completion of indicators.csv over the waves, the unit
// against its parents and the comparison units, and its girls and boys
// where given. Values as given (a share 0-1 for "%").
struct IndicatorReport {
  int def = -1;            // index into Project::indicators
  std::vector<int> waves;  // the waves with a value on any line, ascending
  struct Line {
    int unit = -1;        // index into the unit tree, or -1
    int comparison = -1;  // index into Project::comparisons, or -1
    Indicator::Group group = Indicator::Group::kAll;
    std::vector<double> values;  // per wave of `waves`; NaN when not given
  };
  // The unit first, then its parents up to the county, then the comparison
  // units: the lines that have a value in some wave.
  std::vector<Line> lines;
  std::vector<Line> gender;  // the unit's girls and boys; empty when not given
};

// The share of pupils who say they are bullied (project.json `bullying`):
// those who gave one of its values to its item, of those who answered it.
// Shown only where the item's distribution is shown (privacy/category.h) in
// groups that make up exactly those values, so that it tells nothing the
// distribution does not.
struct BullyingShare {
  bool shown = false;
  CategoryDisclosure reason = CategoryDisclosure::kNotShown;  // when not shown
  int count = 0;
  int answered = 0;  // 0: nobody answered
};

struct BullyingReport {
  int instrument = -1;     // index into DataSet::instruments; -1: no such figure
  int item = -1;           // index into its items
  std::vector<int> waves;  // answered anywhere, up to the report's wave, ascending
  std::vector<BullyingShare> unit;    // per wave of `waves`
  std::vector<BullyingShare> county;  // per wave; empty for the county itself
  // The unit's first and last shown wave (indexes into `waves`; -1 when it
  // has none), and whether the share changed between them, and differs
  // from the county's in the last, by more than the uncertainty
  // (stats/share.h).
  int first = -1;
  int last = -1;
  bool clear_change = false;
  bool clear_vs_county = false;
};

struct UnitReport {
  int unit = -1;
  int wave = -1;  // the latest of the instruments' waves (InstrumentReport::wave)
  std::vector<int> breadcrumbs;  // county first, the unit last
  std::vector<Column> columns;   // the unit first, then up to the county
  std::vector<std::pair<Level, int>> units_below;  // level -> count, higher levels first
  std::vector<InstrumentReport> instruments;
  std::vector<ClassTable> class_tables;  // restricted school and kindergarten pages only
  std::vector<ScatterPoint> scatter;  // empty without both indicators
  int scatter_wave = -1;
  int scatter_x = -1;  // Project::indicators: the first `background` one
  int scatter_y = -1;  // the first `result` one
  std::vector<IndicatorReport> indicators;  // county, municipality and school
  BullyingReport bullying;                  // county, municipality and school
};

struct ReportOptions {
  std::string lang = "nb";
  // The wave reported on; -1: for each instrument the last in which the
  // unit has its data (schools and kindergartens have different waves).
  int wave = -1;
  // Who reads the report: the levels it shows below the unit (variation,
  // the head teacher's class tables) and the distributions' decisions.
  Audience audience;
};

// Indicator names used for the social-background comparison.


// Everything derived (highlights, their order, differences, ICCs, sort
// orders) is computed from the exact figures; then every number is rounded
// to the decimals it is shown with (kTDecimals ...; d, its differences and
// means, which are not shown, to the 0.01 that one T decimal equals).
UnitReport BuildUnitReport(const DataSet& data, const ResultIndex& index, const DecideFn& decide,
                           int unit, const ReportOptions& options);

}  // namespace kfl
