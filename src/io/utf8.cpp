#include "io/utf8.h"

#include <cstdio>

namespace kfl {
namespace {

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

int Utf8SequenceLength(const unsigned char* p, size_t available) {
  unsigned char c = p[0];
  if (c < 0x80) return 1;
  int length;
  unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    length = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    length = 3;
    if (c == 0xE0) low = 0xA0;   // overlong
    if (c == 0xED) high = 0x9F;  // surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    length = 4;
    if (c == 0xF0) low = 0x90;   // overlong
    if (c == 0xF4) high = 0x8F;  // above U+10FFFF
  } else {
    return 0;
  }
  if (available < static_cast<size_t>(length)) return 0;
  if (p[1] < low || p[1] > high) return 0;
  for (int i = 2; i < length; ++i)
    if (!IsContinuation(p[i])) return 0;
  return length;
}

size_t Utf8Length(std::string_view text) {
  size_t n = 0;
  for (char c : text)
    if (!IsContinuation(static_cast<unsigned char>(c))) ++n;
  return n;
}

size_t FindInvalidUtf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  size_t i = 0;
  while (i < text.size()) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    int length = Utf8SequenceLength(p + i, text.size() - i);
    if (length == 0) return i;
    i += static_cast<size_t>(length);
  }
  return std::string_view::npos;
}

std::u32string DecodeUtf8(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  size_t i = 0;
  while (i < text.size()) {
    int length = Utf8SequenceLength(p + i, text.size() - i);
    if (length == 0) {
      out += U'\uFFFD';
      ++i;
      continue;
    }
    char32_t c = length == 1 ? p[i] : p[i] & (0x7F >> length);
    for (int k = 1; k < length; ++k) c = (c << 6) | (p[i + k] & 0x3F);
    out += c;
    i += static_cast<size_t>(length);
  }
  return out;
}

std::optional<char32_t> FindControlCharacter(std::string_view text) {
  for (char32_t c : DecodeUtf8(text)) {
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) ||
        (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
      return c;
  }
  return std::nullopt;
}

std::string CodePointName(char32_t c) {
  char text[16];
  std::snprintf(text, sizeof text, "U+%04X", static_cast<unsigned>(c));
  return text;
}

}  // namespace kfl
