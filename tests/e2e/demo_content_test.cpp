// What every report of the demo county says, read as its readers would
// (spec report-content.md, "Saying what the figures mean"). The demo county
// is made with the real binary (`kfl synth --preset hedmark --seed 1`, as
// `make` does); then every unit's outline, for the public and the
// restricted site in bokmål, is checked. A unit's page and PDF are both
// rendered from its outline (report/outline.h), so what holds here holds
// for both; the renderers' own part is tests/e2e/outline_match_test.cpp.
#include <gtest/gtest.h>

#include <cmath>
#include <cctype>
#include <regex>
#include <set>

#include "chart/theme.h"
#include "chart/typesetter.h"
#include "e2e/e2e_util.h"
#include "io/data_set_reader.h"
#include "io/text_files.h"
#include "privacy/results.h"
#include "report/outline.h"
#include "report/result_index.h"
#include "synth/effects.h"
#include "synth/population.h"
#include "synth/presets.h"
#include "text/catalog.h"

namespace kfl::e2e {
namespace {

namespace fs = std::filesystem;

struct Demo {
  DataSet data;
  Results results;
  Catalog catalog;
  Narratives narratives;

  static const Demo& Get() {
    static const Demo* demo = [] {
      auto* d = new Demo;
      const fs::path dir = FreshDir("demo_content") / "data";
      const RunResult synth = RunKfl("synth '" + dir.string() + "' --preset hedmark --seed 1");
      EXPECT_EQ(synth.exit_code, 0) << synth.err;
      Diagnostics diags;
      EXPECT_TRUE(ReadDataSet(dir.string(), &d->data, &diags));
      EXPECT_TRUE(diags.all().empty()) << "the demo's instruments name each thing once";
      d->results = ComputeResults(d->data, 2, &diags);
      std::string error;
      const std::string templates = KFL_SOURCE_TEMPLATES_DIR;
      d->catalog = *Catalog::Load(templates + "/i18n/nb.json", &error);
      auto narrative = [&](const char* name) {
        return ReadNarrative(dir.string(), templates, "nb", name).value_or("");
      };
      d->narratives = {narrative("slik-leser-du"), narrative("refleksjon"),
                       narrative("refleksjon-barnehage")};
      return d;
    }();
    return *demo;
  }
};

// Every sentence a reader sees in an outline, with where it is.
struct Sentence {
  std::string where;
  std::string text;
  bool prose = false;  // written by the report (not a chart's text alternative)
};

class Reader {
 public:
  Reader(const Demo& demo, const Audience& audience)
      : demo_(demo), audience_(audience), index_(demo.data, demo.results) {
    references_ = {"referanseåret", "samme år"};  // "i samme år" in the intro to the wave-named list
    for (const Wave& w : demo.data.project.waves) {
      references_.push_back(w.label);
      references_.push_back(w.id);
    }
    // The questionnaires' own words may be quoted anywhere: the bullying
    // share names its instrument, its answers and its statement.
    for (const Instrument& ins : demo.data.instruments) {
      questionnaire_.insert(PickLang(ins.title, "nb"));
      for (const Item& item : ins.items) questionnaire_.insert(PickLang(item.text, "nb"));
      for (int v = ins.scale.min; v <= ins.scale.max; ++v) questionnaire_.insert(ins.scale.Label(v, "nb"));
    }
  }

  // Checks one unit's report; returns the problems found.
  std::vector<std::string> Check(int unit) {
    const DecideFn decide = [&](int part, long i) {
      switch (demo_.results.waves[part].View(audience_.kind)[i]) {
        case Disclosure::kPublished: return FigureState::kShown;
        case Disclosure::kTooFew: return FigureState::kTooFew;
        default: return FigureState::kHidden;
      }
    };
    const UnitReport report = BuildUnitReport(demo_.data, index_, decide, unit,
                                              {.lang = "nb", .audience = audience_});
    const FigureText text(demo_.catalog, "nb", audience_.min_n, audience_.min_cell);
    std::vector<std::vector<int>> sorted(demo_.data.units.size());
    for (int u = 0; u < demo_.data.units.size(); ++u) sorted[u] = demo_.data.units[u].children;
    const Outline outline =
        BuildOutline(report, {demo_.data, text, audience_, sorted, demo_.narratives, true});
    problems_.clear();
    name_ = demo_.data.units[unit].name;
    CheckHighlights(report);
    Collect(outline);
    // The yearly briefing is read the same way (issue #23).
    if (HasBriefing(demo_.data.units[unit].level, audience_)) {
      Collect(BuildBriefing(report, {demo_.data, text, audience_, sorted, demo_.narratives, true}));
    }
    CheckSentences();
    return problems_;
  }

