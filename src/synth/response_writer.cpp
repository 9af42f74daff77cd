#include "synth/response_writer.h"

#include <cmath>
#include <vector>

#include "synth/output_file.h"
#include "synth/random.h"

namespace kfl::synth {
namespace {

enum StreamTag : uint64_t { kStreamRoster = 20, kStreamAnswers = 21, kStreamGroupRoster = 22 };

constexpr double kLoading = 0.75;        // item on its factor's latent value
constexpr double kEmptyShare = 0.017;    // items left empty (mean over respondents)
constexpr double kCodeShare = 0.002;     // items answered with the missing code
constexpr double kSkipFactor = 0.004;    // a whole factor left empty
constexpr double kRatedShare = 0.95;     // answering pupils the contact teacher rates

// One enrolled pupil of a class in one wave.
struct RosterPupil {
  bool answers = false;  // answers the pupil survey
  bool rated = false;    // the contact teacher answers kontaktlaerer about the pupil
  bool parent = false;   // a parent answers foreldre
  char gender = 0;       // 'F', 'M' or 0 (not given)
  double trait = 0;      // the pupil's general standing, shared by all instruments
};

// The roster of class `klass` (or kindergarten group, with
// kStreamGroupRoster) in wave `wave`: the same for every instrument.
void DrawRoster(uint64_t seed, int wave, int klass, int enrolled, std::vector<RosterPupil>* out,
                uint64_t tag = kStreamRoster) {
  Random rng(StreamSeed(seed, {tag, static_cast<uint64_t>(wave), static_cast<uint64_t>(klass)}));
  const double rate = rng.Uniform(0.85, 0.95);
  const double parent_rate = rng.Uniform(0.6, 0.8);
  out->assign(enrolled, RosterPupil{});
  for (RosterPupil& p : *out) {
    p.answers = rng.Bernoulli(rate);
    p.rated = rng.Bernoulli(kRatedShare) && p.answers;
    p.parent = rng.Bernoulli(parent_rate);
    const double g = rng.Uniform();
    p.gender = g < 0.01 ? 0 : g < 0.505 ? 'F' : 'M';
    p.trait = rng.Normal();
  }
}

// Writes the rows of one instrument; holds the per-instrument constants.
class RowWriter {
 public:
  RowWriter(const InstrumentModel& ins, int wave, const Effects& effects, OutputFile* out)
      : ins_(ins),
        def_(ins.def),
        wave_(wave),
        effects_(effects),
        out_(out),
        kindergarten_(IsKindergartenLevel(ins.def.unit_level)) {
    if (def_.grades) mid_grade_ = 0.5 * (def_.grades->first + def_.grades->last);
    // Thresholds on the item's latent response (SD about 1), favourable end
    // last: for five categories about 2, 7, 17, 36 and 38 % before the
    // factor's and the item's ease shift them, so most answers are positive.
    const int k = def_.scale.size();
    if (k == 5) {
      thresholds_ = {-2.0, -1.35, -0.65, 0.3};
    } else if (k == 4) {
      thresholds_ = {-1.8, -0.9, 0.2};
    } else {
      for (int i = 1; i < k; ++i) thresholds_.push_back(-2.0 + 2.3 * i / k);
    }
    for (const FactorModel& f : ins.factors) {
      person_sd_.push_back(std::sqrt(1.0 - f.var_municipality - f.var_school - f.var_class));
      general_w_.push_back(std::sqrt(f.general));
      area_w_.push_back(std::sqrt(f.area));
      specific_w_.push_back(std::sqrt(1.0 - f.general - f.area));
    }
    latent_.resize(def_.factors.size());
    area_draw_.resize(def_.areas.size());
  }

  void Header() {
    out_->Put("respondent,unit");
    for (Background b : def_.background) {
      out_->Put(',');
      out_->Put(BackgroundName(b));
    }
    for (const Item& item : def_.items) {
      out_->Put(',');
      out_->Put(item.id);
    }
    out_->Put('\n');
  }

  // One respondent. `general` is the respondent's general factor value.
  // `school` and `klass` are the kindergarten and group for a kindergarten
  // instrument.
  void Row(Random& rng, const std::string& unit_id, int school, int klass, char gender, int grade,
           double general) {
    const double units_trend =
        kindergarten_ ? effects_.KindergartenTrend(school) : effects_.Trend(school);
    // Latent value per factor.
    for (double& a : area_draw_) a = rng.Normal();
    const double gender_sign = gender == 'F' ? 0.5 : gender == 'M' ? -0.5 : 0.0;
    for (size_t f = 0; f < def_.factors.size(); ++f) {
      const FactorModel& m = ins_.factors[f];
      const double person = general_w_[f] * general +
                            area_w_[f] * area_draw_[def_.factors[f].area] +
                            specific_w_[f] * rng.Normal();
      const int global = ins_.first_factor + static_cast<int>(f);
      latent_[f] = (kindergarten_ ? effects_.KindergartenUnits(school, klass, global)
                                  : effects_.Units(school, klass, wave_, global)) +
                   wave_ * units_trend * m.trend + m.gender * gender_sign +
                   (grade > 0 ? m.grade_slope * (grade - mid_grade_) : 0.0) +
                   person_sd_[f] * person + m.ease;
    }

    out_->Put('r');
    out_->PutUInt(++respondents_, 7);
    out_->Put(',');
    out_->Put(unit_id);
    for (Background b : def_.background) {
      out_->Put(',');
      if (b == Background::kGender && gender != 0) out_->Put(gender);
      if (b == Background::kGrade && grade > 0) out_->PutUInt(grade);
    }
    const double empty = kEmptyShare * rng.Uniform(0.25, 1.75);
    const double noise_sd = std::sqrt(1.0 - kLoading * kLoading);
    int skipped_factor = -1;
    for (size_t i = 0; i < def_.items.size(); ++i) {
      const Item& item = def_.items[i];
      out_->Put(',');
      if (item.factor != skipped_factor && def_.factors[item.factor].items.front() == static_cast<int>(i) &&
          rng.Bernoulli(kSkipFactor))
        skipped_factor = item.factor;
      const double u = rng.Uniform();
      const double y = kLoading * latent_[item.factor] + noise_sd * rng.Normal() + ins_.item_ease[i];
      if (item.factor == skipped_factor || u < empty) continue;
      if (u < empty + kCodeShare) {
        out_->PutUInt(kMissingCode);
        continue;
      }
      int category = 0;  // 0-based, favourable direction
      while (category < static_cast<int>(thresholds_.size()) && y > thresholds_[category]) ++category;
      const int value = item.reverse ? def_.scale.max - category : def_.scale.min + category;
      out_->PutUInt(static_cast<uint64_t>(value));
    }
    out_->Put('\n');
  }

