#include "pdf/markdown_blocks.h"

#include <memory>
#include <string>

#include "text/markdown.h"

namespace kfl::pdf {
namespace {

// The text of a cmark inline tree, with emphasis and links as spans.
void Inlines(cmark_node* node, TextSpan style, RichText* out) {
  for (cmark_node* c = cmark_node_first_child(node); c; c = cmark_node_next(c)) {
    switch (cmark_node_get_type(c)) {
      case CMARK_NODE_TEXT:
        out->Add(cmark_node_get_literal(c), style);
        break;
      case CMARK_NODE_CODE: {
        TextSpan s = style;
        s.code = true;
        out->Add(cmark_node_get_literal(c), s);
        break;
      }
      case CMARK_NODE_SOFTBREAK:
        out->Add(" ", style);
        break;
      case CMARK_NODE_LINEBREAK:
        out->Add("\n", style);
        break;
      case CMARK_NODE_EMPH: {
        TextSpan s = style;
        s.italic = true;
        Inlines(c, s, out);
        break;
      }
      case CMARK_NODE_STRONG: {
        TextSpan s = style;
        s.bold = true;
        Inlines(c, s, out);
        break;
      }
      case CMARK_NODE_LINK: {
        TextSpan s = style;
        const char* url = cmark_node_get_url(c);
        const std::string u = url ? url : "";
        // Only web and mail addresses become links (like cmark's safe HTML).
        if (u.rfind("https://", 0) == 0 || u.rfind("http://", 0) == 0 ||
            u.rfind("mailto:", 0) == 0) {
          s.link = u;
        }
        Inlines(c, s, out);
        break;
      }
      case CMARK_NODE_IMAGE:
        Inlines(c, style, out);
        break;
      default:
        break;  // raw HTML is dropped
    }
  }
}

// Appends a paragraph unless no text is left of it (raw HTML only).
void AddParagraph(RichText text, TextKind kind, std::vector<MarkdownBlock>* out) {
  if (text.empty()) return;
  out->push_back(
      {.kind = MarkdownBlock::Kind::kParagraph, .text = std::move(text), .text_kind = kind});
}

}  // namespace

std::vector<MarkdownBlock> MarkdownBlocks(std::string_view markdown, int shift_headings) {
  std::vector<MarkdownBlock> out;
  const CmarkDocument doc = ParseMarkdown(markdown);
  if (!doc) return out;
  for (cmark_node* n = cmark_node_first_child(doc.get()); n; n = cmark_node_next(n)) {
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_HEADING: {
        MarkdownBlock b{.kind = MarkdownBlock::Kind::kHeading,
                        .level = cmark_node_get_heading_level(n) + shift_headings};
        Inlines(n, {}, &b.text);
        out.push_back(std::move(b));
        break;
      }
      case CMARK_NODE_PARAGRAPH: {
        RichText t;
        Inlines(n, {}, &t);
        AddParagraph(std::move(t), TextKind::kBody, &out);
        break;
      }
      case CMARK_NODE_BLOCK_QUOTE:
        for (cmark_node* p = cmark_node_first_child(n); p; p = cmark_node_next(p)) {
          RichText t;
          Inlines(p, {.italic = true}, &t);
          AddParagraph(std::move(t), TextKind::kNote, &out);
        }
        break;
      case CMARK_NODE_CODE_BLOCK: {
        RichText t;
        std::string code = cmark_node_get_literal(n);
        while (!code.empty() && code.back() == '\n') code.pop_back();
        t.Add(code, {.code = true});
        AddParagraph(std::move(t), TextKind::kSmall, &out);
        break;
      }
      case CMARK_NODE_LIST: {
        MarkdownBlock b{.kind = MarkdownBlock::Kind::kList,
                        .numbered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST};
        for (cmark_node* item = cmark_node_first_child(n); item; item = cmark_node_next(item)) {
          RichText t;
          for (cmark_node* p = cmark_node_first_child(item); p; p = cmark_node_next(p)) {
            if (!t.empty()) t.Add(" ");
            Inlines(p, {}, &t);
          }
          b.items.push_back(std::move(t));
        }
        out.push_back(std::move(b));
        break;
      }
      default:
        break;  // thematic breaks, raw HTML
    }
  }
  return out;
}

}  // namespace kfl::pdf
