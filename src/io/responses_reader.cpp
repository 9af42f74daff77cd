#include "io/responses_reader.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "io/csv_columns.h"
#include "io/csv_reader.h"
#include "io/memory_file_system.h"
#include "io/parse_number.h"
#include "io/personal_identifier.h"
#include "io/spss_reader.h"
#include "io/suggest.h"

namespace kfl {
namespace {

// The respondent ids seen in a file, each with the line it was first seen
// on. Ids are copied back to back into one string, so 400,000 ids cost a few
// allocations, not one each. While the ids come in increasing order (files
// are usually sorted by respondent) none can repeat one before it, so no
// lookup is needed; from the first id out of order on, an open-addressing
// hash table over all of them is used.
class RespondentSet {
 public:
  // The line where `id` was seen first, or -1 after recording it at `line`.
  int Insert(std::string_view id, int line) {
    if (sorted_) {
      if (entries_.empty() || Id(entries_.back()) < id) {
        Append(id, line);
        return -1;
      }
      sorted_ = false;
      Rehash(1024);
    }
    if (2 * (entries_.size() + 1) > slots_.size()) Rehash(slots_.size() * 2);
    const uint32_t hash = Hash(id);
    for (size_t i = hash & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      Slot& slot = slots_[i];
      if (slot.entry == 0) {
        Append(id, line);
        slot = {hash, static_cast<uint32_t>(entries_.size())};
        return -1;
      }
      const Entry& entry = entries_[slot.entry - 1];
      if (slot.hash == hash && Id(entry) == id) return entry.line;
    }
  }

 private:
  struct Entry {
    uint32_t offset;  // into ids_ (files are far below 4 GB)
    uint32_t length;
    int line;
  };
  struct Slot {
    uint32_t hash = 0;
    uint32_t entry = 0;  // index into entries_ plus one; 0: empty
  };

  std::string_view Id(const Entry& e) const {
    return std::string_view(ids_).substr(e.offset, e.length);
  }

  void Append(std::string_view id, int line) {
    entries_.push_back(
        {static_cast<uint32_t>(ids_.size()), static_cast<uint32_t>(id.size()), line});
    ids_.append(id);
  }

  static uint32_t Hash(std::string_view s) {  // FNV-1a, then mixed
    uint64_t h = 14695981039346656037ull;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ull;
    return static_cast<uint32_t>(h ^ (h >> 32));
  }

  // Rebuilds the table with at least `size` slots (a power of two) for every
  // entry; the entries are known to be distinct.
  void Rehash(size_t size) {
    while (size < 2 * (entries_.size() + 1)) size *= 2;
    slots_.assign(size, Slot{});
    for (size_t e = 0; e < entries_.size(); ++e) {
      const uint32_t hash = Hash(Id(entries_[e]));
      size_t i = hash & (size - 1);
      while (slots_[i].entry != 0) i = (i + 1) & (size - 1);
      slots_[i] = {hash, static_cast<uint32_t>(e + 1)};
    }
  }

  bool sorted_ = true;
  std::string ids_;
  std::vector<Entry> entries_;
  std::vector<Slot> slots_;  // power-of-two size, at most half full
};

// What a header field holds: an item (its index, >= 0) or one of these.
enum FieldKind : int { kIgnored = -1, kRespondent = -2, kUnit = -3, kGender = -4, kGrade = -5 };

// Marks a one-character cell that the table cannot answer (values are -100..100).
constexpr int8_t kSlowPath = 127;

class ResponsesReader {
 public:
  ResponsesReader(const DataSet& data, const ResponseFile& file, Diagnostics* diags,
                  UnknownUnits unknown_units)
      : unknown_units_(unknown_units),
        data_(data),
        instrument_(data.instruments[file.instrument]),
        path_(file.path),
        diags_(diags) {
    table_.item_count = static_cast<int>(instrument_.items.size());
    units_.reserve(data.units.size());
    for (int u = 0; u < data.units.size(); ++u) units_.emplace(data.units[u].id, u);
    missing_codes_.assign(data.project.missing_codes.begin(), data.project.missing_codes.end());
    single_char_value_.fill(kSlowPath);
    for (int digit = 0; digit <= 9; ++digit) {
      int8_t& value = single_char_value_['0' + digit];
      if (IsMissingCode(digit)) {
        value = kMissingValue;
      } else if (digit >= instrument_.scale.min && digit <= instrument_.scale.max) {
        value = static_cast<int8_t>(digit);
      }
    }
  }

