#include "io/units_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "io/memory_file_system.h"
#include "io_test_util.h"

namespace kfl {
namespace {

using ::testing::ElementsAre;

const std::string kHeader = "id,parent,level,name,grade,enrolled\n";
const std::string kCounty = "hedmark,,county,Hedmark,,\n";
const std::string kMunicipality = "k-hamar,hedmark,municipality,Hamar,,\n";

struct Read {
  bool ok = false;
  UnitTree tree;
  std::vector<std::string> messages;
};

Read ReadText(const std::string& text) {
  MemoryFileSystem fs;
  fs.AddFile("d/units.csv", text);
  Diagnostics diags;
  Read r;
  r.ok = ReadUnits(fs, "d/units.csv", &r.tree, &diags);
  r.messages = testing_io::Messages(diags);
  return r;
}

TEST(UnitsReaderTest, BuildsTheTree) {
  Read r = ReadText(kHeader + kCounty + kMunicipality +
                    "s-hamar-01,k-hamar,school,\"Ajer <ungdoms>skole & \"\"co\"\",\nny linje\",,\n"
                    "c-hamar-01-8a,s-hamar-01,class,8A,8,24\n"
                    "b-hamar,k-hamar,kindergarten,Barnehagen,,\n"
                    "g-hamar-1,b-hamar,group,Gruppe 1,,0\n");
  ASSERT_TRUE(r.ok);
  EXPECT_THAT(r.messages, ElementsAre());
  const UnitTree& t = r.tree;
  ASSERT_EQ(t.size(), 6);
  EXPECT_EQ(t.county(), 0);
  EXPECT_EQ(t[2].name, "Ajer <ungdoms>skole & \"co\",\nny linje");
  int c = t.Find("c-hamar-01-8a");
  ASSERT_GE(c, 0);
  EXPECT_EQ(t[c].level, Level::kClass);
  EXPECT_EQ(t[c].grade, 8);
  EXPECT_EQ(t[c].enrolled, 24);
  EXPECT_EQ(t[t[c].parent].id, "s-hamar-01");
  EXPECT_EQ(t[1].children, (std::vector<int>{2, 4}));
  EXPECT_EQ(t[5].enrolled, 0);
  EXPECT_EQ(t[2].enrolled, -1);
  EXPECT_EQ(t[2].grade, 0);
  EXPECT_TRUE(t.Contains(0, c));
}

TEST(UnitsReaderTest, OptionalColumnsMayBeLeftOut) {
  Read r = ReadText("level,name,id,parent\ncounty,Hedmark,hedmark,\n");
  EXPECT_TRUE(r.ok);
  EXPECT_THAT(r.messages, ElementsAre());
  EXPECT_EQ(r.tree.size(), 1);
}

struct BadCase {
  const char* name;
  std::string text;
  std::vector<std::string> messages;
  bool ok = true;  // the file could be read (a required column is missing otherwise)
};

TEST(UnitsReaderTest, ReportsEveryProblemAtItsCell) {
  const std::string f = "d/units.csv:";
  const std::vector<BadCase> cases = {
      {"unknown column",
       "id,parent,level,name,kommune\nhedmark,,county,Hedmark,x\n",
       {f + "1:22: ukjent kolonne «kommune»"}},
      {"misspelt column",
       "id,parent,levl,name\nhedmark,,county,Hedmark\n",
       {f + "1:1: kolonnen «level» mangler i overskriftslinjen",
        f + "1:11: ukjent kolonne «levl» (mente du «level»?)"},
       /*ok=*/false},
      {"repeated unit id",
       kHeader + kCounty + kMunicipality + "k-hamar,hedmark,municipality,Hamar igjen,,\n",
       {f + "4:1: enheten «k-hamar» finnes allerede på linje 3"}},
      {"empty id",
       kHeader + kCounty + ",hedmark,municipality,Hamar,,\n",
       {f + "3:1: enheten mangler id"}},
      {"unknown level",
       kHeader + kCounty + "k-hamar,hedmark,kommune,Hamar,,\n",
       {f + "3:17: ukjent nivå «kommune»; gyldige nivåer er county, municipality, school, "
            "class, kindergarten og group"}},
      {"misspelt level",
       kHeader + kCounty + "k-hamar,hedmark,municipalty,Hamar,,\n",
       {f + "3:17: ukjent nivå «municipalty»; gyldige nivåer er county, municipality, school, "
            "class, kindergarten og group (mente du «municipality»?)"}},
      {"unknown parent",
       kHeader + kCounty + kMunicipality + "s-1,k-hamr,school,Skole,,\n",
       {f + "4:5: forelderen «k-hamr» finnes ikke i units.csv (mente du «k-hamar»?)"}},
      {"parent at the wrong level",
       kHeader + kCounty + kMunicipality + "c-1,k-hamar,class,8A,8,\n",
       {f + "4:5: enheten «c-1» på nivået class skal ha en forelder på nivået school, men "
            "«k-hamar» er på nivået municipality"}},
      {"group under a school",
       kHeader + kCounty + kMunicipality + "s-1,k-hamar,school,Skole,,\ng-1,s-1,group,G,,\n",
       {f + "5:5: enheten «g-1» på nivået group skal ha en forelder på nivået kindergarten, men "
            "«s-1» er på nivået school"}},
      {"missing parent",
       kHeader + kCounty + "k-hamar,,municipality,Hamar,,\n",
       {f + "3:9: enheten «k-hamar» på nivået municipality mangler forelder"}},
      {"cycle",
       kHeader + kCounty + kMunicipality +
           "s-a,s-c,school,A,,\ns-b,s-a,school,B,,\n"
           "s-c,s-b,school,C,,\ns-d,k-hamar,school,D,,\n",
       {f + "4:5: foreldrene går i ring: s-a → s-c → s-b → s-a"}},
      {"unit that is its own parent",
       kHeader + kCounty + "k-x,k-x,municipality,X,,\n",
       {f + "3:5: foreldrene går i ring: k-x → k-x"}},
      {"no county",
       kHeader + "k-hamar,hedmark,municipality,Hamar,,\n",
       {"d/units.csv: ingen enhet har nivået county; det skal være nøyaktig én, uten forelder",
        f + "2:9: forelderen «hedmark» finnes ikke i units.csv"}},
      {"more than one county",
       kHeader + kCounty + "oppland,,county,Oppland,,\n" + kMunicipality + "viken,,county,V,,\n",
       {f + "3:10: det kan bare være én enhet på nivået county, og «hedmark» på linje 2 er det "
            "allerede",
        f + "5:8: det kan bare være én enhet på nivået county, og «hedmark» på linje 2 er det "
            "allerede"}},
      {"county with a parent",
       kHeader + "hedmark,norge,county,Hedmark,,\n",
       {f + "2:9: fylket «hedmark» er øverst i hierarkiet og kan ikke ha forelder"}},
      {"bad grade and enrolled",
       kHeader + kCounty + kMunicipality +
           "s-1,k-hamar,school,S,,\nc-1,s-1,class,8A,8A,-1\n"
           "c-2,s-1,class,8B,11,2.5\n",
       {f + "5:18: trinnet skal være et heltall fra 1 til 10 eller stå tomt, ikke «8A»",
        f + "5:21: antall elever (enrolled) skal være et heltall som ikke er negativt, eller "
            "stå tomt, ikke «-1»",
        f + "6:18: trinnet skal være et heltall fra 1 til 10 eller stå tomt, ikke «11»",
        f + "6:21: antall elever (enrolled) skal være et heltall som ikke er negativt, eller "
            "stå tomt, ikke «2.5»"}},
      {"empty name",
       kHeader + kCounty + "k-hamar,hedmark,municipality,,,\n",
       {f + "3:30: enheten «k-hamar» mangler navn"}},
      {"several problems in one file",
       kHeader + kCounty + kMunicipality +
           "s-1,k-hamar,skole,S,,\nc-1,s-9,class,8A,8,\n"
           "c-1,s-1,class,8A,8,\n,,,,,\n",
       {f + "4:13: ukjent nivå «skole»; gyldige nivåer er county, municipality, school, class, "
            "kindergarten og group",
        f + "5:5: forelderen «s-9» finnes ikke i units.csv (mente du «s-1»?)",
        f + "6:1: enheten «c-1» finnes allerede på linje 5", f + "7:1: enheten mangler id",
        f + "7:3: ukjent nivå «»; gyldige nivåer er county, municipality, school, class, "
            "kindergarten og group",
        f + "7:4: enheten «» mangler navn"}},
  };
  for (const BadCase& c : cases) {
    Read r = ReadText(c.text);
    EXPECT_EQ(r.ok, c.ok) << c.name;
    EXPECT_EQ(r.messages, c.messages) << c.name;
  }
}

TEST(UnitsReaderTest, UnusableFiles) {
  Read empty = ReadText("");
  EXPECT_FALSE(empty.ok);
  EXPECT_THAT(
      empty.messages,
      ElementsAre("d/units.csv: filen er tom; overskriftslinjen med kolonnenavnene mangler"));
  Diagnostics diags;
  UnitTree tree;
  EXPECT_FALSE(ReadUnits(MemoryFileSystem(), "d/units.csv", &tree, &diags));
  EXPECT_THAT(testing_io::Messages(diags), ElementsAre("d/units.csv: kan ikke lese filen"));
}

// Units with problems stay out of the tree, so it can still be linked; a
// misspelt level counts as its suggestion so that their responses can be
// checked.
TEST(UnitsReaderTest, TreeKeepsWhatCanBeUsed) {
  Read r = ReadText(kHeader + kCounty + kMunicipality +
                    "s-1,k-hamar,scool,S,,\nc-1,s-1,class,8A,8,\nc-1,s-1,class,Dup,8,\n"
                    "s-2,k-hamar,skole,S2,,\nc-2,s-2,class,8B,8,\n");
  EXPECT_EQ(r.messages.size(), 3u);
  const UnitTree& t = r.tree;
  ASSERT_GE(t.Find("s-1"), 0);
  EXPECT_EQ(t[t.Find("s-1")].level, Level::kSchool);
  EXPECT_EQ(t[t.Find("c-1")].name, "8A");
  EXPECT_EQ(t.Find("s-2"), -1);
  ASSERT_GE(t.Find("c-2"), 0);
  EXPECT_EQ(t[t.Find("c-2")].parent, -1);
}

}  // namespace
}  // namespace kfl
