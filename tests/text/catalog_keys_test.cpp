// The catalogs are complete and the sources use them: every catalog key the
// sources use exists, every language has every key (with the same
// placeholders) and every narrative, and no user-facing text is written into
// the C++ sources instead of the catalogs. So no user ever sees a raw key,
// a missing translation or a Norwegian sentence in an English report.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "text/catalog.h"

namespace kfl {
namespace {
namespace fs = std::filesystem;

const char* const kLanguages[] = {"nb", "nn", "en"};

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

Catalog LoadCatalog(const std::string& lang) {
  std::string error;
  auto catalog =
      Catalog::Load(std::string(KFL_SOURCE_DIR) + "/templates/i18n/" + lang + ".json", &error);
  EXPECT_TRUE(catalog.has_value()) << error;
  return catalog.value_or(Catalog());
}

// The C++ sources kfl is built from (src/**/*.cpp, *.h).
std::vector<fs::path> Sources() {
  std::vector<fs::path> out;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(KFL_SOURCE_DIR) / "src")) {
    if (entry.path().extension() == ".cpp" || entry.path().extension() == ".h")
      out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(CatalogKeysTest, EveryKeyUsedInTheSourcesIsInEveryCatalog) {
  const std::regex key_literal(
      "\"((?:diag|cli|synth|site|privacy|chart|mail|pdf|build)\\.[a-z0-9_.]*[a-z0-9])\"");
  int keys = 0;
  for (const char* lang : kLanguages) {
    const Catalog catalog = LoadCatalog(lang);
    for (const fs::path& path : Sources()) {
      const std::string source = ReadFile(path);
      for (std::sregex_iterator it(source.begin(), source.end(), key_literal), end; it != end;
           ++it) {
        ++keys;
        EXPECT_TRUE(catalog.Has((*it)[1].str()))
            << path.filename().string() << " uses \"" << (*it)[1].str()
            << "\", which templates/i18n/" << lang << ".json lacks";
      }
    }
  }
  EXPECT_GT(keys, 150);
}

// The named placeholders of a text: "{n} av {total}" -> {n, total}.
std::multiset<std::string> Placeholders(const std::string& text) {
  static const std::regex placeholder("\\{[a-z_]+\\}");
  std::multiset<std::string> out;
  for (std::sregex_iterator it(text.begin(), text.end(), placeholder), end; it != end; ++it)
    out.insert(it->str());
  return out;
}

// Every language has exactly bokmål's keys, each with the same placeholders.
TEST(CatalogKeysTest, EveryCatalogHasEveryKeyWithTheSamePlaceholders) {
  const Catalog nb = LoadCatalog("nb");
  ASSERT_GT(nb.texts().size(), 300u);
  for (const char* lang : {"nn", "en"}) {
    const Catalog other = LoadCatalog(lang);
    for (const auto& [key, text] : nb.texts()) {
      auto it = other.texts().find(key);
      if (it == other.texts().end()) {
        ADD_FAILURE() << "templates/i18n/" << lang << ".json lacks \"" << key << "\" (nb: \""
                      << text << "\")";
        continue;
      }
      EXPECT_EQ(Placeholders(it->second), Placeholders(text))
          << lang << ".json \"" << key << "\" has other placeholders than nb.json";
    }
    for (const auto& [key, text] : other.texts()) {
      EXPECT_TRUE(nb.Has(key)) << "templates/i18n/" << lang << ".json has \"" << key
                               << "\", which nb.json lacks";
    }
  }
}

// Every narrative (templates/md/nb/*.md) exists in every language.
TEST(CatalogKeysTest, EveryLanguageHasEveryNarrative) {
  const fs::path md = fs::path(KFL_SOURCE_DIR) / "templates/md";
  int narratives = 0;
  for (const auto& entry : fs::directory_iterator(md / "nb")) {
    ++narratives;
    for (const char* lang : kLanguages) {
      const fs::path path = md / lang / entry.path().filename();
      EXPECT_TRUE(fs::is_regular_file(path) && !ReadFile(path).empty())
          << "templates/md/" << lang << "/" << entry.path().filename().string() << " is missing";
    }
  }
  EXPECT_GE(narratives, 3);
}

// Every {{t_name}} of the HTML templates is a "site.*" text of the catalog
// ("site.a.b" is t_a_b).
TEST(CatalogKeysTest, EveryTextTheTemplatesUseIsInTheBokmalCatalog) {
  const Catalog nb = LoadCatalog("nb");
  std::set<std::string> names;
  for (const auto& [key, text] : nb.texts()) {
    if (key.rfind("site.", 0) != 0) continue;
    std::string name = "t_" + key.substr(5);
    std::replace(name.begin(), name.end(), '.', '_');
    names.insert(name);
  }
  const std::regex use("\\{\\{(t_[a-z0-9_]+)\\}\\}");
  int uses = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(KFL_SOURCE_DIR) / "templates/html")) {
    if (!entry.is_regular_file()) continue;
    const std::string source = ReadFile(entry.path());
    for (std::sregex_iterator it(source.begin(), source.end(), use), end; it != end; ++it) {
      ++uses;
      EXPECT_TRUE(names.count((*it)[1].str()))
          << entry.path().filename().string() << " uses {{" << (*it)[1].str() << "}}";
    }
  }
  EXPECT_GT(uses, 20);
}

