#include "synth/synth.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <nlohmann/json.hpp>

#include "synth/effects.h"
#include "synth/instrument_model.h"
#include "synth/random.h"
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
// The schools were surveyed in 2016, 2018 and 2020; the kindergartens
// joined in 2017 (seed 004: "Barnehagelæreres vurdering av barns kompetanse
// (T1, 2017)") and were surveyed again in 2019. Each branch counts its own
// waves (T1, T2, ...); project.json lists all of them in order.
constexpr WaveSpec kWaves[] = {{"2016", "T1 2016"}, {"2018", "T2 2018"}, {"2020", "T3 2020"}};
constexpr int kWaveCount = static_cast<int>(std::size(kWaves));
constexpr WaveSpec kKindergartenWaves[] = {{"2017", "T1 2017"}, {"2019", "T2 2019"}};
constexpr int kKindergartenWaveCount = static_cast<int>(std::size(kKindergartenWaves));

// Every wave of the data set, in chronological order.
std::vector<WaveSpec> AllWaves(bool kindergartens) {
  std::vector<WaveSpec> waves(std::begin(kWaves), std::end(kWaves));
  if (kindergartens) waves.insert(waves.end(), std::begin(kKindergartenWaves), std::end(kKindergartenWaves));
  std::sort(waves.begin(), waves.end(),
            [](const WaveSpec& a, const WaveSpec& b) { return std::string_view(a.id) < b.id; });
  return waves;
}

// The random stream of indicators.csv (synth/random.h).
constexpr uint64_t kStreamIndicators = 30;

// The global index of the factor that follows the achievement level (the
// contact teacher's Skolefaglige prestasjoner).
int AchievementFactor() {
  for (const synth::InstrumentModel& m : synth::InstrumentModels()) {
    for (size_t f = 0; f < m.factors.size(); ++f) {
      if (m.factors[f].achievement) return m.first_factor + static_cast<int>(f);
    }
  }
  return 0;
}

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
bool PrepareOutDir(const fs::path& dir, const std::vector<WaveSpec>& waves, Diagnostics* diags) {
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
  for (const WaveSpec& w : waves)
    if (!MakeDir(dir / "responses" / w.id, diags)) return false;
  return true;
}

bool WriteProject(const fs::path& path, const std::string& owner, const std::vector<WaveSpec>& waves,
                  bool kindergartens, Diagnostics* diags) {
  OutputFile out;
  if (!out.Open(path.string(), diags)) return false;
  out.Put("{\n");
  out.Put("  \"title\": {\"nb\": \"Kultur for læring\", \"nn\": \"Kultur for læring\", "
          "\"en\": \"Culture for Learning\"},\n");
  out.Put("  \"owner\": " + nlohmann::json(owner).dump() + ",\n");
  out.Put("  \"languages\": [\"nb\"],\n");
  out.Put("  \"waves\": [\n");
  for (size_t w = 0; w < waves.size(); ++w) {
    out.Put(std::string("    {\"id\": \"") + waves[w].id + "\", \"label\": \"" + waves[w].label + "\"}");
    out.Put(w + 1 < waves.size() ? ",\n" : "\n");
  }
  out.Put("  ],\n");
  out.Put(std::string("  \"reference_wave\": \"") + kWaves[0].id + "\",\n");
  out.Put("  \"min_items_share\": 0.5,\n");
  out.Put("  \"missing_codes\": [" + std::to_string(synth::kMissingCode) + "],\n");
  out.Put("  \"privacy\": {\"min_n_public\": 10, \"min_n_restricted\": 5, \"min_cell\": 3},\n");
  out.Put(std::string("  \"public_levels\": [\"county\", \"municipality\", \"school\"") +
          (kindergartens ? ", \"kindergarten\"],\n" : "],\n"));
  // What indicators.csv holds (the contract's `indicators`), which answers
  // count as bullied, and Norway to compare with.
  out.Put(R"json(  "indicators": {
    "foreldre_hoyere_utdanning": {"title": {"nb": "Foreldre med høyere utdanning", "nn": "Foreldre med høgare utdanning", "en": "Parents with higher education"},
      "kind": "background", "unit": "%", "decimals": 0, "source": {"nb": "SSB", "nn": "SSB", "en": "Statistics Norway"}},
    "gjennomforing": {"title": {"nb": "Fullført og bestått videregående innen fem år", "nn": "Fullført og bestått vidaregåande innan fem år", "en": "Completed upper secondary within five years"},
      "kind": "completion", "unit": "%", "decimals": 0, "better": "higher", "source": {"nb": "SSB", "nn": "SSB", "en": "Statistics Norway"}},
    "grunnskolepoeng": {"title": {"nb": "Grunnskolepoeng", "nn": "Grunnskulepoeng", "en": "Lower secondary points (grunnskolepoeng)"},
      "kind": "result", "decimals": 1, "better": "higher", "source": {"nb": "Utdanningsdirektoratet", "nn": "Utdanningsdirektoratet", "en": "Norwegian Directorate for Education and Training"}},
    "lesing_5_niva1": {"title": {"nb": "Elever på laveste mestringsnivå i lesing, 5. trinn", "nn": "Elevar på lågaste meistringsnivå i lesing, 5. trinn", "en": "Pupils at the lowest mastery level in reading, year 5"},
      "kind": "result", "unit": "%", "decimals": 0, "better": "lower", "source": {"nb": "Utdanningsdirektoratet", "nn": "Utdanningsdirektoratet", "en": "Norwegian Directorate for Education and Training"}}
  },
  "bullying": {"instrument": "elev_5_10", "item": "e510_24", "values": [4, 5]},
  "comparisons": [{"id": "norge", "title": {"nb": "Norge", "nn": "Noreg", "en": "Norway"}}]
}
)json");
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
// followed by its classes, then its kindergartens, each followed by its
// groups.
// One row of units.csv; a negative grade or enrolled leaves the field empty.
void PutUnit(OutputFile& out, std::string_view id, std::string_view parent, std::string_view level,
             std::string_view name, int grade = -1, int enrolled = -1) {
  out.Put(id);
  out.Put(',');
  out.Put(parent);
  out.Put(',');
  out.Put(level);
  out.Put(',');
  out.PutCsvField(name);
  out.Put(',');
  if (grade >= 0) out.PutUInt(grade);
  out.Put(',');
  if (enrolled >= 0) out.PutUInt(enrolled);
  out.Put('\n');
}

