#include "io_test_util.h"

#include <gtest/gtest.h>

#include <cstdlib>

namespace kfl::testing_io {

const Catalog& Bokmal() {
  static const Catalog catalog = [] {
    std::string error;
    std::optional<Catalog> nb =
        Catalog::Load(std::string(KFL_SOURCE_DIR) + "/templates/i18n/nb.json", &error);
    if (!nb) {
      ADD_FAILURE() << error;
      return Catalog();
    }
    return *nb;
  }();
  return catalog;
}

std::vector<std::string> Messages(const Diagnostics& diags) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diags.Sorted()) {
    EXPECT_TRUE(Bokmal().Has(d.key)) << "catalog key missing: " << d.key;
    out.push_back(FormatDiagnostic(d, Bokmal()));
  }
  return out;
}

std::string Joined(const Diagnostics& diags) {
  std::string out;
  for (const std::string& m : Messages(diags)) out += m + "\n";
  return out;
}

}  // namespace kfl::testing_io
