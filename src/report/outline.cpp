#include "report/outline.h"

#include <algorithm>
#include <cmath>

#include "chart/heat_table.h"
#include "report/report_charts.h"
#include "report/report_text.h"
#include "text/slug.h"

namespace kfl {
namespace {

// A narrative's first "# " line is its section's heading; the rest its body.
struct Narrative {
  std::string heading;
  std::string body;
};
Narrative SplitNarrative(const std::string& markdown) {
  size_t at = markdown.find_first_not_of(" \t\r\n");
  if (at == std::string::npos || markdown.compare(at, 2, "# ") != 0) return {"", markdown};
  const size_t end = markdown.find('\n', at);
  std::string heading = markdown.substr(at + 2, end == std::string::npos ? end : end - at - 2);
  while (!heading.empty() && (heading.back() == '\r' || heading.back() == ' ')) heading.pop_back();
  return {heading, end == std::string::npos ? std::string() : markdown.substr(end + 1)};
}

void AddReason(std::vector<std::string>* reasons, const std::string& why) {
  if (!why.empty() && std::find(reasons->begin(), reasons->end(), why) == reasons->end()) {
    reasons->push_back(why);
  }
}

class OutlineBuilder {
 public:
  OutlineBuilder(const UnitReport& report, const OutlineEnv& env)
      : report_(report),
        env_(env),
        units_(env.data.units),
        unit_(env.data.units[report.unit]),
        charts_(report, env.data, env.text) {}

  Outline Build() {
    Outline o = Header(LevelText(Texts(), unit_.level), WaveList());
    if (env_.pdf) {
      o.pdf = PdfName(unit_.level, env_.audience);
      o.pdf_what = F(o.pdf == "skoleleder.pdf" ? "pdf.head_teacher_title" : "pdf.report_title");
    }

    // Schools and kindergartens are kept apart: on a page that has both (a
    // municipality or the county), each branch gets its own section with a
    // heading, its instruments, strengths, variation and lists of units; a
    // report with one branch only has no such heading and no empty section.
    for (const InstrumentReport& ir : report_.instruments) present_[ir.kindergarten] = true;
    for (int c : env_.sorted_children[report_.unit]) {
      if (HasPage(c) && units_[c].level != Level::kMunicipality) {
        present_[IsKindergartenLevel(units_[c].level)] = true;
      }
    }
    split_ = present_[0] && present_[1];

    KeyFigures(&o);
    Summary(&o.sections);
    if (env_.audience.restricted() && report_.unit == units_.county()) Tree(&o.sections);
    ClassOverview(&o.sections);
    for (bool kindergarten : {false, true}) {
      if (!present_[kindergarten]) continue;
      if (!split_) {
        Sector(kindergarten, &o.sections);
        continue;
      }
      Section sector{SectionKind::kSector, kindergarten ? "barnehager" : "skoler",
                     F(kindergarten ? "site.sector.kindergartens" : "site.sector.schools"), true};
      int wave = -1;
      for (const InstrumentReport& ir : report_.instruments) {
        if (ir.kindergarten == kindergarten) wave = std::max(wave, ir.wave);
      }
      if (wave >= 0) {
        sector.blocks.push_back(TextBlock{
            F(kindergarten ? "site.sector.kindergartens_intro" : "site.sector.schools_intro",
              {{"unit", unit_.name}, {"wave", env_.data.project.waves[wave].label}})});
      }
      Sector(kindergarten, &sector.sections);
      o.sections.push_back(std::move(sector));
    }
    UnitList(Level::kMunicipality, &o.sections);
    const Narrative reflection = SplitNarrative(
        unit_.level == Level::kClass   ? env_.narratives.reflection
        : unit_.level == Level::kGroup ? env_.narratives.reflection_kindergarten
                                       : std::string());
    if (!reflection.heading.empty()) {
      Section s{SectionKind::kReflection, "refleksjon", reflection.heading, true, true};
      ReflectionStart(&s.blocks);
      s.blocks.push_back(MarkdownBlock{reflection.body});
      o.sections.push_back(std::move(s));
    }
    // The summary is a page of its own in print.
    if (o.sections.size() > 1 && o.sections[0].kind == SectionKind::kSummary) {
      o.sections[1].new_page = true;
    }
    const Narrative how = SplitNarrative(env_.narratives.how_to_read);
    Section s{SectionKind::kHowToRead, "slik-leser-du",
              how.heading.empty() ? F("site.how_to_read") : how.heading, true};
    s.blocks.push_back(MarkdownBlock{how.body});
    // Only a report with kindergartens explains them.
    if (present_[1]) s.blocks.push_back(TextBlock{F("site.how_to_read_kindergartens")});
    o.sections.push_back(std::move(s));
    if (HasBriefing(unit_.level, env_.audience)) o.briefing = "orientering.html";
    SideBySide(&o.side_by_side);
    return o;
  }

  // Outline::side_by_side: per instrument and level right below, the
  // children's area T-scores (the shown ones of the variation blocks; a
  // child without a shown figure in an area has an empty cell).
  void SideBySide(std::vector<HeatTableBlock>* out) const {
    if (unit_.level != Level::kCounty && unit_.level != Level::kMunicipality) return;
    const std::string hidden = F("site.xlsx.not_shown");
    for (const InstrumentReport& ir : report_.instruments) {
      for (Level level : {Level::kMunicipality, Level::kSchool, Level::kKindergarten}) {
        std::vector<const VariationBlock*> areas;
        for (const VariationBlock& v : ir.variation) {
          if (v.child_level == level && !v.children.empty()) areas.push_back(&v);
        }
        if (areas.empty()) continue;
        HeatTableBlock t;
        t.caption = F("site.xlsx.side_by_side", {{"instrument", ir.title},
                                                 {"level", LevelText(Texts(), level, true)},
                                                 {"wave", env_.data.project.waves[ir.wave].label}});
        t.row_header = LevelText(Texts(), level);
        for (const VariationBlock* v : areas) t.factors.push_back(v->title);
        for (int c : env_.sorted_children[report_.unit]) {
          if (units_[c].level != level) continue;
          HeatTableBlock::Row row{c, units_[c].name, {}};
          bool any = false;
          for (const VariationBlock* v : areas) {
            auto found = std::find_if(v->children.begin(), v->children.end(),
                                      [&](const ChildFigure& f) { return f.unit == c; });
            if (found == v->children.end()) {
              row.cells.push_back({"\u2013", -1, hidden});
            } else {
              std::vector<std::string> ignored;
              row.cells.push_back(HeatCell(found->figure, &ignored));
              any = true;
            }
          }
          if (any) t.rows.push_back(std::move(row));
        }
        if (!t.rows.empty()) out->push_back(std::move(t));
      }
    }
  }

