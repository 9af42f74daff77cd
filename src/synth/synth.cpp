#include "synth/synth.h"

#include <cmath>
#include <filesystem>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include <nlohmann/json.hpp>

#include "synth/effects.h"
#include "synth/instrument_model.h"
#include "synth/output_file.h"
#include "synth/population.h"
#include "synth/presets.h"
#include "synth/response_writer.h"

namespace kfl {
namespace {

namespace fs = std::filesystem;
using synth::OutputFile;

struct WaveSpec {
  const char* id;
  const char* label;
};
constexpr WaveSpec kWaves[] = {{"2016", "T1 2016"}, {"2018", "T2 2018"}, {"2020", "T3 2020"}};
constexpr int kWaveCount = static_cast<int>(std::size(kWaves));

bool MakeDir(const fs::path& dir, Diagnostics* diags) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    diags->Error({dir.string(), 0, 0}, "synth.error.create_dir", {{"reason", ec.message()}});
    return false;
  }
  return true;
}

// The output directory must not exist or be empty, so that a typo never
// mixes generated files into someone's real data.
bool PrepareOutDir(const fs::path& dir, Diagnostics* diags) {
  std::error_code ec;
  if (fs::exists(dir, ec)) {
    if (!fs::is_directory(dir, ec)) {
      diags->Error({dir.string(), 0, 0}, "synth.error.not_a_dir");
      return false;
    }
    if (!fs::is_empty(dir, ec)) {
      diags->Error({dir.string(), 0, 0}, "synth.error.dir_not_empty");
      return false;
    }
  }
  if (!MakeDir(dir / "instruments", diags)) return false;
  for (const WaveSpec& w : kWaves)
    if (!MakeDir(dir / "responses" / w.id, diags)) return false;
  return true;
}

bool WriteProject(const fs::path& path, const std::string& owner, Diagnostics* diags) {
  OutputFile out;
  if (!out.Open(path.string(), diags)) return false;
  out.Put("{\n");
  out.Put("  \"title\": {\"nb\": \"Kultur for læring\", \"nn\": \"Kultur for læring\", "
          "\"en\": \"Culture for Learning\"},\n");
  out.Put("  \"owner\": " + nlohmann::json(owner).dump() + ",\n");
  out.Put("  \"languages\": [\"nb\"],\n");
  out.Put("  \"waves\": [\n");
  for (int w = 0; w < kWaveCount; ++w) {
    out.Put(std::string("    {\"id\": \"") + kWaves[w].id + "\", \"label\": \"" + kWaves[w].label + "\"}");
    out.Put(w + 1 < kWaveCount ? ",\n" : "\n");
  }
  out.Put("  ],\n");
  out.Put(std::string("  \"reference_wave\": \"") + kWaves[0].id + "\",\n");
  out.Put("  \"min_items_share\": 0.5,\n");
  out.Put("  \"missing_codes\": [" + std::to_string(synth::kMissingCode) + "],\n");
  out.Put("  \"privacy\": {\"min_n_public\": 10, \"min_n_restricted\": 5, \"min_cell\": 3},\n");
  out.Put("  \"public_levels\": [\"county\", \"municipality\", \"school\"]\n");
  out.Put("}\n");
  return out.Close(diags);
}

bool WriteInstruments(const fs::path& dir, Diagnostics* diags) {
  for (const synth::InstrumentModel& ins : synth::InstrumentModels()) {
    OutputFile out;
    if (!out.Open((dir / (ins.def.id + ".json")).string(), diags)) return false;
    out.Put(ins.json);
    if (!out.Close(diags)) return false;
  }
  return true;
}

// County, then each municipality followed by its schools, each school
// followed by its classes.
bool WriteUnits(const fs::path& path, const synth::Population& pop, Diagnostics* diags) {
  OutputFile out;
  if (!out.Open(path.string(), diags)) return false;
  out.Put("id,parent,level,name,grade,enrolled\n");
  out.Put(pop.county_id);
  out.Put(",,county,");
  out.PutCsvField(pop.county_name);
  out.Put(",,\n");
  for (const synth::SynthMunicipality& m : pop.municipalities) {
    out.Put(m.id);
    out.Put(',');
    out.Put(pop.county_id);
    out.Put(",municipality,");
    out.PutCsvField(m.name);
    out.Put(",,\n");
    for (int s : m.schools) {
      const synth::SynthSchool& school = pop.schools[s];
      out.Put(school.id);
      out.Put(',');
      out.Put(m.id);
      out.Put(",school,");
      out.PutCsvField(school.name);
      out.Put(",,\n");
      for (int c : school.classes) {
        const synth::SynthClass& klass = pop.classes[c];
        out.Put(klass.id);
        out.Put(',');
        out.Put(school.id);
        out.Put(",class,");
        out.PutCsvField(klass.name);
        out.Put(',');
        out.PutUInt(klass.grade);
        out.Put(',');
        out.PutUInt(klass.enrolled);
        out.Put('\n');
      }
    }
  }
  return out.Close(diags);
}

bool WriteIndicators(const fs::path& path, const synth::Population& pop,
                     const synth::Effects& effects, Diagnostics* diags) {
  OutputFile out;
  if (!out.Open(path.string(), diags)) return false;
  out.Put("unit,wave,indicator,value\n");
  for (size_t m = 0; m < pop.municipalities.size(); ++m) {
    const synth::MunicipalityIndicators& ind = effects.Indicators(static_cast<int>(m));
    for (int w = 0; w < kWaveCount; ++w) {
      const std::string prefix = pop.municipalities[m].id + "," + kWaves[w].id + ",";
      out.Put(prefix + "grunnskolepoeng,");
      out.PutFixed(std::llround(ind.grunnskolepoeng[w] * 10), 1);
      out.Put('\n');
      out.Put(prefix + "foreldre_hoyere_utdanning,");
      out.PutFixed(std::llround(ind.foreldre_hoyere_utdanning[w] * 100), 2);
      out.Put('\n');
    }
  }
  return out.Close(diags);
}

}  // namespace

bool Synthesize(const SynthOptions& options, Diagnostics* diags) {
  const std::optional<synth::PresetSpec> spec = synth::FindPreset(options.preset);
  if (!spec) {
    std::string names;
    for (const std::string& p : SynthPresets()) names += (names.empty() ? "" : ", ") + p;
    diags->Error({options.out_dir, 0, 0}, "synth.error.unknown_preset", {{"preset", options.preset}, {"presets", names}});
    return false;
  }
  const fs::path dir(options.out_dir);
  if (!PrepareOutDir(dir, diags)) return false;
  const synth::Population pop = synth::BuildPopulation(*spec, options.seed);
  const synth::Effects effects(pop, kWaveCount, options.seed);
  if (!WriteProject(dir / "project.json", spec->county_name, diags)) return false;
  if (!WriteInstruments(dir / "instruments", diags)) return false;
  if (!WriteUnits(dir / "units.csv", pop, diags)) return false;
  if (!WriteIndicators(dir / "indicators.csv", pop, effects, diags)) return false;
  const auto& instruments = synth::InstrumentModels();
  for (int w = 0; w < kWaveCount; ++w) {
    for (size_t i = 0; i < instruments.size(); ++i) {
      const fs::path path = dir / "responses" / kWaves[w].id / (instruments[i].def.id + ".csv");
      if (!synth::WriteResponses(path.string(), static_cast<int>(i), w, pop, effects, options.seed, diags))
        return false;
    }
  }
  return true;
}

}  // namespace kfl
