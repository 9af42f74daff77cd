#include "io/units_reader.h"

#include <algorithm>
#include <limits>
#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "io/contract_names.h"
#include "io/csv_columns.h"
#include "io/csv_reader.h"
#include "io/parse_number.h"
#include "io/suggest.h"
#include "io/utf8.h"

namespace kfl {
namespace {

enum Column { kId, kParent, kLevel, kName, kGrade, kEnrolled };

// The longest unit name, in characters (Norway's longest school names have
// about 60).
constexpr size_t kMaxNameLength = 200;

struct Row {
  std::string id;
  std::string parent;
  std::string name;
  std::optional<Level> level;
  int grade = 0;
  int enrolled = -1;
  Location parent_at;
  Location level_at;
  bool usable = true;  // becomes a unit of the tree
  int parent_row = -1;
  bool in_cycle = false;
};

class UnitsReader {
 public:
  UnitsReader(const std::string& path, const std::vector<std::string>& reserved, Diagnostics* diags)
      : path_(path), reserved_(reserved), diags_(diags) {}

  bool Read(InputFile* file, UnitTree* out) {
    CsvReader csv(file, path_, diags_);
    if (!csv.ReadHeader()) return false;
    ColumnMap columns = MatchColumns(
        csv, {{"id"}, {"parent"}, {"level"}, {"name"}, {"grade", false}, {"enrolled", false}},
        diags_);
    if (!columns.complete) return false;
    while (csv.Next()) ReadRow(csv, columns);
    CheckCounty();
    ResolveParents();
    FindCycles();
    CheckParentLevels();
    Build(out);
    return true;
  }

 private:
  void ReadRow(const CsvReader& csv, const ColumnMap& columns) {
    auto field = [&](Column c) { return csv[columns.field_of[c]]; };
    auto where = [&](Column c) { return csv.Where(columns.field_of[c]); };
    Row row;
    row.id = field(kId);
    row.parent = field(kParent);
    row.name = field(kName);
    row.parent_at = where(kParent);
    row.level_at = where(kLevel);
    const int line = csv.record_line();

    if (row.id.empty()) {
      diags_->Error(where(kId), "diag.unit_id_empty");
      row.usable = false;
    } else if (std::find(reserved_.begin(), reserved_.end(), row.id) != reserved_.end()) {
      diags_->Error(where(kId), "diag.unit_is_comparison", {{"unit", row.id}});
      row.usable = false;
    } else if (auto first = first_row_.find(row.id); first != first_row_.end()) {
      diags_->Error(where(kId), "diag.unit_duplicate",
                    {{"unit", row.id}, {"line", std::to_string(lines_[first->second])}});
      row.usable = false;
    }

    std::string level(field(kLevel));
    row.level = ParseLevel(level);
    if (!row.level) {
      std::string suggestion = Suggest(level, LevelNames());
      ErrorWithSuggestion(diags_, where(kLevel), "diag.level_unknown", {{"level", level}},
                          suggestion);
      // Check the rest as if the likely spelling had been written, so that
      // one typo does not turn into an error on every response of the unit.
      if (!suggestion.empty()) row.level = ParseLevel(suggestion);
    }
    if (row.name.empty()) diags_->Error(where(kName), "diag.unit_name_empty", {{"unit", row.id}});
    if (std::optional<char32_t> c = FindControlCharacter(row.name)) {
      diags_->Error(where(kName), "diag.text_control_character", {{"code", CodePointName(*c)}});
    } else if (const size_t length = Utf8Length(row.name); length > kMaxNameLength) {
      diags_->Error(where(kName), "diag.text_too_long",
                    {{"length", std::to_string(length)}, {"max", std::to_string(kMaxNameLength)}});
    }

    if (columns.field_of[kGrade] >= 0 && !field(kGrade).empty()) {
      int64_t grade = 0;
      if (ParseInteger(field(kGrade), &grade) && grade >= 1 && grade <= 10) {
        row.grade = static_cast<int>(grade);
      } else {
        diags_->Error(where(kGrade), "diag.grade_invalid", {{"value", std::string(field(kGrade))}});
      }
    }
    if (columns.field_of[kEnrolled] >= 0 && !field(kEnrolled).empty()) {
      int64_t enrolled = 0;
      if (ParseInteger(field(kEnrolled), &enrolled) && enrolled >= 0 &&
          enrolled <= std::numeric_limits<int>::max()) {
        row.enrolled = static_cast<int>(enrolled);
      } else {
        diags_->Error(where(kEnrolled), "diag.enrolled_invalid",
                      {{"value", std::string(field(kEnrolled))}});
      }
    }
    if (row.usable) first_row_.emplace(row.id, static_cast<int>(rows_.size()));
    lines_.push_back(line);
    rows_.push_back(std::move(row));
  }

