#include "io/data_set_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "io/memory_file_system.h"
#include "io/responses_reader.h"
#include "io_test_util.h"

namespace kfl {
namespace {

using ::testing::ElementsAre;

const char* kProject = R"({
  "title": {"nb": "Kultur for læring"},
  "waves": [{"id": "2016", "label": "T1 2016"}, {"id": "2018", "label": "T2 2018"}],
  "reference_wave": "2016",
  "missing_codes": [9],
  "privacy": {"min_n_public": 10, "min_n_restricted": 5, "min_cell": 3},
  "indicators": {"gsp": {"title": {"nb": "Grunnskolepoeng"}, "kind": "result"}}
}
)";

std::string Instrument(const std::string& id, const std::string& item_prefix, int max) {
  std::string labels;
  for (int v = 1; v <= max; ++v)
    labels += std::string(v > 1 ? ", " : "") + "\"" + std::to_string(v) + "\"";
  return "{\"id\": \"" + id + "\", \"title\": {\"nb\": \"" + id +
         "\"}, \"respondent\": \"pupil\",\n"
         " \"unit_level\": \"class\", \"scale\": {\"min\": 1, \"max\": " +
         std::to_string(max) + ", \"labels\": {\"nb\": [" + labels +
         "]}},\n"
         " \"areas\": [{\"id\": \"a\", \"title\": {\"nb\": \"A\"}, \"factors\": [{\"id\": \"f\", "
         "\"title\": {\"nb\": \"A\"}, \"items\": [\n"
         "   {\"id\": \"" +
         item_prefix +
         "1\", \"text\": {\"nb\": \"x\"}},\n"
         "   {\"id\": \"" +
         item_prefix + "2\", \"text\": {\"nb\": \"y\"}}]}]}]}\n";
}

const char* kUnits =
    "id,parent,level,name,grade,enrolled\n"
    "hedmark,,county,Hedmark,,\n"
    "k-hamar,hedmark,municipality,Hamar,,\n"
    "s-1,k-hamar,school,Skole,,\n"
    "c-1,s-1,class,8A,8,20\n";

// A complete, valid data directory at "data/x".
MemoryFileSystem ValidDataDir() {
  MemoryFileSystem fs;
  fs.AddFile("data/x/project.json", kProject);
  fs.AddFile("data/x/instruments/elev_5_10.json", Instrument("elev_5_10", "e", 5));
  fs.AddFile("data/x/instruments/foreldre.json", Instrument("foreldre", "f", 4));
  fs.AddFile("data/x/units.csv", kUnits);
  fs.AddFile("data/x/responses/2018/elev_5_10.csv", "respondent,unit,e1,e2\nr1,c-1,5,\n");
  fs.AddFile("data/x/responses/2016/foreldre.csv", "respondent,unit,f1,f2\n");
  fs.AddFile("data/x/responses/2016/elev_5_10.csv", "respondent,unit,e1,e2\nr1,c-1,1,2\n");
  fs.AddFile("data/x/indicators.csv", "unit,wave,indicator,value\nk-hamar,2018,gsp,40.2\n");
  fs.AddFile("data/x/contacts.csv", "unit,name,email,language\nc-1,Kari,kari@example.no,nb\n");
  fs.AddFile("data/x/narratives/nb/intro.md", "# Innledning\n");
  fs.AddFile("data/x/.git/config", "x");
  fs.AddFile("data/x/responses/.DS_Store", "x");
  return fs;
}

struct Read {
  bool ok = false;
  DataSet data;
  std::vector<std::string> messages;
};

Read ReadDir(const FileSystem& fs, const std::string& dir = "data/x") {
  Diagnostics diags;
  Read r;
  r.ok = ReadDataSet(fs, dir, &r.data, &diags);
  r.messages = testing_io::Messages(diags);
  return r;
}

TEST(DataSetReaderTest, ReadsAValidDirectory) {
  Read r = ReadDir(ValidDataDir());
  EXPECT_TRUE(r.ok);
  EXPECT_THAT(r.messages, ElementsAre());
  const DataSet& d = r.data;
  EXPECT_EQ(d.dir, "data/x");
  EXPECT_EQ(d.project.waves.size(), 2u);
  ASSERT_EQ(d.instruments.size(), 2u);
  EXPECT_EQ(d.instruments[0].id, "elev_5_10");  // sorted by id
  EXPECT_EQ(d.instruments[1].id, "foreldre");
  EXPECT_EQ(d.units.size(), 4);
  EXPECT_EQ(d.indicators.size(), 1u);
  EXPECT_EQ(d.contacts.size(), 1u);
  ASSERT_EQ(d.responses.size(), 3u);  // sorted by (wave, instrument)
  EXPECT_EQ(d.responses[0].path, "data/x/responses/2016/elev_5_10.csv");
  EXPECT_EQ(d.responses[1].path, "data/x/responses/2016/foreldre.csv");
  EXPECT_EQ(d.responses[1].instrument, 1);
  EXPECT_EQ(d.responses[2].path, "data/x/responses/2018/elev_5_10.csv");
  EXPECT_EQ(d.responses[2].wave, 1);
}

