#include "report/report_text.h"

#include <cmath>

namespace kfl {

std::string LevelText(const Catalog& catalog, Level level, bool plural) {
  return catalog.Format(std::string(plural ? "level.plural." : "level.") +
                        std::string(LevelName(level)));
}

std::string RespondentsText(const InstrumentReport& ir, const Instrument& instrument,
                            const FigureText& text) {
  const Catalog& catalog = text.catalog();
  if (!ir.respondents.shown()) {
    return catalog.Format("site.respondents_hidden", {{"reason", text.Reason(ir.respondents)}});
  }
  const bool children = instrument.respondent == Respondent::kKindergartenTeacher;
  std::string out = catalog.Format(children ? "site.children_assessed" : "site.respondents",
                                   {{"n", text.Count(ir.respondents.n)}});
  if (ir.enrolled > 0) {
    out += " " + catalog.Format(children ? "site.assessed_rate" : "site.response_rate",
                                {{"rate", text.Percent(100.0 * ir.respondents.n / ir.enrolled)},
                                 {"enrolled", text.Count(ir.enrolled)}});
  }
  return out;
}

std::string HighlightText(const Highlight& h, const FigureText& text, const char* key,
                          const std::string& wave) {
  return text.catalog().Format(
      key, {{"factor", h.title}, {"d", text.Number(std::abs(h.d), kSdDecimals)}, {"wave", wave}});
}

std::string ComparedText(const UnitReport& report, const FigureText& text) {
  const Catalog& catalog = text.catalog();
  std::vector<std::string> names;
  for (size_t i = 1; i < report.columns.size(); ++i) names.push_back(report.columns[i].name);
  if (names.empty()) return catalog.Format("site.fig.county_is_50");
  return catalog.Format("site.fig.compared",
                        {{"with", JoinList(names, catalog.Format("site.and"))}});
}

std::string VariationText(const VariationBlock& v, const FigureText& text) {
  const Catalog& catalog = text.catalog();
  std::string out = catalog.Format(
      v.children.empty() ? "site.variation.none" : "site.variation.shown", {{"shown", std::to_string(v.children.size())},
                               {"total", std::to_string(v.children.size() + v.hidden_children)},
                               {"level", LevelText(catalog, v.child_level, true)}});
  if (v.has_icc) {
    out += " " + catalog.Format("site.variation.icc", {{"icc", text.Number(v.icc, kIccDecimals)}});
  }
  if (v.has_spread) {
    out += " " + catalog.Format("site.variation.spread", {{"d", text.Number(v.spread_d, kSdDecimals)}});
  }
  return out;
}

std::vector<std::string> UnitsBelowTexts(const UnitReport& report, const FigureText& text) {
  std::vector<std::string> out;
  for (const auto& [level, count] : report.units_below) {
    out.push_back(text.catalog().Format(
        "site.units_below",
        {{"count", std::to_string(count)}, {"level", LevelText(text.catalog(), level, true)}}));
  }
  return out;
}

}  // namespace kfl
