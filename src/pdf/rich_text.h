// RichText: a paragraph's text with runs of emphasis, code and links, and
// TextKind, the role a paragraph plays (body, lead, note, ...). Plain data:
// no markup language is involved (unit names are hostile text, so they are
// never parsed), and nothing here depends on cairo or pango.
//
//   RichText t;
//   t.Bold("Svar: ").Add("52 av 60 (se ").Add("metoden", {.link = "#h3"}).Add(")");
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kfl {

// A run of text with emphasis and links.
struct TextSpan {
  size_t start = 0;  // byte range in RichText::text
  size_t end = 0;
  bool bold = false;
  bool italic = false;
  bool code = false;
  std::string link;  // "https://..." or "#dest" (a heading's anchor); "" none
};

// Text and its styled runs; runs that style nothing (plain text) are not
// kept, so `spans` lists only emphasis, code and links, in text order.
struct RichText {
  std::string text;
  std::vector<TextSpan> spans;

  // Appends `s` with the style of `style` (its range is set here).
  RichText& Add(std::string_view s, TextSpan style = {});
  RichText& Bold(std::string_view s) { return Add(s, {.bold = true}); }
  RichText& Italic(std::string_view s) { return Add(s, {.italic = true}); }
  bool empty() const { return text.empty(); }
};

// What a paragraph is; it decides the paragraph's size and colour
// (pdf/styles.h).
enum class TextKind { kBody, kSmall, kCaption, kNote, kLead };

}  // namespace kfl
