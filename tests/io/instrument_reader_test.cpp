#include "io/instrument_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "io_test_util.h"

namespace kfl {
namespace {

using ::testing::ElementsAre;

const std::string kBase = R"({
  "id": "elev_5_10",
  "title": {"nb": "Elever 5.–10. trinn"},
  "respondent": "pupil",
  "unit_level": "class",
  "grades": [5, 10],
  "scale": {"min": 1, "max": 5, "labels": {"nb": ["Helt uenig", "Litt uenig", "Verken eller", "Litt enig", "Helt enig"]}},
  "background": ["gender", "grade"],
  "areas": [
    {"id": "trivsel", "title": {"nb": "Trivsel"}, "factors": [
      {"id": "trivsel_skole", "title": {"nb": "Trivsel på skolen"}, "items": [
        {"id": "e510_01", "text": {"nb": "Jeg trives på skolen."}},
        {"id": "e510_02", "text": {"nb": "Jeg gruer meg."}, "reverse": true},
        {"id": "e510_03", "text": {"nb": "Jeg blir mobbet."}, "reverse": true, "sensitive": true}
      ]},
      {"id": "venner", "title": {"nb": "Venner"}, "items": [
        {"id": "e510_04", "text": {"nb": "Jeg har venner."}}
      ]}
    ]},
    {"id": "laering", "title": {"nb": "Læring"}, "factors": [
      {"id": "motivasjon", "title": {"nb": "Læring"}, "items": [
        {"id": "e510_05", "text": {"nb": "Jeg liker å lære."}}
      ]}
    ]}
  ]
}
)";

struct Read {
  bool ok = false;
  Instrument instrument;
  std::vector<std::string> messages;
};

Read ReadText(const std::string& text) {
  Diagnostics diags;
  Read r;
  std::optional<JsonDocument> doc = ParseJson("d/instruments/elev_5_10.json", text, &diags);
  if (doc) r.ok = ReadInstrument(*doc, "elev_5_10", &r.instrument, &diags);
  r.messages = testing_io::Messages(diags);
  return r;
}

