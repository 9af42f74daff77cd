#include "io/data_set_reader.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>
#include <vector>

#include "io/contacts_reader.h"
#include "io/indicators_reader.h"
#include "io/instrument_reader.h"
#include "io/json_reader.h"
#include "io/project_reader.h"
#include "io/suggest.h"
#include "io/units_reader.h"

namespace kfl {
namespace {

struct TopLevelEntry {
  std::string_view name;
  FileType type;
  bool required;
};

constexpr TopLevelEntry kTopLevel[] = {
    {"project.json", FileType::kFile, true},     {"instruments", FileType::kDirectory, true},
    {"units.csv", FileType::kFile, true},        {"responses", FileType::kDirectory, false},
    {"indicators.csv", FileType::kFile, false},  {"contacts.csv", FileType::kFile, false},
    {"narratives", FileType::kDirectory, false},
};

bool IsHidden(const std::string& name) { return !name.empty() && name[0] == '.'; }

// `name` without `suffix`, or nullopt when it does not end with it (or is
// nothing but the suffix).
std::optional<std::string> Stem(const std::string& name, std::string_view suffix) {
  if (name.size() <= suffix.size() || !name.ends_with(suffix)) return std::nullopt;
  return name.substr(0, name.size() - suffix.size());
}

class DataSetReader {
 public:
  DataSetReader(const FileSystem& fs, const std::string& dir, DataSet* out, Diagnostics* diags)
      : fs_(fs), dir_(dir), out_(out), diags_(diags) {}

  bool Read() {
    out_->dir = dir_;
    if (fs_.Type(dir_) != FileType::kDirectory) {
      diags_->Error({dir_, 0, 0}, "diag.data_dir_missing");
      return false;
    }
    std::vector<DirectoryEntry> entries;
    if (!fs_.List(dir_, &entries)) {
      diags_->Error({dir_, 0, 0}, "diag.cannot_list");
      return false;
    }
    CheckTopLevel(entries);
    std::optional<JsonDocument> project_doc;
    if (present_.count("project.json")) {
      project_doc = ReadJsonFile(fs_, Path("project.json"), diags_);
      project_ok_ = project_doc && ReadProject(*project_doc, &out_->project, diags_);
    }
    if (present_.count("instruments")) instruments_ok_ = ReadInstruments();
    if (project_ok_) CheckMissingCodes(*project_doc);
    if (project_ok_ && instruments_ok_) CheckBullying(*project_doc);
    if (present_.count("units.csv")) {
      std::vector<std::string> comparisons;
      for (const Comparison& c : out_->project.comparisons) comparisons.push_back(c.id);
      units_ok_ = ReadUnits(fs_, Path("units.csv"), &out_->units, diags_, comparisons);
    }
    // Without units.csv every row of these would name an unknown unit.
    if (present_.count("indicators.csv") && project_ok_ && units_ok_) {
      ReadIndicators(fs_, Path("indicators.csv"), out_->project, out_->units, &out_->indicators,
                     diags_);
    }
    if (present_.count("contacts.csv") && units_ok_)
      ReadContacts(fs_, Path("contacts.csv"), out_->units, &out_->contacts, diags_);
    if (present_.count("responses") && project_ok_ && present_.count("instruments"))
      ListResponses();
    return project_ok_ && instruments_ok_ && units_ok_;
  }

 private:
  std::string Path(std::string_view relative) const { return JoinPath(dir_, relative); }

  void CheckTopLevel(const std::vector<DirectoryEntry>& entries) {
    std::vector<std::string_view> names;
    for (const TopLevelEntry& known : kTopLevel) names.push_back(known.name);
    for (const DirectoryEntry& entry : entries) {
      if (IsHidden(entry.name)) continue;
      auto known = std::find_if(std::begin(kTopLevel), std::end(kTopLevel),
                                [&](const TopLevelEntry& k) { return k.name == entry.name; });
      if (known == std::end(kTopLevel)) {
        ErrorWithSuggestion(diags_, {Path(entry.name), 0, 0}, "diag.unknown_entry",
                            {{"name", entry.name}}, Suggest(entry.name, names));
      } else if (known->type == FileType::kFile && entry.type != FileType::kFile) {
        diags_->Error({Path(entry.name), 0, 0}, "diag.expected_file");
      } else if (known->type == FileType::kDirectory && entry.type != FileType::kDirectory) {
        diags_->Error({Path(entry.name), 0, 0}, "diag.expected_folder");
      } else {
        present_.insert(entry.name);
      }
    }
    for (const TopLevelEntry& known : kTopLevel) {
      if (!known.required || present_.count(std::string(known.name))) continue;
      // An entry of the wrong type was reported above.
      if (std::any_of(entries.begin(), entries.end(),
                      [&](const DirectoryEntry& e) { return e.name == known.name; })) {
        continue;
      }
      diags_->Error({Path(known.name), 0, 0},
                    known.type == FileType::kFile ? "diag.file_missing" : "diag.folder_missing");
    }
  }

