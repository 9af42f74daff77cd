#include "text/xml_escape.h"

#include <gtest/gtest.h>

namespace kfl {
namespace {

TEST(XmlEscapeTest, Cases) {
  struct Case {
    const char* name;
    std::string in;
    std::string out;
  } cases[] = {
      {"plain", "Hamar skole", "Hamar skole"},
      {"markup", "Skole <A> & \"B\" 'C'", "Skole &lt;A&gt; &amp; &quot;B&quot; &#39;C&#39;"},
      {"control characters dropped",
       std::string("a\x01"
                   "b\tc\n",
                   6),
       "ab\tc\n"},
      {"utf-8 kept", "Åsnes – ungdomsskole", "Åsnes – ungdomsskole"},
  };
  for (const Case& c : cases) EXPECT_EQ(EscapeXml(c.in), c.out) << c.name;
}

}  // namespace
}  // namespace kfl