  // The yearly briefing for the council (outline.h BuildBriefing).
  Outline Briefing() {
    if (!HasBriefing(unit_.level, env_.audience)) return Outline();
    Outline o = Header(F(unit_.level == Level::kCounty ? "briefing.for_county" : "briefing.for_municipality"),
                       WaveList(true));
    o.page = "orientering.html";
    o.csv = "orientering.csv";
    o.contents = false;  // five short sections: no table of contents in print
    o.cover = false;     // nor a cover page: at most six pages in all
    if (env_.pdf) {
      o.pdf = "orientering.pdf";
      o.pdf_what = F("briefing.title");
    }
    const std::string& unit = unit_.name;
    const bool county = report_.unit == units_.county();
    auto wave_of = [&](int w) { return env_.data.project.waves[w].label; };

    // 1. The learning environment: the pupils' instruments.
    Section env{SectionKind::kSummary, "orientering-laeringsmiljo", F("briefing.environment"), true};
    env.blocks.push_back(TextBlock{F(county ? "briefing.environment_intro_county" : "briefing.environment_intro",
                                     {{"unit", unit}, {"wave", wave_of(report_.wave)}})});
    for (const InstrumentReport& ir : report_.instruments) {
      const kfl::Instrument& instrument = env_.data.instruments[ir.instrument];
      if (ir.kindergarten || instrument.respondent != Respondent::kPupil) continue;
      const std::string anchor = "orientering-" + Slugify(instrument.id);
      env.blocks.push_back(TextBlock{F("briefing.instrument", {{"instrument", ir.title},
                                                               {"respondents", RespondentsText(ir, instrument, env_.text)},
                                                               {"wave", wave_of(ir.wave)}})});
      env.blocks.push_back(ChartBlock{anchor, ComparedText(report_, env_.text), Share(charts_.AreaOverview(ir))});
      std::vector<std::string> said;
      for (const Highlight& h : ir.areas_clear) {
        said.push_back(F(h.d > 0 ? "briefing.area_better" : "briefing.area_weaker",
                         {{"area", h.title}, {"d", env_.text.Number(std::abs(h.d), kSdDecimals)}, {"wave", wave_of(ir.wave)}}));
      }
      if (!county) {
        if (said.empty()) said.push_back(F("briefing.area_none", {{"wave", wave_of(ir.wave)}}));
      }
      std::vector<GradeChange> changes = Largest(GradeChanges(ir.same_grades, ir.year_groups), 3);
      for (GradeChange& c : changes) said.push_back(std::move(c.text));
      if (changes.empty()) said.push_back(F("briefing.change_none"));
      env.blocks.push_back(BulletsBlock{std::move(said)});
    }
    env.blocks.push_back(TextBlock{F("site.strengths_intro"), true});
    // After that note: here a higher figure is the worse one.
    BullyingBlocks(report_.bullying, &env.blocks);
    o.sections.push_back(std::move(env));

    // 2. Learning results and 3. completion, from indicators.csv.
    for (IndicatorDef::Kind kind : {IndicatorDef::Kind::kResult, IndicatorDef::Kind::kCompletion}) {
      const bool results = kind == IndicatorDef::Kind::kResult;
      Section s{SectionKind::kIndicators, results ? "orientering-resultater" : "orientering-videregaende",
                F(results ? "briefing.results" : "briefing.completion"), true};
      for (const IndicatorReport& r : report_.indicators) {
        if (env_.data.project.indicators[r.def].kind == kind) IndicatorBlocks(r, "orientering-", &s.blocks, false);
      }
      if (s.blocks.empty()) s.blocks.push_back(TextBlock{F(results ? "briefing.results_none" : "briefing.completion_none")});
      else s.blocks.push_back(TextBlock{F("briefing.indicators_note"), true});
      o.sections.push_back(std::move(s));
    }

    // 4. The differences between the schools (the municipalities, for the
    // county): the pupils' area where they differ most.
    Section var{SectionKind::kVariation, "orientering-forskjeller",
                F(county ? "briefing.variation_county" : "briefing.variation"), true};
    const VariationBlock* widest = nullptr;
    for (const InstrumentReport& ir : report_.instruments) {
      if (ir.kindergarten || env_.data.instruments[ir.instrument].respondent != Respondent::kPupil) continue;
      for (const VariationBlock& v : ir.variation) {
        const Level below = county ? Level::kMunicipality : Level::kSchool;
        if (v.child_level != below || v.children.size() < 2) continue;
        if (widest == nullptr || v.spread_d > widest->spread_d) widest = &v;
      }
    }
    if (widest == nullptr) {
      var.blocks.push_back(TextBlock{F("briefing.variation_none")});
    } else {
      var.blocks.push_back(TextBlock{F("briefing.variation_intro", {{"area", widest->title}})});
      var.blocks.push_back(ChartBlock{"orientering-variasjon", F("site.fig.variation_sub"),
                                      Share(charts_.Variation(*widest))});
      var.blocks.push_back(TextBlock{VariationText(*widest, env_.text), true});
    }
    o.sections.push_back(std::move(var));

    // 5. Where to read more.
    Section more{SectionKind::kHowToRead, "orientering-les-mer", F("briefing.more"), true};
    more.blocks.push_back(TextBlock{F("briefing.more_text", {{"unit", unit}})});
    o.sections.push_back(std::move(more));
    return o;
  }

 private:
  // The top of an outline: the unit, what the document is, its parents
  // and waves.
  Outline Header(std::string level_label, std::string waves) const {
    Outline o;
    o.unit = report_.unit;
    o.level = unit_.level;
    o.title = unit_.name;
    o.level_label = std::move(level_label);
    for (size_t i = 0; i + 1 < report_.breadcrumbs.size(); ++i) {
      o.breadcrumbs.push_back(Node(report_.breadcrumbs[i]));
    }
    o.has_data = !report_.instruments.empty();
    o.wave = report_.wave;
    o.waves = std::move(waves);
    return o;
  }

  const kfl::Catalog& Texts() const { return env_.text.catalog(); }
  std::string F(std::string_view key, const MessageArgs& args = {}) const {
    return env_.text.catalog().Format(key, args);
  }
  bool HasPage(int unit) const { return env_.audience.Shows(units_[unit].level); }
  UnitNode Node(int unit) const { return {unit, units_[unit].name, {}}; }

  template <class C>
  static std::shared_ptr<const Chart> Share(C chart) {
    return std::make_shared<const C>(std::move(chart));
  }