  void CheckCounty() {
    int county = -1;
    for (size_t r = 0; r < rows_.size(); ++r) {
      Row& row = rows_[r];
      if (!row.usable || row.level != Level::kCounty) continue;
      if (!row.parent.empty())
        diags_->Error(row.parent_at, "diag.county_has_parent", {{"unit", row.id}});
      if (county < 0) {
        county = static_cast<int>(r);
      } else {
        diags_->Error(row.level_at, "diag.county_extra",
                      {{"unit", row.id},
                       {"first", rows_[county].id},
                       {"line", std::to_string(lines_[county])}});
      }
    }
    if (county < 0) diags_->Error({path_, 0, 0}, "diag.county_missing");
  }

  void ResolveParents() {
    std::vector<std::string_view> ids;
    for (const Row& row : rows_)
      if (row.usable) ids.push_back(row.id);
    Suggester suggest(std::move(ids));
    for (Row& row : rows_) {
      if (!row.usable || row.level == Level::kCounty) continue;
      if (row.parent.empty()) {
        if (row.level) {
          diags_->Error(row.parent_at, "diag.unit_parent_missing",
                        {{"unit", row.id}, {"level", std::string(LevelName(*row.level))}});
        }
        continue;
      }
      auto parent = first_row_.find(row.parent);
      if (parent == first_row_.end()) {
        ErrorWithSuggestion(diags_, row.parent_at, "diag.unit_parent_unknown",
                            {{"parent", row.parent}}, suggest(row.parent));
        continue;
      }
      row.parent_row = parent->second;
    }
  }

  // Reports each cycle of parent links once, at the parent cell of the unit
  // of the cycle that comes first in the file.
  void FindCycles() {
    enum : char { kNew, kOnPath, kDone };
    std::vector<char> state(rows_.size(), kNew);
    std::vector<int> path;
    for (size_t start = 0; start < rows_.size(); ++start) {
      path.clear();
      int u = static_cast<int>(start);
      while (u >= 0 && state[u] == kNew) {
        state[u] = kOnPath;
        path.push_back(u);
        u = rows_[u].parent_row;
      }
      if (u >= 0 && state[u] == kOnPath) {
        auto begin = std::find(path.begin(), path.end(), u);
        int first = *std::min_element(begin, path.end());
        std::string cycle = rows_[first].id;
        int v = first;
        do {
          rows_[v].in_cycle = true;
          v = rows_[v].parent_row;
          cycle += " → " + rows_[v].id;
        } while (v != first);
        diags_->Error(rows_[first].parent_at, "diag.unit_cycle", {{"cycle", cycle}});
      }
      for (int v : path) state[v] = kDone;
    }
  }

  void CheckParentLevels() {
    for (const Row& row : rows_) {
      if (row.parent_row < 0 || row.in_cycle || !row.level) continue;
      const Row& parent = rows_[row.parent_row];
      std::optional<Level> expected = ParentLevel(*row.level);
      if (!expected || !parent.level || *parent.level == *expected) continue;
      diags_->Error(row.parent_at, "diag.unit_parent_wrong_level",
                    {{"unit", row.id},
                     {"level", std::string(LevelName(*row.level))},
                     {"expected", std::string(LevelName(*expected))},
                     {"parent", parent.id},
                     {"parent_level", std::string(LevelName(*parent.level))}});
    }
  }

  void Build(UnitTree* out) {
    std::vector<bool> in_tree(rows_.size());
    for (size_t r = 0; r < rows_.size(); ++r) in_tree[r] = rows_[r].usable && rows_[r].level;
    std::vector<std::string> parent_ids;
    for (size_t r = 0; r < rows_.size(); ++r) {
      if (!in_tree[r]) continue;
      Row& row = rows_[r];
      int p = row.parent_row;
      parent_ids.push_back(p >= 0 && in_tree[p] ? rows_[p].id : "");
      Unit unit;
      unit.id = row.id;
      unit.name = std::move(row.name);
      unit.level = *row.level;
      unit.grade = row.grade;
      unit.enrolled = row.enrolled;
      out->Add(std::move(unit));
    }
    out->Link(parent_ids);
  }

  const std::string& path_;
  const std::vector<std::string>& reserved_;
  Diagnostics* diags_;
  std::vector<Row> rows_;
  std::vector<int> lines_;                          // per row: the line it starts on
  std::unordered_map<std::string, int> first_row_;  // usable rows by id
};

}  // namespace

bool ReadUnits(const FileSystem& fs, const std::string& path, UnitTree* out, Diagnostics* diags,
               const std::vector<std::string>& comparison_ids) {
  std::unique_ptr<InputFile> file = fs.Open(path);
  if (!file) {
    diags->Error({path, 0, 0}, "diag.cannot_read");
    return false;
  }
  return UnitsReader(path, comparison_ids, diags).Read(file.get(), out);
}

}  // namespace kfl
