// Markdown narratives (templates/md/<lang>/<name>.md, overridable by
// DATA_DIR/narratives/<lang>/<name>.md), rendered with cmark.
//
// Rendering keeps cmark's safe default: raw HTML and javascript: links in
// the text are not passed through, so a narrative written by a municipality
// cannot inject markup into the site.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <cmark.h>

namespace kfl {

// A parsed CommonMark document, owning its cmark tree.
struct CmarkNodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
using CmarkDocument = std::unique_ptr<cmark_node, CmarkNodeDeleter>;

// Parses CommonMark with cmark's safe defaults; null only when cmark runs
// out of memory.
CmarkDocument ParseMarkdown(std::string_view markdown);

// CommonMark -> HTML fragment (safe; see above). `shift_headings` moves every
// heading down by that many levels ("# x" -> <h3> with 2), so that a
// narrative fits under the page's own headings.
std::string MarkdownToHtml(std::string_view markdown, int shift_headings = 0);

}  // namespace kfl
