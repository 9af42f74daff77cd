// AddReportKey: every field of a UnitReport into a ContentHash, so that the
// output cache (build/output_cache.h) can tell whether a unit's page or PDF
// would come out the same as last time without drawing it.
//
//   ContentHash key;
//   key.Add(everything_else_the_output_depends_on);
//   AddReportKey(report, &key);
//
// REQUIRES: a field added to UnitReport (or to a struct inside it) is added
// here too; otherwise a change of only that field would leave an old page
// in place. (report_key_test.cpp checks that each field changes the key.)
#pragma once

#include "io/content_hash.h"
#include "report/unit_report.h"

namespace kfl {

void AddReportKey(const UnitReport& report, ContentHash* key);

}  // namespace kfl
