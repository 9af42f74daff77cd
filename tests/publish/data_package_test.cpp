#include "publish/data_package.h"

#include <set>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace kfl {
namespace {

Catalog Load(const std::string& lang) {
  std::string error;
  return *Catalog::Load(std::string(KFL_SOURCE_DIR) + "/templates/i18n/" + lang + ".json", &error);
}

Project SomeProject() {
  Project p;
  p.title = {{"nb", "Kultur for læring"}, {"en", "Culture for Learning"}};
  p.owner = "Hedmark";
  p.privacy = {.min_n_public = 10, .min_n_restricted = 5, .min_cell = 3};
  return p;
}

// Every folder's package names each of its files with every column, in the
// files' order, with a type and a description in each language: no
// catalog key left unknown, no placeholder left unfilled.
TEST(DataPackageTest, EveryFileAndColumnIsDescribedInEveryLanguage) {
  std::set<std::string> paths;
  for (const char* lang : {"nb", "nn", "en"}) {
    const Catalog catalog = Load(lang);
    for (const DataFolder& folder : DataFolders()) {
      SCOPED_TRACE(std::string(lang) + " " + folder.path);
      paths.insert(folder.path);
      const auto package = nlohmann::json::parse(DataPackageJson(folder, SomeProject(), catalog, lang));
      EXPECT_EQ(package["profile"], "tabular-data-package");
      EXPECT_EQ(package["name"], std::string("kfl-") + folder.name);
      const std::string title = package["title"];
      EXPECT_NE(title.find(lang == std::string("en") ? "Culture for Learning (Hedmark)" : "Kultur for læring (Hedmark)"),
                std::string::npos) << title;
      ASSERT_EQ(package["resources"].size(), folder.tables.size());
      for (size_t t = 0; t < folder.tables.size(); ++t) {
        const auto& r = package["resources"][t];
        EXPECT_EQ(r["path"], std::string(TableName(folder.tables[t])) + ".csv");
        EXPECT_EQ(r["schema"]["missingValues"], nlohmann::json::array({""}));
        const std::vector<DataColumn>& columns = Columns(folder.tables[t]);
        ASSERT_EQ(r["schema"]["fields"].size(), columns.size());
        for (size_t c = 0; c < columns.size(); ++c) {
          const auto& field = r["schema"]["fields"][c];
          EXPECT_EQ(field["name"], columns[c].name);
          EXPECT_EQ(field["type"], columns[c].type);
          const std::string text = field["description"];
          EXPECT_EQ(text.find("datapackage."), std::string::npos) << text;
          EXPECT_EQ(text.find('{'), std::string::npos) << text;
          EXPECT_GT(text.size(), 10u) << columns[c].name;
        }
      }
      for (const char* key : {"description", "title"}) {
        const std::string text = package[key];
        EXPECT_EQ(text.find('{'), std::string::npos) << text;
      }
    }
  }
  EXPECT_EQ(paths, (std::set<std::string>{"site/data", "restricted/data", "data"}));
}

TEST(DataPackageTest, SuppressedIsABooleanOfOneAndZero) {
  const auto package =
      nlohmann::json::parse(DataPackageJson(DataFolders()[0], SomeProject(), Load("nb"), "nb"));
  const auto& fields = package["resources"][0]["schema"]["fields"];
  const auto& suppressed = fields[fields.size() - 1];
  EXPECT_EQ(suppressed["name"], "suppressed");
  EXPECT_EQ(suppressed["type"], "boolean");
  EXPECT_EQ(suppressed["trueValues"], nlohmann::json::array({"1"}));
  EXPECT_EQ(suppressed["falseValues"], nlohmann::json::array({"0"}));
  // The public package names the public threshold.
  EXPECT_NE(std::string(package["description"]).find("færre enn 10 respondenter"), std::string::npos);
}

}  // namespace
}  // namespace kfl
