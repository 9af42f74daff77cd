// ReportText: the sentences of a unit's report that the page and the PDF
// both print ("23 svar av 25 (92 %)", "«Trivsel» ligger 0,4 SD over
// fylket.", the variation summary, what a figure is compared with), built
// from the catalog so the two outputs always say the same thing.
//
// Pure functions of the report and the texts; thread-safe.
#pragma once

#include <string>

#include "report/figure_text.h"
#include "report/unit_report.h"

namespace kfl {

// "skole", or with `plural` "skoler".
std::string LevelText(const Catalog& catalog, Level level, bool plural = false);

// Respondents of an instrument with the response rate where known, or why
// the number is hidden ("23 svar (svarprosent 92 % av 25 elever)"); the
// kindergarten teacher answers once per child, so there children are counted.
std::string RespondentsText(const InstrumentReport& ir, const Instrument& instrument,
                            const FigureText& text);

// "«Trivsel på skolen» ligger 0,4 SD over fylket." (`key`: site.strength or
// site.improvement).
// `wave`: the wave the county's figure is from ("T3 2020").
std::string HighlightText(const Highlight& h, const FigureText& text, const char* key,
                          const std::string& wave);

// What the unit's bar charts compare it with: "T-skår ..., sammenlignet med
// Hamar og Hedmark. ..."
std::string ComparedText(const UnitReport& report, const FigureText& text);

// "12 av 14 skoler har nok svar til å vises. ICC = 0,05: ... "
std::string VariationText(const VariationBlock& v, const FigureText& text);

// "14 skoler" per level below the unit.
std::vector<std::string> UnitsBelowTexts(const UnitReport& report, const FigureText& text);

}  // namespace kfl
