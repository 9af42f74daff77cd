#include "pdf/markdown_blocks.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace kfl::pdf {
namespace {

// "italic 6-12" etc.: a span's styles and range.
void DescribeSpans(const RichText& t, std::ostream& out) {
  for (const TextSpan& s : t.spans) {
    out << " [" << s.start << "-" << s.end << (s.bold ? " bold" : "") << (s.italic ? " italic" : "")
        << (s.code ? " code" : "") << (s.link.empty() ? "" : " " + s.link) << "]";
  }
}

// One line per block, e.g. "heading 2: Om" or "paragraph note: Sitat [0-5 italic]".
std::string Describe(const std::vector<MarkdownBlock>& blocks) {
  static const char* const kKinds[] = {"body", "small", "caption", "note", "lead"};
  std::ostringstream out;
  for (const MarkdownBlock& b : blocks) {
    switch (b.kind) {
      case MarkdownBlock::Kind::kHeading:
        out << "heading " << b.level << ": " << b.text.text;
        DescribeSpans(b.text, out);
        break;
      case MarkdownBlock::Kind::kParagraph:
        out << "paragraph " << kKinds[static_cast<int>(b.text_kind)] << ": " << b.text.text;
        DescribeSpans(b.text, out);
        break;
      case MarkdownBlock::Kind::kList:
        out << (b.numbered ? "numbered list:" : "bullet list:");
        for (const RichText& item : b.items) {
          out << " (" << item.text;
          DescribeSpans(item, out);
          out << ")";
        }
        break;
    }
    out << "\n";
  }
  return out.str();
}

struct Case {
  const char* name;
  const char* markdown;
  int shift;
  const char* want;
};

TEST(MarkdownBlocksTest, TurnsCommonMarkIntoDocumentBlocks) {
  const Case cases[] = {
      {"headings move down by the shift", "# Om\n\n### Under\n", 1,
       "heading 2: Om\nheading 4: Under\n"},
      {"emphasis and code are spans", "Med **fet**, *kursiv* og `kode`.", 0,
       "paragraph body: Med fet, kursiv og kode. [4-7 bold] [9-15 italic] [19-23 code]\n"},
      {"nested emphasis keeps both", "***begge***", 0,
       "paragraph body: begge [0-5 bold italic]\n"},
      {"web and mail addresses become links",
       "[nett](https://example.org/a) og [post](mailto:a@b.no)", 0,
       "paragraph body: nett og post [0-4 https://example.org/a] [8-12 mailto:a@b.no]\n"},
      {"other link targets stay text", "[a](javascript:alert(1)) [b](/side) [c](ftp://x)", 0,
       "paragraph body: a b c\n"},
      {"raw HTML is dropped", "<script>alert(1)</script>\n\nEtter <b>fet</b>.", 0,
       "paragraph body: Etter fet.\n"},
      {"a paragraph of raw HTML only is dropped", "Før\n\n<b></b>\n\nEtter", 0,
       "paragraph body: Før\nparagraph body: Etter\n"},
      {"soft breaks are spaces, hard breaks new lines", "en\nto  \ntre", 0,
       "paragraph body: en to\ntre\n"},
      {"a block quote is notes in italics", "> Sitat\n>\n> To", 0,
       "paragraph note: Sitat [0-5 italic]\nparagraph note: To [0-2 italic]\n"},
      {"a code block is small code without its last newline", "```\nx = 1\n```\n", 0,
       "paragraph small: x = 1 [0-5 code]\n"},
      {"bullets", "- en\n- *to*\n", 0, "bullet list: (en) (to [0-2 italic])\n"},
      {"a numbered list joins an item's paragraphs", "1. en\n2. to\n\n   mer\n", 0,
       "numbered list: (en) (to mer)\n"},
      {"an image keeps its text", "![Alt tekst](https://x.no/y.png)", 0,
       "paragraph body: Alt tekst\n"},
      {"a thematic break is dropped", "a\n\n---\n\nb", 0,
       "paragraph body: a\nparagraph body: b\n"},
      {"nothing", "", 0, ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Describe(MarkdownBlocks(c.markdown, c.shift)), c.want) << c.name;
  }
}

}  // namespace
}  // namespace kfl::pdf