  bool CoversGrade(int grade) const {
    return !def_.grades || (grade >= def_.grades->first && grade <= def_.grades->last);
  }

 private:
  const InstrumentModel& ins_;
  const Instrument& def_;
  int wave_;
  const Effects& effects_;
  OutputFile* out_;
  bool kindergarten_;
  double mid_grade_ = 5.5;
  std::vector<double> thresholds_;
  std::vector<double> person_sd_, general_w_, area_w_, specific_w_;
  std::vector<double> latent_, area_draw_;
  uint64_t respondents_ = 0;
};

}  // namespace

bool WriteResponses(const std::string& path, int instrument, int wave, const Population& population,
                    const Effects& effects, uint64_t seed, Diagnostics* diags) {
  const InstrumentModel& ins = InstrumentModels()[instrument];
  OutputFile out;
  if (!out.Open(path, diags)) return false;
  RowWriter writer(ins, wave, effects, &out);
  writer.Header();
  const auto stream = [&](uint64_t unit_kind, size_t unit) {
    return Random(StreamSeed(seed, {kStreamAnswers, static_cast<uint64_t>(wave),
                                    static_cast<uint64_t>(instrument), unit_kind, unit}));
  };
  std::vector<RosterPupil> roster;
  if (IsKindergartenLevel(ins.def.unit_level)) {
    // The kindergarten teacher assesses ~95 % of a group's children; a
    // parent of 60-80 % answers.
    for (size_t g = 0; g < population.groups.size(); ++g) {
      const SynthGroup& group = population.groups[g];
      DrawRoster(seed, wave, static_cast<int>(g), group.enrolled, &roster, kStreamGroupRoster);
      Random rng = stream(2, g);
      const int k = group.kindergarten;
      for (const RosterPupil& p : roster) {
        if (ins.def.respondent == Respondent::kParent) {
          if (!p.parent) continue;
          const double view = 0.3 * p.trait + std::sqrt(0.91) * rng.Normal();
          writer.Row(rng, group.id, k, static_cast<int>(g), 0, 0, view);
        } else if (rng.Bernoulli(kRatedShare)) {
          writer.Row(rng, group.id, k, static_cast<int>(g), p.gender, 0, p.trait);
        }
      }
    }
    return out.Close(diags);
  }
  switch (ins.def.respondent) {
    case Respondent::kPupil:
    case Respondent::kTeacherOnPupil:
    case Respondent::kParent:
      for (size_t c = 0; c < population.classes.size(); ++c) {
        const SynthClass& klass = population.classes[c];
        if (!writer.CoversGrade(klass.grade)) continue;
        DrawRoster(seed, wave, static_cast<int>(c), klass.enrolled, &roster);
        Random rng = stream(0, c);
        for (const RosterPupil& p : roster) {
          const int k = static_cast<int>(c);
          if (ins.def.respondent == Respondent::kPupil && p.answers) {
            writer.Row(rng, klass.id, klass.school, k, p.gender, klass.grade, p.trait);
          } else if (ins.def.respondent == Respondent::kTeacherOnPupil && p.rated) {
            const double view = 0.5 * p.trait + std::sqrt(0.75) * rng.Normal();
            writer.Row(rng, klass.id, klass.school, k, p.gender, klass.grade, view);
          } else if (ins.def.respondent == Respondent::kParent && p.parent) {
            const double view = 0.3 * p.trait + std::sqrt(0.91) * rng.Normal();
            writer.Row(rng, klass.id, klass.school, k, 0, klass.grade, view);
          }
        }
      }
      break;
    case Respondent::kTeacher:
    case Respondent::kKindergartenTeacher:  // (kindergarten instruments: above)
    case Respondent::kLeader:
      for (size_t s = 0; s < population.schools.size(); ++s) {
        const SynthSchool& school = population.schools[s];
        Random rng = stream(1, s);
        const bool leader = ins.def.respondent == Respondent::kLeader;
        const int staff = leader ? school.leaders : school.teachers;
        const double rate = leader ? 0.95 : rng.Uniform(0.88, 0.99);
        for (int i = 0; i < staff; ++i) {
          if (!rng.Bernoulli(rate)) continue;
          writer.Row(rng, school.id, static_cast<int>(s), -1, 0, 0, rng.Normal());
        }
      }
      break;
  }
  return out.Close(diags);
}

}  // namespace kfl::synth
