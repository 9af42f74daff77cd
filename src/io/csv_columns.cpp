#include "io/csv_columns.h"

#include <string_view>
#include <unordered_map>

#include "io/suggest.h"

namespace kfl {

ColumnMap MatchColumns(const CsvReader& csv, const std::vector<ColumnSpec>& specs,
                       Diagnostics* diags) {
  ColumnMap map;
  map.field_of.assign(specs.size(), -1);
  map.spec_of.assign(csv.header_size(), -1);
  std::unordered_map<std::string_view, int> by_name;
  std::vector<std::string_view> names;
  for (size_t s = 0; s < specs.size(); ++s) {
    by_name.emplace(specs[s].name, static_cast<int>(s));
    names.push_back(specs[s].name);
  }
  for (size_t f = 0; f < csv.header_size(); ++f) {
    std::string_view name = csv.header(f);
    auto it = by_name.find(name);
    if (name.empty()) {
      diags->Error(csv.HeaderWhere(f), "diag.column_unnamed");
    } else if (it == by_name.end()) {
      ErrorWithSuggestion(diags, csv.HeaderWhere(f), "diag.unknown_column",
                          {{"column", std::string(name)}}, Suggest(name, names));
    } else if (map.field_of[it->second] >= 0) {
      diags->Error(
          csv.HeaderWhere(f), "diag.duplicate_column",
          {{"column", std::string(name)}, {"first", std::to_string(map.field_of[it->second] + 1)}});
    } else {
      map.field_of[it->second] = static_cast<int>(f);
      map.spec_of[f] = it->second;
    }
  }
  std::vector<std::string> missing;
  for (size_t s = 0; s < specs.size(); ++s)
    if (specs[s].required && map.field_of[s] < 0) missing.push_back(specs[s].name);
  map.complete = missing.empty();
  if (missing.size() == 1) {
    diags->Error({csv.path(), csv.header_line(), 1}, "diag.missing_column",
                 {{"column", missing[0]}});
  } else if (!missing.empty()) {
    std::string list;
    for (const std::string& name : missing) {
      if (!list.empty()) list += ", ";
      list += "«" + name + "»";
    }
    diags->Error({csv.path(), csv.header_line(), 1}, "diag.missing_columns", {{"columns", list}});
  }
  return map;
}

std::optional<CsvTable> OpenCsvTable(const FileSystem& fs, const std::string& path,
                                     const std::vector<ColumnSpec>& specs, Diagnostics* diags) {
  CsvTable table;
  table.file = fs.Open(path);
  if (!table.file) {
    diags->Error({path, 0, 0}, "diag.cannot_read");
    return std::nullopt;
  }
  table.csv = std::make_unique<CsvReader>(table.file.get(), path, diags);
  if (!table.csv->ReadHeader()) return std::nullopt;
  table.columns = MatchColumns(*table.csv, specs, diags);
  if (!table.columns.complete) return std::nullopt;
  return table;
}

}  // namespace kfl