  // The chart, or when none of its values can be shown one sentence with
  // the reasons (`key`): a chart of nothing but hatches says less.
  Block ChartOrReasons(std::shared_ptr<const Chart> chart, std::string anchor,
                       std::string subtitle, bool any, const std::vector<std::string>& reasons,
                       const char* key) const {
    if (any) return ChartBlock{std::move(anchor), std::move(subtitle), std::move(chart)};
    return TextBlock{chart->Title() + ". " + F(key, {{"reasons", JoinList(reasons, F("site.and"))}}),
                     true};
  }

  // The waves shown ("T2 2019 og T3 2020").
  // The waves of the instruments, "T2 2019 og T3 2020"; `schools_only`:
  // of the schools' instruments (the briefing is about the schools).
  std::string WaveList(bool schools_only = false) const {
    std::vector<int> waves;
    for (const InstrumentReport& ir : report_.instruments) {
      if (!schools_only || !ir.kindergarten) waves.push_back(ir.wave);
    }
    std::sort(waves.begin(), waves.end());
    waves.erase(std::unique(waves.begin(), waves.end()), waves.end());
    std::vector<std::string> labels;
    for (int w : waves) labels.push_back(env_.data.project.waves[w].label);
    return JoinList(labels, F("site.and"));
  }

  void KeyFigures(Outline* o) const {
    auto below_text = [&](Level level, int count) {
      return F("site.units_below", {{"count", std::to_string(count)},
                                    {"level", LevelText(Texts(), level, true)}});
    };
    // Units below that belong to neither branch (the county's municipalities).
    std::vector<std::string> common;
    for (const auto& [level, count] : report_.units_below) {
      if (level == Level::kMunicipality) common.push_back(below_text(level, count));
    }
    if (split_ && !common.empty()) o->key_figures.push_back({"", {}, common});
    for (bool kindergarten : {false, true}) {
      if (!present_[kindergarten]) continue;
      KeyFigureGroup group;
      if (split_) {
        group.caption = F(kindergarten ? "site.sector.kindergartens" : "site.sector.schools");
      } else {
        group.below = common;
      }
      for (const InstrumentReport& ir : report_.instruments) {
        if (ir.kindergarten != kindergarten) continue;
        group.facts.push_back(
            {ir.title, RespondentsText(ir, env_.data.instruments[ir.instrument], env_.text)});
      }
      for (const auto& [level, count] : report_.units_below) {
        if (level != Level::kMunicipality && IsKindergartenLevel(level) == kindergarten) {
          group.below.push_back(below_text(level, count));
        }
      }
      o->key_figures.push_back(std::move(group));
    }
    if (o->key_figures.empty() && !common.empty()) o->key_figures.push_back({"", {}, common});
  }

  // "Kort fortalt": the report for a reader with one page's time (a
  // politician, a parent): who answered, the clearest strengths and areas
  // for improvement of all instruments (or that none is clear), and what
  // changed clearly since the previous wave. Not for the county, which is
  // the reference.
  void Summary(std::vector<Section>* out) const {
    if (report_.unit == units_.county() || report_.instruments.empty()) return;
    Section s{SectionKind::kSummary, "kort-fortalt", F("site.summary.heading"), true, true};
    const std::string wave = env_.data.project.waves[report_.wave].label;
    auto wave_of = [&](int w) { return env_.data.project.waves[w].label; };
    // One wave for all (the usual case): named once, in the heading.
    const bool one_wave = std::all_of(report_.instruments.begin(), report_.instruments.end(),
                                      [&](const InstrumentReport& ir) { return ir.wave == report_.wave; });
    ListsBlock::List responses{
        one_wave ? F("site.summary.responses_in", {{"wave", wave}}) : F("site.summary.responses"), {}, ""};
    for (const InstrumentReport& ir : report_.instruments) {
      responses.items.push_back(F(
          one_wave ? "site.summary.response_in" : "site.summary.response",
          {{"instrument", ir.title},
           {"respondents", RespondentsText(ir, env_.data.instruments[ir.instrument], env_.text)},
           {"wave", wave_of(ir.wave)}}));
    }

    // The three clearest of all instruments, each with its instrument.
    struct Found {
      const InstrumentReport* ir;
      Highlight h;
    };
    auto clearest = [&](std::vector<Found> all, auto order) {
      std::stable_sort(all.begin(), all.end(), order);
      if (all.size() > 3) all.resize(3);
      return all;
    };
    auto all_of = [&](std::vector<Highlight> InstrumentReport::*list) {
      std::vector<Found> all;
      for (const InstrumentReport& ir : report_.instruments) {
        for (const Highlight& h : ir.*list) all.push_back({&ir, h});
      }
      return all;
    };
    auto items = [&](const std::vector<Found>& found, const char* up, const char* down,
                     bool since) {
      std::vector<std::string> out;
      for (const Found& f : found) {
        out.push_back(F(f.h.d > 0 ? up : down,
                        {{"factor", f.h.title},
                         {"instrument", f.ir->title},
                         {"d", env_.text.Number(std::abs(f.h.d), kSdDecimals)},
                         {"wave", wave_of(f.ir->wave)},
                         {"then", since ? wave_of(f.ir->previous_wave) : ""}}));
      }
      return out;
    };
    auto higher = [](const Found& a, const Found& b) { return a.h.d > b.h.d; };
    auto lower = [](const Found& a, const Found& b) { return a.h.d < b.h.d; };
    ListsBlock lists{{
        std::move(responses),
        {F("site.summary.better", {{"wave", wave}}),
         items(clearest(all_of(&InstrumentReport::strengths), higher), "site.summary.strength",
               "site.summary.improvement", false),
         F("site.none_above", {{"wave", wave}})},
        {F("site.summary.weaker", {{"wave", wave}}),
         items(clearest(all_of(&InstrumentReport::improvements), lower),
               "site.summary.strength", "site.summary.improvement", false),
         F("site.none_below", {{"wave", wave}})},
    }};

    // Change since the previous wave. A class or group of an earlier wave
    // was other children under the same name: no change is told for them.
    const bool children = unit_.level == Level::kClass || unit_.level == Level::kGroup;
    std::vector<std::string> previous;
    for (const InstrumentReport& ir : report_.instruments) {
      if (ir.previous_wave < 0) continue;
      const std::string label = wave_of(ir.previous_wave);
      if (std::find(previous.begin(), previous.end(), label) == previous.end()) {
        previous.push_back(label);
      }
    }
    const std::string then = JoinList(previous, F("site.and"));
    ListsBlock::List changes{F("site.summary.changes"), {}, ""};
    if (children) {
      // The class's name had other pupils; its year group is told instead.
      changes.title = F("site.summary.changes_heading");
      changes.none = F(unit_.level == Level::kClass ? "site.summary.class_no_change"
                                                    : "site.summary.group_no_change");
      bool year_group = false;
      for (const InstrumentReport& ir : report_.instruments) {
        year_group = year_group || !ir.year_group.points.empty();
        for (const Highlight& h : ir.year_group.changes) {
          const auto& points = ir.year_group.points;
          changes.items.push_back(F(
              h.d > 0 ? "site.summary.year_group_better" : "site.summary.year_group_weaker",
              {{"factor", h.title},
               {"instrument", ir.title},
               {"d", env_.text.Number(std::abs(h.d), kSdDecimals)},
               {"first", wave_of(points.front().wave)},
               {"last", wave_of(points.back().wave)}}));
        }
      }
      if (year_group) {
        changes.title = F("site.summary.year_group_heading");
        changes.none += " " + F("site.summary.year_group_no_change");
      }
    } else if (previous.empty()) {
      changes.title = F("site.summary.changes_heading");
      changes.none = F("site.summary.no_earlier");
    } else {
      // Like with like: the same grade in an earlier wave and each year
      // group against its grade, where the instrument has grades; the
      // unit's previous wave otherwise (teachers, leaders).
      std::vector<GradeChange> found;
      bool grades = false;
      for (const InstrumentReport& ir : report_.instruments) {
        if (ir.same_grades.empty() && ir.year_groups.empty()) {
          for (const Highlight& h : ir.changes) {
            found.push_back({h.d, F(h.d > 0 ? "site.summary.change_better" : "site.summary.change_weaker",
                                    {{"factor", h.title},
                                     {"instrument", ir.title},
                                     {"d", env_.text.Number(std::abs(h.d), kSdDecimals)},
                                     {"wave", wave_of(ir.wave)},
                                     {"then", wave_of(ir.previous_wave)}})});
          }
          continue;
        }
        grades = true;
        for (const GradeChange& c : GradeChanges(ir.same_grades, ir.year_groups)) {
          found.push_back({c.d, F("site.summary.grade_change", {{"instrument", ir.title}, {"change", c.text}})});
        }
      }
      for (GradeChange& c : Largest(std::move(found), 3)) changes.items.push_back(std::move(c.text));
      if (grades) changes.title = F("site.summary.changes_grades");
      changes.none = grades ? F("site.summary.no_change_grades") : F("site.summary.no_change", {{"then", then}});
    }
    lists.lists.push_back(std::move(changes));
    s.blocks.push_back(std::move(lists));
    s.blocks.push_back(TextBlock{F("site.strengths_intro"), true});
    out->push_back(std::move(s));
  }