TEST(DataSetReaderTest, ListedResponsesCanBeRead) {
  MemoryFileSystem fs = ValidDataDir();
  Read r = ReadDir(fs);
  ASSERT_TRUE(r.ok);
  Diagnostics diags;
  ResponseTable t = ReadResponses(fs, r.data, r.data.responses[2], &diags);
  EXPECT_FALSE(diags.has_errors()) << testing_io::Joined(diags);
  ASSERT_EQ(t.rows(), 1u);
  EXPECT_EQ(t.value(0, 0), 5);
  EXPECT_EQ(t.value(0, 1), kMissingValue);
}

TEST(DataSetReaderTest, ResponsesFolderIsOptional) {
  MemoryFileSystem fs;
  fs.AddFile("d/project.json", kProject);
  fs.AddFile("d/instruments/elev_5_10.json", Instrument("elev_5_10", "e", 5));
  fs.AddFile("d/units.csv", kUnits);
  Read r = ReadDir(fs, "d");
  EXPECT_TRUE(r.ok);
  EXPECT_THAT(r.messages, ElementsAre());
  EXPECT_TRUE(r.data.responses.empty());
}

TEST(DataSetReaderTest, MissingDirectoryAndRequiredEntries) {
  Read none = ReadDir(MemoryFileSystem(), "data/none");
  EXPECT_FALSE(none.ok);
  EXPECT_THAT(none.messages, ElementsAre("data/none: finner ikke datamappen"));

  MemoryFileSystem fs;
  fs.AddDirectory("d");
  Read empty = ReadDir(fs, "d");
  EXPECT_FALSE(empty.ok);
  EXPECT_THAT(empty.messages,
              ElementsAre("d/instruments: mappen mangler", "d/project.json: filen mangler",
                          "d/units.csv: filen mangler"));
}

TEST(DataSetReaderTest, ReportsEverythingThatDoesNotBelong) {
  MemoryFileSystem fs = ValidDataDir();
  fs.AddFile("data/x/projekt.json", "{}");
  fs.AddFile("data/x/notater.txt", "x");
  fs.AddFile("data/x/contacts.csv/a", "x");  // a folder where a file belongs
  fs.AddFile("data/x/instruments/LESMEG.md", "x");
  fs.AddFile("data/x/instruments/gammelt/x.json", "{}");
  fs.AddFile("data/x/responses/2017/elev_5_10.csv", "respondent,unit,e1,e2\n");
  fs.AddFile("data/x/responses/svar.csv", "x");
  fs.AddFile("data/x/responses/2018/elev_5_1.csv", "x");
  fs.AddFile("data/x/responses/2018/elev_5_10.csv.bak", "x");
  fs.AddFile("data/x/responses/2018/gammelt/elev_5_10.csv", "x");
  Read r = ReadDir(fs);
  EXPECT_TRUE(r.ok);
  EXPECT_THAT(
      r.messages,
      ElementsAre(
          "data/x/contacts.csv: skal være en fil, ikke en mappe",
          "data/x/instruments/LESMEG.md: instruments/ skal bare inneholde skjemafiler med navn "
          "som slutter på .json",
          "data/x/instruments/gammelt: instruments/ skal bare inneholde skjemafiler med navn som "
          "slutter på .json",
          "data/x/notater.txt: «notater.txt» hører ikke hjemme i datamappen, som bare kan "
          "inneholde project.json, instruments/, units.csv, responses/, indicators.csv, "
          "contacts.csv og narratives/",
          "data/x/projekt.json: «projekt.json» hører ikke hjemme i datamappen, som bare kan "
          "inneholde project.json, instruments/, units.csv, responses/, indicators.csv, "
          "contacts.csv og narratives/ (mente du «project.json»?)",
          "data/x/responses/2017: mappen «2017» er ikke en bølge som er deklarert under «waves» "
          "i project.json (mente du «2016»?)",
          "data/x/responses/2018/elev_5_1.csv: «elev_5_1.csv» hører ikke til noe skjema i "
          "instruments/; en svarfil skal hete <skjema-id>.csv (mente du «elev_5_10.csv»?)",
          "data/x/responses/2018/elev_5_10.csv.bak: «elev_5_10.csv.bak» hører ikke til noe "
          "skjema i instruments/; en svarfil skal hete <skjema-id>.csv",
          "data/x/responses/2018/gammelt: en bølgemappe skal bare inneholde svarfiler "
          "(<skjema-id>.csv), ikke mapper",
          "data/x/responses/svar.csv: responses/ skal bare inneholde mapper, én per bølge"));
  EXPECT_EQ(r.data.responses.size(), 3u);
}

