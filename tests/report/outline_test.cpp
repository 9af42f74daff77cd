#include "report/outline.h"

#include <gtest/gtest.h>

#include <map>

#include "chart/diverging_chart.h"
#include "io/data_set_reader.h"
#include "privacy/results.h"
#include "report/result_index.h"
#include "text/catalog.h"
#include "text/collate.h"

namespace kfl {
namespace {

// The example data set with its results, read once for every test here.
struct Example {
  DataSet data;
  Results results;
  Catalog catalog;
  Narratives narratives{"# Slik leser du rapporten\n\nT = 50.\n",
                        "# Spørsmål til refleksjon\n\n1. Hva ser vi?\n",
                        "# Spørsmål til refleksjon\n\n1. Hva ser dere?\n"};
  std::vector<std::vector<int>> sorted;

  static const Example& Get() {
    static const Example* example = [] {
      auto* e = new Example;
      Diagnostics diags;
      EXPECT_TRUE(ReadDataSet(std::string(KFL_SOURCE_DIR) + "/data/example", &e->data, &diags));
      e->results = ComputeResults(e->data, 1, &diags);
      EXPECT_FALSE(diags.has_errors());
      std::string error;
      e->catalog = *Catalog::Load(std::string(KFL_SOURCE_TEMPLATES_DIR) + "/i18n/nb.json", &error);
      e->sorted.resize(e->data.units.size());
      for (int u = 0; u < e->data.units.size(); ++u) e->sorted[u] = e->data.units[u].children;
      return e;
    }();
    return *example;
  }

