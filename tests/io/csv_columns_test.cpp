#include "io/csv_columns.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "io/memory_file_system.h"
#include "io_test_util.h"

namespace kfl {
namespace {

using ::testing::ElementsAre;

struct Matched {
  ColumnMap map;
  std::vector<std::string> messages;
};

Matched Match(const std::string& header) {
  MemoryFileSystem fs;
  fs.AddFile("u.csv", header + "\n");
  auto file = fs.Open("u.csv");
  Diagnostics diags;
  CsvReader csv(file.get(), "u.csv", &diags);
  EXPECT_TRUE(csv.ReadHeader()) << header;
  Matched m;
  m.map = MatchColumns(csv, {{"id"}, {"parent"}, {"level"}, {"name"}, {"grade", false}}, &diags);
  m.messages = testing_io::Messages(diags);
  return m;
}

TEST(CsvColumnsTest, ColumnsInAnyOrder) {
  Matched m = Match("name,level,id,parent");
  EXPECT_TRUE(m.map.complete);
  EXPECT_THAT(m.messages, ElementsAre());
  EXPECT_THAT(m.map.field_of, ElementsAre(2, 3, 1, 0, -1));
  EXPECT_THAT(m.map.spec_of, ElementsAre(3, 2, 0, 1));
}

TEST(CsvColumnsTest, ReportsUnknownRepeatedAndMissingColumns) {
  struct Case {
    const char* name;
    std::string header;
    bool complete;
    std::vector<std::string> messages;
  };
  const std::vector<Case> cases = {
      {"unknown column with suggestion",
       "id,parent,level,name,grad",
       true,
       {"u.csv:1:22: ukjent kolonne «grad» (mente du «grade»?)"}},
      {"unknown column",
       "id,parent,level,name,kommune",
       true,
       {"u.csv:1:22: ukjent kolonne «kommune»"}},
      {"unnamed column",
       "id,parent,,level,name",
       true,
       {"u.csv:1:11: kolonnen har ikke noe navn i overskriftslinjen"}},
      {"repeated column",
       "id,parent,level,name,id",
       true,
       {"u.csv:1:22: kolonnen «id» står to ganger i overskriftslinjen (første gang som kolonne "
        "nr. 1)"}},
      {"one missing",
       "id,parent,name",
       false,
       {"u.csv:1:1: kolonnen «level» mangler i overskriftslinjen"}},
      {"several missing",
       "id",
       false,
       {"u.csv:1:1: kolonnene «parent», «level», «name» mangler i overskriftslinjen"}},
  };
  for (const Case& c : cases) {
    Matched m = Match(c.header);
    EXPECT_EQ(m.map.complete, c.complete) << c.name;
    EXPECT_EQ(m.messages, c.messages) << c.name;
  }
}

}  // namespace
}  // namespace kfl