  ResponseTable Read(InputFile* file) {
    CsvReader csv(file, path_, diags_);
    if (!csv.ReadHeader() || !MatchHeader(csv)) return std::move(table_);
    std::vector<int8_t> values(instrument_.items.size(), kMissingValue);
    while (csv.Next()) ReadRow(csv, values.data());
    return std::move(table_);
  }

 private:
  bool MatchHeader(const CsvReader& csv) {
    std::vector<ColumnSpec> specs{{"respondent"}, {"unit"}};
    std::vector<int> kinds{kRespondent, kUnit};
    for (Background b : instrument_.background) {
      specs.push_back({std::string(BackgroundName(b))});
      kinds.push_back(b == Background::kGender ? kGender : kGrade);
    }
    for (size_t j = 0; j < instrument_.items.size(); ++j) {
      specs.push_back({instrument_.items[j].id});
      kinds.push_back(static_cast<int>(j));
    }
    ColumnMap columns = MatchColumns(csv, specs, diags_);
    if (!columns.complete) return false;
    kind_of_field_.assign(csv.header_size(), kIgnored);
    for (size_t f = 0; f < csv.header_size(); ++f)
      if (columns.spec_of[f] >= 0) kind_of_field_[f] = kinds[columns.spec_of[f]];
    return true;
  }

  void ReadRow(const CsvReader& csv, int8_t* values) {
    bool ok = true;
    int32_t unit = -1;
    Gender gender = Gender::kUnknown;
    int8_t grade = 0;
    const size_t n = csv.size();
    for (size_t f = 0; f < n; ++f) {
      const int kind = kind_of_field_[f];
      const std::string_view cell = csv[f];
      if (cell.size() >= 3 && !CheckNotPersonal(csv, f, cell)) {
        ok = false;
        continue;
      }
      if (kind >= 0) {
        if (cell.size() == 1) {  // the common case, answered by a table
          const int8_t value = single_char_value_[static_cast<unsigned char>(cell[0])];
          if (value != kSlowPath) {
            values[kind] = value;
            continue;
          }
        }
        ok &= ReadValue(csv, f, cell, kind, &values[kind]);
        continue;
      }
      switch (kind) {
        case kRespondent:
          ok &= CheckRespondent(csv, f, cell);
          break;
        case kUnit:
          unit = FindUnit(csv, f, cell);
          ok &= unit >= 0;
          break;
        case kGender:
          if (cell == "F") {
            gender = Gender::kFemale;
          } else if (cell == "M") {
            gender = Gender::kMale;
          } else if (!cell.empty()) {
            diags_->Error(csv.Where(f), "diag.gender_invalid", {{"value", std::string(cell)}});
            ok = false;
          }
          break;
        case kGrade:
          ok &= ReadGrade(csv, f, cell, &grade);
          break;
        default:
          break;
      }
    }
    if (ok) table_.AddRow(unit, gender, grade, values);
  }

  // False (and an error that does not repeat the value) when the field looks
  // like a national identity number or an e-mail address.
  bool CheckNotPersonal(const CsvReader& csv, size_t f, std::string_view cell) {
    const PersonalIdentifier found = FindPersonalIdentifier(cell);
    if (found == PersonalIdentifier::kNone) return true;
    diags_->Error(csv.Where(f),
                  found == PersonalIdentifier::kNationalId ? "diag.national_id_in_responses"
                                                           : "diag.email_in_responses",
                  {{"column", std::string(csv.header(f))}});
    return false;
  }

