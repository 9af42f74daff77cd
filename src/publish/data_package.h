// The data files of each audience, and the Frictionless Data Package
// (datapackage.json, with a Table Schema per file) that describes them: every
// file, every column with its type and its meaning, the missing values and
// the suppression flag, in the build's language. Written beside the files.
//
//   for (const DataFolder& f : DataFolders())
//     write(f.path + "/datapackage.json", DataPackageJson(f, data.project, catalog, "nb"));
#pragma once

#include <string>
#include <vector>

#include "model/project.h"
#include "privacy/audience.h"
#include "publish/data_files.h"
#include "text/catalog.h"

namespace kfl {

struct DataFolder {
  const char* path;      // "site/data", "restricted/data", "data"
  const char* name;      // the package's name and its catalog keys: public, restricted, research
  AudienceKind audience;  // whose rules its files follow (research: the restricted, unpublished)
  std::vector<DataFile> tables;  // its files, each TableName(t) + ".csv"
};

// site/data (public), restricted/data, data (the research files).
const std::vector<DataFolder>& DataFolders();

// datapackage.json for `folder`, ending in a newline; the same bytes for the
// same project and catalog.
// `catalog` is of the language `lang` (for the project's title).
std::string DataPackageJson(const DataFolder& folder, const Project& project, const Catalog& catalog,
                            const std::string& lang);

}  // namespace kfl