  // Before the reflection questions: what the report found clear, so that
  // the learning community starts from it, and never from noise.
  void ReflectionStart(std::vector<Block>* out) const {
    if (report_.instruments.empty()) return;
    const std::string wave = env_.data.project.waves[report_.wave].label;
    for (bool strengths : {true, false}) {
      std::vector<std::string> names;
      for (const InstrumentReport& ir : report_.instruments) {
        for (const Highlight& h : strengths ? ir.strengths : ir.improvements) {
          names.push_back(F("site.reflection.name", {{"factor", h.title}}));
        }
      }
      const char* key = strengths ? (names.empty() ? "site.reflection.no_strengths"
                                                   : "site.reflection.strengths")
                                  : (names.empty() ? "site.reflection.no_improvements"
                                                   : "site.reflection.improvements");
      out->push_back(TextBlock{F(key, {{"wave", wave}, {"list", JoinList(names, F("site.and"))}})});
    }
  }

  // Municipalities > schools > classes, for the restricted entry page.
  std::vector<UnitNode> TreeBelow(int unit, int depth) const {
    std::vector<UnitNode> nodes;
    for (int c : env_.sorted_children[unit]) {
      if (!HasPage(c)) continue;
      UnitNode node = Node(c);
      if (depth < 2) node.children = TreeBelow(c, depth + 1);
      nodes.push_back(std::move(node));
    }
    return nodes;
  }

  void Tree(std::vector<Section>* out) const {
    std::vector<UnitNode> tree = TreeBelow(report_.unit, 0);
    if (tree.empty()) return;
    Section s{SectionKind::kTree, "oversikt", F("site.tree_heading"), true};
    s.blocks.push_back(UnitsBlock{std::move(tree), true});
    out->push_back(std::move(s));
  }

  // The head teacher's overview: classes side by side per factor; the
  // kindergarten manager's: groups.
  void ClassOverview(std::vector<Section>* out) const {
    if (report_.class_tables.empty()) return;
    const bool groups = unit_.level == Level::kKindergarten;
    Section s{SectionKind::kClassOverview, "klasseoversikt",
              F(groups ? "site.group_overview_heading" : "site.class_overview_heading"), true};
    s.blocks.push_back(
        TextBlock{F(groups ? "site.group_overview_intro" : "site.class_overview_intro")});
    s.blocks.push_back(HeatLegend());
    for (const ClassTable& t : report_.class_tables) {
      const bool group_rows = t.level == Level::kGroup;
      const std::string& id = env_.data.instruments[t.instrument].id;
      Section ts{SectionKind::kClassTable, (group_rows ? "grupper-" : "klasser-") + Slugify(id),
                 t.title};
      HeatTableBlock table;
      table.caption = F(group_rows ? "site.group_overview_caption" : "site.class_overview_caption",
                        {{"instrument", t.title}});
      table.row_header = F(group_rows ? "site.col.group" : "site.col.class");
      table.column_header = F("site.col.factor");
      table.factors = t.factors;
      std::vector<std::string> reasons;
      for (const ClassTable::Row& r : t.rows) {
        HeatTableBlock::Row row{r.unit, r.name, {}};
        for (const Figure& f : r.figures) row.cells.push_back(HeatCell(f, &reasons));
        table.rows.push_back(std::move(row));
      }
      DashNotes(reasons, &table);
      ts.blocks.push_back(std::move(table));
      s.sections.push_back(std::move(ts));
    }
    out->push_back(std::move(s));
  }