bool WriteUnits(const fs::path& path, const synth::Population& pop, Diagnostics* diags) {
  OutputFile out;
  if (!out.Open(path.string(), diags)) return false;
  out.Put("id,parent,level,name,grade,enrolled\n");
  PutUnit(out, pop.county_id, "", "county", pop.county_name);
  for (const synth::SynthMunicipality& m : pop.municipalities) {
    PutUnit(out, m.id, pop.county_id, "municipality", m.name);
    for (int s : m.schools) {
      const synth::SynthSchool& school = pop.schools[s];
      PutUnit(out, school.id, m.id, "school", school.name);
      for (int c : school.classes) {
        const synth::SynthClass& klass = pop.classes[c];
        PutUnit(out, klass.id, school.id, "class", klass.name, klass.grade, klass.enrolled);
      }
    }
    for (int k : m.kindergartens) {
      const synth::SynthKindergarten& kindergarten = pop.kindergartens[k];
      PutUnit(out, kindergarten.id, m.id, "kindergarten", kindergarten.name);
      for (int g : kindergarten.groups) {
        const synth::SynthGroup& group = pop.groups[g];
        PutUnit(out, group.id, kindergarten.id, "group", group.name, -1, group.enrolled);
      }
    }
  }
  return out.Close(diags);
}

