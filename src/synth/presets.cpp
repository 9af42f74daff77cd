#include "synth/presets.h"

#include "synth/names.h"
#include "synth/synth.h"

namespace kfl::synth {
namespace {

// Hedmark's 22 municipalities in municipality-number order, inhabitants
// around 2016 (SSB, rounded).
const std::vector<MunicipalitySpec>& HedmarkMunicipalities() {
  static const std::vector<MunicipalitySpec> kList = {
      {"Kongsvinger", 17800}, {"Hamar", 30300},      {"Ringsaker", 34000}, {"Løten", 7600},
      {"Stange", 20400},      {"Nord-Odal", 5100},   {"Sør-Odal", 7900},   {"Eidskog", 6200},
      {"Grue", 4800},         {"Åsnes", 7400},       {"Våler", 3700},      {"Elverum", 21000},
      {"Trysil", 6600},       {"Åmot", 4400},        {"Stor-Elvdal", 2500}, {"Rendalen", 1850},
      {"Engerdal", 1330},     {"Tolga", 1630},       {"Tynset", 5600},     {"Alvdal", 2420},
      {"Folldal", 1620},      {"Os", 1960},
  };
  return kList;
}

// Oppland's 24 municipalities that became part of Innlandet in 2020.
const std::vector<MunicipalitySpec>& OpplandMunicipalities() {
  static const std::vector<MunicipalitySpec> kList = {
      {"Lillehammer", 27500}, {"Gjøvik", 30300},       {"Dovre", 2650},          {"Lesja", 2080},
      {"Skjåk", 2260},        {"Lom", 2340},          {"Vågå", 3670},           {"Nord-Fron", 5780},
      {"Sel", 5950},          {"Sør-Fron", 3170},     {"Ringebu", 4480},        {"Øyer", 5090},
      {"Gausdal", 6160},      {"Østre Toten", 14750}, {"Vestre Toten", 13440},  {"Gran", 13690},
      {"Søndre Land", 5720},  {"Nordre Land", 6700},  {"Sør-Aurdal", 3040},     {"Etnedal", 1340},
      {"Nord-Aurdal", 6450},  {"Vestre Slidre", 2160}, {"Øystre Slidre", 3210}, {"Vang", 1600},
  };
  return kList;
}

PresetSpec Tiny() {
  PresetSpec p;
  p.id = "tiny";
  p.county_id = "testfylke";
  p.county_name = "Testfylke";
  p.municipalities = {{"Fjellvik", 3000}, {"Søndre Ås", 6000}};
  // Small on purpose: classes below the privacy thresholds, a combined
  // school 1-10 and an ungdomsskole with two classes per grade.
  p.explicit_schools = {
      {0, "Fjellvik skole", 1, 10, 7, 12, 1},
      {0, "Nordli barneskole", 1, 7, 12, 10, 1},
      {1, "Åsen barneskole", 1, 7, 17, 14, 2},
      {1, "Søndre Ås ungdomsskole", 8, 10, 31, 14, 2},
  };
  // Kindergartens in Fjellvik only, so that Søndre Ås is a municipality
  // with schools alone; one group below the privacy threshold.
  p.explicit_kindergartens = {
      {0, "Fjellvik barnehage", {16, 14}},
      {0, "Trollskogen barnehage", {12, 7}},
  };
  return p;
}

PresetSpec Hedmark() {
  PresetSpec p;
  p.id = "hedmark";
  p.county_id = "hedmark";
  p.county_name = "Hedmark";
  p.municipalities = HedmarkMunicipalities();
  p.pupils = 22000;  // seed 000: 22 000 elever, 2 500 lærere, 126 skoler
  p.schools = 126;
  p.teachers = 2650;
  // Seed 004: the kindergartens joined in 2017; about 150 in Hedmark, with
  // some 9 000 children in groups of 10-20.
  p.kindergartens = 150;
  p.children = 9000;
  return p;
}

PresetSpec Innlandet() {
  PresetSpec p;
  p.id = "innlandet";
  p.county_id = "innlandet";
  p.county_name = "Innlandet";
  p.municipalities = HedmarkMunicipalities();
  const auto& oppland = OpplandMunicipalities();
  p.municipalities.insert(p.municipalities.end(), oppland.begin(), oppland.end());
  p.pupils = 40000;
  p.schools = 230;
  p.teachers = 4800;
  p.kindergartens = 290;
  p.children = 17000;
  return p;
}

PresetSpec Norway() {
  PresetSpec p;
  p.id = "norway";
  p.county_id = "norge";
  p.county_name = "Norge";
  p.municipalities = GenerateMunicipalities(357, 5300000);
  p.pupils = 630000;
  p.schools = 2700;
  p.teachers = 72000;
  p.kindergartens = 5700;
  p.children = 270000;
  return p;
}

}  // namespace

std::optional<PresetSpec> FindPreset(std::string_view name) {
  if (name == "tiny") return Tiny();
  if (name == "hedmark") return Hedmark();
  if (name == "innlandet") return Innlandet();
  if (name == "norway") return Norway();
  return std::nullopt;
}

}  // namespace kfl::synth

namespace kfl {

const std::vector<std::string>& SynthPresets() {
  static const std::vector<std::string> kPresets = {"tiny", "hedmark", "innlandet", "norway"};
  return kPresets;
}

}  // namespace kfl