struct Literal {
  int line;
  std::string text;  // as written, escapes not decoded
};

// The string literals of a C++ source outside comments (no raw strings:
// kfl has none).
std::vector<Literal> StringLiterals(const std::string& s) {
  std::vector<Literal> out;
  int line = 1;
  size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == '\n') {
      ++line;
      ++i;
    } else if (s.compare(i, 2, "//") == 0) {
      while (i < s.size() && s[i] != '\n') ++i;
    } else if (s.compare(i, 2, "/*") == 0) {
      const size_t end = std::min(s.find("*/", i + 2), s.size());
      line += static_cast<int>(std::count(s.begin() + i, s.begin() + end, '\n'));
      i = end + 2;
    } else if (c == '\'' && i > 0 && std::isxdigit(static_cast<unsigned char>(s[i - 1]))) {
      ++i;  // digit separator: 1'000
    } else if (c == '\'' || c == '"') {
      Literal literal{line, ""};
      for (++i; i < s.size() && s[i] != c && s[i] != '\n'; ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) literal.text += s[i++];
        literal.text += s[i];
      }
      ++i;
      if (c == '"') out.push_back(std::move(literal));
    } else {
      ++i;
    }
  }
  return out;
}

// A literal a reader would read: a word with a letter beyond ASCII (æ, ø,
// å, é, ...: U+00C0-U+00FF) or three words in a row.
bool LooksLikeProse(const std::string& text) {
  static const std::regex words("[A-Za-z]{2,}[,:;]? [A-Za-z]{2,}[,:;]? [A-Za-z]{2,}");
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) == 0xC3) return true;
  }
  return std::regex_search(text, words);
}

TEST(CatalogKeysTest, NoUserFacingTextIsHardCodedInTheSources) {
  // Literals that look like prose but are no text for a reader; keep short.
  const std::map<std::string, std::vector<std::string>> allowed = {
      // The catalog cannot report that it cannot be read with a catalog text.
      {"catalog.cpp", {": cannot open the catalog", ": the value of \\\""}},
      {"main.cpp", {" (set KFL_TEMPLATES to kfl's templates folder)\\n"}},
      // nlohmann/json's own messages, matched to choose a catalog key.
      {"json_reader.cpp", {"missing closing quote", "unexpected end of input", "end of input"}},
      {"layouter.cpp", {"DejaVu Sans Mono"}},  // a font's name
      // A domain-separation constant, an internal error, the key file's
      // first line (a file for the operator's machine, in no one language).
      {"seal.cpp", {"kfl key id", "AES-256-GCM encryption failed"}},
      {"unit_keys.cpp",
       {"# kfl: keys of the restricted site, one per unit. Secret: whoever has a unit's key can read it.\\n"}},
  };
  // Directories and files that hold data, not texts for a reader: kfl synth's
  // synthetic Norwegian names and questionnaires, and the sample charts of
  // kfl gallery (place names, item texts, long-label and all-hidden cases).
  const std::set<std::string> data_files = {"gallery.cpp"};
  int literals = 0;
  for (const fs::path& path : Sources()) {
    const std::string name = path.filename().string();
    if (path.parent_path().filename() == "synth" || data_files.count(name)) continue;
    for (const Literal& literal : StringLiterals(ReadFile(path))) {
      ++literals;
      if (!LooksLikeProse(literal.text)) continue;
      auto it = allowed.find(name);
      if (it != allowed.end() &&
          std::find(it->second.begin(), it->second.end(), literal.text) != it->second.end())
        continue;
      ADD_FAILURE() << path.parent_path().filename().string() << "/" << name << ":"
                    << literal.line << ": \"" << literal.text
                    << "\" looks like text for a reader; put it in templates/i18n/*.json";
    }
  }
  EXPECT_GT(literals, 1000);
}

TEST(CatalogKeysTest, FindsLiteralsOutsideComments) {
  const std::vector<Literal> found = StringLiterals(
      "// \"not this\"\nf(\"Hei på deg\", '\"', 1'000); /* \"nor\nthis\" */ g(\"a \\\" b\");\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].line, 2);
  EXPECT_EQ(found[0].text, "Hei på deg");
  EXPECT_EQ(found[1].line, 3);
  EXPECT_EQ(found[1].text, "a \\\" b");
  EXPECT_TRUE(LooksLikeProse(found[0].text));
  EXPECT_FALSE(LooksLikeProse("site/data/aggregates.csv"));
  EXPECT_TRUE(LooksLikeProse("cannot open the file"));
  EXPECT_TRUE(LooksLikeProse("Skjult: for få svar"));
  EXPECT_FALSE(LooksLikeProse("wave,instrument,area,factor\\n"));
}

}  // namespace
}  // namespace kfl