  // One branch (schools or kindergartens): instruments, the social
  // background comparison, the lists of units below.
  void Sector(bool kindergarten, std::vector<Section>* out) const {
    std::vector<Section> instruments;
    for (const InstrumentReport& ir : report_.instruments) {
      if (ir.kindergarten == kindergarten) instruments.push_back(Instrument(ir));
    }
    for (Section& s : instruments) out->push_back(std::move(s));
    // Learning results, completion and social background are about the
    // schools.
    if (!kindergarten || !present_[0]) {
      Indicators(out);
      if (!report_.scatter.empty()) {
        Section s{SectionKind::kScatter, "sosial-bakgrunn", F("site.scatter_heading"), true};
        s.blocks.push_back(TextBlock{F("site.scatter_intro", {{"x", charts_.IndicatorTitle(report_.scatter_x)},
                                                               {"y", charts_.IndicatorTitle(report_.scatter_y)}})});
        s.blocks.push_back(ChartBlock{
            "sosial-bakgrunn-figur",
            F("site.fig.scatter_sub", {{"sources", Sources({report_.scatter_x, report_.scatter_y})}}),
            Share(charts_.Scatter())});
        out->push_back(std::move(s));
      }
    }
    const std::vector<Level> levels = kindergarten
                                          ? std::vector<Level>{Level::kKindergarten, Level::kGroup}
                                          : std::vector<Level>{Level::kSchool, Level::kClass};
    for (Level level : levels) UnitList(level, out);
  }

  ListsBlock::List List(std::string title, const std::vector<Highlight>& items,
                             const char* key, std::string none, const std::string& wave) const {
    ListsBlock::List list{std::move(title), {}, std::move(none)};
    for (const Highlight& h : items) list.items.push_back(HighlightText(h, env_.text, key, wave));
    return list;
  }

  Section Instrument(const InstrumentReport& ir) const {
    const kfl::Instrument& instrument = env_.data.instruments[ir.instrument];
    const std::string anchor = "i-" + Slugify(instrument.id);
    Section s{SectionKind::kInstrument, anchor, ir.title, true};
    s.blocks.push_back(TextBlock{RespondentsText(ir, instrument, env_.text)});
    const std::string compared = ComparedText(report_, env_.text);
    s.blocks.push_back(
        ChartBlock{anchor + "-oversikt", compared, Share(charts_.AreaOverview(ir))});
    // Its strengths and areas for improvement, under the chart that shows
    // them; the county is the reference and has none.
    if (report_.unit != env_.data.units.county()) {
      const std::string wave = env_.data.project.waves[ir.wave].label;
      s.blocks.push_back(ListsBlock{{
          List(F("site.strengths"), ir.strengths, "site.strength",
               F("site.none_above", {{"wave", wave}}), wave),
          List(F("site.improvements"), ir.improvements, "site.improvement",
               F("site.none_below", {{"wave", wave}}), wave)}});
    }

    for (const AreaDetail& detail : ir.details) {
      const std::string area_anchor = anchor + "-" + Slugify(instrument.areas[detail.area].id);
      Section area{SectionKind::kArea, area_anchor, detail.title};
      // An area of one factor has the same figure as in the overview.
      if (detail.factors.size() >= 2) {
        area.blocks.push_back(
            ChartBlock{area_anchor + "-faktorer", compared, Share(charts_.Factors(detail))});
      }
      if (!detail.items.empty()) {
        DivergingChart items = charts_.Items(ir, detail);
        std::vector<std::string> reasons;
        bool any = false;
        for (const DivergingChart::Row& row : items.rows) {
          any = any || !row.suppressed;
          if (row.suppressed) AddReason(&reasons, row.reason);
        }
        area.blocks.push_back(ChartOrReasons(Share(std::move(items)), area_anchor + "-sporsmal",
                                             F("site.fig.items_sub"), any, reasons,
                                             "pdf.items_hidden"));
        // Say why some questions show fewer groups than the scale has.
        const bool grouped = std::any_of(detail.items.begin(), detail.items.end(), [](const ItemFigures& i) {
          return i.shown() && i.granularity != Granularity::kEvery;
        });
        if (any && grouped) {
          area.blocks.push_back(
              TextBlock{F("site.items_grouped", {{"n", std::to_string(env_.text.min_cell())}}), true});
        }
      }
      s.sections.push_back(std::move(area));
    }

    // Change over time where the unit has more than one wave shown, and
    // girls and boys. A class or group of an earlier wave was other
    // children under the same name: no line joins them, the report says so.
    bool earlier = false;
    for (const TrendSeries& t : ir.trend) {
      int shown = 0;
      for (const Figure& f : t.waves) shown += f.shown();
      earlier = earlier || shown > 1;
    }
    const bool same_name_only = unit_.level == Level::kClass || unit_.level == Level::kGroup;
    const bool year_group = same_name_only;
    // A school's, a municipality's or the county's pupils: by grade and
    // year group, never all grades in one line (the age trend).
    const bool by_grade = !same_name_only && !ir.kindergarten &&
                          instrument.HasBackground(Background::kGrade);
    const bool grades = !ir.same_grades.empty() || !ir.year_groups.empty();
    if (earlier || year_group || grades || !ir.gender.empty()) {
      Section change{SectionKind::kChange, anchor + "-over-tid", F("pdf.trend_gender_heading")};
      if (same_name_only && (earlier || year_group)) {
        change.blocks.push_back(TextBlock{F(unit_.level == Level::kClass
                                                ? "site.summary.class_no_change"
                                                : "site.summary.group_no_change")});
        YearGroup(ir, anchor, &change.blocks);
      } else if (by_grade && (earlier || grades)) {
        Grades(ir, anchor, &change);
      } else if (earlier) {
        change.blocks.push_back(
            ChartBlock{anchor + "-utvikling", F("site.fig.trend_sub"), Share(charts_.Trend(ir))});
      }
      if (!ir.gender.empty()) {
        std::vector<std::string> reasons;
        bool any = false;
        for (const GenderRow& row : ir.gender) {
          for (const Figure* f : {&row.girls, &row.boys}) {
            any = any || f->shown();
            if (!f->shown()) AddReason(&reasons, env_.text.Reason(*f));
          }
        }
        Block gender = ChartOrReasons(Share(charts_.Gender(ir)), anchor + "-kjonn", F("site.fig.gender_sub"),
                                      any, reasons, "pdf.gender_hidden");
        if (change.sections.empty()) {
          change.blocks.push_back(std::move(gender));
        } else {
          Section g{SectionKind::kChange, anchor + "-jenter-gutter", F("site.gender.heading")};
          g.blocks.push_back(std::move(gender));
          change.sections.push_back(std::move(g));
        }
      }
      s.sections.push_back(std::move(change));
    }

    if (!ir.variation.empty()) {
      Section var{SectionKind::kVariation, anchor + "-var", F("site.variation_heading")};
      for (const VariationBlock& v : ir.variation) {
        const std::string id = anchor + "-variasjon-" + std::string(LevelName(v.child_level)) +
                               "-" +
                               Slugify(instrument.areas[v.score - instrument.factors.size()].id);
        CaterpillarChart chart = charts_.Variation(v);
        // Variation needs two units to draw: with fewer, the sentence says why.
        if (v.children.size() < 2) {
          var.blocks.push_back(TextBlock{chart.Title() + ". " + VariationText(v, env_.text), true});
          continue;
        }
        var.blocks.push_back(ChartBlock{id, F("site.fig.variation_sub"), Share(std::move(chart))});
        var.blocks.push_back(TextBlock{VariationText(v, env_.text), true});
      }
      s.sections.push_back(std::move(var));
    }
    return s;
  }