 private:
  void Problem(const std::string& where, const std::string& what) {
    problems_.push_back(name_ + ": " + where + ": " + what);
  }

  // A strength, an area for improvement or a change is at least 0.2 SD and
  // outside the 95 % CI of the difference (from the figures as shown).
  void CheckHighlights(const UnitReport& report) {
    auto clear = [](const Figure& a, const Figure& b) {
      const double d = std::abs(a.d - b.d);
      const double ha = (a.ci_high - a.ci_low) / 20, hb = b.has_ci ? (b.ci_high - b.ci_low) / 20 : 0;
      // Shown figures are rounded to 0.1 T (0.01 SD): two d and four CI
      // bounds, so the rule holds on them to 0.02 SD.
      return a.has_ci && d >= 0.2 - 0.011 && d > std::sqrt(ha * ha + hb * hb) - 0.02;
    };
    for (const InstrumentReport& ir : report.instruments) {
      for (const auto* list : {&ir.strengths, &ir.improvements}) {
        for (const Highlight& h : *list) {
          const ScoreFigures* figures = nullptr;
          for (const AreaDetail& a : ir.details) {
            for (const ScoreFigures& f : a.factors) {
              if (f.score == h.score) figures = &f;
            }
          }
          if (figures == nullptr) {
            Problem(ir.title, "«" + h.title + "» has no figures");
            continue;
          }
          const Figure& unit = figures->columns.front();
          const Figure& county = figures->columns.back();
          if (!clear(unit, county) || (h.d > 0) != (list == &ir.strengths)) {
            Problem(ir.title, "«" + h.title + "» is called a strength or an area for "
                              "improvement but is not clearly different");
          }
        }
      }
      // Every change told of a grade or a year group is clear.
      auto series = [&](const InstrumentReport::GradeSeries& g, const char* what) {
        for (const Highlight& h : g.changes) {
          for (size_t a = 0; a < g.areas.size(); ++a) {
            if (ir.areas[a].title != h.title) continue;
            std::vector<const Figure*> shown;
            for (const Figure& f : g.areas[a]) {
              if (f.shown() && f.has_t) shown.push_back(&f);
            }
            if (shown.size() < 2 || !clear(*shown.back(), *shown.front())) {
              Problem(ir.title, "«" + h.title + "» is called a change of " + what + " but is not clear");
            }
          }
        }
      };
      series(ir.year_group, "the class's year group");
      for (const InstrumentReport::GradeSeries& g : ir.same_grades) series(g, "a grade");
      for (const InstrumentReport::GradeSeries& g : ir.year_groups) series(g, "a year group");
      for (const Highlight& h : ir.changes) {
        for (const TrendSeries& t : ir.trend) {
          if (t.score == h.score && !clear(t.waves[ir.wave], t.waves[ir.previous_wave])) {
            Problem(ir.title, "«" + h.title + "» is called a change but is not clear");
          }
        }
      }
    }
  }

  void Add(const std::string& where, const std::string& text, bool prose) {
    if (!text.empty()) sentences_.push_back({where, text, prose});
  }

