#include "text/markdown.h"

#include <algorithm>
#include <cstdlib>
#include <memory>

#include <cmark.h>

namespace kfl {
namespace {

struct CharDeleter {
  void operator()(char* text) const { std::free(text); }
};

}  // namespace

CmarkDocument ParseMarkdown(std::string_view markdown) {
  return CmarkDocument(cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT));
}

std::string MarkdownToHtml(std::string_view markdown, int shift_headings) {
  const CmarkDocument doc = ParseMarkdown(markdown);
  if (!doc) return {};
  if (shift_headings != 0) {
    cmark_iter* iter = cmark_iter_new(doc.get());
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
      cmark_node* node = cmark_iter_get_node(iter);
      if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_HEADING) {
        cmark_node_set_heading_level(
            node, std::clamp(cmark_node_get_heading_level(node) + shift_headings, 1, 6));
      }
    }
    cmark_iter_free(iter);
  }
  std::unique_ptr<char, CharDeleter> html(cmark_render_html(doc.get(), CMARK_OPT_DEFAULT));
  return html ? std::string(html.get()) : std::string();
}

}  // namespace kfl
