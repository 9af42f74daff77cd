#include "io/indicators_reader.h"

#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "io/csv_columns.h"
#include "io/csv_reader.h"
#include "io/parse_number.h"
#include "io/suggest.h"

namespace kfl {
namespace {

enum Column { kUnit, kWave, kIndicator, kGroup, kValue };

}  // namespace

bool ReadIndicators(const FileSystem& fs, const std::string& path, const Project& project,
                    const UnitTree& units, std::vector<Indicator>* out, Diagnostics* diags) {
  std::optional<CsvTable> table =
      OpenCsvTable(fs, path, {{"unit"}, {"wave"}, {"indicator"}, {"group", false}, {"value"}}, diags);
  if (!table) return false;
  CsvReader& csv = *table->csv;
  const ColumnMap& columns = table->columns;

  std::vector<std::string_view> unit_ids;
  for (const Unit& unit : units.units()) unit_ids.push_back(unit.id);
  for (const Comparison& c : project.comparisons) unit_ids.push_back(c.id);
  std::vector<std::string> indicator_ids;
  for (const IndicatorDef& d : project.indicators) indicator_ids.push_back(d.id);
  Suggester suggest_unit(std::move(unit_ids));
  std::vector<std::string> wave_ids;
  for (const Wave& wave : project.waves) wave_ids.push_back(wave.id);
  // (unit, wave, indicator) -> line of its first row
  std::unordered_map<std::string, int> first_line;

  while (csv.Next()) {
    auto field = [&](Column c) { return columns.field_of[c] < 0 ? std::string_view() : csv[columns.field_of[c]]; };
    auto where = [&](Column c) { return csv.Where(columns.field_of[c]); };
    bool ok = true;
    Indicator indicator;
    indicator.unit = units.Find(field(kUnit));
    if (indicator.unit < 0) indicator.comparison = project.ComparisonIndex(field(kUnit));
    if (indicator.unit < 0 && indicator.comparison < 0) {
      ErrorWithSuggestion(diags, where(kUnit), "diag.unknown_unit",
                          {{"unit", std::string(field(kUnit))}}, suggest_unit(field(kUnit)));
      ok = false;
    }
    indicator.wave = project.WaveIndex(field(kWave));
    if (indicator.wave < 0) {
      ErrorWithSuggestion(diags, where(kWave), "diag.unknown_wave",
                          {{"wave", std::string(field(kWave))}}, Suggest(field(kWave), wave_ids));
      ok = false;
    }
    const std::string_view name = field(kIndicator);
    indicator.def = project.IndicatorIndex(name);
    if (name.empty()) {
      diags->Error(where(kIndicator), "diag.indicator_name_empty");
      ok = false;
    } else if (indicator.def < 0) {
      ErrorWithSuggestion(diags, where(kIndicator), "diag.indicator_unknown",
                          {{"indicator", std::string(name)}}, Suggest(name, indicator_ids));
      ok = false;
    }
    const std::string_view group = field(kGroup);
    bool group_ok = true;
    if (group.empty() || group == "all") {
      indicator.group = Indicator::Group::kAll;
    } else if (group == "gender:F") {
      indicator.group = Indicator::Group::kFemale;
    } else if (group == "gender:M") {
      indicator.group = Indicator::Group::kMale;
    } else {
      ErrorWithSuggestion(diags, where(kGroup), "diag.indicator_group_unknown", {{"group", std::string(group)}},
                          Suggest(group, std::vector<std::string>{"all", "gender:F", "gender:M"}));
      group_ok = false;
      ok = false;
    }
    std::string_view value = field(kValue);
    const auto value_field = static_cast<size_t>(columns.field_of[kValue]);
    std::optional<std::string> with_decimal_point;  // a semicolon file's "40,2"
    bool parsed = true;
    if (ParseDecimal(value, &indicator.value)) {
      // a number as the contract writes it
    } else if ((with_decimal_point = csv.WithDecimalPoint(value_field)) &&
               ParseDecimal(*with_decimal_point, &indicator.value)) {
      csv.DecimalCommaAccepted(value_field);
    } else {
      std::string text(value);
      std::string with_point = text;
      for (char& c : with_point)
        if (c == ',') c = '.';
      double ignored;
      if (text.find(',') != std::string::npos && ParseDecimal(with_point, &ignored)) {
        diags->Error(where(kValue), "diag.decimal_comma", {{"value", text}, {"fixed", with_point}});
      } else {
        diags->Error(where(kValue), "diag.indicator_value_invalid", {{"value", text}});
      }
      parsed = false;
      ok = false;
    }
    // A share is 0-1 ("%": shown as a percentage); 38 for 38 % is an error.
    if (parsed && indicator.def >= 0 && project.indicators[indicator.def].percent && (indicator.value < 0 || indicator.value > 1)) {
      diags->Error(where(kValue), "diag.indicator_share_range",
                   {{"value", std::string(value)}, {"indicator", std::string(name)}});
      ok = false;
    }
    // The same (unit, wave, indicator, group) twice; a row whose group is
    // unknown takes no part (its group is not known to be `all`).
    std::string key;
    key.append(field(kUnit)).append(1, '\0').append(field(kWave)).append(1, '\0');
    key.append(field(kIndicator)).append(1, '\0').append(std::to_string(static_cast<int>(indicator.group)));
    int first = 0;
    if (group_ok) {
      const auto [it, added] = first_line.emplace(std::move(key), csv.record_line());
      if (!added) first = it->second;
    }
    if (first > 0) {
      diags->Error({path, csv.record_line(), 1}, "diag.indicator_duplicate",
                   {{"indicator", std::string(name)},
                    {"unit", std::string(field(kUnit))},
                    {"wave", std::string(field(kWave))},
                    {"line", std::to_string(first)}});
      ok = false;
    }
    if (ok) out->push_back(std::move(indicator));
  }
  return true;
}

}  // namespace kfl
