// Every catalog key that the sources use exists in the bokmål catalog, so no
// user ever sees a raw key instead of a sentence.
#include <filesystem>
#include <fstream>
#include <algorithm>
#include <regex>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "text/catalog.h"

namespace kfl {
namespace {
namespace fs = std::filesystem;

TEST(CatalogKeysTest, EveryKeyUsedInTheSourcesIsInTheBokmalCatalog) {
  std::string error;
  auto nb = Catalog::Load(std::string(KFL_SOURCE_DIR) + "/templates/i18n/nb.json", &error);
  ASSERT_TRUE(nb.has_value()) << error;
  const std::regex key_literal("\"((?:diag|cli|synth|site|privacy|chart|mail|build)\\.[a-z0-9_.]*[a-z0-9])\"");
  int keys = 0;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(KFL_SOURCE_DIR) / "src")) {
    if (entry.path().extension() != ".cpp" && entry.path().extension() != ".h") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    const std::string source = text.str();
    for (std::sregex_iterator it(source.begin(), source.end(), key_literal), end; it != end; ++it) {
      ++keys;
      EXPECT_TRUE(nb->Has((*it)[1].str()))
          << entry.path().filename().string() << " uses \"" << (*it)[1].str()
          << "\", which templates/i18n/nb.json lacks";
    }
  }
  EXPECT_GT(keys, 50);
}

// Every {{t_name}} of the HTML templates is a "site.*" text of the catalog
// ("site.a.b" is t_a_b).
TEST(CatalogKeysTest, EveryTextTheTemplatesUseIsInTheBokmalCatalog) {
  std::string error;
  auto nb = Catalog::Load(std::string(KFL_SOURCE_DIR) + "/templates/i18n/nb.json", &error);
  ASSERT_TRUE(nb.has_value()) << error;
  std::set<std::string> names;
  for (const auto& [key, text] : nb->texts()) {
    if (key.rfind("site.", 0) != 0) continue;
    std::string name = "t_" + key.substr(5);
    std::replace(name.begin(), name.end(), '.', '_');
    names.insert(name);
  }
  const std::regex use("\\{\\{(t_[a-z0-9_]+)\\}\\}");
  int uses = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(KFL_SOURCE_DIR) / "templates/html")) {
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    const std::string source = text.str();
    for (std::sregex_iterator it(source.begin(), source.end(), use), end; it != end; ++it) {
      ++uses;
      EXPECT_TRUE(names.count((*it)[1].str()))
          << entry.path().filename().string() << " uses {{" << (*it)[1].str() << "}}";
    }
  }
  EXPECT_GT(uses, 20);
}

}  // namespace
}  // namespace kfl