  void Collect(const Outline& outline) {
    sentences_.clear();
    names_.clear();
    Theme theme;
    ChartContext ctx{typesetter_, theme, demo_.catalog};
    ForEachSection(outline.sections, [&](const Section& s, int) {
      names_.insert(s.heading);
      for (const Block& block : s.blocks) {
        if (const auto* t = std::get_if<TextBlock>(&block)) Add(s.heading, t->text, true);
        if (const auto* b = std::get_if<BulletsBlock>(&block)) {
          for (const std::string& item : b->items) Add(s.heading, item, true);
        }
        if (const auto* l = std::get_if<ListsBlock>(&block)) {
          for (const ListsBlock::List& list : l->lists) {
            Add(s.heading, list.title, true);
            for (const std::string& item : list.items) Add(s.heading, item, true);
            if (list.items.empty()) Add(s.heading, list.none, true);
          }
        }
        if (const auto* m = std::get_if<MarkdownBlock>(&block)) Add(s.heading, m->markdown, false);
        if (const auto* h = std::get_if<HeatTableBlock>(&block)) {
          if (h->rows.empty()) Problem(s.heading, "a table of 0 units");
          Add(s.heading, h->caption, false);
          for (const std::string& f : h->factors) names_.insert(f);
        }
        if (const auto* c = std::get_if<ChartBlock>(&block)) {
          const std::string where = s.heading + " / " + c->chart->Title();
          const DataTable table = c->chart->Table(ctx);
          if (table.rows.empty()) Problem(where, "a chart of 0 units");
          names_.insert(c->chart->Title());
          for (const std::string& cell : table.header) names_.insert(cell);
          for (const auto& row : table.rows) {
            for (const std::string& cell : row) names_.insert(cell);
          }
          Add(where, c->subtitle, false);
          Add(where, c->chart->TextAlternative(ctx), false);
        }
      }
    });
  }

  // The text between the first `from` at or after `at` and the next `to`;
  // "" when either is missing.
  static std::string Between(const std::string& text, const std::string& from,
                             const std::string& to, size_t at = 0) {
    const size_t a = text.find(from, at);
    if (a == std::string::npos) return "";
    const size_t b = text.find(to, a + from.size());
    return b == std::string::npos ? "" : text.substr(a + from.size(), b - a - from.size());
  }

  // A caption that names one thing as both its highest and its lowest:
  // "høyest på X (..) og lavest på X (..)", "fra .. (X) til .. (X)",
  // "på «X» (..), minst på «X» (..)", "lavest er X (..), høyest X (..)".
  static bool SameHighAndLow(const std::string& t) {
    auto same = [](const std::string& a, const std::string& b) { return !a.empty() && a == b; };
    const std::string sorted = "sortert fra lavest til høyest, fra ";
    size_t from = t.find(sorted);
    if (from != std::string::npos) from += sorted.size();
    const size_t until = from == std::string::npos ? from : t.find(" til ", from);
    return same(Between(t, "høyest på ", " ("), Between(t, "lavest på ", " (")) ||
           (until != std::string::npos &&
            same(Between(t, "(", ")", from), Between(t, "(", ")", until))) ||
           same(Between(t, "andel svar i den gunstige enden er det på «", "»"),
                Between(t, "minst på «", "»")) ||
           same(Between(t, "lavest er ", " ("), Between(t, "høyest ", " ("));
  }

  void CheckSentences() {
    static const std::regex kZero("(^|[^0-9,])0 (enheter|av|skoler|klasser|kommuner|barnehager|"
                                  "grupper|spørsmål)\\b");
    for (const Sentence& s : sentences_) {
      // The same text on many pages is read once (names are checked per page).
      const bool seen = !checked_.insert(s.text).second;
      if (!seen) {
        if (SameHighAndLow(s.text)) Problem(s.where, "the same as highest and lowest: " + s.text);
        if (std::regex_search(s.text, kZero)) Problem(s.where, "0 units: " + s.text);
        for (size_t at = 0; (at = s.text.find("ylket", at)) != std::string::npos; ++at) {
          const bool word = at > 0 && (s.text[at - 1] == 'f' || s.text[at - 1] == 'F') &&
                            (at < 2 || !std::isalpha(static_cast<unsigned char>(s.text[at - 2])));
          if (!word || (at + 5 < s.text.size() && std::isalpha(static_cast<unsigned char>(s.text[at + 5])))) {
            continue;
          }
          const std::string after = s.text.substr(at + 5, 40);
          bool named = after.rfind(" =", 0) == 0;
          for (const std::string& w : references_) named = named || after.rfind(" i " + w, 0) == 0;
          if (!named) Problem(s.where, "\"fylket\" without its year: " + s.text);
        }
      }
      if (!s.prose) continue;
      for (size_t at = 0; (at = s.text.find("«", at)) != std::string::npos;) {
        const size_t end = s.text.find("»", at);
        if (end == std::string::npos) break;
        const std::string name = s.text.substr(at + 2, end - at - 2);
        if (!names_.count(name) && !questionnaire_.count(name)) {
          Problem(s.where, "«" + name + "» is not the name of any chart row or heading on the "
                           "page: " + s.text);
        }
        at = end;
      }
    }
  }