  // A class's year group at its school over the waves, against the
  // county's pupils of the same grade, or why there is none.
  void YearGroup(const InstrumentReport& ir, const std::string& anchor,
                 std::vector<Block>* out) const {
    const InstrumentReport::GradeSeries& yg = ir.year_group;
    if (yg.points.empty()) {
      out->push_back(TextBlock{F("site.year_group.not_here", {{"school", units_[unit_.parent].name}})});
      EarlierInstrument(yg, out);
      return;
    }
    if (!ShownTwice(yg)) {
      out->push_back(TextBlock{F("site.year_group.none")});
      return;
    }
    const std::string first = env_.data.project.waves[yg.points.front().wave].label;
    const std::string last = env_.data.project.waves[yg.points.back().wave].label;
    const bool school = yg.unit == unit_.parent;
    out->push_back(TextBlock{F(school ? "site.year_group.intro" : "site.year_group.intro_municipality",
                               {{"school", units_[unit_.parent].name},
                                {"municipality", units_[yg.unit].name},
                                {"first_grade", std::to_string(yg.points.front().grade)},
                                {"first", first},
                                {"grade", std::to_string(yg.points.back().grade)},
                                {"last", last}})});
    out->push_back(ChartBlock{anchor + "-arskull", F("site.fig.year_group_sub"),
                              Share(charts_.YearGroup(ir))});
    std::vector<std::string> changes;
    for (const Highlight& h : yg.changes) {
      changes.push_back(F(h.d > 0 ? "site.year_group.better" : "site.year_group.weaker",
                          {{"factor", h.title},
                           {"d", env_.text.Number(std::abs(h.d), kSdDecimals)},
                           {"first", first},
                           {"last", last}}));
    }
    if (changes.empty()) {
      out->push_back(TextBlock{F("site.year_group.no_change", {{"first", first}, {"last", last}})});
    } else {
      out->push_back(BulletsBlock{std::move(changes)});
    }
    EarlierInstrument(yg, out);
  }

  // That a year group answered another instrument in earlier grades, whose
  // figures are not joined to these.
  void EarlierInstrument(const InstrumentReport::GradeSeries& g, std::vector<Block>* out) const {
    if (g.earlier_instrument < 0) return;
    out->push_back(TextBlock{
        F("site.year_group.earlier",
          {{"instrument", PickLang(env_.data.instruments[g.earlier_instrument].title, env_.text.lang())},
           {"wave", env_.data.project.waves[g.earlier_wave].label}}),
        true});
  }

  // A change of one grade or year group, in words.
  struct GradeChange {
    double d;
    std::string text;
  };
  // The `count` largest changes, largest first.
  static std::vector<GradeChange> Largest(std::vector<GradeChange> all, size_t count) {
    std::stable_sort(all.begin(), all.end(),
                     [](const GradeChange& a, const GradeChange& b) { return std::abs(a.d) > std::abs(b.d); });
    if (all.size() > count) all.resize(count);
    return all;
  }

  // A grade or year group with an area shown at two points: a row of
  // dashes is not a comparison.
  static bool ShownTwice(const InstrumentReport::GradeSeries& g) {
    for (const std::vector<Figure>& area : g.areas) {
      int n = 0;
      for (const Figure& f : area) n += f.shown() && f.has_t;
      if (n >= 2) return true;
    }
    return false;
  }

  // The clear changes of these grades, then of these year groups, in words.
  std::vector<GradeChange> GradeChanges(const std::vector<InstrumentReport::GradeSeries>& same_grades,
                                        const std::vector<InstrumentReport::GradeSeries>& year_groups) const {
    std::vector<GradeChange> out;
    auto label = [&](int w) { return env_.data.project.waves[w].label; };
    const bool county = report_.unit == units_.county();
    for (const InstrumentReport::GradeSeries& g : same_grades) {
      for (const Highlight& h : g.changes) {
        out.push_back({h.d, F(h.d > 0 ? "site.same_grade.better" : "site.same_grade.weaker",
                              {{"grade", std::to_string(g.points.back().grade)},
                               {"factor", h.title},
                               {"d", env_.text.Number(std::abs(h.d), kSdDecimals)},
                               {"first", label(g.points.front().wave)},
                               {"last", label(g.points.back().wave)}})});
      }
    }
    for (const InstrumentReport::GradeSeries& g : year_groups) {
      for (const Highlight& h : g.changes) {
        const char* key = county ? (h.d > 0 ? "site.year_groups.county_higher" : "site.year_groups.county_lower")
                                 : (h.d > 0 ? "site.year_groups.better" : "site.year_groups.weaker");
        out.push_back({h.d, F(key, {{"grade", std::to_string(g.points.back().grade)},
                                    {"first_grade", std::to_string(g.points.front().grade)},
                                    {"factor", h.title},
                                    {"d", env_.text.Number(std::abs(h.d), kSdDecimals)},
                                    {"first", label(g.points.front().wave)},
                                    {"last", label(g.points.back().wave)}})});
      }
    }
    return out;
  }