  bool IsMissingCode(int64_t value) const {
    for (int64_t code : missing_codes_)
      if (value == code) return true;
    return false;
  }

  // "4,0" in a semicolon file (Norwegian Excel's number format) is 4.
  static bool ParseWholeDecimal(const CsvReader& csv, size_t f, int64_t* out) {
    std::optional<std::string> fixed = csv.WithDecimalPoint(f);
    if (!fixed) return false;
    const size_t point = fixed->find('.');
    if (fixed->find_first_not_of('0', point + 1) != std::string::npos) return false;
    if (!ParseInteger(std::string_view(*fixed).substr(0, point), out)) return false;
    csv.DecimalCommaAccepted(f);
    return true;
  }

  bool ReadValue(const CsvReader& csv, size_t f, std::string_view cell, int item, int8_t* out) {
    if (cell.empty()) {
      *out = kMissingValue;
      return true;
    }
    int64_t value;
    if (!ParseInteger(cell, &value) && !ParseWholeDecimal(csv, f, &value)) {
      diags_->Error(csv.Where(f), "diag.value_not_integer",
                    {{"value", std::string(cell)}, {"item", instrument_.items[item].id}});
      return false;
    }
    if (IsMissingCode(value)) {
      *out = kMissingValue;
      return true;
    }
    if (value < instrument_.scale.min || value > instrument_.scale.max) {
      diags_->Error(csv.Where(f), "diag.value_out_of_scale",
                    {{"value", std::string(cell)},
                     {"min", std::to_string(instrument_.scale.min)},
                     {"max", std::to_string(instrument_.scale.max)},
                     {"item", instrument_.items[item].id}});
      return false;
    }
    *out = static_cast<int8_t>(value);
    return true;
  }

  bool CheckRespondent(const CsvReader& csv, size_t f, std::string_view cell) {
    if (cell.empty()) {
      diags_->Error(csv.Where(f), "diag.respondent_empty");
      return false;
    }
    int first = respondents_.Insert(cell, csv.record_line());
    if (first >= 0) {
      diags_->Error(csv.Where(f), "diag.respondent_duplicate",
                    {{"respondent", std::string(cell)}, {"line", std::to_string(first)}});
      return false;
    }
    return true;
  }

  int32_t FindUnit(const CsvReader& csv, size_t f, std::string_view cell) {
    // Rows come grouped by unit: most rows have the unit of the row before.
    if (last_unit_ >= 0 && cell == last_unit_id_) return last_unit_;
    auto it = units_.find(cell);
    if (it == units_.end()) {
      if (unknown_units_ == UnknownUnits::kSkip) return -1;
      if (!suggest_) {
        std::vector<std::string_view> ids;
        for (const Unit& u : data_.units.units())
          if (u.level == instrument_.unit_level) ids.push_back(u.id);
        suggest_.emplace(std::move(ids));
      }
      ErrorWithSuggestion(diags_, csv.Where(f), "diag.unknown_unit", {{"unit", std::string(cell)}},
                          (*suggest_)(cell));
      return -1;
    }
    const Unit& unit = data_.units[it->second];
    if (unit.level != instrument_.unit_level) {
      diags_->Error(csv.Where(f), "diag.unit_wrong_level",
                    {{"unit", unit.id},
                     {"level", std::string(LevelName(unit.level))},
                     {"instrument", instrument_.id},
                     {"expected", std::string(LevelName(instrument_.unit_level))}});
      return -1;
    }
    last_unit_ = it->second;
    last_unit_id_ = unit.id;
    return last_unit_;
  }

