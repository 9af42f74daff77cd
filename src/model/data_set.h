// DataSet: everything in a data directory except the responses, which are
// large and read one file at a time (io/responses_reader.h).
#pragma once

#include <string>
#include <vector>

#include "model/instrument.h"
#include "model/project.h"
#include "model/unit_tree.h"

namespace kfl {

// One row of indicators.csv: a published figure of a unit or a comparison
// unit in one wave, for all or for girls or boys.
struct Indicator {
  enum class Group { kAll, kFemale, kMale };
  int unit = -1;        // index into UnitTree; -1 for a comparison unit
  int comparison = -1;  // index into Project::comparisons; -1 for a unit
  int wave = -1;        // index into Project::waves
  int def = -1;         // index into Project::indicators
  Group group = Group::kAll;
  double value = 0;     // as given (a share 0-1 for a percentage)
};

struct Contact {
  int unit = -1;  // index into UnitTree
  std::string name;
  std::string email;
  std::string language;
  // Where the row is in contacts.csv (1-based line; columns of the unit and
  // email fields), so that later stages (kfl mail) can point at it.
  int line = 0;
  int column = 0;
  int email_column = 0;
};

// One responses/<wave>/<instrument>.csv that exists in the data directory.
struct ResponseFile {
  int wave = -1;        // index into Project::waves
  int instrument = -1;  // index into DataSet::instruments
  std::string path;     // full path, as it is shown in diagnostics
};

struct DataSet {
  std::string dir;
  Project project;
  std::vector<Instrument> instruments;  // sorted by id
  UnitTree units;
  std::vector<Indicator> indicators;
  std::vector<Contact> contacts;
  std::vector<ResponseFile> responses;  // sorted by (wave, instrument)
};

}  // namespace kfl