  // A school's, a municipality's or the county's change over time, like
  // with like: (1) each grade in the earlier waves (other pupils of the
  // same age), (2) each year group followed back as it grew older, against
  // the county's pupils of the same grade. Tables with the T of every point
  // and the clear changes in words.
  void Grades(const InstrumentReport& ir, const std::string& anchor, Section* change) const {
    using Series = InstrumentReport::GradeSeries;
    const std::string& unit = report_.columns.front().name;
    const std::string at = F(unit_.level == Level::kSchool ? "site.at.school" : "site.at.area", {{"unit", unit}});
    // Only grades and year groups shown at two points; the others counted.
    std::vector<Series> same_grades, year_groups;
    int hidden = 0;
    for (const auto& [from, to] : {std::pair{&ir.same_grades, &same_grades}, std::pair{&ir.year_groups, &year_groups}}) {
      for (const Series& g : *from) {
        if (ShownTwice(g)) {
          to->push_back(g);
        } else {
          ++hidden;
        }
      }
    }
    if (same_grades.empty() && year_groups.empty()) {
      change->blocks.push_back(TextBlock{F(hidden > 0 ? "site.grades.hidden" : "site.grades.none",
                                           {{"at", at}, {"n", std::to_string(env_.text.min_n())}})});
      return;
    }
    auto label = [&](int w) { return env_.data.project.waves[w].label; };
    change->blocks.push_back(HeatLegend());
    // One table: a heading row per grade or year group, a row per point.
    auto table = [&](const std::vector<Series>& all, const std::string& caption, auto heading) {
      HeatTableBlock t;
      t.caption = caption;
      t.row_header = F("site.col.grade_wave");
      t.column_header = F("site.col.area");
      t.by_row = true;
      for (const ScoreFigures& a : ir.areas) t.factors.push_back(a.title);
      std::vector<std::string> reasons;
      for (const Series& g : all) {
        t.rows.push_back({-1, heading(g), {}});
        for (size_t p = 0; p < g.points.size(); ++p) {
          HeatTableBlock::Row row{
              -1, F("site.grade_wave", {{"grade", std::to_string(g.points[p].grade)}, {"wave", label(g.points[p].wave)}}),
              {}};
          for (const std::vector<Figure>& area : g.areas) row.cells.push_back(HeatCell(area[p], &reasons));
          t.rows.push_back(std::move(row));
        }
      }
      DashNotes(reasons, &t);
      return t;
    };
    // The clear changes as bullets, or `none`.
    auto bullets = [&](std::vector<GradeChange> changes, const std::string& none, std::vector<Block>* out) {
      std::vector<std::string> items;
      for (GradeChange& c : changes) items.push_back(std::move(c.text));
      if (items.empty()) {
        out->push_back(TextBlock{none});
      } else {
        out->push_back(BulletsBlock{std::move(items)});
      }
    };

    Section same{SectionKind::kChange, anchor + "-samme-trinn", F("site.same_grade.heading")};
    if (same_grades.empty()) {
      same.blocks.push_back(TextBlock{F("site.same_grade.none", {{"at", at}})});
    } else {
      same.blocks.push_back(TextBlock{F("site.same_grade.intro", {{"at", at}})});
      same.blocks.push_back(table(same_grades, F("site.same_grade.caption", {{"instrument", ir.title}, {"at", at}}),
                                  [&](const Series& g) {
                                    return F("site.grade", {{"grade", std::to_string(g.points.back().grade)}});
                                  }));
      bullets(GradeChanges(same_grades, {}), F("site.same_grade.no_change"), &same.blocks);
    }

    const bool county = report_.unit == units_.county();
    Section groups{SectionKind::kChange, anchor + "-arskull", F("site.year_groups.heading")};
    if (year_groups.empty()) {
      groups.blocks.push_back(TextBlock{F("site.year_groups.none", {{"at", at}})});
    } else {
      groups.blocks.push_back(TextBlock{F(county ? "site.year_groups.intro_county" : "site.year_groups.intro",
                                          {{"at", at}, {"unit", unit}})});
      groups.blocks.push_back(table(year_groups,
                                    F(county ? "site.year_groups.caption_county" : "site.year_groups.caption",
                                      {{"instrument", ir.title}, {"at", at}, {"unit", unit}}),
                                    [&](const Series& g) {
                                      return F("site.year_groups.group",
                                               {{"grade", std::to_string(g.points.back().grade)},
                                                {"wave", label(g.points.back().wave)}});
                                    }));
      bullets(GradeChanges({}, year_groups),
              F(county ? "site.year_groups.no_change_county" : "site.year_groups.no_change"), &groups.blocks);
    }
    for (const Series& g : year_groups) {
      if (g.earlier_instrument < 0) continue;
      groups.blocks.push_back(TextBlock{
          F("site.year_groups.earlier",
            {{"instrument", PickLang(env_.data.instruments[g.earlier_instrument].title, env_.text.lang())}}),
          true});
      break;
    }
    change->sections.push_back(std::move(same));
    change->sections.push_back(std::move(groups));
  }

  // The colour bands of the heat tables, named.
  HeatLegendBlock HeatLegend() const {
    HeatLegendBlock legend{F("site.heat_legend"), {}, F("site.heat.none")};
    for (const char* band : {"site.heat.lo2", "site.heat.lo1", "site.heat.mid", "site.heat.hi1", "site.heat.hi2"}) {
      legend.bands.push_back(F(band));
    }
    return legend;
  }

  // A heat table's cell: the T in its colour band, or a dash whose reason
  // is collected for the notes.
  HeatTableBlock::Row::Cell HeatCell(const Figure& f, std::vector<std::string>* reasons) const {
    const bool shown = f.shown() && f.has_t;
    const std::string reason = shown ? std::string() : env_.text.Reason(f);
    AddReason(reasons, reason);
    return {env_.text.T(f), shown ? HeatBand(f.t) : -1, reason,
            shown ? f.t : std::numeric_limits<double>::quiet_NaN()};
  }

  // "– betyr ..." under a table, once per reason.
  void DashNotes(const std::vector<std::string>& reasons, HeatTableBlock* table) const {
    for (const std::string& why : reasons) table->notes.push_back(F("pdf.dash_means", {{"reason", why}}));
  }

  // "Kilde: Utdanningsdirektoratet og SSB." for these indicators ("" none).
  std::string Sources(const std::vector<int>& defs) const {
    std::vector<std::string> sources;
    for (int d : defs) {
      const std::string source = charts_.IndicatorSource(d);
      if (!source.empty() && std::find(sources.begin(), sources.end(), source) == sources.end()) {
        sources.push_back(source);
      }
    }
    return sources.empty() ? "" : F("site.source", {{"source", JoinList(sources, F("site.and"))}});
  }

  // Learning results and completion: each indicator of those kinds the
  // unit has, over the waves, against its parents and the comparison
  // units, girls and boys where given, the change since the first wave in
  // words, the source under each chart.
  void Indicators(std::vector<Section>* out) const {
    if (report_.indicators.empty()) return;
    Section s{SectionKind::kIndicators, "laeringsresultater", F("site.indicators.heading"), true};
    s.blocks.push_back(TextBlock{F("site.indicators.intro")});
    for (const IndicatorReport& r : report_.indicators) IndicatorBlocks(r, "", &s.blocks);
    out->push_back(std::move(s));
  }

