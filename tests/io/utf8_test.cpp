#include "io/utf8.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kfl {
namespace {

TEST(Utf8Test, SequenceLengths) {
  struct Case {
    const char* name;
    std::string bytes;
    int length;
  };
  const std::vector<Case> cases = {
      {"ascii", "a", 1},
      {"two bytes", "\xC3\xA6", 2},
      {"three bytes", "\xE2\x80\x93", 3},
      {"four bytes", "\xF0\x9F\x98\x80", 4},
      {"stray continuation", "\x80", 0},
      {"overlong two", "\xC0\xAF", 0},
      {"overlong three", "\xE0\x80\xAF", 0},
      {"surrogate", "\xED\xA0\x80", 0},
      {"above U+10FFFF", "\xF4\x90\x80\x80", 0},
      {"cut short", "\xE2\x80", 0},
      {"latin-1", "\xE5x", 0},
      {"invalid lead", "\xFF", 0},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(
        Utf8SequenceLength(reinterpret_cast<const unsigned char*>(c.bytes.data()), c.bytes.size()),
        c.length)
        << c.name;
  }
}

TEST(Utf8Test, CountsFindsAndDecodes) {
  EXPECT_EQ(Utf8Length("Ærø «x»"), 7u);
  EXPECT_EQ(FindInvalidUtf8("abcæ"), std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("ab\xE5x"), 2u);
  EXPECT_EQ(DecodeUtf8("aæ"), std::u32string(U"aæ"));
  EXPECT_EQ(DecodeUtf8("a\xFF"), std::u32string(U"a\uFFFD"));
}

}  // namespace
}  // namespace kfl
