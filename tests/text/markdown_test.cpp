#include "text/markdown.h"

#include <gtest/gtest.h>

namespace kfl {
namespace {

TEST(MarkdownTest, RendersCommonMark) {
  EXPECT_EQ(MarkdownToHtml("# Slik leser du\n\nT-skår *50* er fylket.\n\n- en\n- to\n"),
            "<h1>Slik leser du</h1>\n<p>T-skår <em>50</em> er fylket.</p>\n<ul>\n<li>en</li>\n"
            "<li>to</li>\n</ul>\n");
}

TEST(MarkdownTest, ShiftsHeadings) {
  EXPECT_EQ(MarkdownToHtml("# A\n### B\n", 2), "<h3>A</h3>\n<h5>B</h5>\n");
  EXPECT_EQ(MarkdownToHtml("###### C\n", 3), "<h6>C</h6>\n");
}

TEST(MarkdownTest, RawHtmlAndScriptLinksAreNotPassedThrough) {
  std::string html = MarkdownToHtml(
      "<script>alert(1)</script>\n\nTekst <img src=x onerror=alert(1)> og "
      "[lenke](javascript:alert(1)).\n");
  EXPECT_EQ(html.find("<script"), std::string::npos) << html;
  EXPECT_EQ(html.find("<img"), std::string::npos) << html;
  EXPECT_EQ(html.find("javascript:"), std::string::npos) << html;
  EXPECT_NE(html.find("Tekst"), std::string::npos) << html;
}

}  // namespace
}  // namespace kfl