  bool ReadInstruments() {
    const std::string folder = Path("instruments");
    std::vector<DirectoryEntry> entries;
    if (!fs_.List(folder, &entries)) {
      diags_->Error({folder, 0, 0}, "diag.cannot_list");
      return false;
    }
    for (const DirectoryEntry& entry : entries) {
      if (IsHidden(entry.name)) continue;
      const std::string path = JoinPath(folder, entry.name);
      std::optional<std::string> id = Stem(entry.name, ".json");
      if (entry.type != FileType::kFile || !id) {
        diags_->Error({path, 0, 0}, "diag.instrument_not_json");
        continue;
      }
      instrument_files_.insert(*id);
      std::optional<JsonDocument> doc = ReadJsonFile(fs_, path, diags_);
      if (!doc) continue;
      Instrument instrument;
      if (ReadInstrument(*doc, *id, &instrument, diags_))
        out_->instruments.push_back(std::move(instrument));
    }
    std::sort(out_->instruments.begin(), out_->instruments.end(),
              [](const Instrument& a, const Instrument& b) { return a.id < b.id; });
    return true;
  }

  void CheckMissingCodes(const JsonDocument& project_doc) {
    const std::vector<int>& codes = out_->project.missing_codes;
    for (size_t i = 0; i < codes.size(); ++i) {
      for (const Instrument& instrument : out_->instruments) {
        if (codes[i] < instrument.scale.min || codes[i] > instrument.scale.max) continue;
        diags_->Error(project_doc.ValueLocation(JsonPointerIndex("/missing_codes", i)),
                      "diag.missing_code_in_scale",
                      {{"code", std::to_string(codes[i])},
                       {"instrument", instrument.id},
                       {"min", std::to_string(instrument.scale.min)},
                       {"max", std::to_string(instrument.scale.max)}});
      }
    }
  }

  // project.json `bullying` names a pupil survey, one of its items and
  // values of its scale, not all of them. Left out of the project when not.
  void CheckBullying(const JsonDocument& project_doc) {
    BullyingDef& def = out_->project.bullying;
    if (def.instrument.empty()) return;
    const size_t errors = diags_->error_count();
    const auto instrument = std::find_if(out_->instruments.begin(), out_->instruments.end(),
                                         [&](const Instrument& i) { return i.id == def.instrument; });
    if (instrument == out_->instruments.end()) {
      std::vector<std::string> ids;
      for (const Instrument& i : out_->instruments) ids.push_back(i.id);
      ErrorWithSuggestion(diags_, project_doc.ValueLocation("/bullying/instrument"),
                          "diag.bullying_instrument_unknown", {{"instrument", def.instrument}},
                          Suggest(def.instrument, ids));
    } else if (instrument->respondent != Respondent::kPupil) {
      diags_->Error(project_doc.ValueLocation("/bullying/instrument"), "diag.bullying_not_pupils",
                    {{"instrument", def.instrument}});
    } else {
      if (instrument->ItemIndex(def.item) < 0) {
        std::vector<std::string> ids;
        for (const Item& item : instrument->items) ids.push_back(item.id);
        ErrorWithSuggestion(diags_, project_doc.ValueLocation("/bullying/item"), "diag.bullying_item_unknown",
                            {{"item", def.item}, {"instrument", def.instrument}}, Suggest(def.item, ids));
      }
      const Scale& scale = instrument->scale;
      const nlohmann::json& values = project_doc.root()["bullying"]["values"];
      for (size_t i = 0; i < values.size(); ++i) {
        const nlohmann::json& v = values[i];
        if (v.is_number_integer() && (v.get<int64_t>() < scale.min || v.get<int64_t>() > scale.max)) {
          diags_->Error(project_doc.ValueLocation(JsonPointerIndex("/bullying/values", i)),
                        "diag.bullying_value_outside_scale",
                        {{"value", v.dump()}, {"min", std::to_string(scale.min)}, {"max", std::to_string(scale.max)}});
        }
      }
      if (static_cast<int>(def.values.size()) >= scale.max - scale.min + 1) {
        diags_->Error(project_doc.ValueLocation("/bullying/values"), "diag.bullying_every_value");
      }
    }
    if (diags_->error_count() > errors) def = BullyingDef{};
  }

