#include "site/templates.h"

#include <gtest/gtest.h>

namespace kfl {
namespace {

TEST(TemplatesTest, EscapesDataAndRendersPartials) {
  Templates t({{"page", "<h1>{{title}}</h1>{{> part}}{{{html}}}"}, {"part", "<p>{{title}}</p>"}});
  mstch::map ctx{{"title", std::string("<script>\"&'")}, {"html", std::string("<em>ok</em>")}};
  EXPECT_EQ(t.Render("page", ctx),
            "<h1>&lt;script&gt;&quot;&amp;&#39;</h1><p>&lt;script&gt;&quot;&amp;&#39;</p><em>ok</em>");
  EXPECT_TRUE(t.Has("part"));
  EXPECT_FALSE(t.Has("nope"));
  EXPECT_EQ(t.Render("nope", ctx), "");
}

}  // namespace
}  // namespace kfl
