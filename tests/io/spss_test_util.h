// Writing small SPSS .sav files in tests, with readstat's writer.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace kfl::testing_io {

struct SpssColumn {
  std::string name;
  bool is_string = false;
  // Value labels of a numeric column: value -> label.
  std::vector<std::pair<double, std::string>> labels;
  // User-missing codes of a numeric column.
  std::vector<double> missing;
};

// A cell: a number, a string, or nullopt for system-missing.
struct SpssCell {
  std::optional<double> number;
  std::string text;
};

// The bytes of a .sav file with these columns and rows (numbers in numeric
// columns, texts in string ones).
std::string WriteSav(const std::vector<SpssColumn>& columns,
                     const std::vector<std::vector<SpssCell>>& rows);

}  // namespace kfl::testing_io