// indicators.csv: for every school wave, Norway, the county, each
// municipality and each school that has the grade an indicator is about
// (grunnskolepoeng: 10th grade; reading: 5th grade), derived from the
// municipalities' achievement levels (synth/effects.h) so that the survey's
// Skolefaglige prestasjoner, grunnskolepoeng and the parents' education
// agree; grunnskolepoeng and completion also for girls and boys.
bool WriteIndicators(const fs::path& path, const synth::Population& pop,
                     const synth::Effects& effects, uint64_t seed, Diagnostics* diags) {
  OutputFile out;
  if (!out.Open(path.string(), diags)) return false;
  out.Put("unit,wave,indicator,group,value\n");
  auto put = [&](const std::string& unit, int w, const char* indicator, const char* group, double value,
                 int decimals) {
    out.Put(unit + "," + kWaves[w].id + "," + indicator + "," + group + ",");
    out.PutFixed(std::llround(value * std::pow(10, decimals)), decimals);
    out.Put('\n');
  };
  auto clamp = [](double x, double lo, double hi) { return std::min(hi, std::max(lo, x)); };
  // One unit's figures in wave w from its grunnskolepoeng and parents'
  // education; `noise` draws its own year-to-year variation.
  struct Figures {
    double points, reading, completion, education;
  };
  auto figures = [&](double points, double education, synth::Random& noise) {
    return Figures{points, clamp(0.24 - 0.035 * (points - 40.6) + 0.02 * noise.Normal(), 0.05, 0.45),
                   clamp(0.76 + 0.025 * (points - 40.6) + 0.015 * noise.Normal(), 0.55, 0.92), education};
  };
  auto put_all = [&](const std::string& unit, int w, const Figures& f, bool tenth, bool fifth, bool education) {
    if (education) put(unit, w, "foreldre_hoyere_utdanning", "all", f.education, 3);
    if (tenth) {
      put(unit, w, "grunnskolepoeng", "all", f.points, 1);
      put(unit, w, "grunnskolepoeng", "gender:F", f.points + 2.2, 1);
      put(unit, w, "grunnskolepoeng", "gender:M", f.points - 2.2, 1);
    }
    if (fifth) put(unit, w, "lesing_5_niva1", "all", f.reading, 2);
    if (education) {  // completion: where the pupils live, not a school's figure
      put(unit, w, "gjennomforing", "all", f.completion, 2);
      put(unit, w, "gjennomforing", "gender:F", clamp(f.completion + 0.06, 0, 1), 2);
      put(unit, w, "gjennomforing", "gender:M", clamp(f.completion - 0.06, 0, 1), 2);
    }
  };
  for (int w = 0; w < kWaveCount; ++w) {
    // Norway: a slow national rise.
    synth::Random national(synth::StreamSeed(seed, {kStreamIndicators, 0, static_cast<uint64_t>(w)}));
    put_all("norge", w, figures(40.9 + 0.3 * w, 0.36 + 0.008 * w, national), true, true, true);
    // The county: the municipalities weighted by population.
    double points = 0, education = 0, weight = 0;
    for (size_t m = 0; m < pop.municipalities.size(); ++m) {
      const synth::MunicipalityIndicators& ind = effects.Indicators(static_cast<int>(m));
      points += pop.municipalities[m].population * ind.grunnskolepoeng[w];
      education += pop.municipalities[m].population * ind.foreldre_hoyere_utdanning[w];
      weight += pop.municipalities[m].population;
    }
    synth::Random county(synth::StreamSeed(seed, {kStreamIndicators, 1, static_cast<uint64_t>(w)}));
    put_all(pop.county_id, w, figures(points / weight, education / weight, county), true, true, true);
    for (size_t m = 0; m < pop.municipalities.size(); ++m) {
      const synth::MunicipalityIndicators& ind = effects.Indicators(static_cast<int>(m));
      synth::Random noise(synth::StreamSeed(seed, {kStreamIndicators, 2, m, static_cast<uint64_t>(w)}));
      put_all(pop.municipalities[m].id, w, figures(ind.grunnskolepoeng[w], ind.foreldre_hoyere_utdanning[w], noise),
              true, true, true);
      // A school's own level is its achievement effect against the mean
      // of its municipality's schools.
      double mean = 0;
      for (int o : pop.municipalities[m].schools) mean += effects.Units(o, -1, w, AchievementFactor());
      mean /= std::max<size_t>(1, pop.municipalities[m].schools.size());
      for (int s : pop.municipalities[m].schools) {
        const synth::SynthSchool& school = pop.schools[s];
        const bool tenth = school.first_grade <= 10 && school.last_grade >= 10;
        const bool fifth = school.first_grade <= 5 && school.last_grade >= 5;
        if (!tenth && !fifth) continue;
        // A school's own level: its share of the municipality's, plus the
        // year-to-year noise of a few dozen pupils.
        synth::Random r(synth::StreamSeed(seed, {kStreamIndicators, 3, static_cast<uint64_t>(s),
                                                 static_cast<uint64_t>(w)}));
        const double own = effects.Units(s, -1, w, AchievementFactor()) - mean;
        put_all(school.id, w, figures(clamp(ind.grunnskolepoeng[w] + 1.5 * own + 0.8 * r.Normal(), 34, 47), 0, r),
                tenth, fifth, false);
      }
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
  const synth::Population pop = synth::BuildPopulation(*spec, options.seed);
  const bool kindergartens = !pop.kindergartens.empty();
  const std::vector<WaveSpec> waves = AllWaves(kindergartens);
  if (!PrepareOutDir(dir, waves, diags)) return false;
  std::vector<int> years;
  for (const WaveSpec& w : kWaves) years.push_back(std::stoi(w.id));
  const synth::Effects effects(pop, years, options.seed);
  if (!WriteProject(dir / "project.json", spec->county_name, waves, kindergartens, diags)) return false;
  if (!WriteInstruments(dir / "instruments", diags)) return false;
  if (!WriteUnits(dir / "units.csv", pop, diags)) return false;
  if (!WriteIndicators(dir / "indicators.csv", pop, effects, options.seed, diags)) return false;
  const auto& instruments = synth::InstrumentModels();
  // Each instrument in the waves of its branch; `w` counts that branch's
  // waves (the trend and the random streams depend on it).
  for (size_t i = 0; i < instruments.size(); ++i) {
    const bool kindergarten = IsKindergartenLevel(instruments[i].def.unit_level);
    if (kindergarten && !kindergartens) continue;
    const WaveSpec* branch_waves = kindergarten ? kKindergartenWaves : kWaves;
    const int count = kindergarten ? kKindergartenWaveCount : kWaveCount;
    for (int w = 0; w < count; ++w) {
      const fs::path path = dir / "responses" / branch_waves[w].id / (instruments[i].def.id + ".csv");
      if (!synth::WriteResponses(path.string(), static_cast<int>(i), w, pop, effects, options.seed, diags))
        return false;
    }
  }
  return true;
}

}  // namespace kfl