  bool ReadGrade(const CsvReader& csv, size_t f, std::string_view cell, int8_t* grade) {
    if (cell.empty()) return true;
    int64_t value = 0;
    if (!ParseInteger(cell, &value) || value < 1 || value > 10) {
      diags_->Error(csv.Where(f), "diag.grade_invalid", {{"value", std::string(cell)}});
      return false;
    }
    if (instrument_.grades &&
        (value < instrument_.grades->first || value > instrument_.grades->last)) {
      diags_->Error(csv.Where(f), "diag.grade_outside_instrument",
                    {{"grade", std::to_string(value)},
                     {"first", std::to_string(instrument_.grades->first)},
                     {"last", std::to_string(instrument_.grades->last)},
                     {"instrument", instrument_.id}});
      return false;
    }
    *grade = static_cast<int8_t>(value);
    return true;
  }

  UnknownUnits unknown_units_;
  const DataSet& data_;
  const Instrument& instrument_;
  const std::string& path_;
  Diagnostics* diags_;
  ResponseTable table_;
  std::vector<int> kind_of_field_;
  std::vector<int64_t> missing_codes_;
  std::unordered_map<std::string_view, int32_t> units_;  // views into data_.units
  int32_t last_unit_ = -1;
  std::string_view last_unit_id_;
  std::optional<Suggester> suggest_;
  RespondentSet respondents_;
  // Item values of one-character cells, by character: the value,
  // kMissingValue, or kSlowPath for anything that needs the full check.
  std::array<int8_t, 256> single_char_value_;
};

}  // namespace

namespace {

// An SPSS file is read as the CSV text SpssToCsv() makes of it; problems
// then point at the case's line and the variable's position.
ResponseTable ReadSpss(const FileSystem& fs, const DataSet& data, const ResponseFile& file,
                       Diagnostics* diags, UnknownUnits unknown_units) {
  std::string bytes, csv, error;
  if (!fs.ReadAll(file.path, &bytes)) {
    diags->Error({file.path, 0, 0}, "diag.cannot_read");
    return ResponseTable{};
  }
  if (!SpssToCsv(bytes, &csv, &error)) {
    diags->Error({file.path, 0, 0}, "diag.spss_unreadable", {{"reason", error}});
    return ResponseTable{};
  }
  MemoryFileSystem memory;
  memory.AddFile(file.path, csv);
  std::unique_ptr<InputFile> input = memory.Open(file.path);
  Diagnostics found;
  ResponseTable table = ResponsesReader(data, file, &found, unknown_units).Read(input.get());
  for (Diagnostic d : found.all()) {
    if (d.where.line > 0 && d.where.column > 0)
      d.where.column = SpssVariableAt(csv, d.where.line, d.where.column);
    if (d.severity == Severity::kError) {
      diags->Error(std::move(d.where), std::move(d.key), std::move(d.args));
    } else {
      diags->Warning(std::move(d.where), std::move(d.key), std::move(d.args));
    }
  }
  return table;
}

}  // namespace

ResponseTable ReadResponses(const FileSystem& fs, const DataSet& data, const ResponseFile& file,
                            Diagnostics* diags, UnknownUnits unknown_units) {
  ResponseTable table;
  table.item_count = static_cast<int>(data.instruments[file.instrument].items.size());
  if (file.path.ends_with(".sav")) {
    table = ReadSpss(fs, data, file, diags, unknown_units);
    table.item_count = static_cast<int>(data.instruments[file.instrument].items.size());
    return table;
  }
  std::unique_ptr<InputFile> input = fs.Open(file.path);
  if (!input) {
    diags->Error({file.path, 0, 0}, "diag.cannot_read");
    return table;
  }
  return ResponsesReader(data, file, diags, unknown_units).Read(input.get());
}

ResponseTable ReadResponses(const DataSet& data, const ResponseFile& file, Diagnostics* diags,
                            UnknownUnits unknown_units) {
  return ReadResponses(RealFileSystem(), data, file, diags, unknown_units);
}

}  // namespace kfl