  Outline OutlineOf(const std::string& unit_id, const Audience& audience, bool pdf = true) const {
    const ResultIndex index(data, results);
    const DecideFn decide = [&](int part, long i) {
      switch (results.waves[part].View(audience.kind)[i]) {
        case Disclosure::kPublished: return FigureState::kShown;
        case Disclosure::kTooFew: return FigureState::kTooFew;
        default: return FigureState::kHidden;
      }
    };
    const int unit = data.units.Find(unit_id);
    EXPECT_GE(unit, 0) << unit_id;
    const UnitReport report =
        BuildUnitReport(data, index, decide, unit, {.lang = "nb", .audience = audience});
    const FigureText text(catalog, "nb", audience.min_n, audience.min_cell);
    return BuildOutline(report, {data, text, audience, sorted, narratives, pdf});
  }
};

// The kinds of the top-level sections, and of those below a sector; a run
// of instruments is written once.
std::string Shape(const std::vector<Section>& sections) {
  static const std::map<SectionKind, std::string> kNames = {
      {SectionKind::kSummary, "summary"},     {SectionKind::kTree, "tree"},           {SectionKind::kClassOverview, "classes"},
      {SectionKind::kSector, "sector"},       
      {SectionKind::kInstrument, "instr"},    {SectionKind::kScatter, "scatter"},
      {SectionKind::kIndicators, "results"},
      {SectionKind::kUnitList, "list"},       {SectionKind::kReflection, "reflection"},
      {SectionKind::kHowToRead, "how"}};
  std::string out, last;
  for (const Section& s : sections) {
    const std::string name = kNames.at(s.kind);
    if (name == "instr" && last == "instr") continue;
    out += (out.empty() ? "" : " ") + name;
    if (s.kind == SectionKind::kSector) out += "(" + Shape(s.sections) + ")";
    last = name;
  }
  return out;
}
std::string Shape(const Outline& o) { return Shape(o.sections); }

TEST(OutlineTest, EachKindOfUnitGetsItsSectionsForEachAudience) {
  const Example& ex = Example::Get();
  const Audience pub = PublicAudience(ex.data.project);
  const Audience res = RestrictedAudience(ex.data.project);
  struct Case {
    const char* unit;
    bool restricted;
    const char* pdf;
    const char* shape;
  } cases[] = {
      // The county has no strengths (it is the reference); the example's
      // two municipalities are too few for the scatter plot, but its
      // indicators give the learning results.
      {"testfylke", false, "rapport.pdf", "sector(instr results) sector(instr) list how"},
      {"testfylke", true, "", "tree sector(instr results) sector(instr) list how"},
      // Kindergartens too: their highlights say no factor differs clearly.
      {"k-fjellvik", false, "rapport.pdf",
       "summary sector(instr results list) sector(instr list) how"},
      {"s-sondre-as-01", false, "rapport.pdf", "summary instr results how"},
      {"s-sondre-as-01", true, "skoleleder.pdf", "summary classes instr results list how"},
      {"c-fjellvik-01-8a", true, "rapport.pdf", "summary instr reflection how"},
      {"b-fjellvik-01", false, "rapport.pdf", "summary instr how"},
      {"b-fjellvik-01", true, "", "summary classes instr list how"},
      {"g-fjellvik-01-2", true, "rapport.pdf", "summary instr reflection how"},
  };
  for (const Case& c : cases) {
    const Outline o = ex.OutlineOf(c.unit, c.restricted ? res : pub);
    EXPECT_EQ(Shape(o), c.shape) << c.unit << (c.restricted ? " restricted" : " public");
    EXPECT_EQ(o.pdf, c.pdf) << c.unit << (c.restricted ? " restricted" : " public");
  }
}

// "Kort fortalt": its four lists, in the words of the catalog.
TEST(OutlineTest, TheSummaryListsResponsesTheClearestDifferencesAndChange) {
  const Example& ex = Example::Get();
  auto summary = [&](const char* unit, const Audience& audience) {
    const Outline o = ex.OutlineOf(unit, audience);
    EXPECT_EQ(o.sections[0].kind, SectionKind::kSummary) << unit;
    EXPECT_EQ(o.sections[0].heading, "Kort fortalt");
    EXPECT_TRUE(o.sections[1].new_page) << unit << ": the summary is a page of its own";
    return std::get<ListsBlock>(o.sections[0].blocks.at(0));
  };
  // 8A: two strengths from the contact teacher's instrument, largest
  // first; no change told for a class (other pupils in earlier waves).
  const ListsBlock c = summary("c-sondre-as-01-8a", RestrictedAudience(ex.data.project));
  ASSERT_EQ(c.lists.size(), 4u);
  EXPECT_EQ(c.lists[0].title, "Svar og svarprosent i T3 2020");
  EXPECT_EQ(c.lists[0].items.size(), 3u) << "one per instrument";
  EXPECT_EQ(c.lists[1].title, "Tydelig bedre enn fylket i T3 2020");
  ASSERT_EQ(c.lists[1].items.size(), 2u);
  EXPECT_EQ(c.lists[1].items[0],
            "«Selvkontroll» (Kontaktlærers vurdering av elevene): 0,6 SD bedre enn fylket i T3 2020.");
  EXPECT_TRUE(c.lists[2].items.empty());
  EXPECT_EQ(c.lists[2].none, "Ingen faktorer er tydelig svakere enn fylket i T3 2020.");
  EXPECT_TRUE(c.lists[3].items.empty());
  EXPECT_EQ(c.lists[3].title, "Årskullet over tid (sammenlignet med fylkets elever på samme trinn)");
  EXPECT_EQ(c.lists[3].none,
            "Klassen hadde andre elever i tidligere undersøkelser. Derfor sammenligner ikke "
            "rapporten klassen over tid. Årskullet ligger ikke tydelig bedre eller svakere an mot "
            "fylkets elever på samme trinn enn før på noe område.");
  // Søndre Ås ungdomsskole: its grades and year groups, where nothing
  // changed clearly (the pupils' instruments have grades; the teachers'
  // and the leaders' none changed either).
  const ListsBlock s = summary("s-sondre-as-01", PublicAudience(ex.data.project));
  EXPECT_EQ(s.lists[3].title, "Endring over tid: samme trinn og årskullene");
  EXPECT_TRUE(s.lists[3].items.empty());
  EXPECT_EQ(s.lists[3].none, "Ingen områder har endret seg tydelig, verken på samme trinn eller for årskullene.");
  // The county is the reference: no summary.
  EXPECT_NE(ex.OutlineOf("testfylke", PublicAudience(ex.data.project)).sections[0].kind,
            SectionKind::kSummary);
}

// Spec "Same pupils or not": 8C of 2016 and 8C of 2020 are other pupils,
// so no class or group report draws or tells change across the waves of
// its name (issue #22).
TEST(OutlineTest, NoClassOrGroupReportJoinsTheWavesOfItsName) {
  const Example& ex = Example::Get();
  const Audience res = RestrictedAudience(ex.data.project);
  int reports = 0, said = 0;
  for (int u = 0; u < ex.data.units.size(); ++u) {
    const Level level = ex.data.units[u].level;
    if (level != Level::kClass && level != Level::kGroup) continue;
    const Outline o = ex.OutlineOf(ex.data.units[u].id, res);
    ++reports;
    ForEachSection(o.sections, [&](const Section& s, int) {
      for (const Block& b : s.blocks) {
        // Over time only the year group, never the class's name.
        if (const auto* chart = std::get_if<ChartBlock>(&b)) {
          if (chart->chart->Kind() == "trend") {
            EXPECT_TRUE(chart->anchor.size() > 8 &&
                        chart->anchor.compare(chart->anchor.size() - 8, 8, "-arskull") == 0)
                << ex.data.units[u].id << ": " << chart->chart->Title();
            EXPECT_EQ(chart->chart->Title().find(ex.data.units[u].name), std::string::npos);
          }
        }
        if (const auto* text = std::get_if<TextBlock>(&b)) {
          said += text->text.find("andre elever i tidligere") != std::string::npos ||
                  text->text.find("andre barn i tidligere") != std::string::npos;
          EXPECT_EQ(text->text.find("størst endring"), std::string::npos) << ex.data.units[u].id;
        }
      }
    });
  }
  EXPECT_EQ(reports, 34) << "30 classes and 4 groups";
  EXPECT_GT(said, 0) << "the report says why it shows no change";
}

TEST(OutlineTest, AnchorsAreUniqueAndEveryContentsEntryHasOne) {
  const Example& ex = Example::Get();
  for (const char* unit : {"testfylke", "k-fjellvik", "s-fjellvik-01", "c-fjellvik-01-8a"}) {
    const Outline o = ex.OutlineOf(unit, RestrictedAudience(ex.data.project));
    std::map<std::string, int> seen;
    ForEachSection(o.sections, [&](const Section& s, int) {
      EXPECT_FALSE(s.anchor.empty()) << unit << ": " << s.heading;
      EXPECT_FALSE(s.heading.empty()) << unit << ": " << s.anchor;
      EXPECT_EQ(++seen[s.anchor], 1) << unit << ": " << s.anchor;
      for (const Block& b : s.blocks) {
        if (const auto* chart = std::get_if<ChartBlock>(&b)) {
          EXPECT_EQ(++seen[chart->anchor], 1) << unit << ": " << chart->anchor;
        }
      }
    });
  }
}

TEST(OutlineTest, AChartWithNothingShownIsASentence) {
  const Example& ex = Example::Get();
  // 8A has 7 pupils: below the restricted threshold per category, so its
  // item distributions are hidden and said so in a sentence, never drawn.
  const Outline o = ex.OutlineOf("c-fjellvik-01-8a", RestrictedAudience(ex.data.project));
  int sentences = 0, item_charts = 0;
  ForEachSection(o.sections, [&](const Section& s, int) {
    for (const Block& b : s.blocks) {
      if (const auto* t = std::get_if<TextBlock>(&b)) {
        sentences += t->text.find("vises ikke") != std::string::npos;
      }
      if (const auto* c = std::get_if<ChartBlock>(&b)) {
        item_charts += c->anchor.find("-sporsmal") != std::string::npos;
      }
    }
  });
  EXPECT_GT(sentences, 0);
  for (const Section& s : o.sections) {
    ForEachSection(s.sections, [&](const Section& area, int) {
      for (const Block& b : area.blocks) {
        const auto* c = std::get_if<ChartBlock>(&b);
        if (!c || c->anchor.find("-sporsmal") == std::string::npos) continue;
        const auto& chart = static_cast<const DivergingChart&>(*c->chart);
        bool any = false;
        for (const auto& row : chart.rows) any = any || !row.suppressed;
        EXPECT_TRUE(any) << c->anchor << ": drawn with every row hidden";
      }
    });
  }
  (void)item_charts;
}

TEST(OutlineTest, TheNarrativesHeadingIsTheSectionsAndNotRepeatedInItsBody) {
  const Example& ex = Example::Get();
  const Outline o = ex.OutlineOf("c-fjellvik-01-8a", RestrictedAudience(ex.data.project));
  ASSERT_GE(o.sections.size(), 2u);
  const Section& reflection = o.sections[o.sections.size() - 2];
  EXPECT_EQ(reflection.heading, "Spørsmål til refleksjon");
  EXPECT_TRUE(reflection.new_page);
  const Section& how = o.sections.back();
  EXPECT_EQ(how.heading, "Slik leser du rapporten");
  ASSERT_EQ(how.blocks.size(), 1u);
  EXPECT_EQ(std::get<MarkdownBlock>(how.blocks[0]).markdown, "\nT = 50.\n");
}

TEST(OutlineTest, WithoutPdfsNoPdfIsNamed) {
  const Example& ex = Example::Get();
  EXPECT_EQ(ex.OutlineOf("testfylke", PublicAudience(ex.data.project), false).pdf, "");
}

TEST(PdfNameTest, ClassesOnlyOnTheRestrictedSite) {
  const Audience pub{.kind = AudienceKind::kPublic};
  const Audience res{.kind = AudienceKind::kRestricted};
  struct Case {
    Level level;
    const Audience& audience;
    std::string want;
  } cases[] = {
      {Level::kCounty, pub, "rapport.pdf"},      {Level::kMunicipality, pub, "rapport.pdf"},
      {Level::kSchool, pub, "rapport.pdf"},      {Level::kSchool, res, "skoleleder.pdf"},
      {Level::kClass, res, "rapport.pdf"},       {Level::kGroup, res, "rapport.pdf"},
      {Level::kMunicipality, res, ""},           {Level::kCounty, res, ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(PdfName(c.level, c.audience), c.want)
        << LevelName(c.level) << (c.audience.restricted() ? " restricted" : " public");
  }
}

}  // namespace
}  // namespace kfl
