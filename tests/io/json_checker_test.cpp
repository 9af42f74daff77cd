#include "io/json_checker.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "io_test_util.h"

namespace kfl {
namespace {

using ::testing::ElementsAre;

JsonDocument Parse(const std::string& text) {
  Diagnostics diags;
  std::optional<JsonDocument> doc = ParseJson("x.json", text, &diags);
  EXPECT_TRUE(doc.has_value()) << testing_io::Joined(diags);
  return doc ? *doc : JsonDocument();
}

TEST(JsonCheckerTest, NamesValuesByKeyAndIndex) {
  JsonDocument doc =
      Parse(R"({"areas": [{"factors": [{"items": [{"reverse": 1}]}]}], "a/b": [[0]]})");
  Diagnostics diags;
  JsonChecker check(doc, &diags);
  EXPECT_EQ(check.Name("/areas/0/factors/0/items/0/reverse"), "reverse");
  EXPECT_EQ(check.Name("/areas/0"), "areas[0]");
  EXPECT_EQ(check.Name("/a~1b/0/0"), "a/b[0][0]");
  EXPECT_EQ(check.Name(""), "");
  ASSERT_NE(check.Find("/areas/0/factors/0/items/0/reverse"), nullptr);
  EXPECT_EQ(check.Find("/areas/1"), nullptr);
  EXPECT_EQ(check.Find("/areas/x"), nullptr);
}

TEST(JsonCheckerTest, TypedValuesReportWrongTypes) {
  JsonDocument doc = Parse(
      "{\"s\": 1, \"i\": 1.5, \"n\": \"x\", \"b\": 0, \"a\": {}, \"o\": [], \"big\": "
      "99999999999999999999, \"e\": \"\", \"t\": {}}");
  Diagnostics diags;
  JsonChecker check(doc, &diags);
  EXPECT_FALSE(check.String("/s"));
  EXPECT_FALSE(check.Integer("/i", 0, 10));
  EXPECT_FALSE(check.Number("/n"));
  EXPECT_FALSE(check.Boolean("/b"));
  EXPECT_FALSE(check.Array("/a", false));
  EXPECT_FALSE(check.Object("/o", {}));
  EXPECT_FALSE(check.Integer("/big", 0, 10));
  EXPECT_FALSE(check.NonEmptyString("/e"));
  EXPECT_FALSE(check.Text("/t"));
  EXPECT_FALSE(check.String("/absent"));  // absent: nothing reported
  EXPECT_FALSE(check.Integer("/s", 2, 10));
  EXPECT_THAT(
      testing_io::Messages(diags),
      ElementsAre("x.json:1:7: «s» skal være en tekst i anførselstegn",
                  "x.json:1:7: «s» skal være et heltall fra 2 til 10, ikke 1",
                  "x.json:1:15: «i» skal være et heltall", "x.json:1:25: «n» skal være et tall",
                  "x.json:1:35: «b» skal være true eller false",
                  "x.json:1:43: «a» skal være en liste [ … ]",
                  "x.json:1:52: «o» skal være et objekt { … }",
                  "x.json:1:63: «big» skal være et heltall",  // too big: a float
                  "x.json:1:90: «e» kan ikke være tom",
                  "x.json:1:99: «t» må ha en verdi for minst ett språk (nb, nn eller en)"));
}

}  // namespace
}  // namespace kfl
