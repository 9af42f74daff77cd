// DataSet: everything in a data directory except the responses, which are
// large and read one file at a time (io/responses_reader.h).
#pragma once

#include <string>
#include <vector>

#include "model/instrument.h"
#include "model/project.h"
#include "model/unit_tree.h"

namespace kfl {

struct Indicator {
  int unit = -1;  // index into UnitTree
  int wave = -1;  // index into Project::waves
  std::string name;
  double value = 0;
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
