// Small instruments, unit trees and response tables for the stats tests,
// written out literally so that every expected value can be checked by hand.
#pragma once

#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include "model/instrument.h"
#include "model/response_table.h"
#include "model/unit_tree.h"

namespace kfl::stats_test {

// "Not answered" in a literal row.
constexpr int8_t kM = kMissingValue;

// An instrument from its shape: reverse[a][f] lists the reverse flags of the
// items of factor f of area a. Ids are "a0", "f0", "i0", ... in order.
inline Instrument MakeInstrument(const std::vector<std::vector<std::vector<bool>>>& reverse,
                                 int scale_min = 1, int scale_max = 5,
                                 std::vector<Background> background = {}) {
  Instrument in;
  in.id = "test";
  in.scale.min = scale_min;
  in.scale.max = scale_max;
  in.background = std::move(background);
  for (const auto& factors : reverse) {
    const int a = static_cast<int>(in.areas.size());
    in.areas.push_back({"a" + std::to_string(a), {}, {}});
    for (const auto& items : factors) {
      const int f = static_cast<int>(in.factors.size());
      in.areas[a].factors.push_back(f);
      in.factors.push_back({"f" + std::to_string(f), {}, a, {}});
      for (bool r : items) {
        const int i = static_cast<int>(in.items.size());
        in.factors[f].items.push_back(i);
        in.items.push_back({"i" + std::to_string(i), {}, r, false, f});
      }
    }
  }
  return in;
}

struct Row {
  int unit = 0;
  Gender gender = Gender::kUnknown;
  int grade = 0;
  std::vector<int8_t> values;
};

inline ResponseTable MakeTable(int item_count, const std::vector<Row>& rows) {
  ResponseTable table;
  table.item_count = item_count;
  for (const Row& row : rows) {
    if (static_cast<int>(row.values.size()) != item_count)
      throw std::invalid_argument("MakeTable: a row has the wrong number of values");
    table.AddRow(row.unit, row.gender, static_cast<int8_t>(row.grade), row.values.data());
  }
  return table;
}

// A tree from (id, level, parent id) in index order.
inline UnitTree MakeTree(const std::vector<std::tuple<std::string, Level, std::string>>& units) {
  UnitTree tree;
  std::vector<std::string> parents;
  for (const auto& [id, level, parent] : units) {
    Unit unit;
    unit.id = id;
    unit.name = id;
    unit.level = level;
    tree.Add(std::move(unit));
    parents.push_back(parent);
  }
  tree.Link(parents);
  return tree;
}

}  // namespace kfl::stats_test