TEST(DataSetReaderTest, ProblemsInEveryFileAreCollected) {
  MemoryFileSystem fs = ValidDataDir();
  fs.AddFile("data/x/instruments/foreldre.json", "{\"id\": \"foreldre\",}");
  fs.AddFile("data/x/instruments/elev_5_10.json",
             Instrument("elev_5_10", "e", 5).replace(1, 4, "\"ID\""));
  fs.AddFile("data/x/units.csv", std::string(kUnits) + "c-1,s-1,class,8A,8,20\n");
  fs.AddFile("data/x/indicators.csv", "unit,wave,indicator,value\nk-hamar,2018,gsp,40,2\n");
  fs.AddFile("data/x/contacts.csv", "unit,name,email,language\nc-1,Kari,kari,nb\n");
  Read r = ReadDir(fs);
  EXPECT_TRUE(r.ok);
  EXPECT_THAT(
      r.messages,
      ElementsAre("data/x/contacts.csv:2:10: «kari» ser ikke ut som en gyldig e-postadresse",
                  "data/x/indicators.csv:2:21: raden har 5 felt, men overskriftslinjen har 4",
                  "data/x/instruments/elev_5_10.json:1:1: den påkrevde nøkkelen «id» mangler",
                  "data/x/instruments/elev_5_10.json:1:2: ukjent nøkkel «ID» (mente du «id»?)",
                  "data/x/instruments/foreldre.json:1:19: ugyldig JSON: ventet et nøkkelnavn i "
                  "anførselstegn, men fant «}»",
                  "data/x/units.csv:6:1: enheten «c-1» finnes allerede på linje 5"));
  // foreldre.json could not be read: its response file is not reported again.
  EXPECT_EQ(r.data.instruments.size(), 1u);
  EXPECT_EQ(r.data.responses.size(), 2u);
}

TEST(DataSetReaderTest, MissingCodeInsideAScale) {
  MemoryFileSystem fs = ValidDataDir();
  std::string project = kProject;
  project.replace(project.find("[9]"), 3, "[3]");
  fs.AddFile("data/x/project.json", project);
  Read r = ReadDir(fs);
  EXPECT_THAT(r.messages,
              ElementsAre("data/x/project.json:5:21: manglende-koden 3 ligger innenfor skalaen "
                          "1–5 i skjemaet elev_5_10, så ekte svar med verdien 3 ville blitt "
                          "regnet som ubesvart",
                          "data/x/project.json:5:21: manglende-koden 3 ligger innenfor skalaen "
                          "1–4 i skjemaet foreldre, så ekte svar med verdien 3 ville blitt "
                          "regnet som ubesvart"));
}

TEST(DataSetReaderTest, UnreadableProjectStillChecksTheRest) {
  MemoryFileSystem fs = ValidDataDir();
  fs.AddFile("data/x/project.json", "{\"title\": ");
  fs.AddFile("data/x/units.csv", "id,parent,level,name\nhedmark,,fylke,Hedmark\n");
  Read r = ReadDir(fs);
  EXPECT_FALSE(r.ok);
  EXPECT_THAT(r.messages,
              ElementsAre("data/x/contacts.csv:2:1: enheten «c-1» finnes ikke i units.csv",
                          "data/x/project.json:1:10: ugyldig JSON: teksten slutter før alle { og "
                          "[ er lukket",
                          "data/x/units.csv: ingen enhet har nivået county; det skal være "
                          "nøyaktig én, uten forelder",
                          "data/x/units.csv:2:10: ukjent nivå «fylke»; gyldige nivåer er county, "
                          "municipality, school, class, kindergarten og group"));
  EXPECT_TRUE(r.data.responses.empty());
}

TEST(DataSetReaderTest, ReadsTheRealFileSystem) {
  const std::string root = ::testing::TempDir() + "/kfl_data_set_reader_test";
  std::filesystem::remove_all(root);
  MemoryFileSystem memory = ValidDataDir();
  for (const char* path : {"project.json", "instruments/elev_5_10.json",
                           "instruments/foreldre.json", "units.csv", "responses/2018/elev_5_10.csv",
                           "responses/2016/elev_5_10.csv", "responses/2016/foreldre.csv"}) {
    std::string contents;
    ASSERT_TRUE(memory.ReadAll(std::string("data/x/") + path, &contents)) << path;
    const std::string target = root + "/" + path;
    std::filesystem::create_directories(std::filesystem::path(target).parent_path());
    std::ofstream(target, std::ios::binary) << contents;
  }
  DataSet data;
  Diagnostics diags;
  EXPECT_TRUE(ReadDataSet(root, &data, &diags));
  EXPECT_FALSE(diags.has_errors()) << testing_io::Joined(diags);
  ASSERT_EQ(data.responses.size(), 3u);
  EXPECT_EQ(data.responses[2].path, root + "/responses/2018/elev_5_10.csv");
  Diagnostics response_diags;
  ResponseTable t = ReadResponses(data, data.responses[2], &response_diags);
  EXPECT_FALSE(response_diags.has_errors()) << testing_io::Joined(response_diags);
  EXPECT_EQ(t.rows(), 1u);
  std::filesystem::remove_all(root);
}

}  // namespace
}  // namespace kfl
