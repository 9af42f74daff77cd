#include "io/csv_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "io/memory_file_system.h"
#include "io_test_util.h"

namespace kfl {
namespace {

using ::testing::ElementsAre;
using testing_io::Messages;

// What reading a text gives: the header, the records with each field's
// line:column, and the messages.
struct Result {
  bool header_ok = false;
  char separator = 0;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::vector<std::string>> positions;  // "line:column" per field
  std::vector<std::string> messages;
  bool failed = false;

  bool operator==(const Result&) const = default;
};

Result Read(const std::string& text, size_t chunk_size = CsvReader::kDefaultChunkSize,
            size_t max_read = 0) {
  MemoryFileSystem fs;
  fs.AddFile("d/f.csv", text);
  fs.set_max_read(max_read);
  auto file = fs.Open("d/f.csv");
  Diagnostics diags;
  CsvReader csv(file.get(), "d/f.csv", &diags, chunk_size);
  Result r;
  r.header_ok = csv.ReadHeader();
  if (r.header_ok) {
    r.separator = csv.separator();
    for (size_t i = 0; i < csv.header_size(); ++i) r.header.emplace_back(csv.header(i));
    while (csv.Next()) {
      std::vector<std::string> row, where;
      for (size_t i = 0; i < csv.size(); ++i) {
        row.emplace_back(csv[i]);
        where.push_back(std::to_string(csv.line(i)) + ":" + std::to_string(csv.column(i)));
      }
      r.rows.push_back(row);
      r.positions.push_back(where);
    }
  }
  r.failed = csv.failed();
  r.messages = Messages(diags);
  return r;
}

// Reads `text` with the default chunk size, and checks that tiny chunks and
// short reads (fields, quotes, CRLF and UTF-8 split across reads) give
// exactly the same result.
Result ReadEveryWay(const std::string& name, const std::string& text) {
  Result expected = Read(text);
  for (size_t chunk : {1, 2, 3, 5, 7, 64}) {
    for (size_t max_read : {0, 1}) {
      EXPECT_EQ(Read(text, chunk, max_read), expected)
          << name << ": chunk " << chunk << ", max_read " << max_read;
    }
  }
  return expected;
}

struct GoodCase {
  const char* name;
  std::string text;
  char separator;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::vector<std::string>> positions;
};

TEST(CsvReaderTest, AcceptsWellFormedFiles) {
  const std::vector<GoodCase> cases = {
      {"lf",
       "a,b\n1,2\n3,4\n",
       ',',
       {"a", "b"},
       {{"1", "2"}, {"3", "4"}},
       {{"2:1", "2:3"}, {"3:1", "3:3"}}},
      {"crlf",
       "a,b\r\n1,2\r\n3,4\r\n",
       ',',
       {"a", "b"},
       {{"1", "2"}, {"3", "4"}},
       {{"2:1", "2:3"}, {"3:1", "3:3"}}},
      {"no final line break", "a,b\n1,2", ',', {"a", "b"}, {{"1", "2"}}, {{"2:1", "2:3"}}},
      {"blank trailing lines", "a,b\n1,2\n\n\r\n", ',', {"a", "b"}, {{"1", "2"}}, {{"2:1", "2:3"}}},
      {"header only", "a,b\n", ',', {"a", "b"}, {}, {}},
      {"header only without line break", "a,b", ',', {"a", "b"}, {}, {}},
      {"bom", "\xEF\xBB\xBFid,x\nk,1\n", ',', {"id", "x"}, {{"k", "1"}}, {{"2:1", "2:3"}}},
      {"semicolon", "a;b\n1;2\n", ';', {"a", "b"}, {{"1", "2"}}, {{"2:1", "2:3"}}},
      {"semicolon with decimal commas",
       "unit;value\nk;40,2\n",
       ';',
       {"unit", "value"},
       {{"k", "40,2"}},
       {{"2:1", "2:3"}}},
      {"comma wins over semicolon",
       "a,b;c\n1,2;3\n",
       ',',
       {"a", "b;c"},
       {{"1", "2;3"}},
       {{"2:1", "2:3"}}},
      {"semicolon inside quotes does not count",
       "\"a;b\",c\n1,2\n",
       ',',
       {"a;b", "c"},
       {{"1", "2"}},
       {{"2:1", "2:3"}}},
      {"quoted separators and line breaks",
       "id,name,n\nk1,\"Ajer, ungdomsskole\",1\nk2,\"to\nlinjer\",2\nk3,x,3\n",
       ',',
       {"id", "name", "n"},
       {{"k1", "Ajer, ungdomsskole", "1"}, {"k2", "to\nlinjer", "2"}, {"k3", "x", "3"}},
       {{"2:1", "2:4", "2:25"}, {"3:1", "3:4", "4:9"}, {"5:1", "5:4", "5:6"}}},
      {"quoted crlf kept exactly",
       "a,b\r\n\"x\r\ny\",2\r\n",
       ',',
       {"a", "b"},
       {{"x\r\ny", "2"}},
       {{"2:1", "3:4"}}},
      {"doubled quotes",
       "a,b\n\"sa \"\"hei\"\"\",\"\"\n",
       ',',
       {"a", "b"},
       {{"sa \"hei\"", ""}},
       {{"2:1", "2:14"}}},
      {"empty fields",
       "a,b,c\n,,\n1,,\n",
       ',',
       {"a", "b", "c"},
       {{"", "", ""}, {"1", "", ""}},
       {{"2:1", "2:2", "2:3"}, {"3:1", "3:3", "3:4"}}},
      {"columns count characters",
       "navn,x\nÆøå «ø»,2\n",
       ',',
       {"navn", "x"},
       {{"Æøå «ø»", "2"}},
       {{"2:1", "2:9"}}},
      {"untrusted names kept",
       "id,name\nk,\"<b>&amp; \"\"..\"\"/\"\n",
       ',',
       {"id", "name"},
       {{"k", "<b>&amp; \"..\"/"}},
       {{"2:1", "2:3"}}},
      {"blank line in the middle",
       "a,b\n1,2\n\n3,4\n",
       ',',
       {"a", "b"},
       {{"1", "2"}, {"3", "4"}},
       {{"2:1", "2:3"}, {"4:1", "4:3"}}},
  };
  for (const GoodCase& c : cases) {
    Result r = ReadEveryWay(c.name, c.text);
    EXPECT_TRUE(r.header_ok) << c.name;
    EXPECT_THAT(r.messages, ElementsAre()) << c.name;
    EXPECT_EQ(r.separator, c.separator) << c.name;
    EXPECT_EQ(r.header, c.header) << c.name;
    EXPECT_EQ(r.rows, c.rows) << c.name;
    EXPECT_EQ(r.positions, c.positions) << c.name;
  }
}

struct BadCase {
  const char* name;
  std::string text;
  std::vector<std::string> messages;
  std::vector<std::vector<std::string>> rows;  // the good rows still read
};

TEST(CsvReaderTest, ReportsBadInputAtItsPosition) {
  const std::vector<BadCase> cases = {
      {"empty file",
       "",
       {"d/f.csv: filen er tom; overskriftslinjen med kolonnenavnene mangler"},
       {}},
      {"only a bom",
       "\xEF\xBB\xBF",
       {"d/f.csv: filen er tom; overskriftslinjen med kolonnenavnene mangler"},
       {}},
      {"only a line break",
       "\n",
       {"d/f.csv: filen er tom; overskriftslinjen med kolonnenavnene mangler"},
       {}},
      {"blank first line",
       "\na,b\n1,2\n",
       {"d/f.csv:1:1: den første linjen er tom; den skal være overskriftslinjen med "
        "kolonnenavnene"},
       {}},
      // (The header's "å" makes these UTF-8 files: a file whose first
      // letter is not UTF-8 is read as Windows-1252, see below.)
      {"invalid utf-8",
       "\xC3\xA5,b\n1,x\xFFy\n2,3\n",
       {"d/f.csv:2:4: ugyldig UTF-8; filen må lagres med tegnkodingen UTF-8"},
       {{"2", "3"}}},
      {"latin-1 in a quoted field",
       "\xC3\xA5,b\n1,\"bl\xE5\"\n2,3\n",
       {"d/f.csv:2:6: ugyldig UTF-8; filen må lagres med tegnkodingen UTF-8"},
       {{"2", "3"}}},
      {"overlong utf-8",
       "\xC3\xA5,b\n\xC0\xAF,1\n",
       {"d/f.csv:2:1: ugyldig UTF-8; filen må lagres med tegnkodingen UTF-8"},
       {}},
      {"utf-8 cut short at the end",
       "\xC3\xA5,b\n1,\xC3",
       {"d/f.csv:2:3: ugyldig UTF-8; filen må lagres med tegnkodingen UTF-8"},
       {}},
      {"unterminated quote",
       "a,b\n1,\"abc\n2,3\n",
       {"d/f.csv:2:3: anførselstegnet som åpner dette feltet, blir aldri lukket"},
       {}},
      {"unterminated quote in the header",
       "a,\"b\n1,2\n",
       {"d/f.csv:1:3: anførselstegnet som åpner dette feltet, blir aldri lukket"},
       {}},
      {"too many fields",
       "a,b\n1,2,3\n4,5\n",
       {"d/f.csv:2:5: raden har 3 felt, men overskriftslinjen har 2"},
       {{"4", "5"}}},
      {"too few fields",
       "a,b,c\n1,2\n4,5,6\n",
       {"d/f.csv:2:1: raden har bare 2 felt, men overskriftslinjen har 3"},
       {{"4", "5", "6"}}},
      {"quote inside an unquoted field",
       "a,b\n1,Ola \"Lille\"\n2,3\n",
       {"d/f.csv:2:7: anførselstegn inne i et felt som ikke står i anførselstegn; sett hele "
        "feltet i anførselstegn og skriv anførselstegnene inni det doble (\"\")"},
       {{"2", "3"}}},
      {"text after a closing quote",
       "a,b\n\"x\"y,1\n2,3\n",
       {"d/f.csv:2:4: tekst etter det avsluttende anførselstegnet; etter et felt i "
        "anførselstegn skal det komme skilletegn eller linjeskift"},
       {{"2", "3"}}},
      {"quote closed on a later line, with text after it",
       "a,b\n\"x,1\n2,\"3\n4,5\n",
       {"d/f.csv:2:1: anførselstegnet som åpner dette feltet, lukkes først på linje 3, med tekst "
        "etter; mangler det et avsluttende anførselstegn her?"},
       {{"4", "5"}}},
      {"bare carriage return",
       "a,b\n1,2\r3,4\n5,6\n",
       {"d/f.csv:2:4: vognretur (CR) uten linjeskift (LF) etter; linjer skal slutte med LF "
        "eller CRLF"},
       {{"5", "6"}}},
      {"several problems, each reported",
       "a,b\n1\n2,3,4\n\xC3\xA5\xFF,1\n7,8\n",
       {"d/f.csv:2:1: raden har bare 1 felt, men overskriftslinjen har 2",
        "d/f.csv:3:5: raden har 3 felt, men overskriftslinjen har 2",
        "d/f.csv:4:2: ugyldig UTF-8; filen må lagres med tegnkodingen UTF-8"},
       {{"7", "8"}}},
      {"positions after a quoted line break",
       "a,b\n\"x\ny\",1,2\n",
       {"d/f.csv:3:6: raden har 3 felt, men overskriftslinjen har 2"},
       {}},
  };
  for (const BadCase& c : cases) {
    Result r = ReadEveryWay(c.name, c.text);
    EXPECT_EQ(r.messages, c.messages) << c.name;
    EXPECT_EQ(r.rows, c.rows) << c.name;
  }
}

TEST(CsvReaderTest, ReadErrorStopsTheFile) {
  MemoryFileSystem fs;
  fs.AddFile("f.csv", "a,b\n1,2\n3,4\n");
  fs.FailReadsAfter("f.csv", 6);
  auto file = fs.Open("f.csv");
  Diagnostics diags;
  CsvReader csv(file.get(), "f.csv", &diags, 2);
  ASSERT_TRUE(csv.ReadHeader());
  EXPECT_FALSE(csv.Next());
  EXPECT_TRUE(csv.failed());
  EXPECT_THAT(Messages(diags), ElementsAre("f.csv:2:3: kan ikke lese filen"));
}

TEST(CsvReaderTest, FieldsAreViewsOfTheCurrentRecord) {
  std::string text = "id,v\n";
  for (int i = 0; i < 1000; ++i)
    text += "r" + std::to_string(i) + "," + std::to_string(i % 5) + "\n";
  MemoryFileSystem fs;
  fs.AddFile("f.csv", text);
  auto file = fs.Open("f.csv");
  Diagnostics diags;
  CsvReader csv(file.get(), "f.csv", &diags, 64);
  ASSERT_TRUE(csv.ReadHeader());
  int n = 0;
  while (csv.Next()) {
    ASSERT_EQ(csv[0], "r" + std::to_string(n)) << "row " << n;
    ASSERT_EQ(csv.record_line(), n + 2) << "row " << n;
    ++n;
  }
  EXPECT_EQ(n, 1000);
  EXPECT_FALSE(diags.has_errors());
}

// Files as Norwegian Excel saves them ("CSV (semikolondelt)"): Windows-1252,
// semicolons, CRLF and a trailing empty column. Real bytes: E6 F8 E5 are
// æ ø å, C6 D8 C5 are Æ Ø Å.
TEST(CsvReaderTest, ReadsExcelFilesWithAWarningNamingTheDialect) {
  const std::string warning_1252 =
      "advarsel: filen er ikke UTF-8, men ser ut som en CSV-fil fra Excel (skilletegn «;», "
      "linjeslutt CRLF, tegnkoding Windows-1252), og er lest slik fra og med dette tegnet; "
      "kontroller at æ, ø og å ser riktige ut, eller lagre filen som «CSV UTF-8» i Excel for å "
      "slippe denne advarselen";
  const std::string warning_column =
      "advarsel: den siste kolonnen har ikke noe navn (Excel lagrer ofte en tom kolonne til "
      "slutt) og er hoppet over; en verdi i den er en feil";
  Result r = ReadEveryWay("excel", "id;navn;\r\nk-1;\xC5snes;\r\nk-2;B\xE6rum \xD8st;\r\n;;\r\n");
  EXPECT_TRUE(r.header_ok);
  EXPECT_EQ(r.separator, ';');
  EXPECT_EQ(r.header, (std::vector<std::string>{"id", "navn"}));
  EXPECT_EQ(r.rows, (std::vector<std::vector<std::string>>{
                        {"k-1", "Åsnes"}, {"k-2", "Bærum Øst"}, {"", ""}}));
  EXPECT_EQ(r.positions, (std::vector<std::vector<std::string>>{
                             {"2:1", "2:5"}, {"3:1", "3:5"}, {"4:1", "4:2"}}));
  EXPECT_EQ(r.messages,
            (std::vector<std::string>{"d/f.csv:1:9: " + warning_column, "d/f.csv:2:5: " + warning_1252}));

  // The letters in the header line: the same, found while the separator is
  // being decided.
  r = ReadEveryWay("excel header", "id;m\xE5l\r\nx;1\r\n");
  EXPECT_EQ(r.header, (std::vector<std::string>{"id", "mål"}));
  EXPECT_EQ(r.messages, (std::vector<std::string>{"d/f.csv:1:5: " + warning_1252}));

  // LF line ends and commas are named as such.
  r = ReadEveryWay("comma", "id,navn\nk,\xF8\n");
  EXPECT_EQ(r.rows, (std::vector<std::vector<std::string>>{{"k", "ø"}}));
  ASSERT_EQ(r.messages.size(), 1u);
  EXPECT_NE(r.messages[0].find("(skilletegn «,», linjeslutt LF, tegnkoding Windows-1252)"),
            std::string::npos)
      << r.messages[0];
}

TEST(CsvReaderTest, NeverMisreadsUtf8AsWindows1252) {
  // UTF-8 first and a Windows-1252 byte later: the byte is reported, not
  // guessed at; the row with it is skipped.
  Result r = ReadEveryWay("mixed", "id,navn\nk-1,Åsnes\nk-2,B\xE6rum\nk-3,Ås\n");
  EXPECT_EQ(r.rows, (std::vector<std::vector<std::string>>{{"k-1", "Åsnes"}, {"k-3", "Ås"}}));
  EXPECT_EQ(r.messages, (std::vector<std::string>{
                            "d/f.csv:3:6: ugyldig UTF-8; filen må lagres med tegnkodingen UTF-8"}));
  // A byte Windows-1252 does not define (0x81) is not text in either.
  r = ReadEveryWay("undefined", "id,navn\nk-1,\x81x\n");
  EXPECT_EQ(r.rows, (std::vector<std::vector<std::string>>{}));
  ASSERT_EQ(r.messages.size(), 2u);
  EXPECT_EQ(r.messages[1], "d/f.csv:2:5: ugyldig UTF-8; filen må lagres med tegnkodingen UTF-8");
}

TEST(CsvReaderTest, RefusesNulBytesAndUtf16) {
  Result r = ReadEveryWay("nul", std::string("a,b\n1,x\0y\n\"\0\",2\n3,4\n", 20));
  EXPECT_EQ(r.rows, (std::vector<std::vector<std::string>>{{"3", "4"}}));
  const std::string nul = ": feltet inneholder et NUL-tegn (byte 0); filen er ødelagt eller ikke lagret som tekst";
  EXPECT_EQ(r.messages, (std::vector<std::string>{"d/f.csv:2:4" + nul, "d/f.csv:3:2" + nul}));
  // Excel's "Unicode text": UTF-16 with a byte order mark, either byte order.
  for (const std::string& text : {std::string("\xFF\xFE" "a\0,\0b\0\n\0", 10),
                                  std::string("\xFE\xFF" "\0a\0,\0b\0\n", 10)}) {
    r = ReadEveryWay("utf-16", text);
    EXPECT_FALSE(r.header_ok);
    EXPECT_EQ(r.messages, (std::vector<std::string>{
                              "d/f.csv: filen er lagret som UTF-16 («Unicode-tekst» i Excel); "
                              "lagre den som «CSV UTF-8 (kommadelt)»"}));
  }
}

TEST(CsvReaderTest, ValueInTheUnnamedLastColumnIsAnError) {
  // The record is still read, without the stray value.
  Result r = ReadEveryWay("value", "a;b;\n1;2;\n3;4;x\n5;6\n");
  EXPECT_EQ(r.rows, (std::vector<std::vector<std::string>>{{"1", "2"}, {"3", "4"}, {"5", "6"}}));
  EXPECT_EQ(r.messages,
            (std::vector<std::string>{
                "d/f.csv:1:5: advarsel: den siste kolonnen har ikke noe navn (Excel lagrer ofte "
                "en tom kolonne til slutt) og er hoppet over; en verdi i den er en feil",
                "d/f.csv:3:5: kolonnen har ikke noe navn i overskriftslinjen"}));
}

TEST(CsvReaderTest, DecimalCommaOnlyInSemicolonFiles) {
  for (const auto& [text, expected, warnings] :
       std::vector<std::tuple<std::string, std::vector<std::string>, size_t>>{
           {"a;b\n4,0;x\n40,25;y\n", {"4.0", "40.25"}, 1},
           {"a;b\n4;x\n1,2,3;y\n", {"-", "-"}, 0},
           {"a,b\n\"4,0\",x\n", {"-"}, 0}}) {
    MemoryFileSystem fs;
    fs.AddFile("f.csv", text);
    auto file = fs.Open("f.csv");
    Diagnostics diags;
    CsvReader csv(file.get(), "f.csv", &diags);
    ASSERT_TRUE(csv.ReadHeader());
    std::vector<std::string> got;
    while (csv.Next()) {
      got.push_back(csv.WithDecimalPoint(0).value_or("-"));
      if (got.back() != "-") csv.DecimalCommaAccepted(0);
    }
    EXPECT_EQ(got, expected) << text;
    EXPECT_EQ(diags.all().size(), warnings) << text;
  }
  MemoryFileSystem fs;
  fs.AddFile("f.csv", "a;b\n4,0;x\n");
  auto file = fs.Open("f.csv");
  Diagnostics diags;
  CsvReader csv(file.get(), "f.csv", &diags);
  ASSERT_TRUE(csv.ReadHeader() && csv.Next());
  csv.DecimalCommaAccepted(0);
  EXPECT_THAT(Messages(diags),
              ElementsAre("f.csv:2:1: advarsel: «4,0» er lest som 4.0: filen bruker semikolon som "
                          "skilletegn og desimalkomma, slik norsk Excel lagrer tall; det gjelder "
                          "alle tall i filen"));
}

}  // namespace
}  // namespace kfl