  // One indicator's chart, its change in words, its girls and boys.
  void IndicatorBlocks(const IndicatorReport& r, const std::string& prefix, std::vector<Block>* out,
                       bool gender = true) const {
    const std::string& unit = report_.columns.front().name;
    const IndicatorDef& def = env_.data.project.indicators[r.def];
    const std::string title = charts_.IndicatorTitle(r.def);
    const std::string id = prefix + "indikator-" + Slugify(def.id);
    const std::string source = Sources({r.def});
    out->push_back(ChartBlock{id, F("site.fig.indicator_sub", {{"source", source}}),
                              Share(charts_.Indicator(r, false))});
    // The unit's change since its first value, in words.
    const std::vector<double>& v = r.lines.front().values;
    int first = -1, last = -1;
    for (size_t w = 0; w < v.size(); ++w) {
      if (!std::isfinite(v[w])) continue;
      if (first < 0) first = static_cast<int>(w);
      last = static_cast<int>(w);
    }
    auto shown = [&](double x) {
      return def.percent ? env_.text.Percent(100 * x, def.decimals) : env_.text.Number(x, def.decimals);
    };
    if (first >= 0 && last > first) {
      const double d = v[last] - v[first];
      const double step = std::pow(10.0, -def.decimals) / (def.percent ? 100 : 1);
      const char* key = std::abs(d) < step / 2 ? "site.indicators.same"
                        : d > 0               ? "site.indicators.higher"
                                              : "site.indicators.lower";
      std::string text = F(key, {{"indicator", title},
                                 {"unit", unit},
                                 {"first", env_.data.project.waves[r.waves[first]].label},
                                 {"last", env_.data.project.waves[r.waves[last]].label},
                                 {"from", shown(v[first])},
                                 {"to", shown(v[last])},
                                 {"change", def.percent ? env_.text.Number(std::abs(d) * 100, def.decimals) +
                                                              F("site.unit.points")
                                                        : env_.text.Number(std::abs(d), def.decimals)}});
      if (def.better != IndicatorDef::Better::kNone) {
        text += " " + F(def.better == IndicatorDef::Better::kHigher ? "site.indicators.higher_is_better"
                                                                    : "site.indicators.lower_is_better");
      }
      out->push_back(TextBlock{text});
    } else if (first >= 0) {
      out->push_back(TextBlock{F("site.indicators.one", {{"indicator", title},
                                                         {"unit", unit},
                                                         {"wave", env_.data.project.waves[r.waves[first]].label},
                                                         {"value", shown(v[first])}})});
    }
    if (gender && !r.gender.empty()) {
      out->push_back(ChartBlock{id + "-kjonn", F("site.fig.indicator_sub", {{"source", source}}),
                                Share(charts_.Indicator(r, true))});
    }
  }

  // The share of pupils who say they are bullied: what is counted, the
  // chart, and in words the last wave against the county and the change
  // since the first, each said to be larger than the uncertainty or not.
  void BullyingBlocks(const BullyingReport& b, std::vector<Block>* out) const {
    if (b.instrument < 0 || b.waves.empty()) return;
    const kfl::Instrument& instrument = env_.data.instruments[b.instrument];
    const std::string& unit = report_.columns.front().name;
    auto wave = [&](int i) { return env_.data.project.waves[b.waves[i]].label; };
    auto percent = [&](const BullyingShare& s) { return env_.text.Percent(100.0 * s.count / s.answered, kShareDecimals); };
    std::vector<std::string> answers;
    for (int v : env_.data.project.bullying.values) {
      answers.push_back(F("site.quoted", {{"text", instrument.scale.Label(v, env_.text.lang())}}));
    }
    out->push_back(TextBlock{F("briefing.bullying_what",
                               {{"instrument", PickLang(instrument.title, env_.text.lang())},
                                {"answers", JoinList(answers, F("site.or"))},
                                {"item", PickLang(instrument.items[b.item].text, env_.text.lang())}})});
    out->push_back(ChartBlock{"orientering-mobbing", F("site.fig.bullying_sub"), Share(charts_.Bullying(b))});
    std::vector<std::string> said;
    const int latest = static_cast<int>(b.waves.size()) - 1;
    if (b.last < latest && b.unit[latest].answered > 0) {
      said.push_back(F("briefing.bullying_hidden", {{"unit", unit}, {"wave", wave(latest)}}));
    }
    if (b.last >= 0) {
      const BullyingShare& now = b.unit[b.last];
      if (b.county.empty()) {
        said.push_back(F("briefing.bullying_now_county", {{"unit", unit}, {"wave", wave(b.last)}, {"share", percent(now)}}));
      } else if (b.county[b.last].shown) {
        const BullyingShare& county = b.county[b.last];
        const bool higher = now.count * static_cast<long>(county.answered) > county.count * static_cast<long>(now.answered);
        said.push_back(F(!b.clear_vs_county ? "briefing.bullying_now_same"
                         : higher           ? "briefing.bullying_now_higher"
                                            : "briefing.bullying_now_lower",
                         {{"unit", unit}, {"wave", wave(b.last)}, {"share", percent(now)}, {"county", percent(county)}}));
      }
      if (b.first < b.last) {
        const BullyingShare& then = b.unit[b.first];
        const bool up = now.count * static_cast<long>(then.answered) > then.count * static_cast<long>(now.answered);
        said.push_back(F(!b.clear_change ? "briefing.bullying_change_none"
                         : up            ? "briefing.bullying_change_up"
                                         : "briefing.bullying_change_down",
                         {{"first", wave(b.first)}, {"last", wave(b.last)}, {"from", percent(then)}, {"to", percent(now)}}));
      }
    }
    if (!said.empty()) out->push_back(BulletsBlock{std::move(said)});
  }

  // The units of `level` right below this one that have pages.
  void UnitList(Level level, std::vector<Section>* out) const {
    UnitsBlock list;
    for (int c : env_.sorted_children[report_.unit]) {
      if (units_[c].level == level && HasPage(c)) list.units.push_back(Node(c));
    }
    if (list.units.empty()) return;
    const std::string levels = LevelText(Texts(), level, true);
    Section s{SectionKind::kUnitList, "liste-" + std::string(LevelName(level)),
              F("site.list_heading", {{"level", levels}, {"unit", unit_.name}}), true};
    s.blocks.push_back(std::move(list));
    out->push_back(std::move(s));
  }

  const UnitReport& report_;
  const OutlineEnv& env_;
  const UnitTree& units_;
  const Unit& unit_;
  const ReportCharts charts_;
  bool present_[2] = {false, false};  // schools, kindergartens
  bool split_ = false;
};

}  // namespace

std::string PdfName(Level level, const Audience& audience) {
  if (!audience.restricted()) return "rapport.pdf";
  switch (level) {
    case Level::kSchool: return "skoleleder.pdf";
    case Level::kClass:
    case Level::kGroup: return "rapport.pdf";
    default: return "";
  }
}

Outline BuildOutline(const UnitReport& report, const OutlineEnv& env) {
  return OutlineBuilder(report, env).Build();
}

bool HasBriefing(Level level, const Audience& audience) {
  return !audience.restricted() && (level == Level::kMunicipality || level == Level::kCounty);
}

Outline BuildBriefing(const UnitReport& report, const OutlineEnv& env) {
  return OutlineBuilder(report, env).Briefing();
}

}  // namespace kfl