  void ListResponses() {
    const std::string folder = Path("responses");
    std::vector<DirectoryEntry> waves;
    if (!fs_.List(folder, &waves)) {
      diags_->Error({folder, 0, 0}, "diag.cannot_list");
      return;
    }
    std::vector<std::string> wave_ids;
    for (const Wave& wave : out_->project.waves) wave_ids.push_back(wave.id);
    std::vector<std::string> file_names;
    for (const Instrument& instrument : out_->instruments)
      file_names.push_back(instrument.id + ".csv");

    for (const DirectoryEntry& wave_entry : waves) {
      if (IsHidden(wave_entry.name)) continue;
      const std::string wave_folder = JoinPath(folder, wave_entry.name);
      if (wave_entry.type != FileType::kDirectory) {
        diags_->Error({wave_folder, 0, 0}, "diag.responses_not_folder");
        continue;
      }
      const int wave = out_->project.WaveIndex(wave_entry.name);
      if (wave < 0) {
        ErrorWithSuggestion(diags_, {wave_folder, 0, 0}, "diag.response_wave_unknown",
                            {{"wave", wave_entry.name}}, Suggest(wave_entry.name, wave_ids));
        continue;
      }
      std::vector<DirectoryEntry> files;
      if (!fs_.List(wave_folder, &files)) {
        diags_->Error({wave_folder, 0, 0}, "diag.cannot_list");
        continue;
      }
      for (const DirectoryEntry& file : files) {
        if (IsHidden(file.name)) continue;
        const std::string path = JoinPath(wave_folder, file.name);
        if (file.type != FileType::kFile) {
          diags_->Error({path, 0, 0}, "diag.response_unexpected_folder");
          continue;
        }
        std::optional<std::string> id = Stem(file.name, ".csv");
        if (!id) id = Stem(file.name, ".sav");  // SPSS (io/spss_reader.h)
        int instrument = -1;
        for (size_t i = 0; id && i < out_->instruments.size(); ++i)
          if (out_->instruments[i].id == *id) instrument = static_cast<int>(i);
        const auto same = [&](const ResponseFile& r) {
          return r.wave == wave && r.instrument == instrument;
        };
        const auto twice = std::find_if(out_->responses.begin(), out_->responses.end(), same);
        if (instrument >= 0 && twice != out_->responses.end()) {
          diags_->Error({path, 0, 0}, "diag.response_file_twice",
                        {{"other", twice->path.substr(twice->path.rfind('/') + 1)}});
        } else if (instrument >= 0) {
          out_->responses.push_back({wave, instrument, path});
        } else if (!id || !instrument_files_.count(*id)) {
          // (An instrument whose file is broken was reported there.)
          ErrorWithSuggestion(diags_, {path, 0, 0}, "diag.response_file_unknown",
                              {{"file", file.name}}, Suggest(file.name, file_names));
        }
      }
    }
    std::sort(out_->responses.begin(), out_->responses.end(),
              [](const ResponseFile& a, const ResponseFile& b) {
                return std::tie(a.wave, a.instrument) < std::tie(b.wave, b.instrument);
              });
  }

  const FileSystem& fs_;
  const std::string& dir_;
  DataSet* out_;
  Diagnostics* diags_;
  std::set<std::string, std::less<>> present_;  // known top-level entries found
  std::set<std::string> instrument_files_;      // ids of every instruments/*.json
  bool project_ok_ = false;
  bool instruments_ok_ = false;
  bool units_ok_ = false;
};

}  // namespace

bool ReadDataSet(const FileSystem& fs, const std::string& dir, DataSet* out, Diagnostics* diags) {
  return DataSetReader(fs, dir, out, diags).Read();
}

bool ReadDataSet(const std::string& dir, DataSet* out, Diagnostics* diags) {
  return ReadDataSet(RealFileSystem(), dir, out, diags);
}

}  // namespace kfl
