#include "site/templates.h"

#include <gtest/gtest.h>

namespace kfl {
namespace {

TEST(TemplatesTest, EscapesDataButNotKflsOwnHtml) {
  Templates t({{"page", "<h1>{{title}}</h1>{{{html}}}"}, {"part", "<p>{{title}}</p>"}});
  mstch::map ctx{{"title", std::string("<script>\"&'")}, {"html", std::string("<em>ok</em>")}};
  EXPECT_EQ(t.Render("page", ctx), "<h1>&lt;script&gt;&quot;&amp;&#39;</h1><em>ok</em>");
  EXPECT_TRUE(t.Has("part"));
  EXPECT_FALSE(t.Has("nope"));
  EXPECT_EQ(t.Render("nope", ctx), "");
}

}  // namespace
}  // namespace kfl