std::string Edit(const std::string& from, const std::string& to, const std::string& base = kBase) {
  std::string text = base;
  size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

TEST(InstrumentReaderTest, FlattensAreasFactorsAndItems) {
  Read r = ReadText(kBase);
  ASSERT_TRUE(r.ok);
  EXPECT_THAT(r.messages, ElementsAre());
  const Instrument& in = r.instrument;
  EXPECT_EQ(in.id, "elev_5_10");
  EXPECT_EQ(in.title.at("nb"), "Elever 5.–10. trinn");
  EXPECT_EQ(in.respondent, Respondent::kPupil);
  EXPECT_EQ(in.unit_level, Level::kClass);
  ASSERT_TRUE(in.grades.has_value());
  EXPECT_EQ(in.grades->first, 5);
  EXPECT_EQ(in.grades->last, 10);
  EXPECT_EQ(in.scale.min, 1);
  EXPECT_EQ(in.scale.max, 5);
  EXPECT_EQ(in.scale.labels.at("nb").size(), 5u);
  EXPECT_EQ(in.background, (std::vector<Background>{Background::kGender, Background::kGrade}));

  ASSERT_EQ(in.areas.size(), 2u);
  ASSERT_EQ(in.factors.size(), 3u);
  ASSERT_EQ(in.items.size(), 5u);
  EXPECT_EQ(in.areas[0].factors, (std::vector<int>{0, 1}));
  EXPECT_EQ(in.areas[1].factors, (std::vector<int>{2}));
  EXPECT_EQ(in.factors[0].items, (std::vector<int>{0, 1, 2}));
  EXPECT_EQ(in.factors[1].items, (std::vector<int>{3}));
  EXPECT_EQ(in.factors[2].items, (std::vector<int>{4}));
  EXPECT_EQ(in.factors[2].area, 1);
  EXPECT_EQ(in.items[3].factor, 1);
  EXPECT_EQ(in.items[2].id, "e510_03");
  EXPECT_TRUE(in.items[2].reverse);
  EXPECT_TRUE(in.items[2].sensitive);
  EXPECT_FALSE(in.items[0].reverse);
  EXPECT_FALSE(in.items[1].sensitive);
  EXPECT_EQ(in.ItemIndex("e510_05"), 4);
  EXPECT_EQ(in.factors[1].title.at("nb"), "Venner");
}

// An area of one factor is one figure with one name: the area's.
TEST(InstrumentReaderTest, TheOnlyFactorOfAnAreaTakesTheAreasTitleWithAWarning) {
  Read r = ReadText(Edit(R"("id": "motivasjon", "title": {"nb": "Læring"})",
                         R"("id": "motivasjon", "title": {"nb": "Motivasjon"})"));
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(r.messages.size(), 1u);
  EXPECT_EQ(r.messages[0],
            "d/instruments/elev_5_10.json:21:37: advarsel: faktoren «Motivasjon» er den eneste i "
            "området «Læring» og er samme tall; rapportene kaller den «Læring» overalt, så "
            "leseren finner setningen og figuren igjen. Gi faktoren samme tittel som området for "
            "å slippe denne advarselen");
  EXPECT_EQ(r.instrument.factors[2].title.at("nb"), "Læring");
}

TEST(InstrumentReaderTest, OptionalPartsMayBeLeftOut) {
  Read r = ReadText(Edit("  \"background\": [\"gender\", \"grade\"],\n", "",
                         Edit("  \"grades\": [5, 10],\n", "")));
  EXPECT_THAT(r.messages, ElementsAre());
  EXPECT_FALSE(r.instrument.grades.has_value());
  EXPECT_TRUE(r.instrument.background.empty());
}

struct BadCase {
  const char* name;
  std::string text;
  std::vector<std::string> messages;
};

TEST(InstrumentReaderTest, ReportsEveryProblemAtItsValue) {
  const std::string f = "d/instruments/elev_5_10.json:";
  const std::vector<BadCase> cases = {
      {"id differs from the file name",
       Edit("\"elev_5_10\"", "\"elev_1_4\""),
       {f + "2:9: id-en «elev_1_4» skal være lik filnavnet, «elev_5_10»"}},
      {"misspelt respondent",
       Edit("\"pupil\"", "\"pupill\""),
       {f + "4:17: ukjent respondenttype «pupill»; gyldige er pupil, teacher_on_pupil, teacher, "
            "parent, leader og kindergarten_teacher (mente du «pupil»?)"}},
      {"unit level not for responses",
       Edit("\"class\"", "\"municipality\""),
       {f + "5:17: «unit_level» skal være class, school, group eller kindergarten, ikke "
            "«municipality»"}},
      {"grade outside 1-10",
       Edit("[5, 10]", "[5, 11]"),
       {f + "6:17: «grades[1]» skal være et heltall fra 1 til 10, ikke 11"}},
      {"grades in the wrong order",
       Edit("[5, 10]", "[10, 5]"),
       {f + "6:13: første trinn (10) kommer etter siste trinn (5)"}},
      {"one grade",
       Edit("[5, 10]", "[5]"),
       {f + "6:13: «grades» skal være en liste med to trinn: [første, siste]"}},
      {"scale upside down",
       Edit("\"min\": 1, \"max\": 5", "\"min\": 5, \"max\": 1"),
       {f + "7:12: skalaens «min» (5) skal være mindre enn «max» (1)"}},
      {"scale out of range",
       Edit("\"min\": 1", "\"min\": -200"),
       {f + "7:20: «min» skal være et heltall fra -100 til 100, ikke -200"}},
      {"too few labels",
       Edit(", \"Helt enig\"", ""),
       {f + "7:50: skalaen 1–5 har 5 verdier, men «nb» har 4 etiketter"}},
      {"unknown and repeated background",
       Edit("[\"gender\", \"grade\"]", "[\"gender\", \"kjønn\", \"gender\", \"grad\"]"),
       {f + "8:28: ukjent bakgrunnsvariabel «kjønn»; gyldige er gender og grade",
        f + "8:37: «gender» står to ganger i «background»",
        f + "8:47: ukjent bakgrunnsvariabel «grad»; gyldige er gender og grade (mente du "
            "«grade»?)"}},
      {"no items",
       Edit("\"items\": [\n        {\"id\": \"e510_04\", \"text\": {\"nb\": \"Jeg har "
            "venner.\"}}\n      ]",
            "\"items\": []"),
       {f + "16:60: «items» kan ikke være en tom liste"}},
      {"repeated item id",
       Edit("\"e510_04\"", "\"e510_01\""),
       {f + "17:16: id-en «e510_01» er allerede brukt på linje 12"}},
      {"repeated factor id",
       Edit("\"venner\"", "\"trivsel_skole\""),
       {f + "16:14: id-en «trivsel_skole» er allerede brukt på linje 11"}},
      {"reserved item id",
       Edit("\"e510_05\"", "\"unit\""),
       {f + "22:16: «unit» er navnet på en fast kolonne i svarfilene og kan ikke brukes som id "
            "for et spørsmål"}},
      {"reverse not a boolean",
       Edit("\"reverse\": true,", "\"reverse\": \"yes\","),
       {f + "14:74: «reverse» skal være true eller false"}},
      {"misspelt item key",
       Edit("\"reverse\": true}", "\"revers\": true}"),
       {f + "13:61: ukjent nøkkel «revers» (mente du «reverse»?)"}},
      {"item without text",
       Edit(", \"text\": {\"nb\": \"Jeg har venner.\"}", ""),
       {f + "17:9: den påkrevde nøkkelen «text» mangler"}},
      {"no areas",
       R"({"id": "elev_5_10", "title": {"nb": "E"}, "respondent": "pupil",
 "unit_level": "class", "scale": {"min": 1, "max": 5, "labels": {"nb": ["a", "b", "c", "d", "e"]}},
 "areas": []})",
       {f + "3:11: «areas» kan ikke være en tom liste"}},
      {"several problems in one file",
       Edit("\"e510_05\"", "\"e510_02\"", Edit("\"pupil\"", "\"elev\"")),
       {f + "4:17: ukjent respondenttype «elev»; gyldige er pupil, teacher_on_pupil, teacher, "
            "parent, leader og kindergarten_teacher",
        f + "22:16: id-en «e510_02» er allerede brukt på linje 13"}},
  };
  for (const BadCase& c : cases) {
    Read r = ReadText(c.text);
    // Without a usable unit level the instrument cannot be used at all.
    EXPECT_EQ(r.ok, std::string(c.name) != "unit level not for responses") << c.name;
    EXPECT_EQ(r.messages, c.messages) << c.name;
  }
}

TEST(InstrumentReaderTest, RepeatedItemsAreLeftOut) {
  Read r = ReadText(Edit("\"e510_04\"", "\"e510_01\""));
  EXPECT_EQ(r.instrument.items.size(), 4u);
  EXPECT_TRUE(r.instrument.factors[1].items.empty());
}

TEST(InstrumentReaderTest, ReservedColumns) {
  for (const char* name : {"respondent", "unit", "gender", "grade"})
    EXPECT_TRUE(IsReservedColumn(name)) << name;
  EXPECT_FALSE(IsReservedColumn("e510_01"));
}

}  // namespace
}  // namespace kfl