  const Demo& demo_;
  const Audience& audience_;
  const ResultIndex index_;
  Typesetter typesetter_{"DejaVu Sans"};
  std::string name_;
  std::vector<Sentence> sentences_;
  std::set<std::string> names_;
  std::set<std::string> questionnaire_;
  std::vector<std::string> problems_;
  std::vector<std::string> references_;  // what "fylket i ..." may name
  std::set<std::string> checked_;
};

TEST(DemoContentTest, EveryReportOfTheDemoCountySaysWhatItMeans) {
  const Demo& demo = Demo::Get();
  int units = 0;
  std::vector<std::string> problems;
  for (const Audience& audience :
       {PublicAudience(demo.data.project), RestrictedAudience(demo.data.project)}) {
    Reader reader(demo, audience);
    for (int u = 0; u < demo.data.units.size(); ++u) {
      if (!audience.Shows(demo.data.units[u].level)) continue;
      ++units;
      for (std::string& p : reader.Check(u)) problems.push_back(std::move(p));
    }
  }
  EXPECT_GT(units, 2000);
  for (size_t i = 0; i < problems.size() && i < 30; ++i) ADD_FAILURE() << problems[i];
  EXPECT_EQ(problems.size(), 0u);
}

// Issue #22: `kfl synth` plants a year group 0.5 SD better or worse in the
// last wave at one school of every fourth municipality. Each such school's
// page shows it: in the table of its year groups, the planted year group's
// place against the county's pupils of the same grade moves from T2 2018
// to T3 2020 by the planted effect, within the 95 % CI of that change (on
// the mean of the instrument's areas); the year groups of the schools
// without one do not move (no more often than chance allows).
TEST(DemoContentTest, APlantedYearGroupEffectIsFoundAndNoneWhereNoneWasPlanted) {
  const Demo& demo = Demo::Get();
  const synth::Population pop = synth::BuildPopulation(*synth::FindPreset("hedmark"), 1);
  const synth::Effects effects(pop, {2016, 2018, 2020}, 1);
  const Audience audience = PublicAudience(demo.data.project);
  const ResultIndex index(demo.data, demo.results);
  const DecideFn decide = [&](int part, long i) {
    return demo.results.waves[part].View(audience.kind)[i] == Disclosure::kPublished ? FigureState::kShown
                                                                                      : FigureState::kHidden;
  };
  const FigureText text(demo.catalog, "nb", audience.min_n, audience.min_cell);
  std::vector<std::vector<int>> sorted(demo.data.units.size());
  for (int u = 0; u < demo.data.units.size(); ++u) sorted[u] = demo.data.units[u].children;
  auto parse = [](std::string t) {
    for (char& c : t) c = c == ',' ? '.' : c;
    return std::stod(t);
  };
  struct Found {
    double change = 0;  // mean over the areas, in SD, read from the page's table
    double se = 0;      // mean of the areas' standard errors of the change
  };
  // The change of the year group in `grade` in 2020 at school `unit` from
  // 2018, or nothing when the page does not show both.
  auto found = [&](int unit, int grade) -> std::optional<Found> {
    const UnitReport report =
        BuildUnitReport(demo.data, index, decide, unit, {.lang = "nb", .audience = audience});
    const Outline outline = BuildOutline(report, {demo.data, text, audience, sorted, demo.narratives, true});
    const InstrumentReport* ir = nullptr;
    for (const InstrumentReport& i : report.instruments) {
      if (demo.data.instruments[i.instrument].id == "elev_5_10") ir = &i;
    }
    if (ir == nullptr) return std::nullopt;
    const InstrumentReport::GradeSeries* series = nullptr;
    for (const InstrumentReport::GradeSeries& g : ir->year_groups) {
      if (g.points.back().grade == grade && g.points.size() >= 2) series = &g;
    }
    if (series == nullptr) return std::nullopt;
    const size_t then = series->points.size() - 2, now = then + 1;
    // The page's table: the rows under the year group's heading.
    const std::string heading = "Årskullet i " + std::to_string(grade) + ". trinn i T3 2020";
    const HeatTableBlock* table = nullptr;
    ForEachSection(outline.sections, [&](const Section& s, int) {
      for (const Block& b : s.blocks) {
        if (const auto* t = std::get_if<HeatTableBlock>(&b); t && s.anchor == "i-elev-5-10-arskull") table = t;
      }
    });
    if (table == nullptr) return std::nullopt;
    size_t at = 0;
    while (at < table->rows.size() && table->rows[at].name != heading) ++at;
    const auto& rows = table->rows;
    const size_t row_then = at + 1 + then, row_now = at + 1 + now;
    if (row_now >= rows.size()) return std::nullopt;  // not on the page
    EXPECT_EQ(rows[row_then].name, std::to_string(grade - 2) + ". trinn, T2 2018");
    EXPECT_EQ(rows[row_now].name, std::to_string(grade) + ". trinn, T3 2020");
    Found f;
    int areas = 0;
    for (size_t a = 0; a < series->areas.size(); ++a) {
      const Figure& x = series->areas[a][then];
      const Figure& y = series->areas[a][now];
      if (!x.shown() || !y.shown()) continue;
      f.change += (parse(rows[row_now].cells[a].text) - parse(rows[row_then].cells[a].text)) / 10;
      const double hx = (x.ci_high - x.ci_low) / 20, hy = (y.ci_high - y.ci_low) / 20;
      f.se += std::sqrt(hx * hx + hy * hy) / 1.96;
      ++areas;
    }
    if (areas == 0) return std::nullopt;
    f.change /= areas;
    f.se /= areas;
    return f;
  };

  std::set<int> planted;
  ASSERT_GE(effects.Planted().size(), 4u);
  for (const synth::Effects::PlantedYearGroup& p : effects.Planted()) {
    const synth::SynthSchool& school = pop.schools[p.school];
    planted.insert(p.school);
    const int grade = 2020 - p.start_year;
    const std::optional<Found> f = found(demo.data.units.Find(school.id), grade);
    ASSERT_TRUE(f.has_value()) << school.name << ": year group in grade " << grade << " not shown";
    EXPECT_NEAR(f->change, p.d, 1.96 * f->se) << school.name << ", grade " << grade;
    EXPECT_GT(f->change * p.d, 0) << school.name << ": the planted direction";
  }
  // The other schools' year groups in grades 7-10 in 2020.
  int compared = 0, moved = 0;
  double sum = 0;
  for (size_t s = 0; s < pop.schools.size(); ++s) {
    if (planted.count(static_cast<int>(s))) continue;
    for (int grade = 7; grade <= 10; ++grade) {
      const std::optional<Found> f = found(demo.data.units.Find(pop.schools[s].id), grade);
      if (!f) continue;
      ++compared;
      sum += f->change;
      moved += std::abs(f->change) > 1.96 * f->se;
    }
  }
  EXPECT_GT(compared, 50);
  EXPECT_LT(std::abs(sum / compared), 0.05) << "no effect on average where none was planted";
  EXPECT_LT(moved, compared / 10 + 1) << moved << " of " << compared << " moved more than chance allows";
}

}  // namespace
}  // namespace kfl::e2e
