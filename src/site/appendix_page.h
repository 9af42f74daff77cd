// The technical appendix (public, county level; spec report-content.md):
// the instruments with their areas, factors and item counts, Cronbach's
// alpha per factor and wave, respondents per wave, the reference mean and SD
// of every score, and the privacy rules in force. At teknisk/index.html.
#pragma once

#include <string>

#include "privacy/results.h"
#include "site/page_env.h"

namespace kfl {

std::string RenderAppendixPage(const DataSet& data, const Results& results, const PageEnv& env);

}  // namespace kfl
