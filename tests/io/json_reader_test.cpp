#include "io/json_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "io/memory_file_system.h"
#include "io_test_util.h"

namespace kfl {
namespace {

using ::testing::ElementsAre;
using testing_io::Messages;

std::string At(TextPosition p) { return std::to_string(p.line) + ":" + std::to_string(p.column); }

TEST(JsonReaderTest, RecordsWhereEveryValueAndKeyStarts) {
  const std::string text =
      "{\n"
      "  \"title\": {\"nb\": \"Kultur for læring\"},\n"
      "  \"waves\": [ {\"id\": \"2016\", \"n\": 12}, {\"id\": \"a\\\"b\", \"x\": -1.5e3} ],\n"
      "  \"æøå\": [true,false,null,[7]],\n"
      "  \"a/b~c\": 0\n"
      "}";
  Diagnostics diags;
  std::optional<JsonDocument> doc = ParseJson("p.json", text, &diags);
  ASSERT_TRUE(doc.has_value()) << testing_io::Joined(diags);
  EXPECT_FALSE(diags.has_errors());
  EXPECT_EQ(doc->root()["waves"][1]["id"], "a\"b");

  struct Case {
    std::string pointer;
    std::string value;
    std::string key;
  };
  const std::vector<Case> cases = {
      {"", "1:1", "1:1"},
      {"/title", "2:12", "2:3"},
      {"/title/nb", "2:19", "2:13"},
      {"/waves", "3:12", "3:3"},
      {"/waves/0", "3:14", "3:14"},
      {"/waves/0/id", "3:21", "3:15"},
      {"/waves/0/n", "3:34", "3:29"},  // a number: seen one character late
      {"/waves/1/id", "3:46", "3:40"},
      {"/waves/1/x", "3:59", "3:54"},
      {"/æøå", "4:10", "4:3"},  // columns count characters, not bytes
      {"/æøå/0", "4:11", "4:11"},
      {"/æøå/1", "4:16", "4:16"},
      {"/æøå/2", "4:22", "4:22"},
      {"/æøå/3", "4:27", "4:27"},
      {"/æøå/3/0", "4:28", "4:28"},
      {"/a~1b~0c", "5:12", "5:3"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(At(doc->ValuePosition(c.pointer)), c.value) << c.pointer;
    EXPECT_EQ(At(doc->KeyPosition(c.pointer)), c.key) << c.pointer;
  }
  EXPECT_EQ(At(doc->ValuePosition("/nope")), "0:0");
  Location where = doc->ValueLocation("/waves/0/n");
  EXPECT_EQ(where.file, "p.json");
  EXPECT_EQ(where.line, 3);
  EXPECT_EQ(where.column, 34);
}

TEST(JsonReaderTest, NumberAtTheEndOfTheTextAndBom) {
  Diagnostics diags;
  std::optional<JsonDocument> doc = ParseJson("p.json", "\xEF\xBB\xBF 42", &diags);
  ASSERT_TRUE(doc.has_value()) << testing_io::Joined(diags);
  EXPECT_EQ(doc->root(), 42);
  EXPECT_EQ(At(doc->ValuePosition("")), "1:2");  // the BOM takes no column
}

struct BadCase {
  const char* name;
  std::string text;
  std::string message;
};

TEST(JsonReaderTest, ReportsMalformedJsonWhereTheParserStopped) {
  const std::vector<BadCase> cases = {
      {"empty file", "", "p.json: filen er tom; den skal inneholde et JSON-objekt"},
      {"only spaces", " \n ", "p.json: filen er tom; den skal inneholde et JSON-objekt"},
      {"trailing comma", "{\"a\": 1,}",
       "p.json:1:9: ugyldig JSON: ventet et nøkkelnavn i anførselstegn, men fant «}»"},
      {"missing comma", "{\"a\": 1\n \"b\": 2}",
       "p.json:2:2: ugyldig JSON: ventet «,» eller «}», men fant «\"b\"»"},
      {"missing colon", "{\"a\" 12}",
       "p.json:1:6: ugyldig JSON: ventet «:» etter nøkkelnavnet, men fant «12»"},
      {"missing comma in array", "[1 2]",
       "p.json:1:4: ugyldig JSON: ventet «,» eller «]», men fant «2»"},
      {"missing value", "{\"a\": }", "p.json:1:7: ugyldig JSON: ventet en verdi, men fant «}»"},
      {"unexpected end", "{\"a\": [1, 2\n\n",
       "p.json:1:12: ugyldig JSON: teksten slutter før alle { og [ er lukket"},
      {"unquoted text", "{\"respondent\": pupil}",
       "p.json:1:16: ugyldig JSON: «pupil» er ikke en gyldig verdi; tekst skal stå i "
       "anførselstegn"},
      {"misspelt literal", "{\"a\": tru}",
       "p.json:1:7: ugyldig JSON: «tru» er ikke en gyldig verdi; tekst skal stå i "
       "anførselstegn"},
      {"line break in a string", "{\"a\": \"abc\n\"}",
       "p.json:1:11: ugyldig JSON: linjeskift eller annet kontrolltegn inne i en tekst; mangler "
       "det et avsluttende anførselstegn?"},
      {"string never closed", "{\"a\": \"abc",
       "p.json:1:7: ugyldig JSON: teksten mangler avsluttende anførselstegn"},
      {"bad escape", "{\"a\": \"x\\q\"}",
       "p.json:1:10: ugyldig JSON: ugyldig escape-sekvens med \\ i en tekst"},
      {"bad number", "{\"a\": -}", "p.json:1:7: ugyldig JSON: «-» er ikke et gyldig tall"},
      {"number overflow", "{\"a\": 1e999}",
       "p.json:1:7: ugyldig JSON: «1e999» er ikke et gyldig tall"},
      {"second value", "{}\n{}",
       "p.json:2:1: ugyldig JSON: mer tekst etter slutten av JSON-verdien: «{»"},
      {"invalid utf-8", "{\"a\": \"bl\xE5\"}",
       "p.json:1:10: ugyldig UTF-8; filen må lagres med tegnkodingen UTF-8"},
      {"nul byte", std::string("{}\0{", 4),
       "p.json:1:3: ugyldig JSON: filen inneholder et NUL-tegn (byte 0)"},
      {"comment", "{\n  // kommentar\n}",
       "p.json:2:3: ugyldig JSON: JSON-filer kan ikke ha kommentarer"},
      {"invalid utf-8 outside a string", "{\"a\": \xC3\xA6}",
       "p.json:1:7: ugyldig JSON: «æ» er ikke en gyldig verdi; tekst skal stå i anførselstegn"},
  };
  for (const BadCase& c : cases) {
    Diagnostics diags;
    std::optional<JsonDocument> doc = ParseJson("p.json", c.text, &diags);
    EXPECT_FALSE(doc.has_value()) << c.name;
    EXPECT_THAT(Messages(diags), ElementsAre(c.message)) << c.name;
  }
}

TEST(JsonReaderTest, RepeatedKeyIsReportedButTheDocumentKept) {
  Diagnostics diags;
  std::optional<JsonDocument> doc =
      ParseJson("p.json", "{\"a\": 1,\n \"b\": 2,\n \"a\": 3}", &diags);
  ASSERT_TRUE(doc.has_value());
  EXPECT_EQ(doc->root()["a"], 3);
  EXPECT_THAT(Messages(diags),
              ElementsAre("p.json:3:2: nøkkelen «a» står to ganger i samme objekt (første gang "
                          "på linje 1)"));
}

TEST(JsonReaderTest, ReadsFilesThroughTheFileSystem) {
  MemoryFileSystem fs;
  fs.AddFile("d/p.json", "{\"x\": [1]}");
  Diagnostics diags;
  std::optional<JsonDocument> doc = ReadJsonFile(fs, "d/p.json", &diags);
  ASSERT_TRUE(doc.has_value());
  EXPECT_EQ(doc->path(), "d/p.json");
  EXPECT_FALSE(ReadJsonFile(fs, "d/none.json", &diags).has_value());
  EXPECT_THAT(Messages(diags), ElementsAre("d/none.json: kan ikke lese filen"));
}

TEST(JsonReaderTest, PointersEscapeTildeAndSlash) {
  EXPECT_EQ(JsonPointerChild("/a", "b/c~d"), "/a/b~1c~0d");
  EXPECT_EQ(JsonPointerIndex("/areas", 3), "/areas/3");
  EXPECT_EQ(JsonPointerChild("", "title"), "/title");
}

}  // namespace
}  // namespace kfl
