#include "io/diagnostics.h"

#include <gtest/gtest.h>

#include <string>

namespace kfl {
namespace {

// Issue #24: a value quoted from the input is cut to a short prefix, on a
// character boundary, so that a 2 MB cell gives a short message; shorter
// values (ids, paths, numbers) are kept whole.
TEST(DiagnosticsTest, ALongQuotedValueIsCutToAShortPrefix) {
  Diagnostics diags;
  const std::string huge = "æ" + std::string(2'000'000, 'x');
  const std::string path(100, 'p');
  diags.Error({"d/units.csv", 2, 5}, "diag.unit_name_empty", {{"value", huge}, {"path", path}});
  const Diagnostic& d = diags.all().front();
  EXPECT_EQ(d.args[0].second, "æ" + std::string(39, 'x') + "\u2026");
  EXPECT_EQ(d.args[1].second, path) << "under 120 bytes: whole";
  Diagnostics merged;
  merged.Merge(diags);
  EXPECT_LT(merged.all().front().args[0].second.size(), 50u);
}

}  // namespace
}  // namespace kfl
