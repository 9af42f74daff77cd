// MarkdownBlocks: CommonMark (parsed by cmark) as the blocks a Document
// adds: headings, paragraphs, block quotes (as notes in italics), code
// blocks (as small monospaced text) and lists, with emphasis, code and links
// as spans. Only web and mail addresses become links (like cmark's safe
// HTML); raw HTML (and a paragraph with nothing else), images (their text
// is kept) and thematic breaks are dropped. Plain data out: nothing here depends on cairo or pango.
//
//   for (const pdf::MarkdownBlock& b : pdf::MarkdownBlocks("# Om\n\nTekst *her*.", 1)) ...
//   // {kHeading, level 2, "Om"}, {kParagraph, "Tekst her." with an italic span}
#pragma once

#include <string_view>
#include <vector>

#include "pdf/rich_text.h"

namespace kfl::pdf {

// One block of a CommonMark text.
struct MarkdownBlock {
  enum class Kind { kHeading, kParagraph, kList };
  Kind kind = Kind::kParagraph;
  int level = 0;                         // kHeading: its level plus the shift
  RichText text;                         // kHeading, kParagraph
  TextKind text_kind = TextKind::kBody;  // kParagraph
  std::vector<RichText> items;           // kList: one per item (its paragraphs joined)
  bool numbered = false;                 // kList
};

// The blocks of `markdown`, in order, every heading's level moved down by
// `shift_headings` (not clamped). Never fails: any text is CommonMark.
std::vector<MarkdownBlock> MarkdownBlocks(std::string_view markdown, int shift_headings = 0);

}  // namespace kfl::pdf
