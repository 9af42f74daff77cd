// stats: pure functions from responses to the statistics of data contract
// section 2. Nothing here reads files or knows about output formats.
//
//   scoring.h       respondent factor and area scores (2.1, 2.2)
//   aggregate.h     unit aggregates over subtrees, per group (2.5, 2.6)
//   standardize.h   reference mu/sigma, T, its 95% CI, d (2.3, 2.4, 2.5)
//   reliability.h   Cronbach's alpha per factor (2.7)
//   variation.h     ICC(1) and spread between child units (2.8)
//   distribution.h  item category counts per unit (2.9)
//   share.h         whether two shares of respondents differ clearly
//   regression.h    the line of a learning result on social background
#pragma once

#include "stats/aggregate.h"
#include "stats/distribution.h"
#include "stats/reliability.h"
#include "stats/scoring.h"
#include "stats/share.h"
#include "stats/standardize.h"
#include "stats/variation.h"
