#include "synth/instrument_model.h"

#include <map>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

#include "synth/embedded_instruments.h"
#include "synth/random.h"

namespace kfl::synth {
namespace {

LangText ParseText(const nlohmann::json& j) {
  LangText text;
  for (const auto& [lang, value] : j.items()) text[lang] = value.get<std::string>();
  return text;
}

Instrument Parse(std::string_view json) {
  const nlohmann::json j = nlohmann::json::parse(json);
  Instrument ins;
  ins.id = j.at("id").get<std::string>();
  ins.title = ParseText(j.at("title"));
  ins.respondent = ParseRespondent(j.at("respondent").get<std::string>()).value();
  ins.unit_level = ParseLevel(j.at("unit_level").get<std::string>()).value();
  if (j.contains("grades")) ins.grades = GradeRange{j["grades"][0].get<int>(), j["grades"][1].get<int>()};
  ins.scale.min = j.at("scale").at("min").get<int>();
  ins.scale.max = j.at("scale").at("max").get<int>();
  for (const auto& [lang, labels] : j.at("scale").at("labels").items())
    ins.scale.labels[lang] = labels.get<std::vector<std::string>>();
  for (const auto& b : j.value("background", nlohmann::json::array()))
    ins.background.push_back(ParseBackground(b.get<std::string>()).value());
  for (const auto& a : j.at("areas")) {
    const int area_index = static_cast<int>(ins.areas.size());
    Area area{a.at("id").get<std::string>(), ParseText(a.at("title")), {}};
    for (const auto& f : a.at("factors")) {
      const int factor_index = static_cast<int>(ins.factors.size());
      Factor factor{f.at("id").get<std::string>(), ParseText(f.at("title")), area_index, {}};
      for (const auto& i : f.at("items")) {
        factor.items.push_back(static_cast<int>(ins.items.size()));
        ins.items.push_back({i.at("id").get<std::string>(), ParseText(i.at("text")),
                             i.value("reverse", false), i.value("sensitive", false), factor_index});
      }
      area.factors.push_back(factor_index);
      ins.factors.push_back(std::move(factor));
    }
    ins.areas.push_back(std::move(area));
  }
  return ins;
}

// Level variances by kind of respondent.
FactorModel Defaults(Respondent respondent) {
  FactorModel m;
  switch (respondent) {
    case Respondent::kPupil:
      break;
    case Respondent::kTeacherOnPupil:
      // Teachers differ in how strictly they rate: a larger class share.
      m.var_school = 0.04;
      m.var_class = 0.08;
      m.trend = 0.8;
      break;
    case Respondent::kParent:
      m.var_school = 0.04;
      m.var_class = 0.03;
      m.trend = 0.5;
      break;
    case Respondent::kKindergartenTeacher:
      // As the contact teacher: staff differ in how strictly they rate, so
      // the group (one staff team) carries a large share.
      m.var_school = 0.05;
      m.var_class = 0.07;
      m.trend = 0.8;
      break;
    case Respondent::kTeacher:
      m.var_municipality = 0.04;
      m.var_school = 0.14;
      m.var_class = 0;
      break;
    case Respondent::kLeader:
      m.var_municipality = 0.05;
      m.var_school = 0.15;
      m.var_class = 0;
      break;
  }
  return m;
}

struct Override {
  double gender, grade_slope, ease;
};

// Per factor (instrument/factor): girls minus boys, change per grade, and
// how favourable the answers are. Factors not listed keep 0, 0, 0.
const std::map<std::string, Override>& Overrides() {
  static const std::map<std::string, Override> kTable = {
      {"elev_1_4/trivsel_skole", {0.15, -0.03, 0.3}},
      {"elev_1_4/atferd_timene", {0.35, 0.0, 0.2}},
      {"elev_1_4/forhold_laerer", {0.2, -0.03, 0.35}},
      {"elev_1_4/venner_klassen", {0.1, 0.0, 0.1}},
      {"elev_5_10/trivsel_skole", {0.05, -0.06, 0.1}},
      {"elev_5_10/trygghet", {0.0, 0.02, 0.5}},
      {"elev_5_10/atferd_laering", {0.25, -0.05, -0.1}},
      {"elev_5_10/utagerende", {0.35, -0.03, 0.7}},
      {"elev_5_10/mobbing", {0.05, 0.03, -0.5}},
      {"elev_5_10/tilbaketrukket", {-0.15, 0.0, 0.5}},
      {"elev_5_10/forhold_laerer", {0.1, -0.07, 0.1}},
      {"elev_5_10/relasjon_medelever", {0.0, 0.0, 0.3}},
      {"elev_5_10/laeringsmiljo", {0.05, -0.04, -0.2}},
      {"elev_5_10/struktur", {0.05, -0.05, 0.0}},
      {"elev_5_10/vurdering", {0.05, -0.06, -0.3}},
      {"elev_5_10/tilpasning", {0.0, -0.03, 0.0}},
      {"elev_5_10/arbeidsmater", {0.0, -0.06, -0.4}},
      {"elev_5_10/relevans", {0.1, -0.08, -0.1}},
      {"elev_5_10/mestringsforventning", {-0.15, -0.02, 0.2}},
      {"kontaktlaerer/samarbeid", {0.4, 0.0, 0.1}},
      {"kontaktlaerer/selvkontroll", {0.4, 0.02, 0.2}},
      {"kontaktlaerer/selvhevdelse", {0.15, 0.0, 0.0}},
      {"kontaktlaerer/innsats", {0.35, -0.03, 0.0}},
      {"kontaktlaerer/faglig_niva", {0.15, 0.0, -0.2}},
      {"kontaktlaerer/oppmote", {0.0, -0.05, 0.9}},
      {"laerer/arbeidsmiljo", {0.0, 0.0, -0.2}},
      {"laerer/laeringsfellesskap", {0.0, 0.0, -0.3}},
      {"laerer/problematferd", {0.0, 0.0, -0.2}},
      {"laerer/relasjon_elever", {0.0, 0.0, 0.5}},
      {"foreldre/stotte_hjemme", {0.0, -0.03, 0.5}},
      {"foreldre/hjem_skole", {0.0, -0.03, 0.1}},
      {"foreldre/foreldrenettverk", {0.0, -0.05, -0.5}},
      {"skoleleder/ledelse_laering", {0.0, 0.0, 0.3}},
      {"skoleleder/samarbeidskultur", {0.0, 0.0, 0.2}},
      {"skoleleder/laeringsorientering", {0.0, 0.0, 0.3}},
      {"barnehagelaerer/samspill", {0.35, 0.0, 0.2}},
      {"barnehagelaerer/selvkontroll", {0.4, 0.0, 0.1}},
      {"barnehagelaerer/selvhevdelse", {0.1, 0.0, 0.0}},
      {"barnehagelaerer/sprakforstaelse", {0.2, 0.0, 0.1}},
      {"barnehagelaerer/sprakbruk", {0.25, 0.0, -0.1}},
      {"barnehagelaerer/lek_deltakelse", {0.1, 0.0, 0.3}},
      {"barnehagelaerer/erting_utestenging", {0.25, 0.0, 0.8}},
      {"foreldre_barnehage/trivsel_barnehage", {0.0, 0.0, 0.8}},
      {"foreldre_barnehage/samarbeid_hjem", {0.0, 0.0, 0.4}},
  };
  return kTable;
}

FactorModel ModelOf(const Instrument& ins, const Factor& factor) {
  FactorModel m = Defaults(ins.respondent);
  const auto it = Overrides().find(ins.id + "/" + factor.id);
  if (it != Overrides().end()) {
    m.gender = it->second.gender;
    m.grade_slope = it->second.grade_slope;
    m.ease = it->second.ease;
  }
  if (ins.id == "kontaktlaerer" && factor.id == "faglig_niva") {
    // Skolefaglige prestasjoner: between-school differences of about one
    // SD between the highest and the lowest school (seed 004: Cohen's
    // d = 1.02 in Hedmark, T1 2016); the teacher's own judgement is
    // consistent across the subjects.
    m.achievement = true;
    m.var_municipality = 0.02;
    m.var_school = 0.02;
    m.var_class = 0.05;
    m.general = 0.55;
  }
  if (ins.id == "foreldre" && factor.id == "foreldrenettverk") m.var_class = 0.06;
  if (ins.id == "barnehagelaerer" && factor.id == "erting_utestenging") {
    // Seed 004 shows "Variasjon i erting mellom barnehager": how much
    // teasing and exclusion staff see differs clearly between kindergartens.
    m.var_school = 0.09;
  }
  return m;
}

std::vector<InstrumentModel> Build() {
  std::vector<InstrumentModel> out;
  int first_factor = 0;
  for (const EmbeddedFile& file : EmbeddedInstruments()) {
    InstrumentModel m;
    m.json = file.content;
    m.def = Parse(file.content);
    if (m.def.id != file.id) throw std::runtime_error("instrument id mismatch: " + std::string(file.id));
    for (const Factor& f : m.def.factors) m.factors.push_back(ModelOf(m.def, f));
    // Item easiness: a fixed spread per item; sensitive items (being
    // bullied, excluded, afraid) are answered favourably by most.
    for (size_t i = 0; i < m.def.items.size(); ++i) {
      Random rng(StreamSeed(0x6974656dULL, {out.size(), i}));
      m.item_ease.push_back(rng.Uniform(-0.3, 0.3) + (m.def.items[i].sensitive ? 0.5 : 0.0));
    }
    m.first_factor = first_factor;
    first_factor += static_cast<int>(m.def.factors.size());
    out.push_back(std::move(m));
  }
  // A parameter for a factor that no longer exists is a defect, not a no-op.
  for (const auto& [key, unused] : Overrides()) {
    bool found = false;
    for (const InstrumentModel& m : out)
      for (const Factor& f : m.def.factors) found = found || key == m.def.id + "/" + f.id;
    if (!found) throw std::runtime_error("model parameters for an unknown factor: " + key);
  }
  return out;
}

}  // namespace

const std::vector<InstrumentModel>& InstrumentModels() {
  static const std::vector<InstrumentModel> kModels = Build();
  return kModels;
}

int SchoolFactors() {
  int n = 0;
  for (const InstrumentModel& m : InstrumentModels())
    if (!IsKindergartenLevel(m.def.unit_level)) n = m.first_factor + static_cast<int>(m.def.factors.size());
  return n;
}

int TotalFactors() {
  const InstrumentModel& last = InstrumentModels().back();
  return last.first_factor + static_cast<int>(last.def.factors.size());
}

}  // namespace kfl::synth
