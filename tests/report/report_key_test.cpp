#include "report/report_key.h"

#include <gtest/gtest.h>

#include <functional>

namespace kfl {
namespace {

std::string Key(const UnitReport& r) {
  ContentHash h;
  AddReportKey(r, &h);
  return h.Hex();
}

UnitReport Sample() {
  UnitReport r;
  r.unit = 3;
  r.wave = 2;
  r.columns = {{3, "8A", Level::kClass}, {0, "Hedmark", Level::kCounty}};
  InstrumentReport ir;
  ir.title = "Elever";
  Figure f;
  f.state = FigureState::kShown;
  f.t = 52.5;
  ir.areas = {{1, "Trivsel", {f, f}}};
  AreaDetail detail;
  detail.items = {{4, "Jeg trives", Granularity::kEvery, CategoryDisclosure::kShown, false,
                   {{0, 0}, {1, 1}, {2, 2}}, {1, 2, 3}, 6}};
  ir.details = {detail};
  ir.trend = {{1, "Trivsel", {f, f, f}}};
  ir.variation = {{1, "Trivsel", Level::kSchool, f, {{5, "Skole", f}}}};
  r.instruments = {ir};
  r.scatter = {{7, "Elverum", 0.4, 39.5, false}};
  r.bullying.instrument = 0;
  r.bullying.waves = {0, 2};
  r.bullying.unit = {{true, CategoryDisclosure::kShown, 3, 40}, {false, CategoryDisclosure::kTooFew, 0, 38}};
  return r;
}

TEST(ReportKeyTest, EveryKindOfFieldChangesTheKey) {
  const std::string base = Key(Sample());
  EXPECT_EQ(Key(Sample()), base);
  const std::vector<std::pair<const char*, std::function<void(UnitReport&)>>> changes = {
      {"column name", [](UnitReport& r) { r.columns[1].name = "Innlandet"; }},
      {"area T", [](UnitReport& r) { r.instruments[0].areas[0].columns[0].t = 52.500001; }},
      {"figure state",
       [](UnitReport& r) { r.instruments[0].areas[0].columns[1].state = FigureState::kTooFew; }},
      {"item count", [](UnitReport& r) { r.instruments[0].details[0].items[0].counts[2] = 4; }},
      {"item granularity",
       [](UnitReport& r) { r.instruments[0].details[0].items[0].granularity = Granularity::kTwo; }},
      {"item groups",
       [](UnitReport& r) { r.instruments[0].details[0].items[0].groups[0].second = 1; }},
      {"trend wave", [](UnitReport& r) { r.instruments[0].trend[0].waves[2].n = 9; }},
      {"variation child",
       [](UnitReport& r) { r.instruments[0].variation[0].children[0].name = "Skule"; }},
      {"scatter x", [](UnitReport& r) { r.scatter[0].x = 0.41; }},
      {"wave", [](UnitReport& r) { r.wave = 1; }},
      {"bullying count", [](UnitReport& r) { r.bullying.unit[0].count = 4; }},
      {"bullying reason", [](UnitReport& r) { r.bullying.unit[1].reason = CategoryDisclosure::kComplementary; }},
      {"bullying change", [](UnitReport& r) { r.bullying.clear_change = true; }},
  };
  for (const auto& [name, change] : changes) {
    UnitReport r = Sample();
    change(r);
    EXPECT_NE(Key(r), base) << name;
  }
}

}  // namespace
}  // namespace kfl
