#include "io/legacy_encoding.h"

#include <gtest/gtest.h>

#include <string>

#include "io/memory_file_system.h"

namespace kfl {
namespace {

struct Decoded {
  std::string text;
  bool windows_1252 = false;
  int line = 0;
  int column = 0;
  bool operator==(const Decoded&) const = default;
};

// Reads `bytes` whole through a LegacyEncodingFile, asking for `ask` bytes
// at a time from a file that gives at most `max_read` per read (0: any).
Decoded Decode(const std::string& bytes, size_t ask, size_t max_read) {
  MemoryFileSystem fs;
  fs.AddFile("f.csv", bytes);
  fs.set_max_read(max_read);
  auto file = fs.Open("f.csv");
  LegacyEncodingFile in(file.get());
  Decoded d;
  std::string buffer(ask, '\0');
  for (std::ptrdiff_t n; (n = in.Read(buffer.data(), ask)) > 0;) d.text.append(buffer, 0, n);
  d.windows_1252 = in.windows_1252();
  d.line = in.first_line();
  d.column = in.first_column();
  return d;
}

TEST(LegacyEncodingFileTest, ConvertsWindows1252AndPassesUtf8Through) {
  struct Case {
    const char* name;
    std::string bytes;
    Decoded expected;
  };
  const Case cases[] = {
      {"ascii only", "a;b\r\n1;2\r\n", {"a;b\r\n1;2\r\n", false, 0, 0}},
      {"utf-8", "navn\nKåre\n", {"navn\nKåre\n", false, 2, 2}},
      {"utf-8 with a bom", "\xEF\xBB\xBFx\n", {"\xEF\xBB\xBFx\n", false, 1, 1}},
      // Excel's "CSV (semikolondelt)": æøå ÆØÅ, the euro sign and a dash.
      {"windows-1252", "navn;by\r\nK\xE5re;\xC6\xD8\xC5 \xE6\xF8\xE5 \x80 \x96\r\n",
       {"navn;by\r\nKåre;ÆØÅ æøå € –\r\n", true, 2, 2}},
      // Bytes Windows-1252 does not define stay as they are (invalid UTF-8
      // for the reader to report), never a guess.
      {"undefined byte", "x\n\x81\xE6", {"x\n\x81æ", true, 2, 1}},
      // UTF-8 first: later Windows-1252 bytes are not converted.
      {"mixed", "å\n\xE5\n", {"å\n\xE5\n", false, 1, 1}},
      {"utf-16 byte order mark", std::string("\xFF\xFEx\0", 4), {std::string("\xFF\xFEx\0", 4), false, 1, 1}},
      {"utf-8 cut short at the end", "ab\xC3", {"abÃ", true, 1, 3}},
  };
  for (const Case& c : cases) {
    for (size_t ask : {1, 2, 3, 7, 4096}) {
      for (size_t max_read : {0, 1, 2}) {
        EXPECT_EQ(Decode(c.bytes, ask, max_read), c.expected)
            << c.name << ", ask " << ask << ", max_read " << max_read;
      }
    }
  }
}

TEST(LegacyEncodingFileTest, LargeFileWithTheFirstLetterLate) {
  std::string bytes;
  for (int i = 0; i < 20000; ++i) bytes += "r" + std::to_string(i) + ";4;5\r\n";
  bytes += "\xF8ya;1;2\r\n";
  const Decoded d = Decode(bytes, 1 << 20, 0);
  EXPECT_TRUE(d.windows_1252);
  EXPECT_EQ(d.line, 20001);
  EXPECT_EQ(d.column, 1);
  EXPECT_EQ(d.text.substr(d.text.size() - 10), "øya;1;2\r\n");
}

}  // namespace
}  // namespace kfl
