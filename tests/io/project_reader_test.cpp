#include "io/project_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "io_test_util.h"

namespace kfl {
namespace {

using ::testing::ElementsAre;

const std::string kBase =
    "{\n"
    "  \"title\": {\"nb\": \"Kultur for læring\", \"en\": \"Culture for Learning\"},\n"
    "  \"waves\": [{\"id\": \"2016\", \"label\": \"T1\"}, {\"id\": \"2018\", \"label\": \"T2\"}],\n"
    "  \"reference_wave\": \"2016\",\n"
    "  \"privacy\": {\"min_n_public\": 10, \"min_n_restricted\": 5, \"min_cell\": 3}\n"
    "}\n";

struct Read {
  bool ok = false;
  Project project;
  std::vector<std::string> messages;
};

Read ReadText(const std::string& text) {
  Diagnostics diags;
  Read r;
  std::optional<JsonDocument> doc = ParseJson("d/project.json", text, &diags);
  if (doc) r.ok = ReadProject(*doc, &r.project, &diags);
  r.messages = testing_io::Messages(diags);
  return r;
}

// kBase with `from` replaced by `to` (which must occur).
std::string Edit(const std::string& from, const std::string& to) {
  std::string text = kBase;
  size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

TEST(ProjectReaderTest, ReadsAProjectAndFillsDefaults) {
  Read r = ReadText(kBase);
  EXPECT_TRUE(r.ok);
  EXPECT_THAT(r.messages, ElementsAre());
  const Project& p = r.project;
  EXPECT_EQ(p.title.at("nb"), "Kultur for læring");
  EXPECT_EQ(p.title.at("en"), "Culture for Learning");
  ASSERT_EQ(p.waves.size(), 2u);
  EXPECT_EQ(p.waves[1].id, "2018");
  EXPECT_EQ(p.waves[1].label, "T2");
  EXPECT_EQ(p.reference_wave, "2016");
  EXPECT_EQ(p.privacy.min_n_public, 10);
  EXPECT_EQ(p.privacy.min_n_restricted, 5);
  EXPECT_EQ(p.privacy.min_cell, 3);
  EXPECT_EQ(p.owner, "");
  EXPECT_EQ(p.languages, std::vector<std::string>{"nb"});
  EXPECT_DOUBLE_EQ(p.min_items_share, 0.5);
  EXPECT_TRUE(p.missing_codes.empty());
  EXPECT_EQ(p.public_levels,
            (std::vector<Level>{Level::kCounty, Level::kMunicipality, Level::kSchool}));
}

TEST(ProjectReaderTest, ReadsOptionalSettings) {
  Read r = ReadText(Edit("  \"reference_wave\": \"2016\",",
                         "  \"reference_wave\": \"same\", \"owner\": \"Hedmark\",\n"
                         "  \"languages\": [\"nb\", \"nn\", \"en\"], \"min_items_share\": 1,\n"
                         "  \"missing_codes\": [9, -1], \"public_levels\": [\"county\"],"));
  EXPECT_THAT(r.messages, ElementsAre());
  EXPECT_TRUE(r.project.ReferenceIsSame());
  EXPECT_EQ(r.project.owner, "Hedmark");
  EXPECT_EQ(r.project.languages, (std::vector<std::string>{"nb", "nn", "en"}));
  EXPECT_DOUBLE_EQ(r.project.min_items_share, 1.0);
  EXPECT_EQ(r.project.missing_codes, (std::vector<int>{9, -1}));
  EXPECT_EQ(r.project.public_levels, std::vector<Level>{Level::kCounty});
}

TEST(ProjectReaderTest, ReadsTheBullyingItem) {
  Read r = ReadText(Edit("  \"reference_wave\": \"2016\",",
                         "  \"reference_wave\": \"2016\",\n"
                         "  \"bullying\": {\"instrument\": \"elev_5_10\", \"item\": \"e510_24\", \"values\": [5, 4]},"));
  EXPECT_THAT(r.messages, ElementsAre());
  EXPECT_EQ(r.project.bullying.instrument, "elev_5_10");
  EXPECT_EQ(r.project.bullying.item, "e510_24");
  EXPECT_EQ(r.project.bullying.values, (std::vector<int>{4, 5})) << "ascending";
}

struct BadCase {
  const char* name;
  std::string text;
  std::vector<std::string> messages;
};

TEST(ProjectReaderTest, ReportsEveryProblemAtItsValue) {
  const std::vector<BadCase> cases = {
      {"missing required key",
       Edit("  \"reference_wave\": \"2016\",\n", ""),
       {"d/project.json:1:1: den påkrevde nøkkelen «reference_wave» mangler"}},
      {"unknown key with suggestion",
       Edit("\"reference_wave\"", "\"referense_wave\""),
       {"d/project.json:1:1: den påkrevde nøkkelen «reference_wave» mangler",
        "d/project.json:4:3: ukjent nøkkel «referense_wave» (mente du «reference_wave»?)"}},
      {"unknown key",
       Edit("  \"reference_wave\"", "  \"colour\": 1, \"reference_wave\""),
       {"d/project.json:4:3: ukjent nøkkel «colour»"}},
      {"wrong type",
       Edit("\"min_cell\": 3", "\"min_cell\": \"3\""),
       {"d/project.json:5:70: «min_cell» skal være et heltall"}},
      {"not positive",
       Edit("\"min_cell\": 3", "\"min_cell\": 0"),
       {"d/project.json:5:70: «min_cell» skal være et heltall på minst 1, ikke 0"}},
      {"thresholds out of order",
       Edit("\"min_n_public\": 10", "\"min_n_public\": 4"),
       {"d/project.json:5:31: «min_n_public» (4) kan ikke være mindre enn «min_n_restricted» "
        "(5)"}},
      {"privacy not an object",
       Edit("{\"min_n_public\": 10, \"min_n_restricted\": 5, \"min_cell\": 3}", "10"),
       {"d/project.json:5:14: «privacy» skal være et objekt { … }"}},
      {"no waves",
       Edit("[{\"id\": \"2016\", \"label\": \"T1\"}, {\"id\": \"2018\", \"label\": \"T2\"}]", "[]"),
       {"d/project.json:3:12: «waves» kan ikke være en tom liste",
        "d/project.json:4:21: referansebølgen «2016» er verken en av bølgene i «waves» eller "
        "«same»"}},
      {"repeated wave",
       Edit("\"2018\"", "\"2016\""),
       {"d/project.json:3:51: bølgen «2016» er allerede deklarert på linje 3"}},
      {"wave without label",
       Edit(", \"label\": \"T2\"", ""),
       {"d/project.json:3:44: den påkrevde nøkkelen «label» mangler"}},
      {"wave id not a folder name",
       Edit("\"2018\"", "\"../x\""),
       {"d/project.json:3:51: bølge-id-en «../x» kan ikke brukes som mappenavn: den kan ikke "
        "begynne med punktum eller inneholde / eller \\"}},
      {"unknown reference wave",
       Edit("\"reference_wave\": \"2016\"", "\"reference_wave\": \"2061\""),
       {"d/project.json:4:21: referansebølgen «2061» er verken en av bølgene i «waves» eller "
        "«same» (mente du «2016»?)"}},
      {"unknown title language",
       Edit("\"en\": \"Culture", "\"no\": \"Culture"),
       {"d/project.json:2:40: ukjent språk «no»; bruk nb, nn eller en (mente du «nb»?)"}},
      {"title not per language",
       Edit("{\"nb\": \"Kultur for læring\", \"en\": \"Culture for Learning\"}", "\"Kultur\""),
       {"d/project.json:2:12: «title» skal være et objekt med én verdi per språk, for eksempel "
        "{\"nb\": …}"}},
      {"bad settings",
       Edit("  \"reference_wave\": \"2016\",",
            "  \"reference_wave\": \"2016\",\n"
            "  \"languages\": [\"nb\", \"se\", \"nb\"], \"min_items_share\": 1.5,\n"
            "  \"missing_codes\": [9.5], \"public_levels\": [\"county\", \"skole\", \"schol\"],"),
       {"d/project.json:5:23: ukjent språk «se»; bruk nb, nn eller en",
        "d/project.json:5:29: «nb» står to ganger i «languages»",
        "d/project.json:5:55: «min_items_share» skal være større enn 0 og høyst 1, ikke 1.5",
        "d/project.json:6:21: «missing_codes[0]» skal være et heltall",
        "d/project.json:6:55: ukjent nivå «skole»; gyldige nivåer er county, municipality, "
        "school, class, kindergarten og group",
        "d/project.json:6:64: ukjent nivå «schol»; gyldige nivåer er county, municipality, "
        "school, class, kindergarten og group (mente du «school»?)"}},
  };
  for (const BadCase& c : cases) {
    Read r = ReadText(c.text);
    EXPECT_TRUE(r.ok) << c.name;
    EXPECT_EQ(r.messages, c.messages) << c.name;
  }
}

TEST(ProjectReaderTest, RootMustBeAnObject) {
  Read r = ReadText("[1, 2]");
  EXPECT_FALSE(r.ok);
  EXPECT_THAT(r.messages,
              ElementsAre("d/project.json:1:1: filen skal inneholde et JSON-objekt { … }"));
}

}  // namespace
}  // namespace kfl
