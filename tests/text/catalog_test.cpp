#include "text/catalog.h"

#include <gtest/gtest.h>

namespace kfl {
namespace {

TEST(CatalogTest, ReplacesNamedPlaceholders) {
  Catalog c(Catalog::Texts{{"k", "verdien {value} er utenfor {min}–{max}"}});
  EXPECT_EQ(c.Format("k", {{"min", "1"}, {"max", "5"}, {"value", "7"}}),
            "verdien 7 er utenfor 1–5");
}

TEST(CatalogTest, UnknownKeyKeepsEverything) {
  Catalog c;
  EXPECT_EQ(c.Format("diag.x", {{"a", "1"}}), "diag.x a=1");
}

TEST(CatalogTest, UnknownPlaceholderIsLeftAsWritten) {
  Catalog c(Catalog::Texts{{"k", "{a} {b}"}});
  EXPECT_EQ(c.Format("k", {{"a", "x"}}), "x {b}");
}

TEST(CatalogTest, FormatsDiagnosticWithPosition) {
  Catalog c(Catalog::Texts{{"diag.warning_prefix", "advarsel"}, {"m", "tom fil"}});
  Diagnostic e{Severity::kError, {"units.csv", 3, 7}, "m", {}};
  EXPECT_EQ(FormatDiagnostic(e, c), "units.csv:3:7: tom fil");
  Diagnostic w{Severity::kWarning, {"units.csv", 0, 0}, "m", {}};
  EXPECT_EQ(FormatDiagnostic(w, c), "units.csv: advarsel: tom fil");
}

TEST(CatalogTest, SuggestionIsAppendedInTheCatalogsWords) {
  Catalog c(Catalog::Texts{{"m", "ukjent nøkkel «{key}»"},
                           {"diag.did_you_mean", "(mente du «{suggestion}»?)"}});
  Diagnostic e{Severity::kError, {"p.json", 2, 3}, "m", {{"key", "titel"}, {"suggestion", "title"}}};
  EXPECT_EQ(FormatDiagnostic(e, c), "p.json:2:3: ukjent nøkkel «titel» (mente du «title»?)");
}

TEST(CatalogTest, BokmalCatalogLoads) {
  std::string error;
  auto nb = Catalog::Load(std::string(KFL_SOURCE_DIR) + "/templates/i18n/nb.json", &error);
  ASSERT_TRUE(nb.has_value()) << error;
  EXPECT_TRUE(nb->Has("diag.warning_prefix"));
}

}  // namespace
}  // namespace kfl
