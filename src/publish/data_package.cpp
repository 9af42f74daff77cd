#include "publish/data_package.h"

#include <nlohmann/json.hpp>

namespace kfl {

const std::vector<DataFolder>& DataFolders() {
  static const std::vector<DataFolder> kFolders = {
      {"site/data", "public", AudienceKind::kPublic,
       {DataFile::kAggregates, DataFile::kDistributions, DataFile::kIndicators}},
      {"restricted/data", "restricted", AudienceKind::kRestricted,
       {DataFile::kAggregates, DataFile::kDistributions}},
      {"data", "research", AudienceKind::kRestricted, {DataFile::kReliability, DataFile::kVariation}},
  };
  return kFolders;
}

std::string DataPackageJson(const DataFolder& folder, const Project& project, const Catalog& catalog,
                            const std::string& lang) {
  const MessageArgs args = {{"title", PickLang(project.title, lang)},
                            {"owner", project.owner},
                            {"min_n_public", std::to_string(project.privacy.min_n_public)},
                            {"min_n_restricted", std::to_string(project.privacy.min_n_restricted)},
                            {"min_cell", std::to_string(project.privacy.min_cell)}};
  const std::string name = folder.name;
  nlohmann::ordered_json package;
  package["profile"] = "tabular-data-package";
  package["name"] = "kfl-" + name;
  package["title"] = catalog.Format("datapackage.title." + name, args);
  package["description"] = catalog.Format("datapackage.description." + name, args);
  package["resources"] = nlohmann::ordered_json::array();
  for (DataFile table : folder.tables) {
    const std::string stem = TableName(table);
    nlohmann::ordered_json fields = nlohmann::ordered_json::array();
    for (const DataColumn& c : Columns(table)) {
      // A column's own meaning in this table, else the one it has everywhere.
      const std::string own = "datapackage.col." + stem + "." + c.name;
      nlohmann::ordered_json field;
      field["name"] = c.name;
      field["type"] = c.type;
      field["description"] =
          catalog.Format(catalog.Has(own) ? own : "datapackage.col." + std::string(c.name), args);
      if (std::string_view(c.type) == "boolean") {
        field["trueValues"] = {"1"};
        field["falseValues"] = {"0"};
      }
      fields.push_back(std::move(field));
    }
    nlohmann::ordered_json resource;
    resource["name"] = stem;
    resource["path"] = stem + ".csv";
    resource["profile"] = "tabular-data-resource";
    resource["description"] = catalog.Format("datapackage.table." + stem, args);
    resource["format"] = "csv";
    resource["mediatype"] = "text/csv";
    resource["encoding"] = "utf-8";
    resource["dialect"] = {{"delimiter", ","}, {"doubleQuote", true}, {"header", true}, {"lineTerminator", "\n"}};
    resource["schema"] = {{"fields", std::move(fields)}, {"missingValues", {""}}};
    package["resources"].push_back(std::move(resource));
  }
  return package.dump(2) + "\n";
}

}  // namespace kfl
