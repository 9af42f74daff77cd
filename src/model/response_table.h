// ResponseTable: the answers of one instrument in one wave, stored by column
// families so that a national file (hundreds of thousands of rows, ~100 items)
// costs one byte per answer and no allocation per cell.
//
// Row r is one respondent. Item values are raw (not reversed), row-major:
// value(r, j) = values[r * item_count + j]; kMissingValue marks "not
// answered" (empty cell or a missing code).
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

namespace kfl {

constexpr int8_t kMissingValue = std::numeric_limits<int8_t>::min();

enum class Gender : int8_t { kUnknown = 0, kFemale = 1, kMale = 2 };

struct ResponseTable {
  int item_count = 0;
  std::vector<int32_t> unit;    // index into UnitTree
  std::vector<Gender> gender;   // kUnknown when empty or not collected
  std::vector<int8_t> grade;    // 1-10; 0 when empty or not collected
  std::vector<int8_t> values;   // rows() * item_count

  size_t rows() const { return unit.size(); }
  int8_t value(size_t row, int item) const { return values[row * item_count + item]; }
  // Appends one row; `items` points at item_count values.
  void AddRow(int32_t unit_index, Gender g, int8_t grade_value, const int8_t* items);
};

}  // namespace kfl
