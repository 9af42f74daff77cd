#include "synth/instrument_model.h"

#include <gtest/gtest.h>

namespace kfl::synth {
namespace {

const InstrumentModel& Find(const std::string& id) {
  for (const InstrumentModel& m : InstrumentModels())
    if (m.def.id == id) return m;
  throw std::runtime_error(id);
}

TEST(InstrumentModelTest, ParsesAllEightWithConsistentIndices) {
  const std::vector<InstrumentModel>* models = nullptr;
  ASSERT_NO_THROW(models = &InstrumentModels());
  ASSERT_EQ(models->size(), 8u);
  int first = 0;
  for (const InstrumentModel& m : *models) {
    EXPECT_EQ(m.first_factor, first) << m.def.id;
    first += static_cast<int>(m.def.factors.size());
    EXPECT_EQ(m.factors.size(), m.def.factors.size()) << m.def.id;
    EXPECT_EQ(m.item_ease.size(), m.def.items.size()) << m.def.id;
    for (size_t f = 0; f < m.def.factors.size(); ++f) {
      const FactorModel& p = m.factors[f];
      const std::string what = m.def.id + "/" + m.def.factors[f].id;
      EXPECT_LT(p.var_municipality + p.var_school + p.var_class, 0.5) << what;
      EXPECT_LE(p.general + p.area, 1.0) << what;
      for (int i : m.def.factors[f].items) EXPECT_EQ(m.def.items[i].factor, static_cast<int>(f)) << what;
    }
  }
  EXPECT_EQ(TotalFactors(), first);
  // The six school instruments first (their effects must not change when
  // the kindergartens' are added), then barnehagelaerer and
  // foreldre_barnehage.
  EXPECT_EQ(SchoolFactors(), 4 + 15 + 6 + 11 + 3 + 3);
  EXPECT_EQ(TotalFactors(), SchoolFactors() + 7 + 2);
  for (size_t i = 0; i < models->size(); ++i)
    EXPECT_EQ(IsKindergartenLevel((*models)[i].def.unit_level), i >= 6) << (*models)[i].def.id;
}

TEST(InstrumentModelTest, ParametersFollowTheBrief) {
  const InstrumentModel& e510 = Find("elev_5_10");
  for (size_t f = 0; f < e510.def.factors.size(); ++f) {
    const std::string& id = e510.def.factors[f].id;
    if (id == "utagerende") {
      EXPECT_GT(e510.factors[f].gender, 0.2) << "girls act out less";
    }
    if (id == "trivsel_skole") {
      EXPECT_LT(e510.factors[f].grade_slope, 0) << "trivsel falls with grade";
    }
  }
  const InstrumentModel& kl = Find("kontaktlaerer");
  int achievement = 0;
  for (size_t f = 0; f < kl.def.factors.size(); ++f)
    if (kl.factors[f].achievement) {
      ++achievement;
      EXPECT_EQ(kl.def.factors[f].id, "faglig_niva");
    }
  EXPECT_EQ(achievement, 1);
  const InstrumentModel& bh = Find("barnehagelaerer");
  EXPECT_GT(bh.factors.back().var_school, bh.factors.front().var_school)
      << "teasing differs most between kindergartens (seed 004)";
  EXPECT_GT(bh.factors.front().var_class, 0) << "the group's staff rate the children";
  const InstrumentModel& laerer = Find("laerer");
  EXPECT_EQ(laerer.factors[0].var_class, 0) << "teachers answer for their school";
  EXPECT_GT(laerer.factors[0].var_school, e510.factors[0].var_school);
}

}  // namespace
}  // namespace kfl::synth
